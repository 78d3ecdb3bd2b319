// The bot removed from the counselors' group (explore2, defect 1): nobody is promised a counselor
// while the group is out of reach, the request is kept, operators see it in /readyz and /metrics,
// and when the bot is an administrator there again the cases opened meanwhile get their topics.
// The outage is stored (defects26, 1): a restart or a second instance keeps telling the truth.
import type { ChatMember } from "grammy/types";
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/desk.ts";
import { checkDeskAtStart } from "../../src/counselors/desk-check.ts";
import { deskProblem, deskState, OUTAGE_CACHE_MS } from "../../src/counselors/desk-reach.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { createHttpApp } from "../../src/server/http.ts";
import { serviceReadiness } from "../../src/server/readiness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT } from "../support/words.ts";
import {
  askForHuman,
  botAdministrator,
  botMembershipChange,
  counselor,
  deskHooks,
  openCaseOf,
  SELF_HARM,
  say,
  topicOf,
} from "./helpers.ts";

let updateId = 950_000_000;

/** The bot's own place in the counselors' group changes; `tell`: Telegram sends my_chat_member. */
function botBecomes(h: Harness, status: "left" | "kicked" | "administrator", tell = true): Promise<void> {
  const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
  h.telegram.setMember(h.counselorChatId, bot, status);
  if (!tell) return Promise.resolve();
  const admin = {
    status: "administrator",
    user: bot,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_topics: true,
  } as ChatMember;
  const gone: ChatMember =
    status === "kicked" ? { status, user: bot, until_date: 0 } : { status: "left", user: bot };
  return botMembershipChange(
    h,
    status === "administrator" ? gone : admin,
    status === "administrator" ? admin : gone,
    true,
  );
}

/** The group set up wrong while the bot stays an administrator there, and put right again (defects27a, 2). */
const WRONG_SETUPS = [
  {
    name: "Topics turned off",
    problem: "the chat is not a forum supergroup (turn Topics on)",
    isForum: false,
    canManageTopics: true,
  },
  {
    name: "no right to manage topics",
    problem: "the bot is an administrator without the right to manage topics",
    isForum: true,
    canManageTopics: false,
  },
];

/** The group as `setup` says, in the fake; `tell`: Telegram sends the bot's my_chat_member (a promotion). */
function groupBecomes(
  h: Harness,
  setup: { isForum: boolean; canManageTopics: boolean },
  tell = false,
): Promise<void> {
  const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
  h.telegram.setForum(h.counselorChatId, setup.isForum);
  h.telegram.setMember(h.counselorChatId, bot, "administrator", { canManageTopics: setup.canManageTopics });
  if (!tell) return Promise.resolve();
  const admin = (canManageTopics: boolean) =>
    ({
      status: "administrator",
      user: bot,
      can_be_edited: false,
      is_anonymous: false,
      can_manage_topics: canManageTopics,
    }) as ChatMember;
  return botMembershipChange(h, admin(!setup.canManageTopics), admin(setup.canManageTopics), setup.isForum);
}

