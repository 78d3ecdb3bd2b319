// The kinds of crisis the bot reacts to, most severe first, and the numbers shown for each.
// The numbers come from egov.kz (entry emergency-numbers of scenarios/sources.yaml): 112 unified emergency dispatch,
// 102 police, 103 ambulance. 112 always comes first; the others where they fit: the police for
// danger, violence and a trip forced on someone; an ambulance when pills or poison were taken or
// someone is hurt (the reply says "if", so it is right whether or not the means were taken yet).
import { HOUR_MS } from "../time/durations.ts";

/**
 * A request for a counselor this soon after a crisis signal is served first (P0, over a block), the
 * head saying when the words came. One hour is one visit: someone who wrote crisis words and then asks
 * for a person in the same sitting is likely still in it; a day later, P0 and a lifted block would rest
 * on an old message (the session keeps it for good), so an older signal counts for nothing.
 */
export const CRISIS_WINDOW_MS = HOUR_MS;

/** Most severe first: this is also the order in which matches are reported. */
export const crisisCategories = ["self-harm", "danger", "violence", "travel-pressure"] as const;
export type CrisisCategory = (typeof crisisCategories)[number];

export const emergencyNumbers: Record<CrisisCategory, readonly string[]> = {
  "self-harm": ["112", "103"],
  danger: ["112", "102"],
  violence: ["112", "102"],
  "travel-pressure": ["112", "102"],
};

/** Crisis kinds each once, most urgent first (the order above). */
export function mostUrgentFirst(categories: Iterable<string>): CrisisCategory[] {
  const seen = new Set(categories);
  return crisisCategories.filter((category) => seen.has(category));
}

/** The numbers to show for a set of matched categories, each once, most urgent first. */
export function emergencyNumbersFor(categories: Iterable<CrisisCategory>): string[] {
  const numbers = new Set<string>();
  for (const category of categories) for (const number of emergencyNumbers[category]) numbers.add(number);
  return [...numbers];
}

/**
 * Categories where a negation near a match cancels it ("I would never hurt anyone").
 * The others ignore negations on purpose: people in distress write them all the time ("не знаю что
 * делать, он меня бьёт", "can't take it anymore, I want to die", "муж, которого я не видела, ждёт
 * меня"), a refusal ("я не поеду в Шам") is itself a sign that someone is pushing, and a reply that
 * shows a number to someone who did not need it costs far less than a missed one.
 */
export const negatableCategories: ReadonlySet<CrisisCategory> = new Set(["violence"]);
