import { describe, expect, it } from "vitest";
import { ListedHeaders } from "./listed-headers.js";

// Names and values alternating, as Node's parser lists them: mixed case, a repeated header, a pseudo-header.
const PARSED = [
  "Host",
  "127.0.0.1:8080",
  "X-Acs-Date",
  "2026-11-30T10:00:00Z",
  "x-acs-tenant",
  "a",
  "X-ACS-TENANT",
  "b",
  ":path",
  "/",
  "Authorization",
  "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=00",
];

function headersOf(parsed: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < parsed.length; i += 2) {
    if (!(parsed[i] as string).startsWith(":")) {
      headers.append(parsed[i] as string, parsed[i + 1] as string);
    }
  }
  return headers;
}

describe("ListedHeaders", () => {
  it("lists the parser's list as Headers lists the same headers", () => {
    const fromHeaders = new ListedHeaders(headersOf(PARSED)).list();
    const fromParsed = new ListedHeaders(new Headers(), PARSED).list();
    expect(new Map([...fromParsed].sort())).toEqual(new Map([...fromHeaders].sort()));
    expect(fromParsed.get("x-acs-tenant")).toBe("a, b");
    expect(fromParsed.has(":path")).toBe(false);
  });

  it("reads from the request until listed, then from the list", () => {
    const headers = new ListedHeaders(headersOf(PARSED), PARSED);
    expect(headers.get("x-acs-tenant")).toBe("a, b");
    expect(headers.get("x-acs-missing")).toBeUndefined();
    headers.list();
    expect(headers.get("x-acs-tenant")).toBe("a, b");
    expect(headers.get("host")).toBe("127.0.0.1:8080");
  });

  it("lists the Headers object when the parser's list is not a list of strings", () => {
    const listed = new ListedHeaders(headersOf(["x-acs-a", "1"]), ["x-acs-a", 1]).list();
    expect([...listed]).toEqual([["x-acs-a", "1"]]);
  });
});
