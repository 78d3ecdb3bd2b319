// One failed createForumTopic does not take the whole desk out of reach (outside tester, desk30 item 3), through
// the real bot on both databases: a single refusal, or a lost call, is tried again after a pause and the case gets
// its topic; refusals that go on while the group's check says it is right leave the desk reachable and the case to
// the purge's next run; a refusal the check confirms (the bot removed, no update) still marks the group.
import { beforeEach, describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { deskProblem } from "../../src/counselors/desk-reach.ts";
import { TOPIC_RETRY_MS } from "../../src/counselors/topic.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, deskHooks, openCaseOf, say } from "./helpers.ts";

/** What Telegram answers now and then while the bot is an administrator allowed to manage topics. */
const REFUSAL = {
  ok: false,
  error_code: 400,
  description: "Bad Request: not enough rights to create a topic",
};

describe.each(DATABASE_KINDS)("a topic refused once on %s", (kind) => {
  let h: Harness;
  let refusals = 0;
  let lost = 0;
  /** Log lines written before this test. */
  let logged = 0;
  deskHooks(kind, {}, (harness) => {
    h = harness;
    // Between the bot and the fake Telegram, as a flaky network or Telegram would be: the next calls fail.
    h.bot.api.config.use((previous, method, payload, signal) => {
      if (method !== "createForumTopic") return previous(method, payload, signal);
      if (lost > 0) {
        lost--;
        return Promise.reject(new Error("socket hang up"));
      }
      if (refusals > 0) {
        refusals--;
        return Promise.resolve(REFUSAL as never);
      }
      return previous(method, payload, signal);
    });
  });

  beforeEach(() => {
    refusals = 0;
    lost = 0;
    logged = h.logs().split("\n").length;
  });

  const warnings = () =>
    h
      .logs()
      .split("\n")
      .slice(logged)
      .filter((line) => line.includes("could not open the case's topic: trying again"));

  it.each(["refused", "lost"])(
    "%s once: tried again, the case has its topic, the desk stays reachable",
    async (how) => {
      if (how === "refused") refusals = 1;
      else lost = 1;
      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      const item = await openCaseOf(h, anna);
      expect(item.threadId).not.toBeNull();
      expect(h.telegram.topicsOf(h.counselorChatId).map((topic) => topic.threadId)).toContain(item.threadId);
      expect(await deskProblem(h.app)).toBeUndefined();
      expect(anna.texts().join("\n")).toContain(say("ru", "counselors-position", { position: 1 }));
      expect(anna.texts().join("\n")).not.toContain(say("ru", "counselors-desk-unreachable"));
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).not.toContain("Anna");
    },
  );

  it("refused on every try while the group checks out: still reachable, the next purge opens the topic", async () => {
    refusals = TOPIC_RETRY_MS.length + 1;
    const anna = h.user({ language_code: "ru" });
    await askForHuman(anna);
    expect((await openCaseOf(h, anna)).threadId).toBeNull();
    expect(await deskProblem(h.app)).toBeUndefined();
    expect(warnings()).toHaveLength(TOPIC_RETRY_MS.length);
    expect(anna.texts().join("\n")).not.toContain(say("ru", "counselors-desk-unreachable"));

    await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect((await openCaseOf(h, anna)).threadId).not.toBeNull();
  }, 30_000);

  it("a refusal the group's check confirms (the bot was removed, no update came) marks the group at once", async () => {
    const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
    h.telegram.setMember(h.counselorChatId, bot, "kicked");
    const anna = h.user({ language_code: "ru" });
    await askForHuman(anna);
    expect(await deskProblem(h.app)).toMatch(/Forbidden|kicked/);
    expect(warnings()).toHaveLength(0);
    expect(anna.texts().join("\n")).toContain(say("ru", "counselors-desk-unreachable"));
    h.telegram.setMember(h.counselorChatId, bot, "administrator");
  });
});
