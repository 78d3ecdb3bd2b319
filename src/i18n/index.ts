// Languages: Kazakh, Russian and English, one Fluent file each in locales/.
// The language is the person's own choice if made, else Telegram's language_code
// (kk or ru), else DEFAULT_LOCALE.
import { I18n } from "@grammyjs/i18n";
import type { Update, User } from "grammy/types";
import type { BaseContext } from "../bot/context.ts";
import { LOCALES, type Locale } from "../config/index.ts";

/** Each language's name in itself, as the buttons that choose it say it. */
export const NATIVE_NAMES = { kk: "Қазақша", ru: "Русский", en: "English" } as const;

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
  memoizeNegotiation(i18n);
  return i18n;
}

/**
 * The plugin negotiates the bundles for the locale again on every translation (about 3% of
 * the bot's CPU on `npm run bench`'s mixed journey); the bundles never change once loaded, so
 * each locale's answer is kept (a few: the locales are ours).
 */
function memoizeNegotiation(i18n: I18n<BaseContext>): void {
  type Bundles = unknown;
  const fluent = i18n.fluent as unknown as { matchBundles(locales: string[]): Bundles };
  const negotiate = fluent.matchBundles.bind(fluent);
  const known = new Map<string, Bundles>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(",");
    let bundles = known.get(key);
    if (bundles === undefined) {
      bundles = negotiate(locales);
      if (known.size < 16) known.set(key, bundles);
    }
    return bundles;
  };
}
