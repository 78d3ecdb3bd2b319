// The team's languages: each counselor declares the languages they can talk with people in
// (`/speak kk ru`, stored in counselor.speaks). A person learns before they wait whether
// someone who speaks their language is at work; a new case's topic names who speaks it, and
// /queue marks "your language". In a group where anyone may press Take, "offered first"
// means named and marked, never held back: a crisis must not wait for the right language.

import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import { LOCALES, type Locale } from "../config/index.ts";
import * as counselors from "../db/counselors.ts";
import type { Desk } from "./desk.ts";
import { caseLabels } from "./labels.ts";
import { answerHint, answerStaff, counselorOf, deskFor, isGroupMember } from "./staff.ts";

export interface TeamLanguages {
  /** Languages spoken by a counselor at work now (took a case lately or holds one). */
  atWork: ReadonlySet<string>;
  /** Languages someone on the team declared with /speak. */
  declared: ReadonlySet<string>;
}

/** The team's languages, from everyone on the team (counselors.all) and who is at work (their ids). */
export function teamLanguages(
  team: readonly counselors.Counselor[],
  atWork: readonly number[],
): TeamLanguages {
  const working = new Set(atWork);
  return {
    atWork: new Set(team.filter((member) => working.has(member.id)).flatMap((member) => member.speaks)),
    declared: new Set(team.flatMap((member) => member.speaks)),
  };
}

/** Languages in the usual order (kk, ru, en), named in `locale`, comma-separated. */
function namesIn(desk: Desk, locale: Locale, codes: ReadonlySet<string> | readonly string[]): string {
  const wanted = new Set(codes);
  return LOCALES.filter((code) => wanted.has(code))
    .map((code) => desk.t(locale, "counselors-language-name", { code }))
    .join(", ");
}

/**
 * The line a waiting person reads about their language: someone at work speaks it; someone
 * on the team does (whether they are at the desk is not known); it is one of the deployment's
 * COUNSELOR_LANGUAGES (no line: the service promises it, whatever one counselor's /speak says);
 * nobody speaks it, with the languages the service does speak (both kinds together), unless
 * `missingSaid` (the person was told so already: once is enough).
 */
export function languageNote(
  desk: Desk,
  locale: Locale,
  team: TeamLanguages,
  missingSaid = false,
): string | undefined {
  const t = (key: string, variables: Record<string, string>) => desk.t(locale, key, variables);
  if (team.atWork.has(locale)) return t("counselors-language-at-work", { code: locale });
  if (team.declared.has(locale)) return t("counselors-language-on-team", { code: locale });
  const spoken = new Set([...desk.app.config.COUNSELOR_LANGUAGES, ...team.declared]);
  if (spoken.has(locale) || missingSaid) return undefined;
  return t("counselors-language-missing", { code: locale, languages: namesIn(desk, locale, spoken) || "—" });
}

/**
 * The head message's line: who speaks the case's language (they are meant to take it first). Nobody
 * named: a warning only when the deployment's COUNSELOR_LANGUAGES do not promise the language either
 * (no line then: every head would warn about a language the whole desk speaks).
 * `team`: everyone (counselors.all), when the caller read it in this update already.
 */
export async function speakersLine(
  desk: Desk,
  locale: string,
  team?: readonly counselors.Counselor[],
): Promise<string | undefined> {
  // The same people in the same order (by alias) as the query would give.
  const speakers = team
    ? team.filter((member) => member.speaks.includes(locale))
    : await counselors.speaking(desk.app.db, locale);
  // A line of the head message: in the group's language.
  const language = caseLabels(desk, desk.locale).language(locale);
  if (speakers.length === 0)
    return (desk.app.config.COUNSELOR_LANGUAGES as readonly string[]).includes(locale)
      ? undefined
      : desk.group("counselors-head-no-speakers", { language });
  return desk.group("counselors-head-speakers", {
    language,
    aliases: speakers.map((speaker) => speaker.alias).join(", "),
  });
}

/** "kk ru" → ["kk", "ru"]; undefined when a word is not one of the bot's languages. */
export function parseSpoken(text: string): Locale[] | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || !words.every((word) => (LOCALES as readonly string[]).includes(word)))
    return undefined;
  return [...new Set(words as Locale[])];
}

export const speakCommand = new Composer<BotContext>();

// In the group or in the counselor's private chat; anyone else's /speak goes on to other features.
speakCommand.command("speak", async (ctx, next) => {
  const desk = deskFor(ctx);
  const counselor = desk ? await counselorOf(ctx) : undefined;
  if (!desk || !counselor || !(await isGroupMember(ctx, desk))) return next();
  const text = ctx.match.trim();
  const chosen = text ? parseSpoken(text) : counselor.speaks;
  if (!chosen || chosen.length === 0) return answerHint(ctx, desk, "counselors-speak-usage");
  if (text) await counselors.setSpeaks(ctx.app.db, counselor.id, chosen);
  const languages = LOCALES.filter((code) => chosen.includes(code))
    .map((code) => desk.staff("counselors-language-name", { code }))
    .join(", ");
  await answerStaff(ctx, desk, desk.staff("counselors-speak-saved", { languages }));
});
