// A message written in a language the bot does not speak (Turkish, Uzbek, Kyrgyz…; src/knowledge/cues/foreign.ts):
// no entry of the knowledge base answers it, so the person is told so kindly in each of the bot's three languages,
// the closest first, with which languages the counselors speak, and offered the three as buttons and a person.
import { InlineKeyboard } from "grammy";
import type { BaseContext } from "../bot/context.ts";
import { chooseLanguage, talkToPerson } from "../bot/links.ts";
import { talkBlockedUntil } from "../bot/talk.ts";
import { LOCALES, type Locale } from "../config/index.ts";
import { NATIVE_NAMES } from "../i18n/index.ts";
import { CLOSEST_LOCALE, type ForeignLanguage } from "../knowledge/cues/foreign.ts";
import { type OutgoingMessage, spokenLanguages } from "./render.ts";

export async function otherLanguageMessage(
  ctx: BaseContext,
  language: ForeignLanguage,
): Promise<OutgoingMessage> {
  const closest = CLOSEST_LOCALE[language];
  const order: Locale[] = [closest, ...LOCALES.filter((locale) => locale !== closest)];
  const spoken = await spokenLanguages(ctx);
  const t = (locale: Locale, key: string, variables?: Record<string, string>) =>
    ctx.app.i18n.t(locale, key, variables);
  const paragraphs = order.map((locale) => {
    const names = spoken.map((code) => t(locale, "faq-language-spoken", { code }));
    const last = names.pop() ?? "";
    const languages = names.length > 0 ? `${names.join(", ")} ${t(locale, "faq-and")} ${last}` : last;
    return [
      t(locale, "other-language-sorry"),
      t(locale, "faq-counselor-languages", { languages }),
      t(locale, "faq-counselor-language-foreign", { language }),
      t(locale, "other-language-choose"),
    ].join(" ");
  });
  const keyboard = new InlineKeyboard();
  for (const locale of order) keyboard.text(NATIVE_NAMES[locale], chooseLanguage.encode(locale));
  // What they wrote goes to the counselor with their request (src/triage), so nothing is lost by asking for one.
  if (!(await talkBlockedUntil(ctx)))
    keyboard.row().text(t(closest, "menu-talk"), talkToPerson.encode("faq"));
  return { text: paragraphs.join("\n\n"), options: { reply_markup: keyboard } };
}
