// AES-256-GCM for the little that must be kept to reach a person (their chat id, under
// consent). Sealed values carry the key id, so keys can be rotated: new data uses the
// current key, old data stays readable while its key is listed in ENCRYPTION_OLD_KEYS.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface Cipher {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** True when the value was sealed with an older key and should be sealed again. */
  isStale(sealed: string): boolean;
}

const VERSION = "v1";

export function createCipher(keys: ReadonlyMap<string, Buffer>, currentKeyId: string): Cipher {
  const currentKey = keys.get(currentKeyId);
  if (!currentKey) throw new Error(`encryption key ${currentKeyId} is not configured`);
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        VERSION,
        currentKeyId,
        iv.toString("base64url"),
        tag.toString("base64url"),
        body.toString("base64url"),
      ].join(".");
    },
    open(sealed) {
      const [version, keyId, iv, tag, body] = sealed.split(".");
      if (version !== VERSION || !keyId || !iv || !tag || body === undefined)
        throw new Error("not a sealed value");
      const key = keys.get(keyId);
      if (!key) throw new Error(`encryption key ${keyId} is not configured`);
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
        "utf8",
      );
    },
    isStale(sealed) {
      return sealed.split(".")[1] !== currentKeyId;
    },
  };
}
