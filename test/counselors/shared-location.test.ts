// A location the person shares while talking to a counselor (or waiting for one), through the real bot on both
// databases: it never reaches the counselor, the group or the database; the person still gets the nearest centers
// and is told plainly, in their language, that the counselor did not get it and how to say where they are in
// words; the holder learns, in theirs, that a location was shared and held back.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

const POINT = { latitude: 49.8047, longitude: 73.1094 };

describe.each(DATABASE_KINDS)("a location shared in a case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Nothing the bot sent anywhere but the person's own chat, and nothing stored, carries the point. */
  async function pointLeaks(personId: number): Promise<string[]> {
    const marks = ["49.8047", "73.1094", "49,8047", "73,1094"];
    const sent = h.telegram.calls
      .filter((call) => Number(call.payload.chat_id) !== personId)
      .map((call) => JSON.stringify(call.payload));
    const stored = JSON.stringify([
      await h.db.prisma.caseMessage.findMany(),
      await h.db.prisma.caseHistory.findMany(),
      await h.db.prisma.counselCase.findMany(),
    ]);
    return [...sent, stored].filter((text) => marks.some((mark) => text.includes(mark)));
  }

  it.each(LOCALES)(
    "%s: talking to a counselor: the centers, the plain line, the holder told; the point goes nowhere",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: "kk" }, "Дана");
      const person = h.user({ first_name: "Anna", username: "anna_loc", language_code: locale });
      await askForHuman(person, locale);
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      const danaBefore = dana.messages().length;
      const before = person.messages().length;
      await person.shareLocation(POINT.latitude, POINT.longitude);

      const news = person.texts().slice(before);
      expect(news[0]).toBe(say(locale, "centers-location-used"));
      expect(news.at(-1)).toBe(say(locale, "counselors-location-not-relayed"));
      expect(dana.texts().slice(danaBefore)).toEqual([
        say("kk", "counselors-location-held-back", { ref: item.ref }),
      ]);
      expect(await pointLeaks(person.id)).toEqual([]);
      expect(h.logs()).not.toMatch(/49\.8047|73\.1094/);
      expect(identityLeaks(h, person.user, [dana])).toEqual([]);
      // The conversation goes on as before.
      await person.send("Мы в Караганде");
      expect(dana.lastText()).toBe("Мы в Караганде");
    },
  );

  it("waiting: the person is told, nobody at the desk hears of the point", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person, "ru");
    const groupBefore = h.telegram.messagesIn(h.counselorChatId).length;
    await person.shareLocation(POINT.latitude, POINT.longitude);
    expect(person.lastText()).toBe(say("ru", "counselors-location-not-relayed"));
    expect(h.telegram.messagesIn(h.counselorChatId)).toHaveLength(groupBefore);
    expect(await pointLeaks(person.id)).toEqual([]);
  });

  it("without a case: the centers only, no word of a counselor", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.shareLocation(POINT.latitude, POINT.longitude);
    expect(person.texts().join("\n")).not.toContain(say("ru", "counselors-location-not-relayed"));
  });
});
