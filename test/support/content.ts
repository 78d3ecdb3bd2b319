// The project's content for tests, read through the loader the bot uses (src/content/load.ts):
// once per test file, on first use, as the bot reads it once per process.
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "../../src/bot/context.ts";
import type { Locale } from "../../src/config/index.ts";
import { type Content, loadContent } from "../../src/content/load.ts";
import { ContentError, formatProblem } from "../../src/content/yaml.ts";
import { createI18n } from "../../src/i18n/index.ts";

let loaded: Content | undefined;

export function testContent(): Content {
  loaded ??= loadContent();
  return loaded;
}

/** A translator over the project's locales, for the texts a test expects. */
export function testI18n(defaultLocale: Locale = "ru"): I18n<BaseContext> {
  return createI18n(testContent().locales, defaultLocale);
}

/** The "file:line: problem" lines of the ContentError that `load` throws. */
export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected a ContentError");
}
