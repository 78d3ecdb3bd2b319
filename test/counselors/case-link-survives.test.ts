// A person's link to their open case survives a time without the counselors' group and a restart (outsider 28,
// item 2): the database is the truth, the session only names the row. After a run without COUNSELOR_CHAT_ID the
// person's "hello" still reaches their queued case, and once a counselor has joined their next message reaches
// that counselor, never the knowledge base.

import { describe, expect, it } from "vitest";
import { configureRelay } from "../../src/counselors/desk.ts";
import { DATABASE_KINDS, type Harness, TestUser } from "../support/harness.ts";
import { storedSession } from "../support/words.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

/** What the person writes once the group is back, and after a counselor has joined, in their own language. */
const WRITES = {
  ru: ["алло, тут кто-нибудь есть? пожалуйста", "спасибо, что ответили, мне страшно"],
  en: ["hello, is anyone there? please", "thank you for answering, I am scared"],
  kk: ["сәлем, мұнда біреу бар ма? өтінемін", "жауап бергеніңізге рахмет, мен қорқамын"],
} as const;

/** Written in the person's language: a first message in another would become the conversation's (src/language). */
const ASKS_FOR_A_PERSON = {
  ru: "хочу поговорить с живым человеком",
  en: "I want to talk to a real person",
  kk: "адаммен сөйлескім келеді",
} as const;

describe.each(DATABASE_KINDS)("the case's link survives on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(["ru", "en", "kk"] as const)(
    "%s: after a run without the group, messages still reach the case",
    async (locale) => {
      const aigul = await counselor(h, { first_name: "Aigul" }, "Aigul");
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      expect(item.status).toBe("queued");

      // Restarted without COUNSELOR_CHAT_ID: nothing can be relayed, and the case and its link stay.
      const without = await h.sibling({ config: { COUNSELOR_CHAT_ID: undefined } });
      await new TestUser(without, person.user).send(ASKS_FOR_A_PERSON[locale]);
      expect((await storedSession(h, person))?.caseId).toBe(item.id);
      // Even a session that lost the hint is repaired from the database.
      await h.app.db.prisma.storedState.update({
        where: { key: `s:${h.app.pseudonymize(person.id)}` },
        data: { value: { ...(await storedSession(h, person)), caseId: undefined } },
      });

      // With the group again: "hello" goes to the case (kept for the counselor who takes it), not to the FAQ.
      const back = await h.sibling();
      configureRelay(back.app, { pacing: null });
      const again = new TestUser(back, person.user);
      const shown = again.texts().length;
      await again.send(WRITES[locale][0]);
      expect(again.texts().slice(shown)).toEqual([say(locale, "counselors-queued-ack")]);
      const kept = await h.app.db.prisma.caseMessage.count({ where: { caseId: item.id, source: "p" } });
      expect(kept).toBe(1);
      expect((await storedSession(h, person))?.caseId).toBe(item.id);

      // Taken: "has joined", and the next message reaches Aigul's private chat.
      await aigul.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      expect(again.lastText()).toContain("Aigul");
      await again.send(WRITES[locale][1]);
      expect(aigul.texts().join("\n")).toContain(WRITES[locale][1]);
    },
  );
});
