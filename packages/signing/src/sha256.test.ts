import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha256, sha256 } from "./sha256.js";

const encoder = new TextEncoder();
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const sha256Of = (text: string) => hex(sha256(encoder.encode(text)));

describe("sha256", () => {
  it("gives the FIPS 180-4 example digests", () => {
    expect(sha256Of("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Of("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Of("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  // Every length around the block and padding boundaries (55/56 bytes, 64, 119/120, 128), with bytes
  // of every value, checked against Node's OpenSSL.
  it("agrees with node:crypto for every length from 0 to 300 bytes", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 167 + 13) & 0xff);
    for (let length = 0; length <= 300; length++) {
      const message = bytes.subarray(0, length);
      expect(hex(sha256(message)), `length ${length}`).toBe(
        createHash("sha256").update(message).digest("hex"),
      );
    }
  });
});

describe("hmacSha256", () => {
  const hmacOf = (key: string, message: string) => hex(hmacSha256(key, message));

  it("gives the RFC 4231 test case 2 digest", () => {
    expect(hmacOf("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("hashes a key longer than a block first, as RFC 2104 says (RFC 4231 test case 6)", () => {
    const key = "\u00aa".repeat(131);
    // RFC 4231 uses 131 bytes of 0xaa; this key is UTF-8 text, so check against node:crypto with the same bytes.
    expect(hmacOf(key, "Test Using Larger Than Block-Size Key - Hash Key First")).toBe(
      createHmac("sha256", key)
        .update("Test Using Larger Than Block-Size Key - Hash Key First")
        .digest("hex"),
    );
  });

  it("agrees with node:crypto for keys and messages of many lengths, non-ASCII included", () => {
    for (const keyLength of [0, 1, 31, 63, 64, 65, 200]) {
      const key = "k\u00e9y\u4e2d".repeat(keyLength).slice(0, keyLength);
      for (const messageLength of [0, 1, 55, 56, 63, 64, 65, 119, 120, 500]) {
        const message = "m\u00fc\ud83d\ude00".repeat(messageLength).slice(0, messageLength);
        expect(hmacOf(key, message), `key ${keyLength}, message ${messageLength}`).toBe(
          createHmac("sha256", key).update(message).digest("hex"),
        );
      }
    }
  });

  it("keeps each secret's result apart when many secrets are used in turn", () => {
    const secrets = Array.from({ length: 40 }, (_, i) => `secret-${i}`);
    for (const round of [1, 2]) {
      for (const secret of secrets) {
        expect(hmacOf(secret, `round ${round}`)).toBe(
          createHmac("sha256", secret).update(`round ${round}`).digest("hex"),
        );
      }
    }
  });
});
