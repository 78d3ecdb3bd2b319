// A grammY storage adapter over the stored_state table, used for sessions and for
// conversation state. Keys are "<prefix>:<pseudonym>", never a raw chat id, and every
// write pushes the row's expiry forward by the idle time; the purge job deletes the rest.
import type { StorageAdapter } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { InputJsonValue } from "../generated/prisma/internal/prismaNamespace.ts";

export function storedStateAdapter<T>(
  prisma: PrismaClient,
  prefix: string,
  idleMs: number,
  now: () => number = Date.now,
): StorageAdapter<T> {
  const keyOf = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const row = await prisma.storedState.findUnique({ where: { key: keyOf(key) } });
      if (!row || row.expiresAt.getTime() <= now()) return undefined;
      return row.value as T;
    },
    async write(key, value) {
      const expiresAt = new Date(now() + idleMs);
      const json = value as InputJsonValue;
      await prisma.storedState.upsert({
        where: { key: keyOf(key) },
        create: { key: keyOf(key), value: json, expiresAt },
        update: { value: json, expiresAt },
      });
    },
    async delete(key) {
      await prisma.storedState.deleteMany({ where: { key: keyOf(key) } });
    },
  };
}
