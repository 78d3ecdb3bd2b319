// The database goes away mid-chat (a PostgreSQL server the test owns, stopped and started
// again; the embedded PGlite closed under the running bot): nobody is left without the emergency numbers, a crisis gets the crisis reply from memory
// with no counselor offered (none could be connected), and when the server is back the bot carries
// on by itself with nothing that was consented lost.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { consentsOf } from "../../src/consent/store.ts";
import * as caseMessages from "../../src/db/case-messages.ts";
import * as cases from "../../src/db/cases.ts";
import { askForHuman, counselor, deskHarness, say, topicOf } from "../counselors/helpers.ts";
import { ROOT } from "../support/bot-api-server.ts";
import { watchOutput } from "../support/child-output.ts";
import type { Harness, TestCounselor, TestUser } from "../support/harness.ts";
import { type PrivatePostgres, privatePostgres } from "../support/private-postgres.ts";

/**
 * With the database gone: the waiting person and someone starting get the emergency numbers, the 114 hotline and
 * "try again", each in their language; crisis words in kk, ru and en the crisis reply from memory, with no counselor
 * and no button (neither could be connected, though counselors are on duty by the hours).
 */
async function answeredFromMemory(
  h: Harness,
  people: { waiting: TestUser; russian: TestUser; english: TestUser },
): Promise<void> {
  const { waiting, russian, english } = people;
  const before = { waiting: waiting.messages().length, russian: russian.messages().length };
  await waiting.send("Мен әлі күтіп отырмын");
  const kk = waiting.texts().slice(before.waiting);
  expect(kk).toEqual([say("kk", "service-unavailable")]);
  expect(kk[0]).toContain("112");
  expect(kk[0]).toContain("114");
  // A crisis: the numbers, then the 114 hotline, then the steps, in one message; no counselor and
  // no button, since neither could be connected (counselors are on duty by the hours right now).
  const inCrisis = {
    ru: russian,
    kk: h.user({ language_code: "kk" }),
    en: h.user({ language_code: "en" }),
  };
  const words = {
    ru: "Я больше не хочу жить, выпью таблетки",
    kk: "өмір сүргім келмейді, дәрі ішіп өлемін",
    en: "I don't want to live, I'll swallow all the pills",
  };
  for (const locale of ["ru", "kk", "en"] as const) {
    const person = inCrisis[locale];
    const seen = locale === "ru" ? before.russian : 0;
    await person.send(words[locale]);
    const crisis = person.texts().slice(seen);
    expect(crisis).toEqual([
      [
        say(locale, "crisis-call-112"),
        say(locale, "crisis-call-103"),
        say(locale, "crisis-outage"),
        say(locale, "crisis-steps-self-harm"),
      ].join("\n\n"),
    ]);
    expect(crisis[0]).toContain("114");
    expect(h.telegram.buttonsOf(person.last()!)).toEqual([]);
    expect(crisis[0]).not.toContain(say(locale, "crisis-support-self-harm"));
  }
  await english.send("/start");
  expect(english.texts()).toEqual([say("en", "service-unavailable")]);
  expect(h.logs()).toContain('"kind":"database"');
}

/**
 * Counselors acting in the group while it is down: a reply in the case's topic and a button each get the desk's
 * words in their own language (nothing done, nothing sent to the person, try again), never the people's text;
 * chatter in the General topic gets nothing, and the person hears nothing of it. In a counselor's private chat,
 * the counselor's own outage text (what happened, nothing lost, what to do).
 */
async function deskToldOfOutage(h: Harness, desk: DeskDuringOutage): Promise<void> {
  const { threadId, person, counselors } = desk;
  const heard = person.messages().length;
  const groupBefore = h.telegram.messagesIn(h.counselorChatId).length;
  await counselors.en.inGroup("Hello, I am here for you", { threadId });
  expect(counselors.en.groupTexts({ threadId }).at(-1)).toBe(say("en", "counselors-outage"));
  await counselors.kk.pressInGroup(/✋/, { threadId });
  const alert = h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload;
  expect(alert).toMatchObject({ text: say("kk", "counselors-outage"), show_alert: true });
  await counselors.ru.inGroup("/queue");
  expect(counselors.ru.groupTexts().at(-1)).toBe(say("ru", "counselors-outage"));
  await counselors.ru.inGroup("коллеги, кто сегодня на смене?");
  // Two answers in all (the reply and /queue's): the General chatter got none, the person nothing.
  expect(h.telegram.messagesIn(h.counselorChatId).length - groupBefore).toBe(2 + 2 + 1);
  // In their private chat, where the conversations run: their own words in their desk language, not the people's.
  for (const locale of ["kk", "ru", "en"] as const) {
    await counselors[locale].send("Я здесь, продолжим");
    expect(counselors[locale].lastText()).toBe(say(locale, "counselors-outage-private"));
    expect(say(locale, "counselors-outage-private")).not.toBe(say(locale, "service-unavailable"));
  }
  expect(person.messages()).toHaveLength(heard);
  for (const locale of ["kk", "ru", "en"] as const) {
    expect(say(locale, "counselors-outage")).not.toBe(say(locale, "service-unavailable"));
    expect(say(locale, "counselors-outage").length).toBeLessThanOrEqual(200);
  }
}

