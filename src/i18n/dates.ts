// Dates in the person's language, in the configured time zone: one form for every text that names a day.
import type { Locale } from "../config/index.ts";
import { kazakhDateCase } from "./kazakh-dates.ts";

export const LANGUAGE_TAGS: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** "30 ноября": a date in the person's language, in the configured time zone. */
export function formatDate(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone,
    day: "numeric",
    month: "long",
  }).format(at);
}

/** A date a text says "until" about: in Kazakh with the dative ending ("3 қаңтарға", before "дейін"). */
export function untilDate(locale: Locale, at: Date, timeZone: string): string {
  const formatted = formatDate(locale, at, timeZone);
  return locale === "kk" ? kazakhDateCase(formatted, "dative") : formatted;
}
