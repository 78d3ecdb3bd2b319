// scenarios/faq/asked-<language>.yaml: other ways people ask each entry's question, written blind by outsiders
// from the entries' questions and answers. The matcher reads them as a field of their own (search-index.ts);
// they are never shown to anyone. Optional: a language without a file has none.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, type ContentProblem, readYaml, type YamlSource } from "../content/yaml.ts";
import { type FaqLocale, faqLocales, kebabId } from "./schema.ts";

/** "asked-ru.yaml"; any other asked-*.yaml is reported. */
export const ASKED_FILE = /^asked-(.*)\.yaml$/;
export const MAX_ASKED_PER_ENTRY = 16;
export const MAX_ASKED_CHARS = 300;

const askedFileSchema = z.record(
  kebabId,
  z.array(z.string().trim().min(1, "must not be blank").max(MAX_ASKED_CHARS)).min(1).max(MAX_ASKED_PER_ENTRY),
);

/** Per language, entry id → its other ways of asking. */
export type Asked = Readonly<Record<FaqLocale, ReadonlyMap<string, readonly string[]>>>;

/** Reads every asked-<language>.yaml in `dir`; its problems (an unknown id, a blank string…) go to `problems`. */
export function readAsked(dir: string, entryIds: ReadonlySet<string>, problems: ContentProblem[]): Asked {
  const asked = Object.fromEntries(
    faqLocales.map((locale) => [locale, new Map<string, string[]>()]),
  ) as Record<FaqLocale, Map<string, string[]>>;
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => ASKED_FILE.test(name)) : [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    const locale = ASKED_FILE.exec(name)?.[1] ?? "";
    if (!(faqLocales as readonly string[]).includes(locale)) {
      problems.push({
        file: path.relative(process.cwd(), file),
        line: 1,
        message: `unknown language "${locale}": name it asked-${faqLocales.join(".yaml, asked-")}.yaml`,
      });
      continue;
    }
    let source: YamlSource;
    try {
      source = readYaml(file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const result = askedFileSchema.safeParse(source.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
        problems.push({
          file: source.file,
          line: source.lineOf(at),
          message: `${at.length > 0 ? `${at.join(".")}: ` : ""}${issue.message}`,
        });
      }
      continue;
    }
    for (const [id, strings] of Object.entries(result.data)) {
      if (!entryIds.has(id)) {
        problems.push({
          file: source.file,
          line: source.lineOf([id]),
          message: `${id}: no entry has this id`,
        });
        continue;
      }
      asked[locale as FaqLocale].set(id, strings);
    }
  }
  return asked;
}
