// A 🔴 case is not handled like any other (outsider 27, defects 1, 2 and 5), through the real bot on both
// databases: closing one nobody has answered asks a question that says what it means, the person is told the
// truth (no "the counselor ended the conversation"), gets the numbers and a way back, and no "duplicate" is
// offered; new crisis words in a case that is 🔴 already alert its holder (or the topic while unheld), once a
// burst; and a silent 🔴 case asks its holder to check in, closing itself only much later, without a rating.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { CRISIS_IDLE_FACTOR } from "../../src/counselors/case-rules.ts";
import { CRISIS_BURST_MS } from "../../src/counselors/crisis-watch.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import {
  counselor,
  deskHooks,
  identityLeaks,
  openCaseOf,
  SELF_HARM,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

const MINUTE = 60_000;

/** Acting now, in the person's words: a second signal after the one that made the case 🔴. */
const ACTING: Record<Locale, string> = {
  kk: "бүгін түнде өзіме қол жұмсаймын, бәрі дайын",
  ru: "мне опять плохо, думаю порезать вены сегодня ночью",
  en: "I feel bad again, I am going to cut my wrists tonight",
};

describe.each(DATABASE_KINDS)("a crisis case's care on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
  const kinds = (locale: Locale) => say(locale, "counselors-crisis-self-harm");

  /** A person writes crisis words and asks for a counselor from the crisis reply: a queued 🔴 case. */
  async function crisisCase(person: TestUser, locale: Locale) {
    await person.send("/start");
    await person.send(SELF_HARM[locale]);
    await person.press(say(locale, "crisis-talk"));
    await person.press(say(locale, "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item.priority).toBe(0);
    return item;
  }

  it.each(LOCALES)(
    "%s: closing an unanswered 🔴 case says what it means; the person is told the truth, the numbers and a way back",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const teen = h.user({ first_name: "Timur", language_code: locale });
      const item = await crisisCase(teen, locale);
      const threadId = topicOf(item);

      await dana.pressInGroup(say("ru", "counselors-button-close"), { threadId });
      const head = () => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
      // No "duplicate": a person has one open case, so "continues in another request" could not be true.
      expect(h.telegram.buttonsOf(head()).map((button) => button.text)).not.toContain(
        say("ru", "counselors-outcome-duplicate"),
      );
      await dana.pressInGroup(say("ru", "counselors-outcome-no-response"), { threadId });
      expect(head().text).toContain(
        say("ru", "counselors-confirm-close-unanswered", {
          ref: item.ref,
          outcome: say("ru", "counselors-outcome-no-response"),
        }),
      );
      await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });

      expect(teen.lastText()).toBe(
        [say(locale, "counselors-closed-unanswered"), say(locale, "emergency-line")].join("\n\n"),
      );
      expect(teen.texts().join("\n")).not.toContain(say(locale, "counselors-closed-by-counselor"));
      expect(teen.buttons()).toEqual([say(locale, "counselors-talk-again")]);
      const closed = await h.db.prisma.counselCase.findUnique({ where: { id: item.id } });
      expect(closed).toMatchObject({ status: "closed", outcome: "no-response", ratingOpen: false });

      // The way back opens a new case.
      await teen.press(say(locale, "counselors-talk-again"));
      const again = await openCaseOf(h, teen);
      expect(again.id).not.toBe(item.id);
      expect(again.status).toBe("queued");
      expect(identityLeaks(h, teen.user, [dana])).toEqual([]);
    },
  );

  it("a taken case closed before the counselor wrote a word: the truth too, and no rating; after a reply, as usual", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const anna = h.user({ language_code: "ru" });
    const { item } = await takenCase(h, anna, dana);
    await dana.send("/close consulted");
    // An ordinary case: the usual question.
    expect(dana.lastText()).toContain(
      say("ru", "counselors-confirm-close", {
        ref: item.ref,
        outcome: say("ru", "counselors-outcome-consulted"),
      }),
    );
    await dana.press(say("ru", "counselors-confirm-yes"));
    expect(anna.lastText()).toBe(say("ru", "counselors-closed-unanswered"));
    expect(anna.buttons()).toEqual([say("ru", "counselors-talk-again")]);

    const boris = h.user({ language_code: "ru" });
    await takenCase(h, boris, dana);
    await dana.send("Здравствуйте, я вас слушаю");
    await dana.send("/close consulted");
    await dana.press(say("ru", "counselors-confirm-yes"));
    expect(boris.lastText()).toBe(
      [say("ru", "counselors-closed-by-counselor"), say("ru", "counselors-rate-question")].join("\n\n"),
    );
  });

  it.each(LOCALES)(
    "%s: new crisis words in a 🔴 case alert the topic while unheld, then its holder, once a burst",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const teen = h.user({ language_code: locale });
      const item = await crisisCase(teen, locale);
      const threadId = topicOf(item);
      const groupAlert = say("ru", "counselors-alert-crisis-group", { ref: item.ref, category: kinds("ru") });
      const alerts = () => dana.groupTexts({ threadId }).filter((text) => text === groupAlert).length;

      // Unheld: the topic hears it.
      h.clock.advance(2 * MINUTE);
      await teen.send(ACTING[locale]);
      expect(alerts()).toBe(1);

      // Held: Dana hears it privately, on the message's copy, in her language.
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId });
      h.clock.advance(2 * MINUTE);
      await teen.send(ACTING[locale]);
      const holderAlert = say(locale, "counselors-alert-crisis-holder", {
        ref: item.ref,
        category: kinds(locale),
        numbers: "112, 103",
      });
      expect(dana.lastText()).toBe(holderAlert);
      const copy = dana
        .messages()
        .filter((message) => message.text === ACTING[locale])
        .at(-1)!;
      expect(dana.last()?.replyToMessageId).toBe(copy.messageId);
      expect(alerts()).toBe(2);

      // Seconds later, the same: relayed, but one alert per burst.
      h.clock.advance(CRISIS_BURST_MS / 3);
      await teen.send(SELF_HARM[locale]);
      expect(dana.texts().filter((text) => text === holderAlert)).toHaveLength(1);
      expect(dana.lastText()).toBe(SELF_HARM[locale]);
      expect(identityLeaks(h, teen.user, [dana])).toEqual([]);
    },
  );

  it.each(LOCALES)(
    "%s: a silent 🔴 case asks its holder to check in, then closes much later with the numbers and no rating",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const teen = h.user({ language_code: locale });
      const item = await crisisCase(teen, locale);
      const threadId = topicOf(item);
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId });
      await dana.send("Я здесь. Как вы сейчас?");
      const idle = h.config.CASE_IDLE_MINUTES;

      h.clock.advance(idle * MINUTE + MINUTE);
      expect((await purge()).counts["counselors.idle-cases"]).toBe(0);
      const checkIn = { ref: item.ref, minutes: idle, closesIn: (CRISIS_IDLE_FACTOR - 1) * idle };
      expect(dana.lastText()).toBe(say(locale, "counselors-crisis-silent", checkIn));
      expect(dana.groupTexts({ threadId })).toContain(say("ru", "counselors-crisis-silent", checkIn));
      expect((await openCaseOf(h, teen)).status).toBe("active");
      // Once per silence.
      const before = dana.messages().length;
      h.clock.advance(MINUTE);
      await purge();
      expect(dana.messages()).toHaveLength(before);

      h.clock.advance(CRISIS_IDLE_FACTOR * idle * MINUTE);
      expect((await purge()).counts["counselors.idle-cases"]).toBe(1);
      expect(teen.lastText()).toBe(say(locale, "counselors-closed-idle"));
      expect(teen.buttons()).toEqual([say(locale, "counselors-talk-again")]);
      expect(dana.lastText()).toBe(
        say(locale, "counselors-notice-idle", { ref: item.ref, minutes: CRISIS_IDLE_FACTOR * idle }),
      );
      const closed = await h.db.prisma.counselCase.findUnique({ where: { id: item.id } });
      expect(closed).toMatchObject({ status: "closed", outcome: "idle", ratingOpen: false });
    },
  );
});
