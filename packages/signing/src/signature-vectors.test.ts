import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParameterPair } from "./percent-encode.js";
import { buildV1StringToSign, computeV1Signature } from "./signature-v1.js";
import {
  buildV3CanonicalRequest,
  buildV3StringToSign,
  computeV3Signature,
  formatV3Authorization,
  isV3SignedHeader,
  parseV3Authorization,
} from "./signature-v3.js";

interface SdkVector {
  scheme: string;
  name: string;
  secret: string;
  wire: { method: string; url: string; headers: Record<string, string>; body: string };
  canonicalRequest?: string;
  stringToSign: string;
  signature: string;
  sdkAuthorization?: string;
}

const vectors: SdkVector[] = JSON.parse(
  readFileSync(new URL("../test/fixtures/signature-vectors.sdk.json", import.meta.url), "utf8"),
);

// Decoding as a server does: split on & and the first =, + is a space, then percent-decode.
function decodeForm(text: string): ParameterPair[] {
  if (text === "") {
    return [];
  }
  return text.split("&").map((pair) => {
    const at = pair.indexOf("=");
    const name = at === -1 ? pair : pair.slice(0, at);
    const value = at === -1 ? "" : pair.slice(at + 1);
    return [decodeURIComponent(name.replace(/\+/g, " ")), decodeURIComponent(value.replace(/\+/g, " "))];
  });
}

function queryOf(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? "" : url.slice(at + 1);
}

const v3Vectors = vectors.filter((vector) => vector.scheme === "ACS3-HMAC-SHA256");
const v1Vectors = vectors.filter((vector) => vector.scheme.startsWith("HMAC-SHA1"));

describe("official SDK vectors", () => {
  it("holds both schemes", () => {
    expect(v3Vectors.length).toBeGreaterThanOrEqual(3);
    expect(v1Vectors.length).toBeGreaterThanOrEqual(5);
    expect(v3Vectors.length + v1Vectors.length).toBe(vectors.length);
  });

  describe.each(v3Vectors.map((vector) => [vector.name, vector] as const))("V3: %s", (_name, vector) => {
    const headers = Object.entries(vector.wire.headers).filter(([name]) => isV3SignedHeader(name));
    const built = buildV3CanonicalRequest({
      method: vector.wire.method,
      query: decodeForm(queryOf(vector.wire.url)),
      headers,
      hashedPayload: vector.wire.headers["x-acs-content-sha256"] ?? "",
    });

    it("builds the canonical request byte for byte", () => {
      expect(built.canonicalRequest).toBe(vector.canonicalRequest);
    });

    it("builds the string to sign and the signature", async () => {
      const stringToSign = await buildV3StringToSign(built.canonicalRequest);
      expect(stringToSign).toBe(vector.stringToSign);
      const signature = await computeV3Signature(stringToSign, vector.secret);
      expect(signature).toBe(vector.signature);
      const parsed = parseV3Authorization(vector.wire.headers.authorization ?? "");
      expect(parsed?.signature).toBe(signature);
      expect(formatV3Authorization(parsed?.accessKeyId ?? "", built.signedHeaders, signature)).toBe(
        vector.sdkAuthorization,
      );
    });
  });

  describe.each(v1Vectors.map((vector) => [vector.name, vector] as const))("V1: %s", (_name, vector) => {
    const parameters = [...decodeForm(queryOf(vector.wire.url)), ...decodeForm(vector.wire.body)];

    it("builds the string to sign and the signature", async () => {
      const stringToSign = buildV1StringToSign(vector.wire.method, parameters);
      expect(stringToSign).toBe(vector.stringToSign);
      const signature = await computeV1Signature(stringToSign, vector.secret);
      expect(signature).toBe(vector.signature);
      expect(parameters.find(([name]) => name === "Signature")?.[1]).toBe(signature);
    });
  });
});

