// What the triage reads from the content (src/content/load.ts): regions (for the region step) and
// the knowledge base (for the answers it suggests, and for a question typed where a button was
// expected). The content is immutable, so a conversation's replays read the same.
import type { Content } from "../content/load.ts";
import { classifyMatch } from "../knowledge/match-decision.ts";
import type { FaqLocale } from "../knowledge/schema.ts";
import type { Point } from "../referral/geo.ts";

export interface RegionChoice {
  code: string;
  name: string;
}

export function regionChoices(content: Content, locale: FaqLocale): RegionChoice[] {
  return content.directory.regions.map((region) => ({ code: region.code, name: region.name[locale] }));
}

export function regionName(content: Content, code: string, locale: FaqLocale): string | undefined {
  return content.directory.region(code)?.name[locale];
}

/** The region of a shared point, or undefined outside Kazakhstan. The point itself goes nowhere. */
export function regionAt(content: Content, point: Point): string | undefined {
  return content.directory.regionOf(point)?.code;
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A region typed by name ("Караганда", "almaty city", "Шымкент қаласы"); undefined when none or several fit. */
export function regionNamed(content: Content, text: string): string | undefined {
  const typed = fold(text);
  if (typed.length < 3) return undefined;
  const names = content.directory.regions.map((region) => ({
    code: region.code,
    names: [...Object.values(region.name), ...Object.values(region.center)].map(fold),
  }));
  const exact = names.filter((region) => region.names.includes(typed));
  if (exact.length === 1) return exact[0]!.code;
  if (exact.length > 1) return undefined;
  const started = names.filter(
    (region) => typed.length >= 4 && region.names.some((name) => name.startsWith(typed)),
  );
  return started.length === 1 ? started[0]!.code : undefined;
}

/** The option whose label the person typed instead of pressing it ("для себя"). */
export function optionTyped<T extends string>(
  text: string,
  options: readonly { value: T; label: string }[],
): T | undefined {
  const typed = fold(text);
  if (typed === "") return undefined;
  return options.find((option) => fold(option.label) === typed)?.value;
}

export interface SuggestedAnswer {
  id: string;
  question: string;
}

/** Knowledge-base entries by id, in the person's language; ids missing from the knowledge base are left out. */
export function answersById(content: Content, ids: readonly string[], locale: FaqLocale): SuggestedAnswer[] {
  return ids.flatMap((id) => {
    const entry = content.knowledge.base.entriesById.get(id);
    return entry ? [{ id, question: entry[locale].question }] : [];
  });
}

/** Up to three answers that may fit a question typed during the triage; empty when nothing fits. */
export function answersForQuestion(content: Content, text: string, locale: FaqLocale): SuggestedAnswer[] {
  const match = classifyMatch(content.knowledge.matcher.match(text, { locale }));
  const found =
    match.kind === "confident"
      ? [match.best, ...match.alternatives]
      : match.kind === "weak"
        ? match.candidates
        : [];
  return answersById(
    content,
    found.slice(0, 3).map((result) => result.id),
    locale,
  );
}
