import { describe, expect, it } from "vitest";
import { hashes, nobleHashes, platformHashes } from "./hashes.js";

const encoder = new TextEncoder();
const platform = platformHashes();

describe("hashes", () => {
  it("takes node:crypto on Node, where process.getBuiltinModule hands it out", () => {
    expect(platform).toBeDefined();
    expect(hashes).not.toBe(nobleHashes);
  });

  it("falls back to @noble/hashes where the runtime has no getBuiltinModule", () => {
    const saved = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
    Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true });
    try {
      expect(platformHashes()).toBeUndefined();
    } finally {
      if (saved !== undefined) {
        Object.defineProperty(process, "getBuiltinModule", saved);
      }
    }
  });

  // FIPS 180-4 ("abc"), RFC 4231 test case 2, RFC 2202 test case 2; text and bytes alike, and UTF-8 text.
  for (const [name, implementation] of [
    ["node:crypto", platform],
    ["@noble/hashes", nobleHashes],
  ] as const) {
    it(`${name} gives the published answers`, () => {
      if (implementation === undefined) {
        throw new Error(`${name} is not available here`);
      }
      const sha256Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
      expect(implementation.sha256Hex("abc")).toBe(sha256Abc);
      expect(implementation.sha256Hex(encoder.encode("abc"))).toBe(sha256Abc);
      expect(implementation.sha256Hex("")).toBe(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      );
      const hmac256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
      expect(implementation.hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(hmac256);
      expect(
        implementation.hmacSha256Hex(encoder.encode("Jefe"), encoder.encode("what do ya want for nothing?")),
      ).toBe(hmac256);
      expect(implementation.hmacSha1Base64("Jefe", "what do ya want for nothing?")).toBe(
        "7/zfauXrL6LSdBbV8YTfnCWafHk=",
      );
    });
  }

  it("hashes text as UTF-8 on both", () => {
    const text = "é中😀";
    expect(platform?.sha256Hex(text)).toBe(nobleHashes.sha256Hex(encoder.encode(text)));
    expect(platform?.hmacSha256Hex("k€y", text)).toBe(nobleHashes.hmacSha256Hex("k€y", text));
    expect(platform?.hmacSha1Base64("k€y", text)).toBe(nobleHashes.hmacSha1Base64("k€y", text));
  });
});
