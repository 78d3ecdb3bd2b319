// The web chat's anonymous identity: the page's random token becomes a chat id by HMAC, so the
// same browser always reaches the same conversation, and the token itself is never kept.
// From the chat id on, the bot treats the person like anyone else (a pseudonym of that id).
import { createHmac } from "node:crypto";
import { WEB_CHAT_IDS } from "../index.ts";

/** The key for web chat ids, derived from the pseudonym secret (one secret less to manage). */
export function webChatKey(pseudonymSecret: string): Buffer {
  return createHmac("sha256", pseudonymSecret).update("open-door web chat id v1").digest();
}

/** A safe integer in [2^52, 2^53): 52 bits of HMAC-SHA256(key, token) above 2^52. */
export function webChatId(key: Buffer, token: string): number {
  const digest = createHmac("sha256", key).update(token).digest();
  const low52 = digest.readBigUInt64BE(0) & ((1n << 52n) - 1n);
  return WEB_CHAT_IDS.first + Number(low52);
}

/** A keyed hash for rate-limit keys (a client address, a chat): the value itself is not kept. */
export function hashedKey(key: Buffer, label: "address" | "chat", value: string | number): string {
  return createHmac("sha256", key).update(`${label}:${value}`).digest("base64url").slice(0, 22);
}
