// The session and conversation state on the hot path: read in one query per update, and not
// written back when nothing changed, except to push the expiry forward about once an hour;
// people's updates that arrive together share their reads and their writes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as cases from "../../src/db/cases.ts";
import * as counselors from "../../src/db/counselors.ts";
import { casesChanged, holdOpenCase, OPEN_CASE_ROW } from "../../src/db/open-case-hold.ts";
import { EXPIRY_REFRESH_MS } from "../../src/db/sessions.ts";
import {
  askForHuman,
  blockPerson,
  counselor,
  deskHarness,
  openCaseOf,
  say,
  takenCase,
} from "../counselors/helpers.ts";
import { DATABASE_KINDS, DEFAULT_NOW, type Harness } from "../support/harness.ts";
import { recordStatements } from "../support/statements.ts";
import { storedSession } from "../support/words.ts";

interface Counts {
  reads: number;
  writes: number;
  deletes: number;
}

/** Counts the statements on stored_state while `work` runs, through Prisma or not. */
async function counting(work: () => Promise<void>): Promise<Counts> {
  const counts: Counts = { reads: 0, writes: 0, deletes: 0 };
  for (const text of await recordStatements(work)) {
    if (!/stored_state/.test(text)) continue;
    if (/^\s*SELECT/i.test(text)) counts.reads++;
    else if (/^\s*INSERT/i.test(text)) counts.writes++;
    else if (/^\s*DELETE/i.test(text)) counts.deletes++;
  }
  return counts;
}

