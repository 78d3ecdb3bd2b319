// What the desk reads when the bot closes a case by itself, through the real bot on both databases (counselors
// reading kk, ru and en): who closed it (the bot), why (minutes with nobody writing, or days in the queue untaken)
// and what the person was told (112, the "talk again" button), each true of what the person really got.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, takenCase } from "./helpers.ts";

describe.each(DATABASE_KINDS)("the desk's notice after an automatic close, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });
  const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);

  it.each(LOCALES)(
    "%s: a silent talk: the holder reads that the bot closed it, after how long, what was said",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: "ru" });
      const { item } = await takenCase(h, person, dana);
      await dana.send("Здравствуйте, я здесь.");
      h.clock.advance((h.config.CASE_IDLE_MINUTES + 1) * 60_000);
      await purge();
      expect(person.lastText()).toContain(say("ru", "counselors-closed-idle"));
      expect(person.buttons()).toContain(say("ru", "counselors-talk-again"));
      expect(dana.lastText()).toBe(
        say(locale, "counselors-notice-idle", { ref: item.ref, minutes: h.config.CASE_IDLE_MINUTES }),
      );
    },
  );

  it("a request nobody took: the general topic says the bot closed it after how many days, and what the person got", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person);
    const item = await openCaseOf(h, person);
    h.clock.advance(h.config.CASE_QUEUE_DAYS * DAY_MS + 60_000);
    await purge();
    expect(person.lastText()).toBe(say("ru", "counselors-closed-expired"));
    expect(person.buttons()).toEqual([say("ru", "counselors-talk-again")]);
    // Its topic is gone with it (no history kept): the general topic says it.
    const general = h.telegram.messagesIn(h.counselorChatId).filter((m) => m.threadId === undefined);
    expect(general.map((m) => m.text)).toContain(
      say("ru", "counselors-notice-expired", { ref: item.ref, days: h.config.CASE_QUEUE_DAYS }),
    );
  });
});
