// The bot as a whole: the welcome in the person's language, no identity stored, and the database down.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

describe.each(DATABASE_KINDS)("the bot on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("welcomes in the language of the person's Telegram, with the main menu", async () => {
    const kk = h.user({ language_code: "kk" });
    await kk.send("/start");
    expect(kk.lastText()).toContain("Ашық есік");
    expect(kk.lastText()).toContain("112");
    expect(kk.buttons()).toContain("🌐 Тіл");
    const en = h.user({ language_code: "en-GB" });
    await en.send("/start");
    expect(en.lastText()).toContain("Open Door");
    const de = h.user({ language_code: "de" });
    await de.send("/start");
    expect(de.lastText()).toContain("Открытая дверь");
  });

  it("greets a returning person briefly", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.send("/start");
    expect(person.lastText()).toMatch(/^С возвращением/);
  });

  it("stores no raw id, name or username after /start and /language", async () => {
    const person = h.user({
      id: 987654321,
      first_name: "Zhanar",
      last_name: "Tulegenova",
      username: "zhanar_t",
      language_code: "kk",
    });
    await person.send("/start");
    await person.send("/language");
    await person.press("English");
    const dump = await h.db.dump();
    expect(dump).toContain("stored_state");
    for (const secret of ["987654321", "Zhanar", "Tulegenova", "zhanar_t"]) {
      expect(dump).not.toContain(secret);
      expect(h.logs()).not.toContain(secret);
    }
    // The log names the person by the day's log-only tag, never by (a prefix of) the stored pseudonym.
    const pseudonym = h.app.pseudonymize(987654321);
    expect(h.logs()).toContain(`"who":"${h.app.logTag(pseudonym)}"`);
    expect(h.logs()).not.toContain(pseudonym.slice(0, 8));
  });

  it("answers kindly when the database is down", async () => {
    const broken = await h.sibling();
    const person = broken.user({ language_code: "en" });
    const { sql, prisma } = broken.db;
    const { query } = sql;
    const { findUnique } = prisma.storedState;
    const refuse = (() => Promise.reject(new Error("connection refused"))) as never;
    // The sessions' table fails (the session is read with raw SQL on the hot path).
    sql.query = ((text: string, params?: unknown[]) =>
      /stored_state/.test(text)
        ? Promise.reject(new Error("connection refused"))
        : query.call(sql, text, params)) as typeof sql.query;
    prisma.storedState.findUnique = refuse;
    try {
      await person.send("/start");
    } finally {
      sql.query = query;
      prisma.storedState.findUnique = findUnique;
    }
    expect(person.lastText()).toContain("something went wrong on my side");
    expect(person.lastText()).toContain("112");
    expect(broken.logs()).toContain("update failed");
  });
});
