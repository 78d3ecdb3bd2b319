// The session and conversation state on the hot path: read in one query per update, and not
// written back when nothing changed, except to push the expiry forward about once an hour.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXPIRY_REFRESH_MS } from "../../src/db/stored-state.ts";
import { createHarness, DATABASE_KINDS, DEFAULT_NOW, type Harness } from "../support/harness.ts";

type Method = "findUnique" | "findMany" | "upsert" | "deleteMany";

/** Counts calls to the stored_state table's methods while `work` runs. */
async function counting(h: Harness, work: () => Promise<void>): Promise<Record<Method, number>> {
  const table = h.app.db.prisma.storedState as unknown as Record<Method, (...args: unknown[]) => unknown>;
  const counts: Record<Method, number> = { findUnique: 0, findMany: 0, upsert: 0, deleteMany: 0 };
  const originals = { ...table };
  for (const method of Object.keys(counts) as Method[]) {
    table[method] = (...args: unknown[]) => {
      counts[method]++;
      return originals[method]!.apply(h.app.db.prisma.storedState, args);
    };
  }
  try {
    await work();
  } finally {
    for (const method of Object.keys(counts) as Method[]) table[method] = originals[method]!;
  }
  return counts;
}

describe.each(DATABASE_KINDS)("session storage on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(() => h.clock.set(DEFAULT_NOW));
  afterAll(() => h.close());

  it("reads a person's session and conversation state in one query and skips unchanged writes", async () => {
    const person = h.user({ language_code: "en" });
    const first = await counting(h, () => person.send("/start"));
    expect(first).toEqual({ findUnique: 0, findMany: 1, upsert: 1, deleteMany: 0 });

    // The menu again, a minute later: nothing in the session changes, nothing is written.
    h.clock.advance(60_000);
    const again = await counting(h, () => person.send("/menu"));
    expect(again).toEqual({ findUnique: 0, findMany: 1, upsert: 0, deleteMany: 0 });
    expect(person.lastText()).toContain("Choose");

    // Later than the refresh interval: the same session is written to push its expiry forward.
    h.clock.advance(EXPIRY_REFRESH_MS + 60_000);
    const later = await counting(h, () => person.send("/menu"));
    expect(later.upsert).toBe(1);
    const row = await h.app.db.prisma.storedState.findUnique({
      where: { key: `s:${h.app.pseudonymize(person.id)}` },
    });
    expect(row?.expiresAt.getTime()).toBe(h.clock.now() + h.config.SESSION_IDLE_DAYS * 24 * 60 * 60 * 1000);
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
});
