import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/yaml.ts";
import { checkLocales } from "../../src/i18n/check.ts";
import { LOCALES_DIR } from "../../src/i18n/index.ts";

describe("locales", () => {
  it("have every key in kk, ru and en, with the same variables", () => {
    expect(checkLocales(LOCALES_DIR).map(formatProblem)).toEqual([]);
  });

  it("report a missing key, an extra key and a missing variable with file and line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "locales-"));
    cpSync(LOCALES_DIR, dir, { recursive: true });
    const kk = path.join(dir, "kk.ftl");
    writeFileSync(
      kk,
      readFileSync(kk, "utf8")
        .replace(/^welcome-back = .*$/m, "")
        .concat("\nonly-in-kk = бар\n"),
    );
    const en = path.join(dir, "en.ftl");
    writeFileSync(en, readFileSync(en, "utf8").replace("{ $command }", "that command"));
    const problems = checkLocales(dir).map(formatProblem).join("\n");
    expect(problems).toMatch(/kk\.ftl:1: "welcome-back" is missing \(defined in ru\.ftl:\d+\)/);
    expect(problems).toMatch(/ru\.ftl:1: "only-in-kk" is missing \(defined in kk\.ftl:\d+\)/);
    expect(problems).toMatch(/en\.ftl:1: "only-in-kk" is missing/);
    expect(problems).toMatch(/en\.ftl:\d+: "unhandled-command" does not use \$command, which kk\.ftl uses/);
  });
});