describe.each(DATABASE_KINDS)("session storage on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await deskHarness(kind);
  });
  beforeEach(() => h.clock.set(DEFAULT_NOW));
  afterAll(() => h.close());

  it("reads a person's session and conversation state in one query and skips unchanged writes", async () => {
    const person = h.user({ language_code: "en" });
    const first = await counting(() => person.send("/start"));
    expect(first).toEqual({ reads: 1, writes: 1, deletes: 0 });

    // The menu again, a minute later: nothing in the session changes, nothing is written.
    h.clock.advance(60_000);
    const again = await counting(() => person.send("/menu"));
    expect(again).toEqual({ reads: 1, writes: 0, deletes: 0 });
    expect(person.lastText()).toContain("Choose");

    // Later than the refresh interval: the same session is written to push its expiry forward.
    h.clock.advance(EXPIRY_REFRESH_MS + 60_000);
    const later = await counting(() => person.send("/menu"));
    expect(later).toEqual({ reads: 1, writes: 1, deletes: 0 });
    // Written as Prisma reads it: the same expiry instant through the generated client.
    const row = await h.app.db.prisma.storedState.findUnique({
      where: { key: `s:${h.app.pseudonymize(person.id)}` },
    });
    expect(row?.expiresAt.getTime()).toBe(h.clock.now() + h.config.SESSION_IDLE_DAYS * 24 * 60 * 60 * 1000);
  });

  it("reads and writes the state of people whose updates arrive together in a few statements, each their own", async () => {
    const people = Array.from({ length: 12 }, (_, index) =>
      h.user({ language_code: ["ru", "kk", "en"][index % 3]! }),
    );
    const together = await counting(async () => {
      await Promise.all(people.map((person) => person.send("/start")));
    });
    expect(together.reads).toBeGreaterThan(0);
    expect(together.reads).toBeLessThan(people.length);
    expect(together.writes).toBeGreaterThan(0);
    expect(together.writes).toBeLessThan(people.length);
    // Each person's welcome in their language, and their own session kept.
    for (const [index, person] of people.entries()) {
      expect(person.lastText()).toMatch([/Открытая дверь/, /Ашық есік/, /Open Door/][index % 3]!);
      expect((await storedSession(h, person))?.welcomedAt).toEqual(expect.any(Number));
    }
    // Half of them choose English at once: each session keeps its own choice, the others none.
    const before = await Promise.all(people.map(async (person) => (await storedSession(h, person))?.locale));
    await Promise.all(
      people.slice(0, 6).map(async (person) => {
        await person.send("/language");
        await person.press(/English/);
      }),
    );
    for (const [index, person] of people.entries()) {
      expect((await storedSession(h, person))?.locale).toBe(index < 6 ? "en" : before[index]);
    }
  });

  it("keeps what a conversation and the session store across updates", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.press("🌐 Язык");
    await person.press(/English/);
    await person.send("/menu");
    expect(person.lastText()).toContain("Choose");
    // A conversation in progress (triage) survives between updates read from the preloaded row.
    await person.press("🧭 Help me figure out what to do");
    await person.press("For myself");
    expect(person.lastText()).toContain("What worries you most?");
    await person.press("← Back");
    expect(person.lastText()).toContain("Who are you asking for?");
  });

  it("reads the person's consent with the session: a statistic is counted without asking again", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/privacy");
    await person.press("Allow: Anonymous statistics");
    const statements = await recordStatements(() => person.pressForged("faq-open:warning-signs"));
    expect(statements.filter((text) => /consent/.test(text))).toHaveLength(1);
    expect(statements.filter((text) => /consent/.test(text))[0]).toMatch(/stored_state/);
    expect(
      await h.db.sql.query(
        "SELECT kind, entry FROM daily_event WHERE kind = 'faq.viewed' AND entry = 'warning-signs'",
      ),
    ).toHaveLength(1);
  });

  it("reads the person's block with the session: whether to offer a person is known without asking again", async () => {
    const free = h.user({ language_code: "en" });
    await free.send("/start");
    const asked = await recordStatements(() => free.send("what are the warning signs"));
    expect(asked.filter((text) => /case_block/.test(text))).toHaveLength(1);
    expect(asked.filter((text) => /case_block/.test(text))[0]).toMatch(/stored_state/);
    expect(free.buttons()).toContain("💬 Talk to a person");

    const blocked = h.user({ language_code: "en" });
    await blocked.send("/start");
    await blockPerson(h, blocked, 60 * 60 * 1000);
    const read = await recordStatements(() => blocked.send("what are the warning signs"));
    expect(read.filter((text) => /case_block/.test(text))).toHaveLength(1);
    expect(blocked.buttons()).not.toContain("💬 Talk to a person");
    // The block ends with its time, though its row is still there until the purge.
    h.clock.advance(2 * 60 * 60 * 1000);
    await blocked.send("what are the warning signs");
    expect(blocked.buttons()).toContain("💬 Talk to a person");
  });

  it("reads whether the person has an open case with the session: none asks nothing more, one is read and told", async () => {
    const person = h.user({ language_code: "ru" });
    const started = await recordStatements(async () => {
      await person.send("/start");
      await person.send("что делать если брат не разговаривает с семьёй");
    });
    const aboutCases = started.filter((text) => /counsel_case/.test(text));
    expect(aboutCases).toHaveLength(2);
    for (const text of aboutCases) expect(text).toMatch(/stored_state/);

    // The case opened in an update is there for the next: /start says where the person stands, a message is relayed.
    await askForHuman(person);
    const item = await openCaseOf(h, person);
    await person.send("/start");
    expect(person.texts().slice(-2)[0]).toBe(say("ru", "counselors-still-queued", { position: 1 }));
    const relayed = () => h.db.sql.query("SELECT id FROM case_message WHERE case_id = $1", [item.id]);
    const before = (await relayed()).length;
    await person.send("Здравствуйте");
    expect(await relayed()).toHaveLength(before + 1);

    // Ended: /start welcomes again.
    await person.send("/end");
    await person.press(say("ru", "counselors-end-yes"));
    await person.send("/start");
    expect(person.lastText()).toContain(say("ru", "welcome-back"));
  });

  it("reads the open case's row with the session: a relayed message and /end read it no more, a change is read anew", async () => {
    const dana = await counselor(h, { first_name: "Aigerim" }, "Айгерим");
    const anna = h.user({ language_code: "ru" });
    const { item } = await takenCase(h, anna, dana);
    // Only the preload reads the case (by the session's case id, or by pseudonym for /end and its button).
    const caseReads = (texts: string[]) =>
      texts.filter((text) => /FROM\s+"?[\w.]*"?counsel_case"?\s/i.test(text) && !/stored_state/.test(text));
    const relayed = await recordStatements(() => anna.send("Здравствуйте, мне нужен совет"));
    expect(dana.lastText()).toContain("Здравствуйте, мне нужен совет");
    expect(caseReads(relayed).filter((text) => /^\s*SELECT/i.test(text))).toEqual([]);
    const asked = await recordStatements(() => anna.send("/end"));
    expect(caseReads(asked)).toEqual([]);
    expect(anna.lastText()).toBe(say("ru", "counselors-end-confirm"));

    // What the preload read is the row as the database has it, every column (its dates as dates too).
    const held = await h.db.sql.query(
      `SELECT value FROM (${OPEN_CASE_ROW("$1::text[]")}) AS preload(who, key, value, expires)`,
      [[h.app.pseudonymize(anna.id)]],
    );
    expect(held).toHaveLength(1);
    const release = holdOpenCase(h.app.db, "someone", (held[0] as { value: Record<string, unknown> }).value);
    let fromPreload: cases.Case | undefined;
    try {
      const read = await recordStatements(async () => {
        fromPreload = await cases.byId(h.app.db, item.id);
      });
      expect(read.filter((text) => /counsel_case/.test(text))).toEqual([]);
    } finally {
      release();
    }
    expect(fromPreload).toEqual(await cases.byId(h.app.db, item.id));
    // Once read, or after any change to a case in this process, it is read from the database again.
    const again = holdOpenCase(h.app.db, "someone", (held[0] as { value: Record<string, unknown> }).value);
    casesChanged(h.app.db);
    const reads = await recordStatements(async () => {
      await cases.byId(h.app.db, item.id);
    });
    again();
    expect(reads.filter((text) => /counsel_case/.test(text))).toHaveLength(1);

    await anna.press(say("ru", "counselors-end-yes"));
    expect((await h.db.sql.query("SELECT status FROM counsel_case WHERE id = $1", [item.id]))[0]).toEqual({
      status: "closed",
    });
  });

  it("reads a counselor's row with the session: a relayed reply asks nothing more about them, a change is read anew", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const anna = h.user({ language_code: "ru" });
    await takenCase(h, anna, dana);
    const reply = await recordStatements(() => dana.send("Здравствуйте, я вас слушаю"));
    expect(anna.lastText()).toContain("Здравствуйте, я вас слушаю");
    // The preload's one statement is the only one that reads the counselor table.
    const aboutCounselors = reply.filter((text) => /FROM\s+"?[\w.]*"?counselor"?\s/i.test(text));
    expect(aboutCounselors).toHaveLength(1);
    expect(aboutCounselors[0]).toMatch(/stored_state/);

    // A change to the row during an update is seen by what that update reads next.
    const before = await counselors.byPseudonym(h.app.db, h.app.pseudonymize(dana.id));
    await dana.send("/lang en");
    expect(dana.lastText()).not.toMatch(/[а-яё]/i);
    const after = await counselors.byPseudonym(h.app.db, h.app.pseudonymize(dana.id));
    expect([before?.locale, after?.locale]).toEqual(["ru", "en"]);
  });
});
