import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCipher } from "../../src/privacy/cipher.ts";
import { makePseudonymizer, REMEMBERED_PSEUDONYMS } from "../../src/privacy/pseudonym.ts";

describe("pseudonyms", () => {
  it("are stable HMAC-SHA256 hex digests that reveal nothing of the id", () => {
    const pseudonymize = makePseudonymizer("x".repeat(32));
    const a = pseudonymize(123456789);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymize(123456789)).toBe(a);
    expect(pseudonymize(123456780)).not.toBe(a);
    expect(a).not.toContain("123456789");
    expect(makePseudonymizer("y".repeat(32))(123456789)).not.toBe(a);
  });

  it("stay the same for a person the memory has let go of", () => {
    const pseudonymize = makePseudonymizer("x".repeat(32));
    const fresh = makePseudonymizer("x".repeat(32));
    const first = pseudonymize(123456789);
    for (let id = 1; id <= REMEMBERED_PSEUDONYMS + 1; id++) pseudonymize(id);
    expect(pseudonymize(123456789)).toBe(first);
    expect(pseudonymize(7)).toBe(fresh(7));
    expect(pseudonymize(REMEMBERED_PSEUDONYMS + 1)).toBe(fresh(REMEMBERED_PSEUDONYMS + 1));
  });
});

describe("the cipher", () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it("seals with AES-256-GCM under the current key id and opens again", () => {
    const cipher = createCipher(new Map([["k1", k1]]), "k1");
    const sealed = cipher.seal("987654321");
    expect(sealed).toMatch(/^v1\.k1\./);
    expect(sealed).not.toContain("987654321");
    expect(cipher.open(sealed)).toBe("987654321");
    expect(cipher.seal("987654321")).not.toBe(sealed);
  });

  it("rejects a tampered value", () => {
    const cipher = createCipher(new Map([["k1", k1]]), "k1");
    const sealed = cipher.seal("987654321");
    const parts = sealed.split(".");
    parts[4] = Buffer.from("123456789").toString("base64url");
    expect(() => cipher.open(parts.join("."))).toThrow();
  });

  it("opens values sealed with an older key after rotation, and marks them stale", () => {
    const before = createCipher(new Map([["k1", k1]]), "k1");
    const sealed = before.seal("42");
    const after = createCipher(
      new Map([
        ["k1", k1],
        ["k2", k2],
      ]),
      "k2",
    );
    expect(after.open(sealed)).toBe("42");
    expect(after.isStale(sealed)).toBe(true);
    expect(after.isStale(after.seal("42"))).toBe(false);
    expect(() => createCipher(new Map([["k2", k2]]), "k2").open(sealed)).toThrow(/k1 is not configured/);
  });
});
