// A person who blocks the bot mid-case (outsider 29, item 22): Telegram sends my_chat_member (kicked) at once, and
// the holder hears it then, with the case's reference (a queued case: its topic), not only at their next message.
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { askForHuman, deskCastHooks, openCaseOf, say, takenCase, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("a person who blocks the bot on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_029_221, username: "anna_b" }, (cast) => {
    ({ h, dana, anna } = cast);
  });

  /** The update Telegram sends when the person blocks the bot in their private chat. */
  function blocksBot(person: TestUser): Update {
    const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
    return {
      update_id: 910_000_000 + Math.floor(h.clock.now() / 1000),
      my_chat_member: {
        chat: { id: person.id, type: "private", first_name: person.user.first_name },
        from: person.user,
        date: Math.floor(h.clock.now() / 1000),
        old_chat_member: { status: "member", user: bot },
        new_chat_member: { status: "kicked", user: bot, until_date: 0 },
      },
    } as Update;
  }

  it("tells the holder at once, with the case's reference", async () => {
    const { item } = await takenCase(h, anna, dana);
    await h.handle(blocksBot(anna));
    expect(dana.lastText()).toBe(say("ru", "counselors-person-blocked-bot", { ref: item.ref }));
    expect(h.logs()).not.toContain(String(anna.id));
  });

  it("tells the topic of a queued case", async () => {
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    await h.handle(blocksBot(anna));
    expect(dana.groupTexts({ threadId: topicOf(item) }).at(-1)).toBe(
      say("ru", "counselors-person-blocked-bot", { ref: item.ref }),
    );
  });
});
