// The cross-instance person lock (PostgreSQL): two instances never run one person's work at
// the same time, and the takes and releases asked for while a statement is in flight go
// together in the next one, never as concurrent queries on the one lock connection; what a take
// reads (the session preload) goes in its round trip and sees what the lock's last holder wrote.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PersonLocks, personLocks, type ReadAfterTake } from "../../src/db/person-locks.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { recordStatements } from "../support/statements.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("person locks on PostgreSQL", () => {
  let db: TestDatabase;
  let first: PersonLocks;
  let second: PersonLocks;
  beforeAll(async () => {
    db = await openTestDatabase("postgres");
    first = personLocks(db)!;
    second = personLocks(db)!;
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await db.close();
  });

  it("lets one instance at a time work for a person, and others meanwhile", async () => {
    const running = new Map<string, number>();
    const overlaps: string[] = [];
    const finished: string[] = [];
    const work = (locks: PersonLocks, pseudonym: string, label: string) =>
      locks.withPerson(pseudonym, async () => {
        const now = (running.get(pseudonym) ?? 0) + 1;
        running.set(pseudonym, now);
        if (now > 1) overlaps.push(pseudonym);
        await pause(20);
        running.set(pseudonym, now - 1);
        finished.push(label);
      });
    await Promise.all([
      work(first, "p-alma", "alma on first"),
      work(second, "p-alma", "alma on second"),
      work(first, "p-bota", "bota on first"),
      work(second, "p-dana", "dana on second"),
    ]);
    expect(overlaps).toEqual([]);
    expect(finished.sort()).toEqual(["alma on first", "alma on second", "bota on first", "dana on second"]);
  });

  it("takes many people's locks in a few statements, not two per person", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    const people = Array.from({ length: 40 }, (_, index) => `p-${index}`);
    const done: string[] = [];
    const statements = await recordStatements(async () => {
      await Promise.all(
        people.map((pseudonym) =>
          first.withPerson(pseudonym, async () => {
            await pause(5);
            done.push(pseudonym);
          }),
        ),
      );
    });
    process.off("warning", onWarning);
    expect(done.sort()).toEqual([...people].sort());
    const lockStatements = statements.filter((text) => /advisory/.test(text));
    expect(lockStatements.length).toBeGreaterThan(0);
    expect(lockStatements.length).toBeLessThan(people.length);
    expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
    // Released: the other instance takes every one of them at once.
    await Promise.all(people.map((pseudonym) => second.withPerson(pseudonym, async () => {})));
  });

  it("sends a person's release with their next update's take, and lets the other instance in after", async () => {
    const updates = 10;
    const statements = await recordStatements(async () => {
      for (let index = 0; index < updates; index++) await first.withPerson("p-erlan", async () => {});
    });
    expect(statements.filter((text) => /advisory/.test(text)).length).toBeLessThanOrEqual(updates + 1);
    let entered = false;
    await second.withPerson("p-erlan", async () => {
      entered = true;
    });
    expect(entered).toBe(true);
  });

  it("reads with the take, in its round trip, what the lock's last holder wrote before releasing it", async () => {
    // Stored values by key, as the session preload reads them (one statement for a batch of people).
    const values: ReadAfterTake<string, unknown[]> = {
      statement: "SELECT key, value FROM stored_state WHERE key = ANY($1::text[])",
      parameters: (asked) => [[...asked]],
      split: (rows, asked) =>
        asked.map((key) =>
          (rows as { key: string; value: unknown }[])
            .filter((row) => row.key === key)
            .map((row) => row.value),
        ),
    };
    const reading = [personLocks(db, values)!, personLocks(db, values)!];
    try {
      // A quote in the key: the values go into the statement as literals.
      const key = "s:it's-aigerim";
      const write = (count: number) =>
        db.prisma.storedState.upsert({
          where: { key },
          create: { key, value: { count }, expiresAt: new Date(Date.now() + 60_000) },
          update: { value: { count } },
        });
      await write(0);
      let inside: () => void = () => {};
      const holding = new Promise<void>((resolve) => {
        inside = resolve;
      });
      const seen: unknown[][] = [];
      const firstHolder = reading[0]!.withPerson(
        "p-aigerim",
        async (found) => {
          seen.push(found!);
          inside();
          await pause(50);
          await write(1);
        },
        key,
      );
      await holding;
      const statements = await recordStatements(async () => {
        await reading[1]!.withPerson("p-aigerim", async (found) => void seen.push(found!), key);
      });
      await firstHolder;
      // The second instance waited for the lock, then read the first one's write.
      expect(seen).toEqual([[{ count: 0 }], [{ count: 1 }]]);
      // Each try (the first found the lock held) read in its take's statement, and nothing read apart.
      const reads = statements.filter((text) => /FROM stored_state WHERE key = ANY/.test(text));
      expect(reads.length).toBeGreaterThan(1);
      expect(reads.every((text) => /pg_try_advisory_lock/.test(text))).toBe(true);
    } finally {
      await Promise.all(reading.map((locks) => locks.close()));
    }
  });
});
