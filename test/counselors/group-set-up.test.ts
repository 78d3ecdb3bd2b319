// The first set-up in a group that cannot work (outsider 31, item 18), and a group that loses its forum later,
// through the real bot on both databases: added to a group without Topics, or without "Manage topics", the bot says
// what to fix instead of handing out an id for a desk that would fail; made an administrator with that right in a
// forum, it gives the id. A topic refused in words the bot does not know still runs the group's check, for every
// case (not only the first): a group whose Topics were turned off after cases opened is found and marked.
import type { ChatMember } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/desk.ts";
import { deskProblem, OUTAGE_CACHE_MS } from "../../src/counselors/desk-reach.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, botAdministrator, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

let updateId = 960_000_000;

describe.each(DATABASE_KINDS)("setting up the counselors' group on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The bot's place in `chatId` changes from `before` to `after`, told by someone speaking `locale`. */
  const botPlace = (
    on: Harness,
    chatId: number,
    isForum: boolean,
    before: ChatMember,
    after: ChatMember,
    locale: Locale,
  ) =>
    on.handle({
      update_id: ++updateId,
      my_chat_member: {
        chat: {
          id: chatId,
          type: "supergroup",
          title: "Counselors to be",
          ...(isForum ? { is_forum: true } : {}),
        },
        from: { id: 5_999_997, is_bot: false, first_name: "Operator", language_code: locale },
        date: Math.floor(h.clock.now() / 1000),
        old_chat_member: before,
        new_chat_member: after,
      },
    });

  it.each(LOCALES)(
    "%s: no Topics, then no right, then right: what to fix is said each time, the id only when it can work",
    async (locale) => {
      const firstRun = await h.sibling({ config: { COUNSELOR_CHAT_ID: undefined } });
      try {
        const groupId = -1_007_100_000_001 - LOCALES.indexOf(locale);
        h.telegram.createGroup({ id: groupId, title: "Counselors to be", isForum: false });
        const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
        const member: ChatMember = { status: "member", user: bot };
        const said = () => h.telegram.messagesIn(groupId).map((message) => message.text);
        const id = String(groupId);

        // Added to a group without Topics: was "set COUNSELOR_CHAT_ID=… and restart", for a desk that cannot work.
        await botPlace(firstRun, groupId, false, { status: "left", user: bot }, member, locale);
        expect(said()).toEqual([say(locale, "counselors-group-set-up-topics", { id })]);
        expect(said()[0]).not.toContain(`COUNSELOR_CHAT_ID=${groupId}`);
        expect(firstRun.logs()).toContain(
          "cannot be the counselors' group yet: the chat is not a forum supergroup",
        );

        // Topics on, the bot an administrator without "Manage topics": the right is what is missing now.
        await botPlace(firstRun, groupId, true, member, botAdministrator(h, false), locale);
        expect(said().at(-1)).toBe(say(locale, "counselors-group-set-up-rights", { id }));
        // Its place changed but not what is missing: nothing more is said.
        await botPlace(
          firstRun,
          groupId,
          true,
          botAdministrator(h, false),
          botAdministrator(h, false),
          locale,
        );
        expect(said()).toHaveLength(2);

        // Given the right: now the id to set.
        await botPlace(
          firstRun,
          groupId,
          true,
          botAdministrator(h, false),
          botAdministrator(h, true),
          locale,
        );
        expect(said().at(-1)).toBe(say(locale, "counselors-group-set-up", { id }));
        expect(h.telegram.callsTo("leaveChat").filter((call) => call.payload.chat_id === groupId)).toEqual(
          [],
        );
      } finally {
        await firstRun.close();
      }
    },
  );

  it.each(LOCALES)(
    "%s: Topics turned off after a first case, refused in unknown words: the next case finds it, told the truth",
    async (locale) => {
      configureRelay(h.app, { pacing: null });
      // Telegram's words for a refusal vary: none of those the bot knew.
      h.bot.api.config.use(async (previous, method, payload, signal) => {
        const result = await previous(method, payload, signal);
        if (method !== "createForumTopic" || result.ok) return result;
        return { ok: false, error_code: 400, description: "Bad Request: CHANNEL_FORUM_MISSING" } as never;
      });
      const first = h.user({ language_code: locale });
      await askForHuman(first, locale);
      expect(topicOf(await openCaseOf(h, first))).toBeGreaterThan(0);

      h.telegram.setForum(h.counselorChatId, false);
      const second = h.user({ language_code: locale });
      await askForHuman(second, locale);
      expect(await deskProblem(h.app)).toBe("the chat is not a forum supergroup (turn Topics on)");
      expect(second.texts()).toContain(say(locale, "counselors-desk-unreachable"));
      expect((await openCaseOf(h, second)).threadId).toBeNull();

      h.telegram.setForum(h.counselorChatId, true);
      await botPlace(
        h,
        h.counselorChatId,
        true,
        botAdministrator(h, false),
        botAdministrator(h, true),
        locale,
      );
      h.clock.advance(OUTAGE_CACHE_MS + 1);
      expect(await deskProblem(h.app)).toBeUndefined();
      expect(topicOf(await openCaseOf(h, second))).toBeGreaterThan(0);
    },
  );
});
