// What led to a case reaches the counselor with it, only after consent 1 (whose text says so):
// the crisis message, the first description; only the last few of this visit; nothing before
// consent, nothing after "Not now", and only their ids kept meanwhile.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { storedSession } from "../support/words.ts";
import { counselor, deskHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

const MINUTE = 60_000;

describe.each(DATABASE_KINDS)("what led to a case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const copiesToStaff = () =>
    h.telegram.callsTo("copyMessage").filter((call) => Number(call.payload.from_chat_id) > 0);

  it("the crisis message reaches the counselor after Allow: she need not repeat it", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "en" });
    const words = "i cant do this anymore, i have the pills in front of me";
    await person.send(words);
    await person.press(/./);
    expect(person.lastText()).toBe(say("en", "consent-counselor-brief", { carried: "yes" }));
    // Before consent nothing was copied anywhere, and only the message's number was kept.
    expect(copiesToStaff()).toEqual([]);
    expect(JSON.stringify(await storedSession(h, person))).not.toContain("pills");
    await person.press(say("en", "consent-allow"));

    const item = await openCaseOf(h, person);
    const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]?.text ?? "";
    // Was "waiting for messages: 0": the person had to write it again.
    expect(head).toContain(say("ru", "counselors-status-queued", { count: 1 }));
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(dana.texts()).toContain(words);
    expect(identityLeaks(h, person.user, [dana])).toEqual([]);
  });

  it.each(LOCALES)(
    "%s: the first description and what followed reach the counselor, the consent says so",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const mother = h.user({ language_code: locale });
      const lines = {
        kk: ["Ұлым өзгеріп кетті, сақал өсірді, бізбен сөйлеспейді", "Не істеуім керек?"],
        ru: ["Сын изменился, отрастил бороду, не разговаривает с нами", "Что мне делать?"],
        en: ["My son has changed, grew a beard, won't talk to us", "What should I do?"],
      }[locale];
      await mother.send("/start");
      await mother.send("старое сообщение, о другом");
      h.clock.advance(40 * MINUTE);
      for (const line of lines) await mother.send(line);
      await mother.send("/menu");
      await mother.press(say(locale, "menu-talk"));
      expect(mother.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
      await mother.press(say(locale, "consent-allow"));

      const item = await openCaseOf(h, mother);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      // The two lines of this visit, oldest first; the one of 40 minutes ago is not passed.
      const seen = dana.texts();
      expect(seen.filter((text) => lines.includes(text))).toEqual(lines);
      expect(seen).not.toContain("старое сообщение, о другом");
      // Forgotten once passed: a second case gets nothing of the first visit.
      expect((await storedSession(h, mother))?.recentMessages).toBeUndefined();
    },
  );

  it("'Not now' forgets them: a later Allow passes nothing of before", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "ru" });
    await person.send("Брат вернулся из поездки и перестал общаться с семьёй");
    await person.send("/menu");
    await person.press(say("ru", "menu-talk"));
    await person.press(say("ru", "consent-decline"));
    await person.press(say("ru", "menu-button"));
    await person.press(say("ru", "menu-talk"));
    await person.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item.waiting).toBe(0);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(dana.texts().join("\n")).not.toContain("Брат вернулся");
  });
});
