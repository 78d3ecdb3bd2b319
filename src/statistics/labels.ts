// Words for the codes the tables hold, in one language: kinds, measures and buckets from the
// locales (stats-*), regions from the directory, concerns from the triage, outcomes from the
// counselors' texts, and an FAQ entry by its own question (content the team wrote, never
// anything a person typed). Only grammY-free content loaders are used.
import type { Locale } from "../config/index.ts";
import { createI18n } from "../i18n/index.ts";
import { knowledge } from "../knowledge/browse.ts";
import { loadDirectory } from "../referral/directory.ts";

export interface Labels {
  locale: Locale;
  /** Region codes in the directory's order (the order of the region menu). */
  regionOrder: readonly string[];
  t(key: string, variables?: Record<string, string | number>): string;
  kind(kind: string): string;
  region(code: string): string;
  category(code: string): string;
  language(code: string): string;
  measure(measure: string): string;
  bucket(fromMinutes: string): string;
  outcome(outcome: string): string;
  rating(rating: string): string;
  entry(id: string): string;
  day(day: string): string;
  /** A day as short as a chart's axis needs: "29.12". */
  shortDay(day: string): string;
  /** A day in a table's first column, the same in every language: "29.12.2025". */
  numericDay(day: string): string;
}

let i18n: ReturnType<typeof createI18n> | undefined;

export function labelsFor(locale: Locale): Labels {
  i18n ??= createI18n(locale);
  const translate = i18n;
  const t = (key: string, variables?: Record<string, string | number>) => translate.t(locale, key, variables);
  const directory = loadDirectory();
  const { base } = knowledge();
  const unknown = t("stats-unknown");
  const dayFormat = new Intl.DateTimeFormat(locale === "kk" ? "kk-KZ" : locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    locale,
    regionOrder: directory.regions.map((region) => region.code),
    t,
    kind: (kind) => t(`stats-kind-${kind.replace(/\./g, "-")}`),
    region: (code) => (code === "" ? unknown : (directory.region(code)?.name[locale] ?? code)),
    category: (code) => (code === "" ? unknown : t(`triage-concern-${code}`)),
    language: (code) => (code === "" ? unknown : t(`stats-language-${code}`)),
    measure: (measure) => t(`stats-measure-${measure}`),
    bucket: (fromMinutes) => t(`stats-bucket-${fromMinutes}`),
    outcome: (outcome) => t(`counselors-outcome-${outcome}`),
    rating: (rating) => "★".repeat(Number(rating)),
    entry: (id) => (id === "" ? unknown : (base.entriesById.get(id)?.[locale].question ?? id)),
    day: (day) => dayFormat.format(new Date(`${day}T00:00:00Z`)),
    shortDay: (day) => `${day.slice(8, 10)}.${day.slice(5, 7)}`,
    numericDay: (day) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`,
  };
}
