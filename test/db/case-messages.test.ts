// The message map on both databases: a source message is recorded once, delivery starts once,
// and copies are found again for edits, replies and a counselor taking over.
import { describe, expect, it } from "vitest";
import * as caseMessages from "../../src/db/case-messages.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const NOW = new Date("2026-11-23T06:00:00Z");
const CASE = 41;

describe.each(DATABASE_KINDS)("case messages repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  const fromPerson = (id: number, state: caseMessages.DeliveryState, at = NOW) =>
    caseMessages.record(db, {
      caseId: CASE,
      source: "p",
      sourceMessageId: id,
      personMessageId: id,
      state,
      now: at,
    });

  it("records a source message once: the second recording (a replayed update) gets nothing", async () => {
    const first = await fromPerson(10, "waiting");
    expect(first).toMatchObject({ caseId: CASE, source: "p", sourceMessageId: 10, state: "waiting" });
    expect(await fromPerson(10, "sending")).toBeUndefined();
    expect(await caseMessages.bySource(db, CASE, "p", 10)).toEqual(first);
  });

  it("starts a delivery once and records where the copy landed", async () => {
    const row = (await fromPerson(10, "waiting"))!;
    const starts = await Promise.all([
      caseMessages.startDelivery(db, row.id, "waiting"),
      caseMessages.startDelivery(db, row.id, "waiting"),
    ]);
    expect(starts.sort()).toEqual([false, true]);
    await caseMessages.delivered(db, row.id, { counselorId: 7, counselorMessageId: 501 });
    expect(await caseMessages.bySource(db, CASE, "p", 10)).toMatchObject({
      state: "sent",
      personMessageId: 10,
      counselorId: 7,
      counselorMessageId: 501,
    });
    expect(await caseMessages.caseOfCounselorMessage(db, 7, 501)).toBe(CASE);
    expect(await caseMessages.caseOfCounselorMessage(db, 8, 501)).toBeUndefined();
    const other = (await fromPerson(11, "sending"))!;
    await caseMessages.failed(db, other.id);
    expect((await caseMessages.bySource(db, CASE, "p", 11))?.state).toBe("failed");
  });

  it("lists waiting messages oldest first and the last relayed ones for a new counselor", async () => {
    for (const id of [1, 2, 3, 4]) {
      const row = (await fromPerson(id, "sending"))!;
      await caseMessages.delivered(db, row.id, {});
    }
    await fromPerson(5, "waiting");
    await fromPerson(6, "waiting");
    expect((await caseMessages.waiting(db, CASE)).map((row) => row.sourceMessageId)).toEqual([5, 6]);
    expect((await caseMessages.relayedFromPerson(db, CASE, 3)).map((row) => row.sourceMessageId)).toEqual([
      2, 3, 4,
    ]);
  });

  it("records a holder's message once and reads the person's link with it; no link after the case closed", async () => {
    const toPerson = (id: number) =>
      caseMessages.recordToPerson(db, {
        caseId: CASE,
        source: "c7",
        sourceMessageId: id,
        counselorId: 7,
        counselorMessageId: id,
        state: "sending",
        now: NOW,
      });
    await db.sql.query(
      "INSERT INTO case_link (case_id, pseudonym, chat, expires_at) VALUES ($1, 'anna', 'sealed-anna', $2)",
      [CASE, NOW],
    );
    const first = await toPerson(1);
    expect(first).toMatchObject({
      sealedPerson: "sealed-anna",
      row: { caseId: CASE, source: "c7", state: "sending" },
    });
    expect(await caseMessages.bySource(db, CASE, "c7", 1)).toEqual(first!.row);
    expect(await toPerson(1)).toBeUndefined();
    await db.sql.query("DELETE FROM case_link");
    expect(await toPerson(2)).toMatchObject({ sealedPerson: undefined, row: { sourceMessageId: 2 } });
  });
});
