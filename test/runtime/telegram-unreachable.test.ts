// Telegram out of reach when the bot starts (a firewall, DNS, a Bot API server not up yet): the operator on call
// reads one line per step of the wait (never the token), /readyz says honestly what is known (not checked yet, then
// unreachable since when and why; the counselors' group not checked yet rather than "reachable"), and once Telegram
// answers the bot carries on by itself: the backlog queued meanwhile is answered, in the order it was sent.
import { describe, expect, it } from "vitest";
import { BotApiServer, lastFromBot, TOKEN, until } from "../support/bot-api-server.ts";
import { freePort } from "../support/free-port.ts";
import { say } from "../support/words.ts";
import { startService } from "./helpers.ts";

const GROUP = -1002000000001;
const person = { id: 640_000_001, first_name: "Aruzhan", username: "aru_k", language_code: "ru" };

interface Readyz {
  status: number;
  body: { checks: Record<string, true | string>; desk?: { state: string } };
}

describe("npm start while Telegram cannot be reached", { timeout: 180_000 }, () => {
  it("logs each step of the wait, tells /readyz the truth, and recovers when Telegram answers", async () => {
    const [apiPort, httpPort] = [await freePort(), await freePort()];
    const { child, output, exit } = startService("telegram-unreachable", {
      TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`,
      COUNSELOR_CHAT_ID: String(GROUP),
      HTTP_HOST: "127.0.0.1",
      HTTP_PORT: String(httpPort),
      SHUTDOWN_GRACE_SECONDS: "5",
      LOG_LEVEL: "info",
    });
    const readyz = async (): Promise<Readyz> => {
      const response = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
      return { status: response.status, body: (await response.json()) as Readyz["body"] };
    };
    const waits = () =>
      output()
        .split("\n")
        .filter((line) => line.includes("Telegram cannot be reached"));
    const api = new BotApiServer();
    try {
      await until(() => (output().includes("HTTP server listening") ? true : undefined));
      // Two steps of the wait, each told once: the method, the network's reason and the pause.
      await until(() => (waits().length >= 2 ? true : undefined));
      const [first, second] = waits().map(
        (line) => JSON.parse(line) as { level: number; method: string; reason: string; retryInS: number },
      );
      expect(first).toMatchObject({ level: 40, method: "getMe", retryInS: 1 });
      expect(first?.reason).toMatch(/ECONNREFUSED/);
      expect(second?.retryInS).toBe(2);
      const down = await readyz();
      expect(down.status).toBe(503);
      expect(down.body.checks.telegram).toMatch(
        /^unreachable since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \(.*ECONNREFUSED.*\)$/,
      );
      // Nothing has asked Telegram about the counselors' group yet: never "reachable".
      expect(down.body.desk).toEqual({ state: "not-checked-yet" });

      // Telegram comes up with a backlog: a /start, then crisis words.
      api.telegram.createGroup({ id: GROUP, title: "Counselors", isForum: true });
      api.push(api.telegram.userMessage(person, "/start"));
      api.push(api.telegram.userMessage(person, "я выпила много таблеток час назад"));
      await api.listen(apiPort);
      await until(() => (output().includes("Telegram answers again") ? true : undefined), 120_000);
      await until(() => (lastFromBot(api.telegram, person.id)?.text?.startsWith("🚑") ? true : undefined));
      const texts = api.telegram
        .messagesIn(person.id)
        .filter((message) => message.from.is_bot)
        .map((message) => message.text ?? "");
      expect(texts[0]?.split("\n")[0]).toBe(say("ru", "welcome-first").split("\n")[0]);
      expect(texts[1]?.startsWith(say("ru", "crisis-act-done"))).toBe(true);
      let up = await readyz();
      for (let tries = 0; up.status !== 200 && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        up = await readyz();
      }
      expect(up.body.checks.telegram).toBe(true);
      expect(up.body.desk).toEqual({ state: "reachable" });

      for (const secret of [
        TOKEN,
        TOKEN.split(":")[1]!,
        String(person.id),
        person.first_name,
        person.username,
      ])
        expect(output()).not.toContain(secret);
    } finally {
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      await api.close();
    }
  });
});
