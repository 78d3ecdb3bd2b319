// The counselors' group checked at start (getChat, getChatMember): a wrong COUNSELOR_CHAT_ID, a group
// without topics, or a bot that is no administrator able to manage topics is said in one warning line,
// marks the group out of reach (stored; /readyz's body says it) and nobody is then offered a counselor;
// no group configured is said too. Through the real bot on both databases, the crisis reply in kk/ru/en.
import { describe, expect, it } from "vitest";
import type { AppServices } from "../../src/bot/context.ts";
import { checkDeskAtStart } from "../../src/counselors/desk-check.ts";
import { deskState } from "../../src/counselors/desk-reach.ts";
import { createHttpApp } from "../../src/server/http.ts";
import { serviceReadiness } from "../../src/server/readiness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { deskHooks, SELF_HARM, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("the counselors' group checked at start on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The app as a start with another COUNSELOR_CHAT_ID would build it (same database and Telegram). */
  const withGroup = (id: number | undefined): AppServices => ({
    ...h.app,
    config: { ...h.app.config, COUNSELOR_CHAT_ID: id },
  });
  const warnings = (from: number) =>
    h
      .logs()
      .split("\n")
      .filter(Boolean)
      .slice(from)
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((line) => line.level === 40)
      .map((line) => line.msg);
  const readyzBody = async (app: AppServices) => {
    const http = createHttpApp({
      registry: h.service.metrics.registry,
      readiness: serviceReadiness(h.db, h.bot.api, h.clock.now, () => deskState(app)),
      stopping: () => false,
    });
    const response = await http.request("/readyz");
    return {
      status: response.status,
      body: (await response.json()) as { desk?: { state: string; reason?: string } },
    };
  };
  const logLines = () => h.logs().split("\n").filter(Boolean).length;

  it("a group that is right: no warning, one line saying the check passed, the group reachable", async () => {
    const from = logLines();
    await checkDeskAtStart(h.app, h.bot.api, h.telegram.botInfo.id);
    expect(warnings(from)).toEqual([]);
    const passed = h
      .logs()
      .split("\n")
      .filter(Boolean)
      .slice(from)
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((line) => line.level === 30 && line.msg.startsWith("counselors' group check passed"));
    expect(passed).toHaveLength(1);
    expect((await readyzBody(h.app)).body.desk).toEqual({ state: "reachable" });
  });

  it.each([
    ["a chat that does not exist", -1_009_999_999, "getChat: Bad Request: chat not found"],
    ["a group without topics", -1_007_777_777, "the chat is not a forum supergroup (turn Topics on)"],
    [
      "a forum where the bot is a member only",
      -1_006_666_666,
      "the bot is member there, not an administrator",
    ],
  ])("%s: one warning, the group out of reach, no counselor offered", async (_name, id, problem) => {
    if (id === -1_007_777_777) h.telegram.createGroup({ id, title: "No topics", isForum: false });
    if (id === -1_006_666_666) {
      h.telegram.createGroup({ id, title: "Forum", isForum: true });
      const bot = h.telegram.botInfo;
      h.telegram.setMember(id, { id: bot.id, first_name: bot.first_name }, "member");
    }
    const app = withGroup(id);
    const from = logLines();
    await checkDeskAtStart(app, h.bot.api, h.telegram.botInfo.id);
    const said = warnings(from);
    expect(said.filter((line) => line.startsWith("counselors' group check failed"))).toEqual([
      `counselors' group check failed (COUNSELOR_CHAT_ID): ${problem}; nobody is offered a counselor until it is fixed`,
    ]);
    const ready = await readyzBody(app);
    expect(ready.status).toBe(200);
    expect(ready.body.desk).toMatchObject({ state: "unreachable", reason: problem });
    // Stored: the bot already running (another instance on the same database) stops offering a counselor.
    const running = await h.sibling();
    try {
      for (const locale of ["kk", "ru", "en"] as const) {
        const person = running.user({ language_code: locale });
        await person.send(SELF_HARM[locale]);
        expect(person.lastText()).toContain(say(locale, "crisis-no-counselors"));
        expect(person.buttons()).not.toContain(say(locale, "crisis-talk"));
      }
    } finally {
      await running.close();
    }
    // Fixed and started again: the check finds it right and the mark goes.
    const fixed = withGroup(h.app.config.COUNSELOR_CHAT_ID);
    await checkDeskAtStart(fixed, h.bot.api, h.telegram.botInfo.id);
    expect((await readyzBody(fixed)).body.desk).toEqual({ state: "reachable" });
  });

  it("no group configured: says that Talk to a person offers the hotline only", async () => {
    const from = logLines();
    await checkDeskAtStart(withGroup(undefined), h.bot.api, h.telegram.botInfo.id);
    expect(warnings(from)).toEqual([
      "counselors' group not configured: Talk to a person offers the hotline only",
    ]);
  });
});
