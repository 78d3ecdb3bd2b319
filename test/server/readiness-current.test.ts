// /readyz says the current state and the current reason, never the first one it saw: a second,
// different outage of the counselors' group replaces the first (with its own "since"), a recovery
// shows at once, and so does Telegram's, whose failures are asked again at each probe. On both
// databases, through the real bot's my_chat_member updates and the HTTP app.
import type { ChatMember } from "grammy/types";
import { describe, expect, it } from "vitest";
import { deskState } from "../../src/counselors/desk-reach.ts";
import { TelegramReach } from "../../src/resilience/telegram-reach.ts";
import { createHttpApp } from "../../src/server/http.ts";
import { serviceReadiness } from "../../src/server/readiness.ts";
import { botMembershipChange, deskHooks } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";

/** Telegram tells the bot its place in the counselors' group (and whether Topics are on). */
function botIs(h: Harness, status: "kicked" | "administrator", isForum = true): Promise<void> {
  const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
  h.telegram.setForum(h.counselorChatId, isForum);
  h.telegram.setMember(h.counselorChatId, bot, status === "kicked" ? "kicked" : "administrator");
  const member: ChatMember =
    status === "kicked"
      ? { status, user: bot, until_date: 0 }
      : ({
          status,
          user: bot,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_topics: true,
        } as ChatMember);
  return botMembershipChange(h, { status: "left", user: bot }, member, isForum);
}

describe.each(DATABASE_KINDS)("/readyz tells the current state on %s", (kind) => {
  let h: Harness;
  let telegramDown: string | undefined;
  deskHooks(kind, {}, (harness) => {
    h = harness;
    h.bot.api.config.use((prev, method, payload, signal) =>
      method === "getMe" && telegramDown
        ? Promise.reject(new Error(telegramDown))
        : prev(method, payload, signal),
    );
  });

  const readyz = async () => {
    const http = createHttpApp({
      registry: h.service.metrics.registry,
      readiness: serviceReadiness(h.db, h.bot.api, h.clock.now, () => deskState(h.app)),
      stopping: () => false,
    });
    const response = await http.request("/readyz");
    return (await response.json()) as {
      checks: Record<string, unknown>;
      desk?: { state: string; reason?: string; since?: string };
    };
  };

  it("a second, different outage replaces the first's reason and time; a recovery shows at once", async () => {
    await botIs(h, "kicked");
    const first = (await readyz()).desk!;
    expect(first).toMatchObject({
      state: "unreachable",
      reason: "the bot is kicked there, not an administrator",
    });

    h.clock.advance(60_000);
    await botIs(h, "administrator", false);
    const second = (await readyz()).desk!;
    expect(second).toEqual({
      state: "unreachable",
      reason: "the chat is not a forum supergroup (turn Topics on)",
      since: new Date(h.clock.now()).toISOString(),
    });
    expect(h.logs()).toContain("the counselors' group cannot be reached, for another reason now");
    const stored = await h.db.sql.query<{ reason: string }>("SELECT reason FROM desk_outage");
    expect(stored.map((row) => row.reason)).toEqual([second.reason]);

    // The same reason again keeps its time.
    h.clock.advance(60_000);
    await botIs(h, "administrator", false);
    expect((await readyz()).desk).toEqual(second);

    await botIs(h, "administrator", true);
    expect((await readyz()).desk).toEqual({ state: "reachable" });
  });

  it("Telegram: a failure, another failure and the recovery each show at the next probe", async () => {
    expect((await readyz()).checks.telegram).toBe(true);
    h.clock.advance(20_000);
    telegramDown = "first failure";
    expect((await readyz()).checks.telegram).toBe("unreachable (Error: first failure)");
    telegramDown = "second failure";
    expect((await readyz()).checks.telegram).toBe("unreachable (Error: second failure)");
    telegramDown = undefined;
    expect((await readyz()).checks.telegram).toBe(true);
  });

  it("before anything was asked: Telegram and the counselors' group are 'not checked yet', never 'reachable'", async () => {
    // A process just started: a new instance on the same database, nothing asked yet.
    const fresh = await h.sibling();
    const reach = new TelegramReach(fresh.app.logger);
    const http = createHttpApp({
      registry: fresh.service.metrics.registry,
      readiness: serviceReadiness(
        fresh.db,
        fresh.bot.api,
        fresh.clock.now,
        () => deskState(fresh.app),
        reach,
      ),
      stopping: () => false,
    });
    const response = await http.request("/readyz");
    const body = (await response.json()) as { checks: Record<string, unknown>; desk: unknown };
    expect(response.status).toBe(503);
    expect(body.checks.telegram).toBe("not checked yet");
    expect(body.desk).toEqual({ state: "not-checked-yet" });
    // A call answered: Telegram is checked; the group once Telegram's word on it came.
    fresh.bot.api.config.use(reach.retry);
    await fresh.bot.api.getMe();
    await botIs(fresh, "administrator", true);
    const after = (await (await http.request("/readyz")).json()) as typeof body;
    expect(after.checks.telegram).toBe(true);
    expect(after.desk).toEqual({ state: "reachable" });
    await fresh.close();
  });
});
