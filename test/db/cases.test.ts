// The cases repository on both databases: one open case per person, conditional moves that
// exactly one caller wins, a close that removes what only an open case needs, and the
// queue's "your place" data in one statement.
import { describe, expect, it } from "vitest";
import * as caseMessages from "../../src/db/case-messages.ts";
import * as caseQueue from "../../src/db/case-queue.ts";
import * as caseTransitions from "../../src/db/case-transitions.ts";
import * as cases from "../../src/db/cases.ts";
import * as closedCases from "../../src/db/closed-cases.ts";
import * as counselors from "../../src/db/counselors.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const NOW = new Date("2026-11-23T06:00:00Z");
const LATER = new Date("2026-11-23T06:05:00Z");
let refs = 0;

function newCase(pseudonym: string, overrides: Partial<cases.NewCase> = {}): cases.NewCase {
  return {
    pseudonym,
    priority: 2,
    source: "menu",
    locale: "ru",
    category: "",
    region: "",
    summary: { who: "self" },
    afterHours: false,
    keepHistory: false,
    blockedInCrisis: false,
    sealedChat: `sealed-${pseudonym}`,
    linkExpiresAt: new Date("2026-12-31T00:00:00Z"),
    now: NOW,
    newRef: () => `R${String(++refs).padStart(3, "0")}`,
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)("cases repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  async function counselor(alias: string) {
    return counselors.save(db, { pseudonym: `c-${alias}`, alias, sealedChat: `chat-${alias}`, now: NOW });
  }

  it("opens one case per person with its link; a second open returns the open one", async () => {
    const first = await cases.open(db, newCase("anna"));
    expect(first.created).toBe(true);
    expect(first.case).toMatchObject({ pseudonym: "anna", status: "queued", summary: { who: "self" } });
    expect(await cases.linkOf(db, first.case.id)).toBe("sealed-anna");
    const again = await cases.open(db, newCase("anna"));
    expect(again).toEqual({ case: first.case, created: false });
    expect(await db.prisma.caseLink.count()).toBe(1);
  });

  it("audits an opening in the same statement: 'opened' with its source, then 'block-overridden' in a blocked crisis", async () => {
    const plain = await cases.open(db, newCase("anna", { source: "triage" }));
    const overridden = await cases.open(db, newCase("boris", { source: "crisis", blockedInCrisis: true }));
    await cases.open(db, newCase("anna"));
    const entries = await db.prisma.caseAudit.findMany({ orderBy: { id: "asc" } });
    expect(entries.map(({ caseRef, action, detail, at }) => ({ caseRef, action, detail, at }))).toEqual([
      { caseRef: plain.case.ref, action: "opened", detail: "triage", at: NOW },
      { caseRef: overridden.case.ref, action: "opened", detail: "crisis", at: NOW },
      { caseRef: overridden.case.ref, action: "block-overridden", detail: "", at: NOW },
    ]);
  });

  it("draws another reference when the drawn one is taken, leaving no half-made case", async () => {
    const taken = await cases.open(db, newCase("anna", { newRef: () => "SAME" }));
    const draws = ["SAME", "NEXT"];
    const other = await cases.open(db, newCase("boris", { newRef: () => draws.shift()! }));
    expect(other.case.ref).toBe("NEXT");
    expect(taken.case.ref).toBe("SAME");
    expect(await db.prisma.caseLink.count()).toBe(2);
    expect(await db.prisma.counselCase.count()).toBe(2);
  });

  it("lets exactly one of two claims win; the winner's claim switches its chat, audits the take and reads the link", async () => {
    const { case: item } = await cases.open(db, newCase("anna"));
    const [dana, erlan] = [await counselor("Дана"), await counselor("Ерлан")];
    const results = await Promise.all([
      caseTransitions.claim(db, item.id, dana, LATER),
      caseTransitions.claim(db, item.id, erlan, LATER),
    ]);
    const won = results.filter((result) => result !== undefined);
    expect(won).toHaveLength(1);
    const { case: claimed, sealedChat } = won[0]!;
    expect(claimed).toMatchObject({ status: "active", claimedAt: LATER, lastActivityAt: LATER });
    expect(sealedChat).toBe(await cases.linkOf(db, item.id));
    expect(sealedChat).toBeDefined();
    expect((await cases.heldBy(db, claimed.counselorId!)).map((held) => held.id)).toEqual([item.id]);
    const [winner, loser] = claimed.counselorId === dana.id ? [dana, erlan] : [erlan, dana];
    expect(await counselors.byId(db, winner.id)).toMatchObject({
      currentCaseId: item.id,
      headerCaseId: item.id,
    });
    expect(await counselors.byId(db, loser.id)).toMatchObject({ currentCaseId: null, headerCaseId: null });
    const takes = await db.prisma.caseAudit.findMany({ where: { action: "taken" } });
    expect(takes).toMatchObject([{ caseRef: item.ref, actorId: winner.id, actorAlias: winner.alias }]);
  });

  it("reassigns only from the holder the caller saw; back to the queue clears the holder's current case", async () => {
    const { case: item } = await cases.open(db, newCase("anna"));
    const [dana, erlan] = [await counselor("Дана"), await counselor("Ерлан")];
    await caseTransitions.claim(db, item.id, dana, NOW);
    expect(await caseTransitions.reassign(db, item.id, erlan.id, null, LATER)).toBeUndefined();
    const moved = await caseTransitions.reassign(db, item.id, dana.id, erlan.id, LATER);
    expect(moved).toMatchObject({ status: "active", counselorId: erlan.id, claimedAt: LATER });
    expect((await counselors.byId(db, dana.id))?.currentCaseId).toBeNull();
    // Another person waits, since before this case was opened.
    const { case: waiting } = await cases.open(
      db,
      newCase("boris", { now: new Date(NOW.getTime() - 60_000) }),
    );
    const queued = await caseTransitions.reassign(db, item.id, erlan.id, null, LATER);
    // Back in the queue, the last Take's time stays: the person was already talking, so they are first in line.
    expect(queued).toMatchObject({ status: "queued", counselorId: null, claimedAt: LATER });
    expect((await caseQueue.inOrder(db)).map((queuedCase) => queuedCase.id)).toEqual([item.id, waiting.id]);
  });

  it("closes once: the link, the message map and the holder's current case go; the pseudonym only without history", async () => {
    const { case: item } = await cases.open(db, newCase("anna"));
    const { case: kept } = await cases.open(db, newCase("boris", { keepHistory: true }));
    const dana = await counselor("Дана");
    await caseTransitions.claim(db, item.id, dana, NOW);
    await caseMessages.record(db, {
      caseId: item.id,
      source: "p",
      sourceMessageId: 1,
      state: "sent",
      now: NOW,
    });
    // The first reply is the counselors' first message to the person: neither the person's nor a note.
    const replied = new Date("2026-11-23T06:03:00Z");
    for (const [source, at] of [
      ["n", new Date("2026-11-23T06:01:00Z")],
      ["g", new Date("2026-11-23T06:09:00Z")],
      [`c${dana.id}`, replied],
    ] as const)
      await caseMessages.record(db, { caseId: item.id, source, sourceMessageId: 2, state: "sent", now: at });
    const input = { now: LATER, note: "выдан адрес", ratingOpen: true, historyUntil: new Date("2027-01-01") };
    const closes = await Promise.all([
      caseTransitions.markClosed(db, item.id, "consulted", input),
      caseTransitions.markClosed(db, item.id, "ended", input),
    ]);
    const done = closes.filter((closed) => closed !== undefined);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ sealedChat: "sealed-anna", pseudonym: "anna", firstReplyAt: replied });
    expect(done[0]!.case).toMatchObject({
      status: "closed",
      pseudonym: null,
      historyUntil: null,
      ratingOpen: true,
    });
    expect(await db.prisma.caseMessage.count()).toBe(0);
    expect(await cases.linkOf(db, item.id)).toBeUndefined();
    expect((await counselors.byId(db, dana.id))?.currentCaseId).toBeNull();

    const closedKept = await caseTransitions.markClosed(db, kept.id, "expired", input);
    expect(closedKept).toMatchObject({ firstReplyAt: null });
    expect(closedKept?.case).toMatchObject({ pseudonym: "boris", historyUntil: new Date("2027-01-01") });
    expect((await closedCases.keptCasesOf(db, "boris")).map((c) => c.id)).toEqual([kept.id]);
    expect((await closedCases.historiesEndedBy(db, new Date("2027-01-02"))).map((c) => c.id)).toEqual([
      kept.id,
    ]);
    await closedCases.forgetClosed(db, kept.id);
    expect(await closedCases.keptCasesOf(db, "boris")).toEqual([]);
    expect(await closedCases.deleteClosedBefore(db, new Date("2027-01-01"))).toBe(2);
  });

  it("raises a priority once, merging the crisis kinds into the summary; a new kind later is recorded too", async () => {
    const { case: item } = await cases.open(db, newCase("anna"));
    const raised = await cases.raisePriority(db, item.id, 0, ["self-harm"]);
    expect(raised).toMatchObject({
      priority: 0,
      summary: { who: "self", crises: ["self-harm"] },
      openedAt: NOW,
    });
    expect(await cases.raisePriority(db, item.id, 0, ["violence"])).toBeUndefined();
    expect((await cases.byId(db, item.id))?.summary).toEqual({ who: "self", crises: ["self-harm"] });
    const both = await cases.setCrises(db, item.id, ["self-harm", "violence"]);
    expect(both?.summary).toEqual({ who: "self", crises: ["self-harm", "violence"] });
    expect(cases.crisesOf(both!.summary)).toEqual(["self-harm", "violence"]);
    // Rows written before the list kept one kind.
    expect(cases.crisesOf({ crisis: "danger" })).toEqual(["danger"]);
  });

  it("counts the waiting messages into the case and moves the idle timer and the link's expiry together", async () => {
    const { case: item } = await cases.open(db, newCase("anna"));
    for (const id of [1, 2, 3]) {
      await caseMessages.record(db, {
        caseId: item.id,
        source: "p",
        sourceMessageId: id,
        state: "waiting",
        now: NOW,
      });
    }
    expect(await cases.recountWaiting(db, item.id)).toBe(3);
    expect((await cases.byId(db, item.id))?.waiting).toBe(3);
    const expiry = new Date("2027-02-01T00:00:00Z");
    await cases.touch(db, item.id, LATER, expiry);
    expect((await cases.byId(db, item.id))?.lastActivityAt).toEqual(LATER);
    expect((await db.prisma.caseLink.findUnique({ where: { caseId: item.id } }))?.expiresAt).toEqual(expiry);
    expect(await closedCases.silentSince(db, LATER, LATER)).toEqual([]);
    expect(
      (await closedCases.silentSince(db, LATER, new Date(LATER.getTime() + 1))).map((c) => c.id),
    ).toEqual([item.id]);
  });

  it("gives the queue in serving order with links, and records the places shown in one statement", async () => {
    const normal = (await cases.open(db, newCase("anna"))).case;
    const crisis = (await cases.open(db, newCase("boris", { priority: 0, now: LATER }))).case;
    const later = (await cases.open(db, newCase("vera", { now: LATER }))).case;
    await db.prisma.caseLink.delete({ where: { caseId: later.id } });
    const queue = await caseQueue.firstWithLinks(db, 2);
    expect(queue.map((item) => [item.ref, item.sealedChat])).toEqual([
      [crisis.ref, "sealed-boris"],
      [normal.ref, "sealed-anna"],
    ]);
    expect(queue[0]).toEqual({ ...(await cases.byId(db, crisis.id)), sealedChat: "sealed-boris" });
    expect((await caseQueue.firstWithLinks(db, 30)).at(-1)).toMatchObject({ id: later.id, sealedChat: null });
    expect((await caseQueue.inOrder(db)).map((item) => item.id)).toEqual([crisis.id, normal.id, later.id]);
    await caseQueue.setWaitPositions(db, [
      { caseId: crisis.id, position: 1 },
      { caseId: normal.id, position: 2 },
    ]);
    const positions = await db.prisma.counselCase.findMany({
      orderBy: { id: "asc" },
      select: { waitPosition: true },
    });
    expect(positions.map((row) => row.waitPosition)).toEqual([2, 1, null]);
  });

  it("rolls a repository transaction back on both drivers", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.counselor.create({ data: { pseudonym: "x", alias: "X", updatedAt: NOW } });
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(await db.prisma.counselor.count()).toBe(0);
  });
});
