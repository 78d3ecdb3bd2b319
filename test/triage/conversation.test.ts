// The triage conversation through the real bot: every "who" and every "concern" across kk, ru and
// en, Back and Cancel, wrong input, a restart in the middle, a crisis in the middle, a person who
// comes back a day later, commands in the middle, and the statistics consent asked at the end.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import * as moderation from "../../src/db/moderation.ts";
import type { FakeMessage } from "../../src/dev/telegram/types.ts";
import { answersFor, type Concern, type Urgency, type Who } from "../../src/triage/plan.ts";
import { testContent } from "../support/content.ts";
import {
  createHarness,
  DATABASE_KINDS,
  DEFAULT_NOW,
  type Harness,
  type TestUser,
} from "../support/harness.ts";
import {
  FRIDAY_MIDNIGHT,
  FRIDAY_SHIFT,
  promisesCounselorNow,
  say,
  seenSince,
  sentSince,
  storedSession,
} from "../support/words.ts";

const knowledge = testContent().knowledge.base;
const { directory } = testContent();
const HOUR = 60 * 60 * 1000;

type RegionAnswer = { button: string } | { location: [number, number] } | { typed: string } | "skip";

interface Path {
  locale: Locale;
  who: Who;
  concern: Concern;
  urgency: Urgency;
  region: RegionAnswer;
  expectedRegion?: string;
}

// Every "who" and every "concern" at least once, across the three languages.
const PATHS: Path[] = [
  {
    locale: "en",
    who: "self",
    concern: "recruitment",
    urgency: "soon",
    region: { button: "karaganda" },
    expectedRegion: "karaganda",
  },
  {
    locale: "en",
    who: "family",
    concern: "changed-behaviour",
    urgency: "info",
    region: { location: [49.8, 73.1] },
    expectedRegion: "karaganda",
  },
  { locale: "ru", who: "professional", concern: "returnee", urgency: "now", region: "skip" },
  {
    locale: "ru",
    who: "other",
    concern: "study-abroad",
    urgency: "info",
    region: { typed: "Шымкент" },
    expectedRegion: "shymkent",
  },
  {
    locale: "ru",
    who: "self",
    concern: "online-materials",
    urgency: "soon",
    region: { button: "almaty-city" },
    expectedRegion: "almaty-city",
  },
  {
    locale: "kk",
    who: "family",
    concern: "legal",
    urgency: "soon",
    region: { button: "aktobe" },
    expectedRegion: "aktobe",
  },
  { locale: "kk", who: "professional", concern: "leaving-group", urgency: "info", region: "skip" },
  {
    locale: "kk",
    who: "other",
    concern: "other",
    urgency: "now",
    region: { typed: "Атырау" },
    expectedRegion: "atyrau",
  },
];

function messagesWithButtons(person: TestUser): FakeMessage[] {
  return person.messages().filter((message) => person.h.telegram.buttonsOf(message).length > 0);
}

function resultMessage(person: TestUser, locale: Locale, who: Who): FakeMessage {
  const found = person
    .messages()
    .filter((message) => message.text?.includes(say(locale, `triage-result-${who}`)))
    .at(-1);
  if (!found) throw new Error(`no triage result in: ${person.texts().join(" | ")}`);
  return found;
}

async function answerRegion(person: TestUser, locale: Locale, region: RegionAnswer): Promise<void> {
  if (region === "skip") await person.press(say(locale, "triage-skip"));
  else if ("button" in region) await person.press(directory.region(region.button)!.name[locale]);
  else if ("location" in region) await person.shareLocation(...region.location);
  else await person.send(region.typed);
}

async function startTriage(person: TestUser, locale: Locale): Promise<void> {
  await person.send("/start");
  await person.press(say(locale, "menu-triage"));
}