describe("documented vectors (alibaba-ecs-task-api.md)", () => {
  const fixedV1 = (
    action: string,
    extra: ParameterPair[],
    nonce: string,
    timestamp: string,
    format: string,
  ) =>
    [
      ["AccessKeyId", "testid"],
      ["Action", action],
      ["Format", format],
      ["SignatureMethod", "HMAC-SHA1"],
      ["SignatureNonce", nonce],
      ["SignatureVersion", "1.0"],
      ["Timestamp", timestamp],
      ["Version", "2014-05-26"],
      ...extra,
    ] satisfies ParameterPair[];

  it("V1 DescribeRegions (ECS Signature page) gives OLeaidS1JvxuMvnyHOwuJ+uX5qY=", async () => {
    const parameters = fixedV1(
      "DescribeRegions",
      [],
      "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
      "2016-02-23T12:46:24Z",
      "XML",
    );
    const stringToSign = buildV1StringToSign("GET", parameters);
    expect(stringToSign).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
    expect(await computeV1Signature(stringToSign, "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("V1 DescribeDedicatedHosts (V2 page) gives 9NaGiOspFP5UPcwX8Iwt2YJXXuk=, and the method takes part", async () => {
    const parameters = fixedV1(
      "DescribeDedicatedHosts",
      [["RegionId", "cn-beijing"]],
      "edb2b34af0af9a6d14deaf7c1a5315eb",
      "2023-03-13T08:34:30Z",
      "JSON",
    );
    expect(await computeV1Signature(buildV1StringToSign("GET", parameters), "testsecret")).toBe(
      "9NaGiOspFP5UPcwX8Iwt2YJXXuk=",
    );
    expect(await computeV1Signature(buildV1StringToSign("POST", parameters), "testsecret")).toBe(
      "ZvQ9xGiFnquSJRvj+WE6kdSpTwU=",
    );
  });

  it("V1 DescribeTaskAttribute with a masked TaskId (derived) encodes * as %2A", async () => {
    const parameters = fixedV1(
      "DescribeTaskAttribute",
      [
        ["RegionId", "cn-hangzhou"],
        ["TaskId", "t-ce946ntx4wr****"],
      ],
      "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
      "2016-02-23T12:46:24Z",
      "JSON",
    );
    expect(await computeV1Signature(buildV1StringToSign("GET", parameters), "testsecret")).toBe(
      "G5D2pOAn4K9cYpK0LbMUxQ8IGmY=",
    );
    expect(await computeV1Signature(buildV1StringToSign("POST", parameters), "testsecret")).toBe(
      "FX71hSWBHnV1mGBtS/WnrIhf1TE=",
    );
  });

  it("V3 RunInstances (V3 page) gives 06563a9e…", async () => {
    const { canonicalRequest, signedHeaders } = buildV3CanonicalRequest({
      method: "POST",
      query: [
        ["RegionId", "cn-shanghai"],
        ["ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"],
      ],
      headers: [
        ["Host", "ecs.cn-shanghai.aliyuncs.com"],
        ["x-acs-action", "RunInstances"],
        ["x-acs-version", "2014-05-26"],
        ["x-acs-date", "2023-10-26T10:22:32Z"],
        ["x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"],
        ["x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
      ],
      hashedPayload: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
    expect(signedHeaders).toBe(
      "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    );
    const stringToSign = await buildV3StringToSign(canonicalRequest);
    expect(stringToSign).toBe(
      "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
    );
    expect(await computeV3Signature(stringToSign, "YourAccessKeySecret")).toBe(
      "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
  });
});

describe("parseV3Authorization", () => {
  it("rejects other schemes and malformed values", () => {
    expect(
      parseV3Authorization("ACS3-HMAC-SM3 Credential=a,SignedHeaders=host,Signature=ab"),
    ).toBeUndefined();
    expect(
      parseV3Authorization("ACS3-HMAC-SHA256 Credential=a, SignedHeaders=host,Signature=ab"),
    ).toBeUndefined();
    expect(
      parseV3Authorization("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=zz"),
    ).toBeUndefined();
  });
});
