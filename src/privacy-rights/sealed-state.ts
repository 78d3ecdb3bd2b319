// Conversation state holds the Telegram updates a conversation replays, and with them the
// person's Telegram id, name and username, and whatever they typed or shared. Sealed with the
// same AES-256-GCM cipher as the chat link, a database dump shows none of it; rows written
// before sealing was introduced are still read.
import type { StorageAdapter } from "grammy";
import type { Cipher } from "../privacy/cipher.ts";

export function sealedAdapter<T>(inner: StorageAdapter<unknown>, cipher: Cipher): StorageAdapter<T> {
  return {
    async read(key) {
      const value = await inner.read(key);
      if (typeof value !== "string") return value as T | undefined;
      return JSON.parse(cipher.open(value)) as T;
    },
    write: (key, value) => inner.write(key, cipher.seal(JSON.stringify(value))),
    delete: (key) => inner.delete(key),
  };
}
