// `npm run ask` tells a content writer (or an outside evaluator) what the bot does with a message. The
// crisis detector reads every message before the router, so a crisis message must show the crisis reply
// first, then only the FAQ answer the bot sends after it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function ask(...args: string[]): Record<string, unknown>[] {
  const run = spawnSync(process.execPath, ["scripts/run.mjs", "cli/ask", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "development" },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("npm run ask", () => {
  it("puts the crisis reply first for a crisis message, in the third person too, and the answer after it", () => {
    const lines = ask("--lang", "ru", "друзья купили ему билет в Турцию");
    expect(lines[0]).toMatchObject({ id: "crisis", category: "travel-pressure", shown: "crisis-reply" });
    expect(lines[0]!.matched).toEqual(expect.any(String));
    expect(lines.every((line) => line.route === "crisis")).toBe(true);
    // Travel pressure alone: what was asked follows the crisis reply (src/bot/safety.ts).
    expect(lines[1]).toMatchObject({ id: "relative-wants-to-travel", shown: "answer" });
  }, 30_000);

  it("hides the FAQ under the crisis reply beside a life in danger", () => {
    const lines = ask("--lang", "en", "I am on the roof, I will jump");
    expect(lines[0]).toMatchObject({ id: "crisis", category: "self-harm", shown: "crisis-reply" });
    expect(lines.slice(1).every((line) => line.shown === "hidden")).toBe(true);
  }, 30_000);

  it("routes an ordinary question with no crisis line", () => {
    const lines = ask("--lang", "en", "can a counselor speak English?");
    expect(lines.some((line) => line.id === "crisis")).toBe(false);
    expect(lines[0]).toMatchObject({ id: "counselor-languages", shown: "answer", route: "answer" });
  }, 30_000);

  it("answers --help with the usage, and a wrong option or value with the usage and exit code 2, never a stack trace", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["scripts/run.mjs", "cli/ask", ...args], { cwd: root, encoding: "utf8" });
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run ask/);
    for (const args of [
      ["--bogus", "hello"],
      ["--lang"],
      ["--limit", "abc", "hello"],
      ["--lang", "de", "hello"],
      [],
    ]) {
      const wrong = run(...args);
      expect(wrong.status, args.join(" ")).toBe(2);
      expect(wrong.stderr).toMatch(/usage: npm run ask/);
      expect(wrong.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  }, 60_000);
});
