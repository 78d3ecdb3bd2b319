// A language no counselor speaks, said to the person before they agree and wait.
import type { BaseContext, BotContext } from "../bot/context.ts";
import { LOCALES, type Locale } from "../config/index.ts";
import * as counselors from "../db/counselors.ts";
import { localeOf } from "./person-case.ts";

/** The languages the counselors speak: COUNSELOR_LANGUAGES and what they declared (/speak). */
export function spokenLanguages(ctx: BaseContext): Promise<readonly string[]> {
  return counselors.serviceLanguages(ctx.app.db, ctx.app.config.COUNSELOR_LANGUAGES, LOCALES);
}

/**
 * A language asked for ("…in English") that no counselor speaks, said plainly before anything else is asked: which
 * languages there are, and that the conversation can go on in one of them. The person's own language is the
 * waiting message's to mention (waiting.ts), so it is not said twice.
 */
export async function tellLanguageMissing(
  ctx: BotContext,
  asked: Locale,
  spoken: readonly string[],
): Promise<void> {
  if (asked === (await localeOf(ctx))) return;
  await ctx.reply(
    ctx.t("counselors-language-asked-missing", { code: asked, languages: languageNames(ctx, spoken) }),
  );
}

/** "Kazakh, Russian": the languages the counselors speak, named in the person's language. */
function languageNames(ctx: BotContext, spoken: readonly string[]): string {
  const names = LOCALES.filter((code) => spoken.includes(code)).map((code) =>
    ctx.t("counselors-language-name", { code }),
  );
  return names.join(", ") || "—";
}

/**
 * At the consent question: a person whose language no counselor speaks (an English speaker where the counselors
 * speak kk and ru) learns it before agreeing and waiting, with the languages there are.
 */
export async function tellOwnLanguageMissing(ctx: BotContext, spoken: readonly string[]): Promise<void> {
  const locale = ctx.session.askedLocale ?? (await localeOf(ctx));
  if (spoken.includes(locale)) return;
  await ctx.reply(
    ctx.t("counselors-language-missing", { code: locale, languages: languageNames(ctx, spoken) }),
  );
  // Said: the case this consent opens keeps it (its waiting message does not say it again).
  ctx.session.languageTold = true;
}
