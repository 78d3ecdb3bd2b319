// A desk question is in one language, the one of where it stands: in the counselors' group every counselor reads it,
// so its text, its buttons and what replaces it are in the group's language (as the head around it); in a counselor's
// private chat, in theirs. Only the tap's own alert, seen by the presser alone, is in the presser's language.
// A Kazakh-speaking counselor in a Russian group and a Russian-speaking one in a Kazakh group, on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

const PAIRS = [
  { mine: "kk", group: "ru" },
  { mine: "ru", group: "kk" },
] as const satisfies readonly { mine: Locale; group: Locale }[];

describe.each(DATABASE_KINDS)("the language of a desk question on %s", (kind) => {
  describe.each(PAIRS)("a $mine counselor in a $group group", ({ mine, group }) => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LOCALE: group } }, (harness) => {
      h = harness;
    });

    const lastAlert = () => h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text;
    const yesNo = (locale: Locale) => [
      say(locale, "counselors-confirm-yes"),
      say(locale, "counselors-confirm-no"),
    ];

    /** Dana, a counselor reading the desk in `mine`, has taken a case and written to its person. */
    async function takenByDana(): Promise<{ dana: TestCounselor; ref: string; threadId: number }> {
      const dana = await counselor(h, { first_name: "Dana", language_code: mine }, "Дана");
      const person = h.user({ language_code: "ru" });
      await askForHuman(person, "ru");
      const item = await openCaseOf(h, person);
      const threadId = topicOf(item);
      await dana.pressInGroup(say(group, "counselors-button-take"), { threadId });
      await dana.send("Здравствуйте");
      return { dana, ref: item.ref, threadId };
    }

    it("✖️ on the head: the outcomes, the question and its Yes / No all in the group's language", async () => {
      const { dana, ref, threadId } = await takenByDana();
      const head = () => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
      await dana.pressInGroup(say(group, "counselors-button-close"), { threadId });
      await dana.pressInGroup(say(group, "counselors-outcome-consulted"), { threadId });
      const outcome = say(group, "counselors-outcome-consulted");
      expect(head().text?.endsWith(say(group, "counselors-confirm-close", { ref, outcome }))).toBe(true);
      expect(h.telegram.buttonsOf(head()).map((button) => button.text)).toEqual(yesNo(group));

      await dana.pressInGroup(say(group, "counselors-confirm-yes"), { threadId });
      // The alert is Dana's alone: in her language.
      expect(lastAlert()).toBe(
        say(mine, "counselors-closed-done", { ref, outcome: say(mine, "counselors-outcome-consulted") }),
      );
      const stored = await h.db.prisma.counselCase.findFirst({ where: { ref } });
      expect(stored).toMatchObject({ status: "closed", outcome: "consulted" });
    });

    it("/block typed in the topic: 'how long?', its days, Back, the question and what replaces it in the group's", async () => {
      const { dana, ref, threadId } = await takenByDana();
      await dana.inGroup("/block спам", { threadId });
      const question = () => h.telegram.messagesIn(h.counselorChatId, { threadId }).at(-1)!;
      expect(question().text).toBe(`${say(group, "counselors-block-how-long", { ref })}\n📝 спам`);
      expect(h.telegram.buttonsOf(question()).map((button) => button.text)).toEqual([
        ...[1, 7, 30].map((days) => say(group, "counselors-block-days", { days })),
        say(group, "counselors-button-back"),
      ]);
      await dana.pressInGroup(say(group, "counselors-block-days", { days: 7 }), { threadId });
      expect(question().text).toBe(`${say(group, "counselors-confirm-block", { ref, days: 7 })}\n📝 спам`);
      expect(h.telegram.buttonsOf(question()).map((button) => button.text)).toEqual(yesNo(group));

      await dana.pressInGroup(say(group, "counselors-confirm-no"), { threadId });
      expect(lastAlert()).toBe(say(mine, "counselors-confirm-cancelled"));
      expect(question().text).toBe(say(group, "counselors-confirm-cancelled"));
      expect(await h.db.prisma.caseBlock.count()).toBe(0);
    });

    it("in Dana's private chat, the same question is all in her language", async () => {
      const { dana, ref } = await takenByDana();
      await dana.send("/close consulted дала адрес");
      const outcome = say(mine, "counselors-outcome-consulted");
      expect(dana.lastText()).toBe(
        `${say(mine, "counselors-confirm-close", { ref, outcome })}\n📝 дала адрес`,
      );
      expect(dana.buttons()).toEqual(yesNo(mine));
      await dana.press(say(mine, "counselors-confirm-yes"));
      expect(dana.texts()).toContain(say(mine, "counselors-closed-done", { ref, outcome }));
      const stored = await h.db.prisma.counselCase.findFirst({ where: { ref } });
      expect(stored).toMatchObject({ status: "closed", outcome: "consulted", closeNote: "дала адрес" });
    });
  });
});
