// Words for the codes the tables hold, in one language: kinds, measures and buckets from the
// locales (stats-*), regions from the directory, concerns from the triage, outcomes from the
// counselors' texts, and an FAQ entry by its own question (content the team wrote, never
// anything a person typed), all from the one loaded content and its translator.
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import type { Content } from "../content/load.ts";

/** Where the words come from: the bot's services (ctx.app) have both. */
export interface LabelSource {
  content: Content;
  i18n: I18n<BaseContext>;
}

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

export function labelsFor({ content, i18n }: LabelSource, locale: Locale): Labels {
  const t = (key: string, variables?: Record<string, string | number>) => i18n.t(locale, key, variables);
  const { directory } = content;
  const { base } = content.knowledge;
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
