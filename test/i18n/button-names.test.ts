// Every text that tells a person (or a counselor) to press a named button names one that exists:
// a quoted name in a sentence about pressing or a button must be the label of a real button in
// the same language (emoji aside). It caught the `/t centers` template, which named a "Centers"
// button that was never there.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { testContent } from "../support/content.ts";

/** Telegram's own button under a bot's first message, not one of ours. */
const TELEGRAM_START: Record<Locale, string> = { kk: "Бастау", ru: "Старт", en: "Start" };
const PRESSING: Record<Locale, RegExp> = {
  kk: /басыңыз|басылса|басылған|батырма/i,
  ru: /нажм|кнопк/i,
  en: /\bpress|\btap\b|\bbutton/i,
};
const QUOTED = /«([^»]+)»|"([^"]+)"|“([^”]+)”/g;
const LABEL_LENGTH = 48;

/** Emoji, ticks and arrows before a label, and spaces around it: what people do not type when quoting it. */
function bare(label: string): string {
  return label.replace(/^[^\p{L}\p{N}]+/u, "").trim();
}

/** Each message of a Fluent file as its lines (a select expression gives one line per variant). */
function messages(locale: Locale): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of testContent().locales[locale].split("\n")) {
    const start = /^([a-z0-9-]+) =\s?(.*)$/.exec(line);
    if (start) {
      current = start[1]!;
      result.set(current, start[2] ? [start[2]] : []);
    } else if (current && line.startsWith(" ")) {
      const variant = /^\s*\*?\[[^\]]+\]\s*(.*)$/.exec(line);
      result.get(current)!.push((variant ? variant[1]! : line).trim());
    } else {
      current = undefined;
    }
  }
  return result;
}

/** What could be on a button: every short, one-line text (or select variant) of the locale. */
function labels(locale: Locale): Set<string> {
  const found = new Set<string>([TELEGRAM_START[locale]]);
  for (const lines of messages(locale).values()) {
    for (const line of lines) if (line.length <= LABEL_LENGTH && !line.includes("{")) found.add(bare(line));
  }
  return found;
}

/** Quoted names in sentences about pressing a button. */
function namedButtons(locale: Locale, text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n/)
    .filter((sentence) => PRESSING[locale].test(sentence))
    .flatMap((sentence) =>
      [...sentence.matchAll(QUOTED)].map((match) => match[1] ?? match[2] ?? match[3] ?? ""),
    )
    .filter((name) => !name.includes("{"));
}

describe("texts that name a button", () => {
  it.each(LOCALES)("%s: every button named in a locale text or a canned reply exists", (locale) => {
    const real = labels(locale);
    const texts = [
      ...[...messages(locale)].map(([key, lines]) => ({
        where: `locales/${locale}.ftl ${key}`,
        text: lines.join("\n"),
      })),
      ...testContent().templates.map((template) => ({
        where: `templates.yaml ${template.id}`,
        text: template[locale],
      })),
    ];
    const named = texts.flatMap(({ where, text }) =>
      namedButtons(locale, text).map((name) => ({ where, name })),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ name }) => !real.has(bare(name)))).toEqual([]);
  });

  it("finds a button that does not exist", () => {
    expect(namedButtons("ru", "Нажмите «Центры» в меню.")).toEqual(["Центры"]);
    expect(labels("ru").has("Центры")).toBe(false);
    expect(labels("ru").has(bare("📍 Найти помощь рядом"))).toBe(true);
  });
});
