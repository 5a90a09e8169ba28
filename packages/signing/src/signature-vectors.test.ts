import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParameterPair } from "./percent-encode.js";
import { computeV1Signature } from "./signature-v1.js";
import { computeV3Signature, isV3SignedHeader, parseV3Authorization } from "./signature-v3.js";

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

function queryStringOf(url: string): string {
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
    const computed = computeV3Signature(
      {
        method: vector.wire.method,
        query: decodeForm(queryStringOf(vector.wire.url)),
        headers,
        hashedPayload: vector.wire.headers["x-acs-content-sha256"] ?? "",
      },
      vector.secret,
    );

    it("builds the canonical request byte for byte", () => {
      expect(computed.canonicalRequest).toBe(vector.canonicalRequest);
    });

    it("builds the string to sign and the signature, and parses the SDK's Authorization", () => {
      expect(computed.stringToSign).toBe(vector.stringToSign);
      expect(computed.signature).toBe(vector.signature);
      const parsed = parseV3Authorization(vector.wire.headers.authorization ?? "");
      expect(parsed).toEqual({
        algorithm: "ACS3-HMAC-SHA256",
        accessKeyId: "testid",
        signedHeaders: computed.signedHeaders.split(";"),
        signature: computed.signature,
      });
      expect(
        `ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=${computed.signedHeaders},Signature=${computed.signature}`,
      ).toBe(vector.sdkAuthorization);
    });
  });

  describe.each(v1Vectors.map((vector) => [vector.name, vector] as const))("V1: %s", (_name, vector) => {
    const parameters = [...decodeForm(queryStringOf(vector.wire.url)), ...decodeForm(vector.wire.body)];

    it("builds the string to sign and the signature, leaving the Signature parameter out", () => {
      const { stringToSign, signature } = computeV1Signature(vector.wire.method, parameters, vector.secret);
      expect(stringToSign).toBe(vector.stringToSign);
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

  it("V1 DescribeRegions (ECS Signature page) gives OLeaidS1JvxuMvnyHOwuJ+uX5qY=", () => {
    const parameters = fixedV1(
      "DescribeRegions",
      [],
      "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
      "2016-02-23T12:46:24Z",
      "XML",
    );
    const { stringToSign, signature } = computeV1Signature("GET", parameters, "testsecret");
    expect(stringToSign).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
    expect(signature).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("V1 DescribeDedicatedHosts (V2 page) gives 9NaGiOspFP5UPcwX8Iwt2YJXXuk=, and the method takes part", () => {
    const parameters = fixedV1(
      "DescribeDedicatedHosts",
      [["RegionId", "cn-beijing"]],
      "edb2b34af0af9a6d14deaf7c1a5315eb",
      "2023-03-13T08:34:30Z",
      "JSON",
    );
    expect(computeV1Signature("GET", parameters, "testsecret").signature).toBe(
      "9NaGiOspFP5UPcwX8Iwt2YJXXuk=",
    );
    expect(computeV1Signature("POST", parameters, "testsecret").signature).toBe(
      "ZvQ9xGiFnquSJRvj+WE6kdSpTwU=",
    );
  });

  it("V1 DescribeTaskAttribute with a masked TaskId (derived) encodes * as %2A", () => {
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
    expect(computeV1Signature("GET", parameters, "testsecret").signature).toBe(
      "G5D2pOAn4K9cYpK0LbMUxQ8IGmY=",
    );
    expect(computeV1Signature("POST", parameters, "testsecret").signature).toBe(
      "FX71hSWBHnV1mGBtS/WnrIhf1TE=",
    );
  });

  it("V3 RunInstances (V3 page) gives 06563a9e…", () => {
    const { signedHeaders, stringToSign, signature } = computeV3Signature(
      {
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
      },
      "YourAccessKeySecret",
    );
    expect(signedHeaders).toBe(
      "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    );
    expect(stringToSign).toBe(
      "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
    );
    expect(signature).toBe("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
  });
});

describe("parseV3Authorization", () => {
  it("names the algorithm and leaves accepting it to the verifier", () => {
    expect(
      parseV3Authorization("ACS3-HMAC-SM3 Credential=a,SignedHeaders=host;X-Acs-Date,Signature=ab"),
    ).toEqual({
      algorithm: "ACS3-HMAC-SM3",
      accessKeyId: "a",
      signedHeaders: ["host", "X-Acs-Date"],
      signature: "ab",
    });
  });

  it("rejects other schemes and malformed values", () => {
    expect(parseV3Authorization("Basic dGVzdGlkOnRlc3RzZWNyZXQ=")).toBeUndefined();
    expect(parseV3Authorization("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host")).toBeUndefined();
    expect(
      parseV3Authorization("ACS3-HMAC-SHA256 Credential=a, SignedHeaders=host,Signature=ab"),
    ).toBeUndefined();
    expect(
      parseV3Authorization("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=zz"),
    ).toBeUndefined();
  });
});
