import { describe, expect, it } from "vitest";
import { signRpcRequest } from "./sign-rpc-request.js";
import { createNonce, formatSigningDate } from "./signing-stamp.js";

const credentials = { accessKeyId: "YourAccessKeyId", accessKeySecret: "YourAccessKeySecret" };

describe("signRpcRequest", () => {
  it("V3 reproduces the documented RunInstances signature end to end", () => {
    const signed = signRpcRequest(
      {
        action: "RunInstances",
        version: "2014-05-26",
        method: "POST",
        parameters: [
          ["ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"],
          ["RegionId", "cn-shanghai"],
        ],
      },
      {
        origin: "https://ecs.cn-shanghai.aliyuncs.com",
        credentials,
        date: new Date("2023-10-26T10:22:32Z"),
        nonce: "3156853299f313e23d1673dc12e1703d",
      },
    );
    expect(signed.url).toBe(
      "https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
    );
    expect(signed.method).toBe("POST");
    expect(signed.headers.authorization).toBe(
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
    expect(signed.headers["x-acs-date"]).toBe("2023-10-26T10:22:32Z");
    expect(signed.headers.host).toBeUndefined();
  });

  it("V3 signs the STS token header", () => {
    const signed = signRpcRequest(
      { action: "DescribeRegions", version: "2014-05-26", method: "POST", parameters: [] },
      {
        origin: "http://127.0.0.1:8080",
        credentials: { ...credentials, securityToken: "sts-token" },
        date: new Date(0),
        nonce: "n",
      },
    );
    expect(signed.url).toBe("http://127.0.0.1:8080/");
    expect(signed.headers["x-acs-security-token"]).toBe("sts-token");
    expect(signed.headers.authorization).toContain(
      "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,",
    );
  });

  it("V1 reproduces the documented DescribeDedicatedHosts signature end to end", () => {
    const signed = signRpcRequest(
      {
        action: "DescribeDedicatedHosts",
        version: "2014-05-26",
        method: "GET",
        parameters: [["RegionId", "cn-beijing"]],
      },
      {
        origin: "https://ecs.cn-beijing.aliyuncs.com",
        credentials: { accessKeyId: "testid", accessKeySecret: "testsecret" },
        signatureVersion: "v1",
        date: new Date("2023-03-13T08:34:30Z"),
        nonce: "edb2b34af0af9a6d14deaf7c1a5315eb",
      },
    );
    expect(signed.url).toBe(
      "https://ecs.cn-beijing.aliyuncs.com/?AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D",
    );
    expect(signed.headers).toEqual({});
  });

  it("V1 sends the STS token as SecurityToken, inside the signature", () => {
    const context = {
      origin: "http://h",
      signatureVersion: "v1",
      date: new Date(0),
      nonce: "n",
    } as const;
    const call = {
      action: "DescribeRegions",
      version: "2014-05-26",
      method: "POST",
      parameters: [],
    } as const;
    const plain = signRpcRequest(call, { ...context, credentials });
    const sts = signRpcRequest(call, {
      ...context,
      credentials: { ...credentials, securityToken: "tok" },
    });
    expect(sts.url).toContain("&SecurityToken=tok&");
    expect(new URL(sts.url).searchParams.get("Signature")).not.toBe(
      new URL(plain.url).searchParams.get("Signature"),
    );
  });

  it("sends an anonymous request with the action only when there are no credentials", () => {
    const v3 = signRpcRequest(
      { action: "DescribeRegions", version: "2014-05-26", method: "POST", parameters: [["A", "b c"]] },
      { origin: "http://h", date: new Date(0), nonce: "n" },
    );
    expect(v3).toEqual({
      url: "http://h/?A=b%20c",
      method: "POST",
      headers: { "x-acs-action": "DescribeRegions", "x-acs-version": "2014-05-26" },
    });
    const v1 = signRpcRequest(
      { action: "DescribeRegions", version: "2014-05-26", method: "GET", parameters: [] },
      { origin: "http://h", date: new Date(0), nonce: "n", signatureVersion: "v1" },
    );
    expect(v1.url).toBe("http://h/?Action=DescribeRegions&Format=JSON&Version=2014-05-26");
  });
});

describe("formatSigningDate and createNonce", () => {
  it("formats UTC to the second", () => {
    expect(formatSigningDate(new Date("2024-01-01T00:00:00.987Z"))).toBe("2024-01-01T00:00:00Z");
  });

  it("makes 32 hex characters, different each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(createNonce()).not.toBe(a);
  });

  it("stays well formed and never repeats across many nonces", () => {
    const nonces = Array.from({ length: 2_000 }, createNonce);
    expect(nonces.filter((nonce) => !/^[0-9a-f]{32}$/.test(nonce))).toEqual([]);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