describe.each(DATABASE_KINDS)("the counselors' group out of reach on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const readyz = async (on: Harness = h) => {
    const http = createHttpApp({
      registry: on.service.metrics.registry,
      readiness: serviceReadiness(on.db, on.bot.api, on.clock.now, () => deskState(on.app)),
      stopping: () => false,
    });
    const response = await http.request("/readyz");
    return {
      status: response.status,
      body: (await response.json()) as {
        ok: boolean;
        desk?: { state: string; reason?: string; since?: string };
        warnings?: Record<string, string>;
      },
    };
  };
  const outageRows = async () =>
    (await h.db.sql.query<{ reason: string }>("SELECT reason FROM desk_outage")).map((row) => row.reason);
  /** The warn-level lines (pino level 40) about the group's reach, in order, from `from` on. */
  const reachWarnings = (from = 0) =>
    h
      .logs()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((line) => line.level === 40 && /counselors' group can(not)? be reached/.test(line.msg))
      .map((line) => line.msg)
      .slice(from);

  it.each(LOCALES)(
    "%s: removed, a new request is told the truth, kept, and reaches the desk once back",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      h.service.metrics.observe({ deskReachable: async () => (await deskProblem(h.app)) === undefined });
      await botBecomes(h, "left");
      expect((await readyz()).body.warnings?.counselors).toMatch(/unreachable/);
      expect((await readyz()).body.desk).toMatchObject({ state: "unreachable", reason: /left/ });
      expect(
        await h.service.metrics.registry.getSingleMetricAsString("opendoor_counselor_group_reachable"),
      ).toMatch(/ 0$/m);

      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      // Was "I have passed your request to the counselors… You are number 2 in the queue".
      const told = person.texts().find((text) => text.includes(say(locale, "counselors-desk-unreachable")));
      expect(told).toBe(say(locale, "counselors-desk-unreachable"));
      expect(person.texts().join("\n")).not.toContain(say(locale, "counselors-opened"));
      const item = await openCaseOf(h, person);
      expect(item.threadId).toBeNull();
      await person.send("Я подожду, вот что случилось");

      await botBecomes(h, "administrator");
      expect((await readyz()).body.warnings).toBeUndefined();
      expect((await readyz()).body.desk).toEqual({ state: "reachable" });
      // She is told in a new message (an edit makes no sound) that her kept request has arrived, with her place.
      expect(person.lastText()).toContain(say(locale, "counselors-desk-back"));
      expect(person.lastText()).toContain(say(locale, "counselors-position", { position: 1 }));
      const reopened = await openCaseOf(h, person);
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(reopened) })[0]?.text ?? "";
      expect(head).toContain(reopened.ref);
      // Her waiting message now shows her place.
      expect(
        person.messages().find((message) => message.messageId === reopened.waitMessageId)?.text,
      ).toContain(say(locale, "counselors-position", { position: 1 }));
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(reopened) });
      expect(dana.texts()).toContain("Я подожду, вот что случилось");
    },
  );

  it.each(LOCALES)(
    "%s: a request kept off duty is told it has arrived, with when the shift starts",
    async (locale) => {
      h.clock.set(FRIDAY_MIDNIGHT);
      await botBecomes(h, "left");
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      expect(person.texts()).toContain(say(locale, "counselors-desk-unreachable"));
      await botBecomes(h, "administrator");
      // Off duty nothing edits the waiting message: without this line it would say "can't be reached" until morning.
      const told = person.lastText();
      expect(told).toContain(say(locale, "counselors-desk-back"));
      expect(told).not.toContain(say(locale, "counselors-desk-unreachable"));
      expect(told).toContain(
        say(locale, "counselors-off-duty", {
          when: formatOpening(locale, FRIDAY_SHIFT, h.app.config.TIME_ZONE),
        }),
      );
      expect((await openCaseOf(h, person)).threadId).not.toBeNull();
    },
  );

  /** Somebody (speaking `locale`) adds the bot to another group, as `status`; Telegram sends my_chat_member. */
  const botAddedTo = (on: Harness, chatId: number, status: "member" | "administrator", locale?: string) => {
    const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
    const member: ChatMember = status === "member" ? { status, user: bot } : botAdministrator(on);
    return on.handle({
      update_id: ++updateId,
      my_chat_member: {
        chat: { id: chatId, type: "supergroup", title: "Somebody's chat", is_forum: true },
        from: {
          id: 5_999_998,
          is_bot: false,
          first_name: "Stranger",
          ...(locale ? { language_code: locale } : {}),
        },
        date: Math.floor(h.clock.now() / 1000),
        old_chat_member: { status: "left", user: bot },
        new_chat_member: member,
      },
    });
  };
  /** The log lines written from `from` on, as objects. */
  const logsSince = (from: number) =>
    h
      .logs()
      .split("\n")
      .filter(Boolean)
      .slice(from)
      .map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string });

  it("leaves any other group it is added to, says which in the log, and stays in the counselors' group", async () => {
    const before = h.logs().split("\n").filter(Boolean).length;
    await botAddedTo(h, -1_005_555, "member");
    expect(h.telegram.callsTo("leaveChat").map((call) => call.payload.chat_id)).toEqual([-1_005_555]);
    expect(h.telegram.callsTo("sendMessage").filter((call) => call.payload.chat_id === -1_005_555)).toEqual(
      [],
    );
    // The operator can tell a wrong COUNSELOR_CHAT_ID from a stranger's group: both ids are in the line.
    expect(logsSince(before).filter((line) => /other than the counselors'/.test(line.msg))).toEqual([
      expect.objectContaining({ chatId: -1_005_555, counselorChatId: h.counselorChatId }),
    ]);
    await botBecomes(h, "administrator");
    expect(h.telegram.callsTo("leaveChat")).toHaveLength(1);
  });

  it.each(LOCALES)(
    "%s: no counselors' group configured yet (first set-up): added to a group, the bot stays, tells its id there and in the log, and is no desk there",
    async (locale) => {
      const firstRun = await h.sibling({ config: { COUNSELOR_CHAT_ID: undefined } });
      try {
        const groupId = -1_007_000_000_001 - LOCALES.indexOf(locale);
        h.telegram.createGroup({ id: groupId, title: "Counselors to be", isForum: true });
        const before = h.logs().split("\n").filter(Boolean).length;
        await botAddedTo(firstRun, groupId, "administrator", locale);

        const leftHere = () =>
          h.telegram.callsTo("leaveChat").filter((call) => call.payload.chat_id === groupId);
        expect(leftHere()).toEqual([]);
        const hint = say(locale, "counselors-group-set-up", { id: String(groupId) });
        expect(hint).toContain(`COUNSELOR_CHAT_ID=${groupId}`);
        expect(h.telegram.messagesIn(groupId).map((message) => message.text)).toEqual([hint]);
        expect(logsSince(before).map((line) => line.msg)).toContainEqual(
          expect.stringContaining(`set COUNSELOR_CHAT_ID=${groupId} and restart`),
        );

        // A member writing there, even a desk command, gets nothing: no desk acts in an unconfigured group.
        const member = { id: 5_999_990, is_bot: false, first_name: "Dana", language_code: locale };
        h.telegram.setMember(groupId, member, "member");
        await firstRun.handle(h.telegram.groupMessage(groupId, member, "/queue"));
        await firstRun.handle(h.telegram.groupMessage(groupId, member, "/alias Дана"));
        expect(h.telegram.messagesIn(groupId).filter((message) => message.from.is_bot)).toHaveLength(1);
        expect(leftHere()).toEqual([]);

        // A person's private chat still works.
        const person = firstRun.user({ language_code: locale });
        await person.send("/start");
        expect(person.lastText()).toContain(say(locale, "emergency-line"));
      } finally {
        await firstRun.close();
      }
    },
  );

  const STILL_THERE = {
    kk: "сәлем, мұнда біреу бар ма?",
    ru: "алло, есть кто-нибудь?",
    en: "hello, is anyone there?",
  };
  it.each(LOCALES)(
    "%s: a person already waiting when the group goes out of reach is told plainly, and their message is kept",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      await botBecomes(h, "left");
      h.clock.advance(11 * 60 * 1000);
      await person.send(STILL_THERE[locale]);
      expect(person.lastText()).toBe(say(locale, "counselors-desk-unreachable"));
      expect(person.texts()).not.toContain(say(locale, "counselors-queued-ack"));
      expect(await openCaseOf(h, person)).toMatchObject({ id: item.id, status: "queued" });
      await botBecomes(h, "administrator");
    },
  );

  it("a removal missed (no update): the first refused topic says so, and no counselor is promised after", async () => {
    await botBecomes(h, "kicked", false);
    const first = h.user({ language_code: "ru" });
    await askForHuman(first, "ru");
    expect(first.texts().join("\n")).toContain(say("ru", "counselors-desk-unreachable"));
    expect(first.texts().join("\n")).not.toContain(say("ru", "counselors-position", { position: 1 }));
    // In the words of the group's check that confirmed the refusal (one refusal alone marks nothing: topic-retry.test).
    expect(await deskProblem(h.app)).toMatch(/kicked/);
    expect(await outageRows()).toEqual([expect.stringMatching(/kicked/)]);
    // The crisis reply offers no counselor while none can be reached.
    const second = h.user({ language_code: "en" });
    await second.send("i cant do this anymore, i have the pills in front of me");
    expect(second.lastText()).toContain(say("en", "crisis-no-counselors"));
    expect(second.buttons()).toEqual([]);
    await botBecomes(h, "administrator");
  });

  it.each(LOCALES)(
    "%s: removed, then a restart (a new bot on the same database) still tells plainly; re-added, every instance offers counselors again",
    async (locale) => {
      await counselor(h, { first_name: "Dana" }, "Дана");
      const logged = reachWarnings().length;
      await botBecomes(h, "kicked");
      expect(await outageRows()).toEqual([expect.stringMatching(/kicked/)]);
      // Told at warn level, for the operator on call; a second report with another reason is the state now.
      await botBecomes(h, "left");
      expect(reachWarnings(logged)).toEqual([
        expect.stringMatching(/cannot be reached: nobody/),
        "the counselors' group cannot be reached, for another reason now",
      ]);
      expect(await outageRows()).toEqual([expect.stringMatching(/left/)]);
      await botBecomes(h, "left");
      expect(reachWarnings(logged)).toHaveLength(2);

      const restarted = await h.sibling();
      configureRelay(restarted.app, { pacing: null });
      // Was 200 with nothing said: the new process knew nothing of the removal.
      const ready = await readyz(restarted);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        ok: true,
        desk: { state: "unreachable", reason: expect.stringMatching(/left/) },
        warnings: { counselors: expect.stringMatching(/unreachable/) },
      });
      expect(new Date(ready.body.desk?.since ?? "").getTime()).toBe(h.clock.now());
      // The restarted process saw the outage: one more warn line, its own.
      expect(reachWarnings(logged)).toHaveLength(3);

      const person = restarted.user({ language_code: locale });
      await askForHuman(person, locale);
      expect(person.texts()).toContain(say(locale, "counselors-desk-unreachable"));
      expect(person.texts().join("\n")).not.toContain(say(locale, "counselors-opened"));
      expect((await openCaseOf(restarted, person)).threadId).toBeNull();
      // The crisis reply offers no counselor now: the hotline and 112.
      const frightened = restarted.user({ language_code: locale });
      await frightened.send(SELF_HARM[locale]);
      expect(frightened.texts().join("\n")).toContain(say(locale, "crisis-no-counselors"));
      expect(frightened.buttons()).toEqual([]);

      // Re-added, the update reaching the restarted instance: the row goes, the kept case gets its topic.
      await botBecomes(restarted, "administrator");
      expect(await outageRows()).toEqual([]);
      expect(topicOf(await openCaseOf(restarted, person))).toBeGreaterThan(0);
      // The first instance reads the change within its short cache, and offers a counselor again.
      h.clock.advance(OUTAGE_CACHE_MS + 1);
      expect((await readyz()).body.desk).toEqual({ state: "reachable" });
      const later = h.user({ language_code: locale });
      await later.send(SELF_HARM[locale]);
      expect(later.texts().join("\n")).not.toContain(say(locale, "crisis-no-counselors"));
      expect(later.buttons()).toContain(say(locale, "crisis-talk"));
      // Each instance says so once, as it sees the change.
      expect(reachWarnings(logged).filter((line) => /can be reached again/.test(line))).toHaveLength(2);
      await restarted.close();
    },
  );

  it("a return missed while no instance ran: the purge finds the bot an administrator again and opens the kept topics", async () => {
    await botBecomes(h, "left");
    const person = h.user({ language_code: "kk" });
    await askForHuman(person, "kk");
    expect((await openCaseOf(h, person)).threadId).toBeNull();
    // Re-added with no update (the bot was down): the outage stays until someone asks Telegram.
    await botBecomes(h, "administrator", false);
    expect(await outageRows()).toHaveLength(1);
    const report = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect(report.counts["counselors.desk-return"]).toBe(1);
    expect(await outageRows()).toEqual([]);
    expect(topicOf(await openCaseOf(h, person))).toBeGreaterThan(0);
    // Still out of reach: the check leaves the outage where it is.
    await botBecomes(h, "left");
    const again = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect(again.counts["counselors.desk-return"]).toBe(0);
    expect(await outageRows()).toHaveLength(1);
    await botBecomes(h, "administrator");
  });

  it.each(LOCALES)(
    "%s: a case opened while COUNSELOR_CHAT_ID was wrong gets its topic at the restart with the right id",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      // The operator's mistake: the id of a group the bot is not in (Telegram refuses every call there).
      const wrongId = -1009999999999;
      const wrong = await h.sibling({ config: { COUNSELOR_CHAT_ID: wrongId } });
      configureRelay(wrong.app, { pacing: null });
      const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
      h.telegram.setMember(wrongId, bot, "left");
      const person = wrong.user({ language_code: locale });
      await askForHuman(person, locale);
      expect((await openCaseOf(h, person)).threadId).toBeNull();
      expect(person.texts().join("\n")).toContain(say(locale, "counselors-desk-unreachable"));
      await wrong.close();

      // Fixed and restarted (this instance, the right id): the purge's first run, soon after start, opens the topic.
      h.clock.advance(OUTAGE_CACHE_MS + 1);
      expect(
        (await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api)).counts["counselors.desk-return"],
      ).toBe(1);
      const opened = await openCaseOf(h, person);
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(opened) })[0]?.text ?? "";
      expect(head).toContain(opened.ref);
      expect(person.messages().find((message) => message.messageId === opened.waitMessageId)?.text).toContain(
        say(locale, "counselors-position", { position: 1 }),
      );
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(opened) });
      expect((await openCaseOf(h, person)).status).toBe("active");
    },
  );

  it("a case left without a topic while no outage is recorded gets one at the next purge", async () => {
    await botBecomes(h, "left");
    const person = h.user({ language_code: "ru" });
    await askForHuman(person, "ru");
    // The outage cleared elsewhere (by hand, another instance) with this case still without a topic.
    await botBecomes(h, "administrator", false);
    await h.db.sql.query("DELETE FROM desk_outage");
    h.clock.advance(OUTAGE_CACHE_MS + 1);
    expect(await deskProblem(h.app)).toBeUndefined();
    expect((await openCaseOf(h, person)).threadId).toBeNull();
    const report = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect(report.counts["counselors.desk-return"]).toBe(1);
    expect(topicOf(await openCaseOf(h, person))).toBeGreaterThan(0);
    // Nothing is missing any more: the next run opens nothing.
    expect(
      (await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api)).counts["counselors.desk-return"],
    ).toBe(0);
  });

  it.each(WRONG_SETUPS)(
    "$name: the purge and a promotion keep the start-up mark while it is true; put right, the kept requests reach the desk",
    async ({ problem, ...setup }) => {
      // What this process knew from the test before goes (the database was emptied): its changes are said anew.
      h.clock.advance(OUTAGE_CACHE_MS + 1);
      await deskProblem(h.app);
      const logged = reachWarnings().length;
      const calls = h.telegram.calls.length;
      await groupBecomes(h, setup);
      await checkDeskAtStart(h.app, h.bot.api, h.telegram.botInfo.id);
      expect(await outageRows()).toEqual([problem]);
      for (const locale of LOCALES) {
        // Each purge run (and a promotion that leaves the group as wrong) keeps the mark: nothing tries again.
        const report = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
        expect(report.counts["counselors.desk-return"]).toBe(0);
        await groupBecomes(h, setup, true);
        expect(await outageRows()).toEqual([problem]);
        h.clock.advance(OUTAGE_CACHE_MS + 1);
        const person = h.user({ language_code: locale });
        await askForHuman(person, locale);
        expect(person.texts()).toContain(say(locale, "counselors-desk-unreachable"));
        expect(person.texts().join("\n")).not.toContain(say(locale, "counselors-position", { position: 1 }));
        expect((await openCaseOf(h, person)).threadId).toBeNull();
        expect((await readyz()).body.desk).toMatchObject({ state: "unreachable", reason: problem });
      }
      // Said once, never cleared and said again: the operator's warning stands until the fix.
      expect(reachWarnings(logged)).toEqual([
        "the counselors' group cannot be reached: nobody is promised a counselor until it can",
      ]);
      expect(h.telegram.calls.slice(calls).filter((call) => call.method === "createForumTopic")).toEqual([]);

      // Put right: the next purge run finds it so, the mark goes and the three kept requests get their topics.
      await groupBecomes(h, { isForum: true, canManageTopics: true });
      const back = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
      expect(back.counts["counselors.desk-return"]).toBe(1);
      expect(await outageRows()).toEqual([]);
      const queued = await h.db.prisma.counselCase.findMany({ where: { status: "queued" } });
      expect(queued).toHaveLength(LOCALES.length);
      for (const item of queued) expect(item.threadId).toBeGreaterThan(0);
      expect(reachWarnings(logged).at(-1)).toBe("the counselors' group can be reached again");
    },
  );
});
