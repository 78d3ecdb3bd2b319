// The bot removed from the counselors' group (explore2, defect 1): nobody is promised a counselor
// while the group is out of reach, the request is kept, operators see it in /readyz and /metrics,
// and when the bot is an administrator there again the cases opened meanwhile get their topics.
import type { ChatMember } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { deskProblem } from "../../src/counselors/desk-reach.ts";
import { createHttpApp } from "../../src/server/http.ts";
import { serviceReadiness } from "../../src/server/readiness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

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
  } as ChatMember;
  const gone: ChatMember =
    status === "kicked" ? { status, user: bot, until_date: 0 } : { status: "left", user: bot };
  const owner = { id: 5_999_999, is_bot: false, first_name: "Owner" };
  return h.handle({
    update_id: ++updateId,
    my_chat_member: {
      chat: { id: h.counselorChatId, type: "supergroup", title: "Counselors", is_forum: true },
      from: owner,
      date: Math.floor(h.clock.now() / 1000),
      old_chat_member: status === "administrator" ? gone : admin,
      new_chat_member: status === "administrator" ? admin : gone,
    },
  });
}

describe.each(DATABASE_KINDS)("the counselors' group out of reach on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const readyz = async () => {
    const http = createHttpApp({
      registry: h.service.metrics.registry,
      readiness: serviceReadiness(h.db, h.bot.api, h.clock.now, () => deskProblem(h.app)),
      stopping: () => false,
    });
    const response = await http.request("/readyz");
    return {
      status: response.status,
      body: (await response.json()) as { warnings?: Record<string, string> },
    };
  };

  it.each(LOCALES)(
    "%s: removed, a new request is told the truth, kept, and reaches the desk once back",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      h.service.metrics.observe({ deskReachable: () => deskProblem(h.app) === undefined });
      await botBecomes(h, "left");
      expect((await readyz()).body.warnings?.counselors).toMatch(/unreachable/);
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

  it("a removal missed (no update): the first refused topic says so, and no counselor is promised after", async () => {
    await botBecomes(h, "kicked", false);
    const first = h.user({ language_code: "ru" });
    await askForHuman(first, "ru");
    expect(first.texts().join("\n")).toContain(say("ru", "counselors-desk-unreachable"));
    expect(first.texts().join("\n")).not.toContain(say("ru", "counselors-position", { position: 1 }));
    expect(deskProblem(h.app)).toMatch(/Forbidden/);
    // The crisis reply offers no counselor while none can be reached.
    const second = h.user({ language_code: "en" });
    await second.send("i cant do this anymore, i have the pills in front of me");
    expect(second.lastText()).toContain(say("en", "crisis-no-counselors"));
    expect(second.buttons()).toEqual([]);
    await botBecomes(h, "administrator");
  });
});
