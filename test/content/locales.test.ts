// locales/: every file parses as Fluent, and kk, ru and en have the same messages, attributes and
// variables. Checked by the content loader, so both the bot's start and npm run content:check fail.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/yaml.ts";
import { contentCopies } from "./copy.ts";

const copy = contentCopies();
/** The line "welcome-back" stands on, the same in every language's file: the messages the tests edit. */
const WELCOME =
  readFileSync("locales/en.ftl", "utf8")
    .split("\n")
    .findIndex((line) => line.startsWith("welcome-back =")) + 1;

function problemsIn(paths: { scenarios: string; locales: string }): string {
  return readContent(paths).problems.map(formatProblem).join("\n");
}

describe("the locales", () => {
  it("parse, and have the same keys, attributes and variables in kk, ru and en", () => {
    const problems = readContent().problems.filter((problem) => problem.file.endsWith(".ftl"));
    expect(problems).toEqual([]);
  });

  it("fail on a Fluent syntax error, with its file and line", () => {
    const content = copy();
    content.edit("locales/ru.ftl", (text) => `${text}\nbroken-message = Привет, { $name\n`);
    const lines = readContent(content).problems.filter((problem) => problem.file.endsWith("ru.ftl"));
    const last = lines.find((problem) => problem.message.startsWith("Fluent syntax:"));
    expect(last?.message).toMatch(/^Fluent syntax: Expected token: "}"/);
    // Reported on the broken message's line: the last lines of the file.
    expect(last?.line).toBeGreaterThan(400);
    expect(readContent(content).content).toBeUndefined();
  });

  it("fail on a line that is not Fluent at all", () => {
    const content = copy();
    content.edit("locales/en.ftl", (text) => text.replace(/^welcome-back = /m, "welcome-back "));
    expect(problemsIn(content)).toMatch(
      new RegExp(`en\\.ftl:${WELCOME}: Fluent syntax: Expected token: "="`),
    );
  });

  it("report a missing key, an extra key and a missing variable with file and line", () => {
    const content = copy();
    content.edit("locales/kk.ftl", (text) =>
      text.replace(/^welcome-back = .*$/m, "").concat("\nonly-in-kk = бар\n"),
    );
    content.edit("locales/en.ftl", (text) =>
      text.replace(/^(unhandled-command = .*)\{ \$command \}/m, "$1that command"),
    );
    const problems = problemsIn(content);
    const englishLines = readFileSync(path.join(projectContent.locales, "en.ftl"), "utf8").split("\n");
    const unhandledLine = englishLines.findIndex((line) => line.startsWith("unhandled-command =")) + 1;
    expect(problems).toMatch(
      new RegExp(`kk\\.ftl:1: "welcome-back" is missing \\(defined in ru\\.ftl:${WELCOME}\\)`),
    );
    expect(problems).toMatch(/ru\.ftl:1: "only-in-kk" is missing \(defined in kk\.ftl:\d+\)/);
    expect(problems).toMatch(/en\.ftl:1: "only-in-kk" is missing/);
    expect(problems).toContain(
      `en.ftl:${unhandledLine}: "unhandled-command" does not use $command, which kk.ftl uses`,
    );
  });

  it("report an attribute, and a variable inside an attribute, that another language lacks", () => {
    const content = copy();
    content.edit("locales/en.ftl", (text) =>
      text.replace(/^(welcome-back = .*)$/m, "$1\n    .hint = Back as { $name }"),
    );
    content.edit("locales/ru.ftl", (text) =>
      text.replace(/^(welcome-back = .*)$/m, "$1\n    .hint = С возвращением"),
    );
    const problems = problemsIn(content);
    expect(problems).toMatch(
      new RegExp(
        `kk\\.ftl:${WELCOME}: "welcome-back\\.hint" is missing \\(defined in en\\.ftl:${WELCOME}\\)`,
      ),
    );
    expect(problems).toMatch(
      new RegExp(`ru\\.ftl:${WELCOME}: "welcome-back\\.hint" does not use \\$name, which en\\.ftl uses`),
    );
  });

  it("report a message defined twice", () => {
    const content = copy();
    content.edit("locales/en.ftl", (text) => `${text}\nwelcome-back = Again\n`);
    expect(problemsIn(content)).toMatch(/en\.ftl:\d+: "welcome-back" is defined twice/);
  });
});
