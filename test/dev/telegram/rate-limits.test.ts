import { GrammyError } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../../../src/dev/telegram/fake-telegram.ts";
import { tinyBot } from "./tiny-bot.ts";

const GROUP = -100555;

describe("rate limits on a virtual clock", () => {
  let now: number;
  let telegram: FakeTelegram;
  let bot: ReturnType<typeof tinyBot>;

  beforeEach(() => {
    now = 1_700_000_000_000;
    telegram = new FakeTelegram({ enforceRateLimits: true, now: () => now });
    bot = tinyBot(telegram);
    telegram.createGroup({ id: GROUP, title: "Counselors", isForum: true });
  });

  async function rejection(promise: Promise<unknown>): Promise<GrammyError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GrammyError);
    return error as GrammyError;
  }

  it("refuses the 21st group message within a minute, with retry_after", async () => {
    const start = now;
    for (let i = 0; i < 20; i++) {
      now = start + i * 2900;
      await bot.api.sendMessage(GROUP, `message ${i + 1}`);
    }
    now = start + 57_000;
    const error = await rejection(bot.api.sendMessage(GROUP, "message 21"));
    expect(error.error_code).toBe(429);
    expect(error.description).toBe("Too Many Requests: retry after 3");
    expect(error.parameters.retry_after).toBe(3);

    now = start + 60_000;
    await expect(bot.api.sendMessage(GROUP, "message 21")).resolves.toMatchObject({ text: "message 21" });
    expect(telegram.messagesIn(GROUP)).toHaveLength(21);
    expect(telegram.callsTo("sendMessage").filter((call) => !call.response.ok)).toHaveLength(1);
  });

  it("counts every topic of a forum against the same group limit", async () => {
    const topics = [];
    for (let i = 0; i < 4; i++) topics.push(await bot.api.createForumTopic(GROUP, `Case ${i}`));
    for (let i = 0; i < 20; i++) {
      now += 1500;
      const topic = topics[i % topics.length]!;
      await bot.api.sendMessage(GROUP, `in topic ${i}`, { message_thread_id: topic.message_thread_id });
    }
    now += 1500;
    expect((await rejection(bot.api.sendMessage(GROUP, "one more"))).error_code).toBe(429);
  });

  it("allows a short burst in one chat, then about one message per second", async () => {
    const user = { id: 42, first_name: "Asel" };
    telegram.userMessage(user, "hi");
    for (let i = 0; i < 3; i++) await bot.api.sendMessage(user.id, `burst ${i}`);
    const error = await rejection(bot.api.sendMessage(user.id, "too fast"));
    expect(error.parameters.retry_after).toBe(1);
    // Edits are not new messages and are not limited here.
    await bot.api.editMessageText(user.id, 2, "edited");
    now += 1000;
    await expect(bot.api.sendMessage(user.id, "after a second")).resolves.toMatchObject({
      text: "after a second",
    });
    await expect(rejection(bot.api.sendMessage(user.id, "too fast again"))).resolves.toMatchObject({
      error_code: 429,
    });
  });

  it("caps the bot at about 30 messages per second overall", async () => {
    for (let id = 1; id <= 31; id++) telegram.userMessage({ id, first_name: `User ${id}` }, "hi");
    for (let id = 1; id <= 30; id++) await bot.api.sendMessage(id, "hello");
    const error = await rejection(bot.api.sendMessage(31, "hello"));
    expect(error.parameters.retry_after).toBe(1);
    now += 1000;
    await expect(bot.api.sendMessage(31, "hello")).resolves.toMatchObject({ chat: { id: 31 } });
  });

  it("does not limit anything unless asked to", async () => {
    const unlimited = new FakeTelegram();
    const unlimitedBot = tinyBot(unlimited);
    unlimited.createGroup({ id: GROUP, title: "Counselors" });
    for (let i = 0; i < 50; i++) await unlimitedBot.api.sendMessage(GROUP, `message ${i}`);
    expect(unlimited.messagesIn(GROUP)).toHaveLength(50);
  });
});
