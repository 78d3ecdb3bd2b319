// The cross-instance person lock (PostgreSQL): two instances never run one person's work at
// the same time, and the takes and releases asked for while a statement is in flight go
// together in the next one, never as concurrent queries on the one lock connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PersonLocks, personLocks } from "../../src/db/person-locks.ts";
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
});
