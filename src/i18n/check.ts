// The locales' part of `npm run content:check`: every message exists in all three
// languages, each file parses, and variables used in one language exist in the others.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { LOCALES } from "../config/index.ts";
import type { ContentCheck } from "../content/checks.ts";
import type { ContentProblem } from "../content/yaml.ts";

interface LocaleFile {
  file: string;
  /** message id → line where it is defined */
  lines: Map<string, number>;
  /** message id → the variables it uses */
  variables: Map<string, Set<string>>;
}

const MESSAGE_START = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/;

function readLocale(file: string, problems: ContentProblem[]): LocaleFile {
  const text = readFileSync(file, "utf8");
  const relative = path.relative(process.cwd(), file) || file;
  const lines = new Map<string, number>();
  const variables = new Map<string, Set<string>>();
  let current: string | undefined;
  text.split("\n").forEach((line, index) => {
    const start = MESSAGE_START.exec(line);
    if (start) {
      current = start[1]!;
      if (lines.has(current)) {
        problems.push({ file: relative, line: index + 1, message: `"${current}" is defined twice` });
      }
      lines.set(current, index + 1);
      variables.set(current, new Set());
    } else if (!line.startsWith(" ") && line.trim() !== "") {
      current = undefined;
    }
    if (current)
      for (const match of line.matchAll(/\{\s*\$([a-zA-Z][\w-]*)/g)) variables.get(current)!.add(match[1]!);
  });
  const bundle = new FluentBundle("und");
  for (const error of bundle.addResource(new FluentResource(text))) {
    problems.push({ file: relative, line: 1, message: `Fluent syntax: ${error.message}` });
  }
  return { file: relative, lines, variables };
}

export function checkLocales(localesDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = new Map<string, LocaleFile>();
  for (const locale of LOCALES) {
    const file = path.join(localesDir, `${locale}.ftl`);
    if (!existsSync(file)) {
      problems.push({ file: path.relative(process.cwd(), file), line: 1, message: "locale file is missing" });
      continue;
    }
    files.set(locale, readLocale(file, problems));
  }
  const allIds = new Set([...files.values()].flatMap((locale) => [...locale.lines.keys()]));
  for (const id of allIds) {
    const defined = [...files.entries()].filter(([, locale]) => locale.lines.has(id));
    for (const [locale, localeFile] of files) {
      if (!localeFile.lines.has(id)) {
        const [otherLocale, other] = defined[0]!;
        problems.push({
          file: localeFile.file,
          line: 1,
          message: `"${id}" is missing (defined in ${otherLocale}.ftl:${other.lines.get(id)})`,
        });
        continue;
      }
      const mine = localeFile.variables.get(id)!;
      for (const [otherLocale, other] of defined) {
        if (otherLocale === locale) continue;
        for (const variable of other.variables.get(id)!) {
          if (!mine.has(variable)) {
            problems.push({
              file: localeFile.file,
              line: localeFile.lines.get(id)!,
              message: `"${id}" does not use $${variable}, which ${otherLocale}.ftl uses`,
            });
          }
        }
      }
    }
  }
  return problems;
}

/** locales/ sits beside scenarios/ in the project (and in any copy made for a check). */
export const localesCheck: ContentCheck = {
  name: "locales",
  run: (scenarios) => checkLocales(path.join(scenarios, "..", "locales")),
};
