// Languages: Kazakh, Russian and English, one Fluent file each in locales/.
// The language is the person's own choice if made, else Telegram's language_code
// (kk or ru), else DEFAULT_LOCALE.
import { I18n } from "@grammyjs/i18n";
import type { Update, User } from "grammy/types";
import type { BaseContext } from "../bot/context.ts";
import { LOCALES, type Locale } from "../config/index.ts";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Telegram's language_code, mapped to a language we speak ("kk", "ru", "en-GB" → "en"). */
export function localeFromTelegram(user: User | undefined): Locale | undefined {
  const code = user?.language_code?.toLowerCase().split("-")[0];
  return isLocale(code) ? code : undefined;
}

/**
 * The locale chosen for an update by the outer middleware, so that conversations (which
 * have no session) speak the same language. Keyed by the update object itself.
 */
const chosenLocale = new WeakMap<Update, Locale>();

export function rememberLocale(update: Update, locale: Locale): void {
  chosenLocale.set(update, locale);
}

/** The one translator, from the locale texts the content loader read and checked. */
export function createI18n(
  locales: Readonly<Record<Locale, string>>,
  defaultLocale: Locale,
): I18n<BaseContext> {
  const i18n = new I18n<BaseContext>({
    defaultLocale,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => chosenLocale.get(ctx.update) ?? localeFromTelegram(ctx.from) ?? defaultLocale,
  });
  for (const locale of LOCALES) {
    i18n.loadLocaleSync(locale, { source: locales[locale] });
  }
  return i18n;
}
