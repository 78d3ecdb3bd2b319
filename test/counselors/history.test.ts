// /history, through the real bot on both databases: in the private chat of the counselor who holds the person's
// current case, the conversations that person allowed to keep (earlier cases too), both sides, by case reference,
// in the reader's language; nothing for another counselor, nothing in the group (told where it works, in the
// group's language), nothing for someone outside the desk, "nothing kept" without the consent; and never the
// person's id, name or username anywhere.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor } from "../support/harness.ts";
import {
  askForHuman,
  closeAsConsulted,
  counselor,
  deskHooks,
  identityLeaks,
  openCaseOf,
  say,
  topicOf,
} from "./helpers.ts";

const ANNA = {
  id: 5_550_009_121,
  first_name: "Anna",
  last_name: "Kim",
  username: "anna_hist",
  language_code: "ru",
};
const FIRST = "Сестра перестала отвечать на звонки";
const REPLY = "Когда это началось?";
const SECOND = "Я снова пишу, стало хуже";

describe.each(DATABASE_KINDS)("/history on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Anna's first case (kept: `keep`), answered by Dana and closed; then a second one, which `next` takes. */
  async function returningPerson(keep: boolean, dana: TestCounselor, next: TestCounselor) {
    const anna = h.user(ANNA);
    await askForHuman(anna);
    await anna.press(say("ru", keep ? "consent-allow" : "consent-decline"));
    const first = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(first) });
    await anna.send(FIRST);
    await dana.send(REPLY);
    await closeAsConsulted(dana, topicOf(first));
    await anna.send("/menu");
    await anna.press(say("ru", "menu-talk"));
    const second = await openCaseOf(h, anna);
    await next.pressInGroup("✋ Взять", { threadId: topicOf(second) });
    await anna.send(SECOND);
    return { anna, first, second };
  }

  const line = (locale: Locale, ref: string, author: string, text: string) =>
    `[${ref}] ${author === "person" ? say(locale, "counselors-handover-person") : author}: ${text}`;

  it("the holder reads both sides of every kept case, in their language; nobody else reads it anywhere", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const erlan = await counselor(h, { first_name: "Erlan", language_code: "kk" }, "Ерлан");
    const mallory = h.user({ first_name: "Mallory", language_code: "ru" });
    const { anna, first, second } = await returningPerson(true, dana, erlan);

    // Erlan holds the second case: his private chat gets the kept lines, in Kazakh, by case reference.
    const before = erlan.messages().length;
    await erlan.send("/history");
    expect(erlan.texts().slice(before)).toEqual([
      [
        line("kk", first.ref, "person", FIRST),
        line("kk", first.ref, "Дана", REPLY),
        line("kk", second.ref, "person", SECOND),
      ].join("\n"),
    ]);

    // Dana holds nothing now: she is told to take a case, and reads none of it.
    const danaBefore = dana.messages().length;
    await dana.send("/history");
    expect(dana.texts().slice(danaBefore)).toEqual([say("ru", "counselors-take-first")]);

    // In the group (the case's topic, or General) it is never shown: told where it works, in the group's language.
    const groupBefore = h.telegram.messagesIn(h.counselorChatId).length;
    await erlan.inGroup("/history", { threadId: topicOf(second) });
    await erlan.inGroup("/history");
    const inGroup = h.telegram
      .messagesIn(h.counselorChatId)
      .slice(groupBefore)
      .filter((message) => message.from.is_bot)
      .map((message) => message.text);
    expect(inGroup).toEqual([
      say("ru", "counselors-history-in-group"),
      say("ru", "counselors-history-in-group"),
    ]);

    // Someone outside the desk gets the people's answer, never a kept line.
    await mallory.send("/start");
    await mallory.send("/history");
    expect(mallory.texts().join("\n")).not.toContain(FIRST);
    expect(mallory.texts().join("\n")).not.toContain(REPLY);

    // Nothing names Anna anywhere the counselors read; what is stored is sealed, with no id or name.
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
    const rows = await h.db.prisma.caseHistory.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.caseRef, row.author, h.app.cipher.open(row.body)])).toEqual([
      [first.ref, "person", FIRST],
      [first.ref, "Дана", REPLY],
      [second.ref, "person", SECOND],
    ]);
    const stored = JSON.stringify(rows);
    for (const mark of [String(ANNA.id), ANNA.first_name, ANNA.last_name, ANNA.username, FIRST])
      expect(stored).not.toContain(mark);
  });

  it("without the consent to keep it: nothing kept, and the holder is told why there is nothing", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "en" }, "Dana");
    const erlan = await counselor(h, { first_name: "Erlan", language_code: "ru" }, "Ерлан");
    const { anna } = await returningPerson(false, dana, erlan);
    const before = erlan.messages().length;
    await erlan.send("/history");
    expect(erlan.texts().slice(before)).toEqual([say("ru", "counselors-history-none")]);
    expect(await h.db.prisma.caseHistory.count()).toBe(0);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("a long history comes in messages within Telegram's limit, none lost", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const anna = h.user(ANNA);
    await askForHuman(anna);
    await anna.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    const long = (n: number) => `${n}: ${"слово ".repeat(120)}`.trim();
    for (let n = 1; n <= 12; n++) await anna.send(long(n));
    const before = dana.messages().length;
    await dana.send("/history");
    const shown = dana.texts().slice(before);
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) expect(text.length).toBeLessThanOrEqual(4096);
    const all = shown.join("\n");
    for (let n = 1; n <= 12; n++) expect(all).toContain(line("ru", item.ref, "person", long(n)));
  });
});
