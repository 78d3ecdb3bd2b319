// The counselor desk's smaller repositories on both databases: counselors, blocks and the
// pause, ratings, the kept history and the audit log.
import { describe, expect, it } from "vitest";
import * as audit from "../../src/db/audit.ts";
import * as caseTransitions from "../../src/db/case-transitions.ts";
import * as cases from "../../src/db/cases.ts";
import * as counselors from "../../src/db/counselors.ts";
import * as history from "../../src/db/history.ts";
import * as moderation from "../../src/db/moderation.ts";
import * as ratings from "../../src/db/ratings.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const NOW = new Date("2026-11-23T06:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)("desk records on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  it("registers a counselor once by pseudonym and switches the header only when the case changes", async () => {
    const dana = await counselors.save(db, { pseudonym: "c1", alias: "Дана", sealedChat: "s1", now: NOW });
    const renamed = await counselors.save(db, {
      pseudonym: "c1",
      alias: "Дана К.",
      sealedChat: "s2",
      now: NOW,
    });
    expect(renamed).toEqual({ ...dana, alias: "Дана К.", chat: "s2" });
    expect(await counselors.byPseudonym(db, "c1")).toEqual(renamed);
    await counselors.save(db, { pseudonym: "c2", alias: "Айгуль", sealedChat: "s3", now: NOW });
    expect((await counselors.all(db)).map((c) => c.alias)).toEqual(["Айгуль", "Дана К."]);
    expect(await counselors.switchHeader(db, dana.id, 5)).toBe(true);
    expect(await counselors.switchHeader(db, dana.id, 5)).toBe(false);
    expect(await counselors.switchHeader(db, dana.id, 6)).toBe(true);
    await counselors.switchToCase(db, dana.id, 7);
    expect(await counselors.byId(db, dana.id)).toMatchObject({ currentCaseId: 7, headerCaseId: 7 });
  });

  it("keeps a counselor's desk language and the languages they speak", async () => {
    const dana = await counselors.save(db, { pseudonym: "c1", alias: "Дана", sealedChat: "s1", now: NOW });
    const erlan = await counselors.save(db, { pseudonym: "c2", alias: "Ерлан", sealedChat: "s2", now: NOW });
    expect(dana).toMatchObject({ locale: null, speaks: [] });
    await counselors.setLocale(db, dana.id, "kk");
    await counselors.setSpeaks(db, dana.id, ["ru", "kk", "ru"]);
    await counselors.setSpeaks(db, erlan.id, ["ru"]);
    expect(await counselors.byId(db, dana.id)).toMatchObject({ locale: "kk", speaks: ["kk", "ru"] });
    expect(await counselors.byPseudonym(db, "c1")).toMatchObject({ locale: "kk", speaks: ["kk", "ru"] });
    expect((await counselors.speaking(db, "ru")).map((c) => c.alias)).toEqual(["Дана", "Ерлан"]);
    expect((await counselors.speaking(db, "kk")).map((c) => c.alias)).toEqual(["Дана"]);
    expect(await counselors.speaking(db, "en")).toEqual([]);
    await counselors.setLocale(db, dana.id, null);
    expect((await counselors.byId(db, dana.id))?.locale).toBeNull();
  });

  it("blocks until a date (a new block replaces the old) and pauses the desk once", async () => {
    const until = new Date(NOW.getTime() + 30 * DAY_MS);
    await moderation.block(db, {
      pseudonym: "p1",
      reason: "spam",
      by: 1,
      now: NOW,
      until: new Date(NOW.getTime() + DAY_MS),
    });
    await moderation.block(db, { pseudonym: "p1", reason: "threats", by: 2, now: NOW, until });
    expect(await moderation.blockedUntil(db, "p1", NOW)).toEqual(until);
    expect(await moderation.blockedUntil(db, "p1", until)).toBeUndefined();
    expect(await moderation.blockedUntil(db, "p2", NOW)).toBeUndefined();

    expect(await moderation.currentPause(db)).toBeUndefined();
    await moderation.pause(db, { reason: "training", since: NOW, by: "Дана" });
    await moderation.pause(db, { reason: "meeting", since: NOW, by: "Ерлан" });
    expect(await moderation.currentPause(db)).toEqual({ reason: "meeting", since: NOW, by: "Ерлан" });
    expect(await moderation.resume(db)).toBe(true);
    expect(await moderation.resume(db)).toBe(false);
  });

  it("takes one rating per closed case, one comment per rating, and summarises by day", async () => {
    const { case: item } = await cases.open(db, {
      pseudonym: "p1",
      priority: 2,
      source: "menu",
      locale: "ru",
      category: "",
      region: "",
      summary: {},
      afterHours: false,
      keepHistory: false,
      blockedInCrisis: false,
      sealedChat: "s",
      linkExpiresAt: NOW,
      now: NOW,
      newRef: () => "RATE",
    });
    expect(await ratings.takeTurn(db, item.id)).toBe(false);
    await caseTransitions.markClosed(db, item.id, "ended", { now: NOW, ratingOpen: true, historyUntil: NOW });
    const turns = await Promise.all([ratings.takeTurn(db, item.id), ratings.takeTurn(db, item.id)]);
    expect(turns.sort()).toEqual([false, true]);

    const id = await ratings.add(db, "2026-11-23", 4);
    await ratings.add(db, "2026-11-01", 1);
    const commentEnds = new Date("2026-12-23T00:00:00Z");
    await ratings.addComment(db, id, "Было полезно", commentEnds);
    await ratings.addComment(db, id, "second", commentEnds);
    expect(await db.prisma.caseRating.findUnique({ where: { id } })).toMatchObject({
      comment: "Было полезно",
      commentExpiresAt: commentEnds,
    });
    // The comment goes at its time; the rating stays.
    expect(await ratings.forgetExpiredComments(db, new Date("2026-12-22T23:59:59Z"))).toBe(0);
    expect(await ratings.forgetExpiredComments(db, commentEnds)).toBe(1);
    expect(await db.prisma.caseRating.findUnique({ where: { id } })).toMatchObject({
      rating: 4,
      comment: null,
      commentExpiresAt: null,
    });
    expect(await ratings.summarySince(db, new Date("2026-11-20T12:00:00Z"))).toEqual({
      count: 1,
      average: 4,
    });
    expect(await ratings.summarySince(db, new Date("2026-12-01T00:00:00Z"))).toEqual({
      count: 0,
      average: null,
    });
    expect(await ratings.deleteBefore(db, new Date("2026-11-23T00:00:00Z"))).toBe(1);
  });

  it("keeps a history until it expires and deletes a person's whole history", async () => {
    const entry = {
      pseudonym: "p1",
      caseRef: "K7F3",
      author: "person",
      sealedBody: "v1.x",
      kind: "text",
      expiresAt: new Date(NOW.getTime() + DAY_MS),
    };
    await history.add(db, {
      ...entry,
      at: new Date(NOW.getTime() + 1000),
      author: "Дана",
      sealedBody: "v1.y",
      kind: "photo",
    });
    await history.add(db, { ...entry, at: NOW });
    await history.add(db, { ...entry, pseudonym: "p2", at: NOW });
    expect(await history.of(db, "p1", NOW)).toEqual([
      { caseRef: "K7F3", at: NOW, author: "person", sealedBody: "v1.x", kind: "text", edited: false },
      {
        caseRef: "K7F3",
        at: new Date(NOW.getTime() + 1000),
        author: "Дана",
        sealedBody: "v1.y",
        kind: "photo",
        edited: false,
      },
    ]);
    expect(await history.of(db, "p1", entry.expiresAt)).toEqual([]);
    expect(await history.deleteOf(db, "p1")).toBe(2);
    expect(await history.of(db, "p2", NOW)).toHaveLength(1);
  });

  it("revises a kept line found by its message-map row, only the person's own, and keeps its expiry", async () => {
    const entry = { caseRef: "K7F3", at: NOW, author: "person", kind: "text", caseMessageId: 41 };
    const expiresAt = new Date(NOW.getTime() + DAY_MS);
    await history.add(db, { ...entry, pseudonym: "p1", sealedBody: "v1.old", expiresAt });
    await history.add(db, { ...entry, pseudonym: "p2", sealedBody: "v1.other", expiresAt });
    expect(await history.revise(db, { pseudonym: "p1", caseMessageId: 41, sealedBody: "v1.new" })).toBe(true);
    expect(await history.revise(db, { pseudonym: "p1", caseMessageId: 42, sealedBody: "v1.none" })).toBe(
      false,
    );
    expect(await history.of(db, "p1", NOW)).toEqual([
      { caseRef: "K7F3", at: NOW, author: "person", sealedBody: "v1.new", kind: "text", edited: true },
    ]);
    expect((await history.of(db, "p2", NOW))[0]).toMatchObject({ sealedBody: "v1.other", edited: false });
    expect(await history.of(db, "p1", expiresAt)).toEqual([]);
  });

  it("lists the audit log newest first, of all cases or of one, and deletes old entries", async () => {
    const actor = { id: 1, alias: "Дана" };
    await audit.record(db, { at: NOW, caseRef: "AAAA", action: "opened", detail: "menu" });
    await audit.record(db, { at: new Date(NOW.getTime() + 1000), caseRef: "AAAA", action: "taken", actor });
    await audit.record(db, {
      at: new Date(NOW.getTime() + 2000),
      action: "paused",
      actor,
      detail: "training",
    });
    expect((await audit.recent(db, 10)).map((entry) => entry.action)).toEqual(["paused", "taken", "opened"]);
    expect(await audit.recent(db, 1, "AAAA")).toEqual([
      {
        at: new Date(NOW.getTime() + 1000),
        caseRef: "AAAA",
        action: "taken",
        actorAlias: "Дана",
        detail: "",
      },
    ]);
    expect(await audit.deleteBefore(db, new Date(NOW.getTime() + 1500))).toBe(2);
  });
});