interface DeskDuringOutage {
  threadId: number;
  person: TestUser;
  counselors: Record<"kk" | "ru" | "en", TestCounselor>;
}

/** A case waiting in its topic and three counselors, one a language, before the database goes. */
async function deskBeforeOutage(h: Harness, person: TestUser): Promise<DeskDuringOutage> {
  const item = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
  const member = (locale: Locale, name: string) =>
    counselor(h, { first_name: name, language_code: locale }, name);
  return {
    threadId: topicOf(item!),
    person,
    counselors: {
      kk: await member("kk", "Айгүл"),
      ru: await member("ru", "Дана"),
      en: await member("en", "Erlan"),
    },
  };
}

describe("database outage", () => {
  let server: PrivatePostgres;
  let h: Harness;
  beforeAll(async () => {
    server = await privatePostgres();
    h = await deskHarness("postgres", { databaseUrl: server.url });
  });
  afterAll(async () => {
    server.start();
    await h?.close();
    server?.destroy();
  });

  it("answers everyone from memory while it is down, and recovers by itself", async () => {
    const waiting = h.user({ language_code: "kk" });
    await askForHuman(waiting, "kk");
    const opened = await cases.openCaseOf(h.app.db, h.app.pseudonymize(waiting.id));
    expect(opened?.status).toBe("queued");
    const russian = h.user({ language_code: "ru" });
    await russian.send("/start");
    const english = h.user({ language_code: "en" });
    const desk = await deskBeforeOutage(h, waiting);

    server.stop();
    await answeredFromMemory(h, { waiting, russian, english });
    await deskToldOfOutage(h, desk);

    server.start();
    await english.send("/start");
    expect(english.lastText()).toContain("Open Door");
    // What the waiting person consented to is still there, and their case goes on.
    const pseudonym = h.app.pseudonymize(waiting.id);
    expect((await consentsOf(h.app.db, pseudonym)).map((consent) => consent.purpose)).toContain("counselor");
    expect((await cases.openCaseOf(h.app.db, pseudonym))?.id).toBe(opened?.id);
    await waiting.send("Мен әлі күтіп отырмын");
    expect(await caseMessages.waiting(h.app.db, opened!.id)).toHaveLength(1);
  }, 120_000);

  it("waits at start-up for a database that is not up yet, saying so, and goes on when it comes", async () => {
    server.stop();
    const migrate = spawn(process.execPath, ["--import", "tsx", "src/cli/migrate.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "outage-")),
        DATABASE_URL: server.url,
        DB_WAIT_SECONDS: "120",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { output, exit } = watchOutput(migrate);
    for (let waited = 0; !output().includes("waiting for the database") && waited < 90_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The reason names what failed in the driver's words, so an operator can read it ("connect ECONNREFUSED host:port").
    expect(output()).toMatch(/"reason":"connect ECONNREFUSED 127\.0\.0\.1:\d+"/);
    server.start();
    expect(await exit).toBe(0);
    expect(output()).toContain("database ready");
  }, 150_000);
});

describe("database outage on PGlite", () => {
  it("the embedded database closed under the running bot: everyone is answered from memory", async () => {
    const h = await deskHarness("pglite");
    try {
      const waiting = h.user({ language_code: "kk" });
      await askForHuman(waiting, "kk");
      expect((await cases.openCaseOf(h.app.db, h.app.pseudonymize(waiting.id)))?.status).toBe("queued");
      const russian = h.user({ language_code: "ru" });
      await russian.send("/start");
      const english = h.user({ language_code: "en" });
      // Closed, it cannot come back in this process (it lives in it): only the answers while it is gone are
      // checked here; coming back by itself is PostgreSQL's test above.
      const desk = await deskBeforeOutage(h, waiting);
      await h.db.close();
      await answeredFromMemory(h, { waiting, russian, english });
      await deskToldOfOutage(h, desk);
    } finally {
      await h.close();
    }
  }, 120_000);
});