describe.each(DATABASE_KINDS)("triage on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(() => {
    h.clock.set(DEFAULT_NOW);
    return h.db.reset();
  });
  afterAll(() => h.close());

  it.each(PATHS)("$locale: $who / $concern / $urgency leads to a tailored answer", async (path) => {
    const { locale, who, concern, urgency } = path;
    const person = h.user({ language_code: locale });
    await startTriage(person, locale);
    expect(person.texts()).toContain(say(locale, "triage-intro"));
    expect(person.lastText()).toBe(say(locale, "triage-ask-who"));
    await person.press(say(locale, `triage-who-${who}`));
    // The question now shows the choice, without buttons.
    expect(person.texts()).toContain(
      say(locale, "triage-answered", {
        question: say(locale, "triage-ask-who"),
        answer: say(locale, `triage-who-${who}`),
      }),
    );
    await person.press(say(locale, `triage-concern-${concern}`));
    const beforeUrgency = h.telegram.calls.length;
    await person.press(say(locale, `triage-urgency-${urgency}`));
    if (urgency === "now") {
      // Someone in danger: the emergency line and a counselor come at once, before the next question.
      const [first] = sentSince(h, person, beforeUrgency);
      expect(first).toContain("112");
    }
    expect(person.texts()).toContain(say(locale, "triage-ask-region"));
    await answerRegion(person, locale, path.region);

    const result = resultMessage(person, locale, who);
    const buttons = h.telegram.buttonsOf(result);
    const kinds = buttons.map((button) => button.data?.split(":")[0]);
    const answerIds = buttons
      .filter((button) => button.data?.startsWith("faq-open:"))
      .map((button) => button.data!.slice(9));
    expect(answerIds).toEqual(answersFor(who, concern).filter((id) => knowledge.entriesById.has(id)));
    expect(answerIds.length).toBeGreaterThanOrEqual(2);
    expect(buttons.find((button) => button.data?.startsWith("faq-open:"))?.text.slice(0, 20)).toBe(
      knowledge.entriesById.get(answerIds[0]!)![locale].question.slice(0, 20),
    );
    const firstOf = (prefix: string) => kinds.indexOf(prefix);
    if (urgency === "now") {
      expect(result.text?.startsWith(say(locale, "triage-result-urgent"))).toBe(true);
      expect(firstOf("talk")).toBeLessThan(firstOf("centers-open"));
      expect(firstOf("centers-open")).toBeLessThan(firstOf("faq-open"));
    } else {
      expect(firstOf("faq-open")).toBeLessThan(firstOf("centers-open"));
      expect(firstOf("centers-open")).toBeLessThan(firstOf("talk"));
    }
    expect(buttons.find((button) => button.data?.startsWith("talk:"))?.data).toBe("talk:triage");
    expect(buttons.find((button) => button.data?.startsWith("centers-open:"))?.data).toBe(
      `centers-open:${path.expectedRegion ?? ""}`,
    );
    if (path.expectedRegion) {
      expect(person.texts()).toContain(
        say(locale, "triage-region-chosen", { region: directory.region(path.expectedRegion)!.name[locale] }),
      );
    }

    const session = await storedSession(h, person);
    expect(session?.triage).toEqual({
      who,
      concern,
      urgency,
      at: h.clock.now(),
      ...(path.expectedRegion ? { region: path.expectedRegion } : {}),
    });
    // The conversation is over: nothing of it is left in the database.
    const state = await h.db.sql.query(`SELECT key FROM stored_state WHERE key LIKE 'c:%'`);
    expect(state).toEqual([]);
  });

  it("keeps the answers for the counselor when a person asks for one halfway (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-self"));
    await person.press(say("ru", "triage-concern-recruitment"));
    await person.press(say("ru", "triage-urgency-now"));
    expect(person.texts()).toContain(say("ru", "triage-urgent-first-on"));
    await person.press(say("ru", "menu-talk"));
    expect(await h.db.sql.query(`SELECT key FROM stored_state WHERE key LIKE 'c:%'`)).toEqual([]);
    expect((await storedSession(h, person))?.triage).toEqual({
      who: "self",
      concern: "recruitment",
      urgency: "now",
      at: h.clock.now(),
    });
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: off duty, someone in danger now is told 112 first and the next shift, never a counselor now",
    async (locale) => {
      h.clock.set(FRIDAY_MIDNIGHT);
      const when = formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");
      const person = h.user({ language_code: locale });
      await startTriage(person, locale);
      await person.press(say(locale, "triage-who-family"));
      await person.press(say(locale, "triage-concern-changed-behaviour"));
      await person.press(say(locale, "triage-urgency-now"));
      expect(person.texts()).toContain(say(locale, "triage-urgent-first-off", { when }));
      await person.press(say(locale, "triage-skip"));
      const result = resultMessage(person, locale, "family");
      expect(result.text).toBe(
        [
          say(locale, "triage-result-urgent-call"),
          say(locale, "triage-result-family"),
          say(locale, "triage-result-plan-urgent-off", { when }),
        ].join("\n\n"),
      );
      const talk = h.telegram.buttonsOf(result).find((button) => button.data === "talk:triage");
      expect(talk?.text).toBe(say(locale, "crisis-leave-message-button"));
      // The way to a counselor it offers keeps the promise off duty too.
      await person.press(say(locale, "crisis-leave-message-button"));
      const seen = seenSince(person, 0);
      expect(promisesCounselorNow(locale, seen)).toEqual([]);
      expect(seen.join("\n")).not.toContain(say(locale, "triage-urgent-first-on").slice(0, -1));
    },
  );

  it("paused by a supervisor: someone in danger now may leave a message, with no promise of when (ru)", async () => {
    await moderation.pause(h.app.db, { reason: "busy", since: new Date(h.clock.now()), by: "sup" });
    const person = h.user({ language_code: "ru" });
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-self"));
    await person.press(say("ru", "triage-concern-recruitment"));
    await person.press(say("ru", "triage-urgency-now"));
    expect(person.texts()).toContain(say("ru", "triage-urgent-first-away"));
    await person.press(say("ru", "triage-skip"));
    expect(resultMessage(person, "ru", "self").text).toContain(say("ru", "triage-result-plan-urgent-away"));
    expect(promisesCounselorNow("ru", seenSince(person, 0))).toEqual([]);
  });

  it("goes Back a step and Cancels, keeping nothing (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-family"));
    expect(person.lastText()).toBe(say("ru", "triage-ask-concern"));
    await person.press(say("ru", "triage-back"));
    expect(person.lastText()).toBe(say("ru", "triage-ask-who"));
    await person.press(say("ru", "triage-who-self"));
    await person.press(say("ru", "triage-concern-legal"));
    await person.press(say("ru", "triage-urgency-soon"));
    // Back from the region question takes the location button away as well.
    await person.press(say("ru", "triage-back"));
    expect(person.texts()).toContain(say("ru", "triage-going-back"));
    expect(person.lastText()).toBe(say("ru", "triage-ask-urgency"));
    await person.press(say("ru", "triage-cancel"));
    expect(person.texts()).toContain(say("ru", "triage-cancelled"));
    expect(person.lastText()).toBe(say("ru", "menu-prompt"));
    expect((await storedSession(h, person))?.triage).toBeUndefined();
    // Free text now goes to the questions and answers, not to a triage left open.
    await person.send("/cancel");
    expect(person.lastText()).not.toBe(say("ru", "triage-choose-button"));
    // Back on the first question leads to the menu.
    await person.press(say("ru", "menu-triage"));
    await person.press(say("ru", "triage-back"));
    expect(person.lastText()).toBe(say("ru", "menu-prompt"));
    expect(await h.db.sql.query(`SELECT key FROM stored_state WHERE key LIKE 'c:%'`)).toEqual([]);
  });

  it("answers wrong input helpfully and stays at the question (en)", async () => {
    const person = h.user({ language_code: "en" });
    await startTriage(person, "en");
    const before = h.telegram.calls.length;
    await person.send("hello?");
    expect(sentSince(h, person, before)).toEqual([
      say("en", "triage-choose-button"),
      say("en", "triage-ask-who"),
    ]);

    await person.sendMedia({ sticker: true });
    expect(person.texts().slice(-2)).toEqual([
      say("en", "triage-choose-button"),
      say("en", "triage-ask-who"),
    ]);

    // A real question is answered from the knowledge base, and the question comes again.
    await person.send("what are the warning signs of radicalisation?");
    const offered = person.messages().find((message) => message.text === say("en", "triage-maybe-this"));
    expect(offered?.text).toBe(say("en", "triage-maybe-this"));
    expect(h.telegram.buttonsOf(offered!).map((button) => button.data)).toContain("faq-open:warning-signs");
    expect(person.lastText()).toBe(say("en", "triage-ask-who"));
    // Reading that answer does not end the triage.
    await person.press(knowledge.entriesById.get("warning-signs")!.en.question);
    expect(person.texts().join("\n")).toContain(
      knowledge.entriesById.get("warning-signs")!.en.answer.split("\n")[0],
    );
    // Typing an option's label works like pressing it.
    await person.send("For myself");
    expect(person.lastText()).toBe(say("en", "triage-ask-concern"));
    // A region typed that matches nothing: asked again, with the list.
    await person.press(say("en", "triage-concern-other"));
    await person.press(say("en", "triage-urgency-info"));
    await person.send("Narnia");
    expect(person.lastText()).toBe(say("en", "triage-region-list"));
    // What the person typed is not kept in the conversation's state.
    expect(await h.db.dump()).not.toMatch(/Narnia|warning signs of radicalisation|hello\?/);
    await person.send("Karaganda");
    expect(person.texts()).toContain(say("en", "triage-region-chosen", { region: "Karaganda Region" }));
  });

  it("answers a location abroad kindly and never keeps the point (kk)", async () => {
    const person = h.user({ language_code: "kk" });
    await startTriage(person, "kk");
    await person.press(say("kk", "triage-who-self"));
    await person.press(say("kk", "triage-concern-recruitment"));
    await person.press(say("kk", "triage-urgency-info"));
    await person.shareLocation(41.2995, 69.2401); // Tashkent
    expect(person.texts()).toContain(say("kk", "triage-region-abroad"));
    const dump = await h.db.dump();
    expect(dump).not.toContain("41.2995");
    expect(dump).not.toContain("69.2401");
    await person.shareLocation(47.1048, 51.8843); // Atyrau
    expect(person.texts()).toContain(
      say("kk", "triage-region-chosen", { region: directory.region("atyrau")!.name.kk }),
    );
    const after = (await h.db.dump()) + h.logs();
    expect(after).not.toMatch(/47\.10|51\.88|41\.29|69\.24/);
  });

  it("survives a restart of the bot in the middle (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-family"));
    await person.press(say("ru", "triage-concern-changed-behaviour"));
    // A new bot instance on the same database, as after a restart or on another replica.
    const restarted = await h.sibling();
    const same = restarted.user(person.user);
    await same.press(say("ru", "triage-urgency-soon"));
    expect(same.texts()).toContain(say("ru", "triage-ask-region"));
    await same.press(say("ru", "triage-skip"));
    resultMessage(same, "ru", "family");
    expect((await storedSession(restarted, same))?.triage).toMatchObject({
      who: "family",
      concern: "changed-behaviour",
    });
  });

  it("answers a crisis phrase mid-triage first, and the triage goes on (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-self"));
    const before = h.telegram.calls.length;
    await person.send("я больше не могу, хочу умереть");
    const calls = h.telegram.calls.slice(before);
    expect(calls[0]?.method).toBe("sendMessage");
    expect(String(calls[0]?.payload.text).startsWith(say("ru", "crisis-call-112"))).toBe(true);
    // Nothing else answers it: no "choose a button", no knowledge-base answer next to it.
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    expect(JSON.stringify(calls[0]?.payload.reply_markup)).toContain("talk:crisis");
    expect((await storedSession(h, person))?.lastCrisis).toMatchObject({
      category: "self-harm",
      at: h.clock.now(),
    });
    // The triage is still there.
    await person.press(say("ru", "triage-concern-leaving-group"));
    expect(person.lastText()).toBe(say("ru", "triage-ask-urgency"));
  });

  it("greets a person who comes back a day later, where they stopped (en)", async () => {
    const person = h.user({ language_code: "en" });
    await startTriage(person, "en");
    await person.press(say("en", "triage-who-professional"));
    h.clock.advance(26 * HOUR);
    await person.send("hello");
    expect(person.texts().slice(-3)).toEqual([
      say("en", "triage-welcome-back"),
      say("en", "triage-choose-button"),
      say("en", "triage-ask-concern"),
    ]);
    h.clock.advance(30 * HOUR);
    // Pressing the old question's button a day later is welcomed too, and goes on.
    await person.press(say("en", "triage-concern-study-abroad"));
    expect(person.texts().slice(-2)).toEqual([
      say("en", "triage-welcome-back"),
      say("en", "triage-ask-urgency"),
    ]);
  });

  it("keeps /start, /menu, /privacy and /language working in the middle (kk)", async () => {
    const person = h.user({ language_code: "kk" });
    await startTriage(person, "kk");
    await person.press(say("kk", "triage-who-self"));
    // /privacy is answered and the triage waits.
    await person.send("/privacy");
    expect(person.lastText()).toContain(say("kk", "privacy-title"));
    await person.press(say("kk", "triage-concern-returnee"));
    expect(person.lastText()).toBe(say("kk", "triage-ask-urgency"));
    // /menu leaves the triage: free text is a question again.
    await person.send("/menu");
    expect(person.lastText()).toBe(say("kk", "menu-prompt"));
    const state = await h.db.sql.query(`SELECT key FROM stored_state WHERE key LIKE 'c:%'`);
    expect(state).toEqual([]);
    await startTriage(person, "kk");
    await person.send("/start");
    expect(person.lastText()).toContain(say("kk", "welcome-back"));
    await person.send("/language");
    expect(person.lastText()).toBe(say("kk", "language-choose"));
  });

  it("asks the statistics consent once at the end, and counts only when allowed (en)", async () => {
    const person = h.user({ language_code: "en" });
    await startTriage(person, "en");
    await person.press(say("en", "triage-who-family"));
    await person.press(say("en", "triage-concern-recruitment"));
    await person.press(say("en", "triage-urgency-soon"));
    await person.press("Aktobe Region");
    expect(person.lastText()).toBe(say("en", "consent-statistics-explain", { days: 30 }));
    expect(await h.db.sql.query("SELECT * FROM daily_event")).toEqual([]);
    await person.press(say("en", "consent-allow"));
    const counted = await h.db.sql.query<{ kind: string; category: string; region: string; count: number }>(
      "SELECT kind, category, region, count FROM daily_event",
    );
    expect(counted).toEqual([
      { kind: "triage.category", category: "recruitment", region: "aktobe", count: 1 },
    ]);
    const consent = await h.db.sql.query<{ purpose: string; policy_version: number }>(
      "SELECT purpose, policy_version FROM consent",
    );
    expect(consent).toEqual([{ purpose: "statistics", policy_version: 1 }]);

    // With consent, the next triage is counted without asking.
    await startTriage(person, "en");
    await person.press(say("en", "triage-who-family"));
    await person.press(say("en", "triage-concern-recruitment"));
    await person.press(say("en", "triage-urgency-soon"));
    await person.press("Aktobe Region");
    expect(person.lastText()).not.toBe(say("en", "consent-statistics-explain", { days: 30 }));
    const again = await h.db.sql.query<{ count: number }>("SELECT count FROM daily_event");
    expect(again).toEqual([{ count: 2 }]);
  });

  it("asks again when the consent was given under an older policy version (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    const pseudonym = h.app.pseudonymize(person.id);
    await h.db.sql.query(
      `INSERT INTO consent (pseudonym, purpose, policy_version, granted_at) VALUES ($1, 'statistics', 0, $2)`,
      [pseudonym, new Date(h.clock.now() - 100 * 24 * HOUR)],
    );
    await startTriage(person, "ru");
    await person.press(say("ru", "triage-who-self"));
    await person.press(say("ru", "triage-concern-other"));
    await person.press(say("ru", "triage-urgency-info"));
    await person.press(say("ru", "triage-skip"));
    // The old consent does not count: nothing counted, and the question is asked again.
    expect(await h.db.sql.query("SELECT * FROM daily_event")).toEqual([]);
    expect(person.lastText()).toBe(say("ru", "consent-statistics-explain", { days: 30 }));
    await person.press(say("ru", "consent-allow"));
    const [row] = await h.db.sql.query<{ policy_version: number }>("SELECT policy_version FROM consent");
    expect(row?.policy_version).toBe(1);
  });

  it("shows one question at a time: answered questions lose their buttons", async () => {
    const person = h.user({ language_code: "en" });
    await startTriage(person, "en");
    await person.press(say("en", "triage-who-other"));
    await person.press(say("en", "triage-concern-legal"));
    const withButtons = messagesWithButtons(person).map((message) => message.text);
    expect(withButtons.filter((text) => text?.startsWith(say("en", "triage-ask-who")))).toEqual([]);
    expect(withButtons.at(-1)).toBe(say("en", "triage-ask-urgency"));
  });
});
