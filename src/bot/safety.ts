// The safety texts several parts say the same way: the crisis reply (emergency numbers first,
// then only what is true about a counselor at this moment) and the mark that an update was
// already answered as a crisis. Used by the crisis-reply feature, by the features that then keep
// quiet (knowledge, triage), and by src/resilience, which sends the same reply from memory.
import { InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import type { Locale } from "../config/index.ts";
import { type CrisisCategory, emergencyNumbersFor } from "../crisis/categories.ts";
import type { CrisisDetector, CrisisMatch } from "../crisis/detector.ts";
import { readCues } from "../knowledge/cues/index.ts";
import type { RouteKind } from "../knowledge/routing.ts";
import type { AppServices, BaseContext, BotContext } from "./context.ts";
import { talkToPerson } from "./links.ts";

/**
 * Whether a counselor is on duty, off (with the next shift when known), paused by a supervisor, or "unknown": the
 * hours say on duty but whether a supervisor paused intake cannot be read (nobody is then promised "now").
 */
export type Duty =
  | { kind: "on" }
  | { kind: "off"; opensAt: number | undefined }
  | { kind: "paused" }
  | { kind: "unknown" };
/** "none": no counselors' group is configured, so no one can ever be reached here. */
export type Availability = Duty | { kind: "none" };

/** What the crisis reply asks the counselors' desk: src/counselors provides it, createBot passes it in. */
export interface CounselorDuty {
  /** Never fails: when the database cannot be read, "none" (a crisis reply must go out regardless). */
  availability(app: AppServices): Promise<Availability>;
  /** From the duty hours alone, without the database (src/resilience, when the database is down). */
  scheduled(app: AppServices): Availability;
  /** The next shift's start, in the person's language and the configured time zone. */
  formatOpening(app: AppServices, locale: Locale, at: number): string;
  /** This person's open case, if any: waiting for a counselor, or talking with one. Nobody is offered twice. */
  openCase(ctx: BotContext): Promise<OpenCase>;
  /** The crisis kinds of this person's open 🔴 case, if it is one: fear said there is a crisis signal. */
  crisisCase(ctx: BotContext): Promise<readonly CrisisCategory[] | undefined>;
  /**
   * Without the database (src/resilience): the sender as a counselor, with their desk language (null: none chosen),
   * from memory or the group's membership; undefined: not on the desk.
   */
  counselorDuringOutage(ctx: BaseContext): Promise<Locale | null | undefined>;
}

/** Where a person's own request for a counselor stands: "queued" (no counselor yet), "active", or none. */
export type OpenCase = "queued" | "active" | undefined;

type Translate = (key: string, variables?: Record<string, string | number>) => string;

const NUMBER_LINES: Record<string, string> = {
  "112": "crisis-call-112",
  "102": "crisis-call-102",
  "103": "crisis-call-103",
};

/** 111: the state contact center for family, women and children's rights (not an emergency number). */
export const FAMILY_RIGHTS_LINE = "crisis-call-111";

/** The updates answered as a crisis, with the categories the reply was about. */
const answered = new WeakMap<Update, readonly CrisisCategory[]>();

/** Each update's crisis matches, with the text they were found in: the detection is done once. */
const detected = new WeakMap<Update, { text: string; matches: readonly CrisisMatch[] }>();

/**
 * The crisis matches of an update's text: the rate limit (which never limits a crisis message) and
 * the crisis reply both ask, and detecting was a tenth of an update's garbage; each gets its own array.
 */
export function crisisMatchesOf(update: Update, text: string, detector: CrisisDetector): CrisisMatch[] {
  let known = detected.get(update);
  if (known?.text !== text) {
    known = { text, matches: detector.detect(text) };
    detected.set(update, known);
  }
  return [...known.matches];
}

/**
 * Whom a crisis message is about: "relative" when it names someone close and the writer says nothing of themselves
 * ("у сестры забрали паспорт", "my daughter is kept in a house"), read by the FAQ's perspective reader. The reply then
 * tells the worried relative what they can do, not the safety steps of the one in danger.
 */
export type CrisisAbout = "self" | "relative" | "attack";

/**
 * An attack on people planned, in words a relative repeats ("сказал что взорвёт себя в мечети", "says he will shoot
 * people", "жарып жіберемін деді"): explosions, bombs, terror, shooting or killing people. Not "was attacked".
 */
const ATTACK_PLAN =
  /взорв|взрыв|теракт|бомб|смертник|напад[её]т|напасть на|расстреля|стрелять в|убить (?:людей|всех)|убь[её]т (?:людей|всех)|жарып|жарыл|лаңкес|шабуыл жаса|атып өлтір|адамдарды өлтір|\bblow\w* (?:\w+ )?up\b|\bbomb|terror|\b(?:plan\w*|going) to attack|\bwill attack|\bshoot (?:people|up|everyone)|\bkill (?:people|everyone)/i;

/**
 * "attack" when someone close plans to hurt people: the reply says to call the police now, not how to protect the
 * one planning it. README: an attack on people being prepared is the limit of confidentiality.
 */
export function crisisAboutOf(text: string, locale?: Locale): CrisisAbout {
  if (!readCues(text, locale).aboutSomeoneElse) return "self";
  return ATTACK_PLAN.test(text) ? "attack" : "relative";
}

/** Marks this update as answered as a crisis (by the crisis reply, before anything else ran). */
export function markAnsweredAsCrisis(update: Update, categories: readonly CrisisCategory[]): void {
  answered.set(update, categories);
}

/** True when this update was answered as a crisis (the desk is alerted; "received" is not said twice). */
export function answeredAsCrisis(update: Update): boolean {
  return answered.has(update);
}

/** The categories this update's crisis reply was about, if it got one. */
export function crisisAnswered(update: Update): readonly CrisisCategory[] | undefined {
  return answered.get(update);
}

/** The routes that answer what was asked: no second offer of support or a counselor, no "no ready answer". */
const AFTER_CRISIS_REPLY: ReadonlySet<RouteKind> = new Set(["answer", "choices", "directory"]);

/**
 * Whether what the person asked is still answered after a crisis reply about these categories (the reply always
 * comes first), by a route of this kind when it is known: yes for travel pressure alone ("is hijra to Sham a
 * duty?", "my son's friends bought him a ticket"), which the knowledge base's entries are about (hijra, a relative
 * leaving, promises abroad). Not beside a life in danger (self-harm, danger, violence): there the router's closest
 * entry was unrelated to the message (a roof, a locked door, a knife led to online recruitment, a hidden phone,
 * parents' disobedience on the spent crisis round 16), and the crisis reply, with its counselor, is the answer.
 */
export function answerFollowsCrisis(categories: readonly CrisisCategory[], route?: RouteKind): boolean {
  return (
    categories.every((category) => category === "travel-pressure") &&
    (route === undefined || AFTER_CRISIS_REPLY.has(route))
  );
}

export interface CrisisReplyOptions {
  /** Whom the message is about (crisisAboutOf). */
  about?: CrisisAbout;
  /** The person's request already waits (src/counselors raises it to the top): no button starts another. */
  queued?: boolean;
  /** A self-harm act told as already done (CrisisMatch.done): the reply leads with "call an ambulance now". */
  actDone?: boolean;
}

/**
 * The crisis reply, from memory only: the numbers, most urgent first, then what is true about a
 * counselor at this moment, and its button. `formatOpening` writes the next shift's start. `queued`: the
 * person's request already waits (src/counselors raises it to the top): they are told so, and no button
 * starts another.
 */
export function composeCrisisReply(
  t: Translate,
  locale: Locale,
  categories: readonly CrisisCategory[],
  availability: Availability,
  formatOpening: (locale: Locale, at: number) => string,
  { about = "self", queued = false, actDone = false }: CrisisReplyOptions = {},
): { text: string; keyboard?: InlineKeyboard } {
  const numbers = emergencyNumberLines(t, numbersAbout(categories, about), actDone ? about : undefined);
  const category = categories[0] ?? "danger";
  const opening = (at: number) => formatOpening(locale, at);
  // An act already done: the ambulance line has said what to do now; the steps that keep the means away come late.
  const steps = actDone ? undefined : stepsFor(t, category, about);
  const { lines, button } = queued
    ? queuedPart(t, steps, availability, opening)
    : counselorPart(t, category, steps, availability, about, opening);
  return {
    text: [...numbers, ...lines].join("\n\n"),
    ...(button ? { keyboard: new InlineKeyboard().text(button, talkToPerson.encode("crisis")) } : {}),
  };
}

/**
 * The crisis reply while the database is down (src/resilience): nobody can be connected and no
 * button would work, so the emergency numbers come first, then the 114 hotline, then the safety steps.
 */
export function composeOutageCrisisReply(
  t: Translate,
  categories: readonly CrisisCategory[],
  about: CrisisAbout = "self",
  actDone = false,
): { text: string; keyboard?: InlineKeyboard } {
  const numbers = emergencyNumberLines(t, numbersAbout(categories, about), actDone ? about : undefined);
  const category = categories[0] ?? "danger";
  const steps = actDone ? [] : [stepsFor(t, category, about)];
  return { text: [...numbers, t("crisis-outage"), ...steps].join("\n\n") };
}

/**
 * The emergency numbers' lines alone, most urgent first: the whole reply to someone already talking with a
 * counselor (the counselor is alerted; offering one "now" would offer what they have). `actDone`: a self-harm act
 * told as already done, by the writer ("self") or about someone close: first "call an ambulance now,
 * even if you feel fine", which says 103 and 112 itself.
 */
export function emergencyNumberLines(
  t: Translate,
  categories: readonly CrisisCategory[],
  actDone?: CrisisAbout,
): string[] {
  const numbers = emergencyNumbersFor(categories).filter(
    (number) => !actDone || (number !== "112" && number !== "103"),
  );
  const lines = numbers.flatMap((number) => {
    const key = NUMBER_LINES[number];
    return key ? [t(key)] : [];
  });
  // Danger is mostly harm at home (a husband who beats, a girl married off, a child locked in): after 112 and 102,
  // the state's 24/7 line for family, women and children's rights (domain notes), which says its calls are recorded.
  if (categories.includes("danger")) lines.push(t(FAMILY_RIGHTS_LINE));
  return actDone
    ? [t(actDone === "relative" ? "crisis-act-done-relative" : "crisis-act-done"), ...lines]
    : lines;
}

/**
 * The crisis reply to someone already talking with a counselor: the numbers, the safety steps (the thought itself,
 * not only an act done), and what is true of their counselor now. On duty: the message reached them marked 🆘 and
 * they answer it first (src/counselors alerts them). Off duty or paused: it is passed on, and nobody may be there
 * now. No button: offering a counselor would offer what they have.
 */
export function composeInCaseCrisisReply(
  t: Translate,
  categories: readonly CrisisCategory[],
  availability: Availability,
  opening: (at: number) => string,
  { about = "self", actDone = false }: Pick<CrisisReplyOptions, "about" | "actDone"> = {},
): { text: string } {
  const numbers = emergencyNumberLines(t, numbersAbout(categories, about), actDone ? about : undefined);
  const steps = actDone ? [] : [stepsFor(t, categories[0] ?? "danger", about)];
  const counselor =
    availability.kind === "on"
      ? [t("crisis-in-case-seen")]
      : [
          t("crisis-in-case-passed"),
          ...(availability.kind === "none" ? [] : [absence(t, availability, opening)]),
        ];
  return { text: [...numbers, ...steps, ...counselor].join("\n\n") };
}

/** What the reply says about a counselor, and its button: only what is true at this moment. `steps`: the safety steps, if any. */
function counselorPart(
  t: Translate,
  category: CrisisCategory,
  steps: string | undefined,
  availability: Availability,
  about: CrisisAbout,
  opening: (at: number) => string,
): { lines: string[]; button?: string } {
  const stepLines = steps === undefined ? [] : [steps];
  if (availability.kind === "on") {
    const support =
      about !== "self" ? [...stepLines, t("crisis-support-relative")] : [t(`crisis-support-${category}`)];
    return { lines: support, button: t("crisis-talk") };
  }
  if (availability.kind === "none") return { lines: [...stepLines, t("crisis-no-counselors")] };
  // Paused, counselors are at work but busy: "the next counselor on duty" would not be true.
  const leave = t(availability.kind === "paused" ? "crisis-leave-message-paused" : "crisis-leave-message");
  return {
    lines: [...stepLines, absence(t, availability, opening), leave],
    button: t("crisis-leave-message-button"),
  };
}

/** A request already waiting: the steps, whether anyone is on duty, and that it is now first; no button. */
function queuedPart(
  t: Translate,
  steps: string | undefined,
  availability: Availability,
  opening: (at: number) => string,
): { lines: string[]; button?: string } {
  const stepLines = steps === undefined ? [] : [steps];
  if (availability.kind === "none") return { lines: [...stepLines, t("crisis-no-counselors")] };
  const absent = availability.kind === "on" ? [] : [absence(t, availability, opening)];
  return { lines: [...stepLines, ...absent, t("crisis-already-queued")] };
}

/** Nobody is known to be there: paused, not known, or off until the next shift (when it is known). */
function absence(t: Translate, availability: Duty, opening: (at: number) => string): string {
  if (availability.kind === "paused") return t("crisis-counselors-paused");
  if (availability.kind === "unknown") return t("crisis-duty-unknown");
  if (availability.kind === "off" && availability.opensAt !== undefined)
    return t("crisis-off-duty", { when: opening(availability.opensAt) });
  return t("crisis-off-duty-unknown");
}

/** The safety steps: for the one in danger, for a relative writing about them, or against an attack being planned. */
function stepsFor(t: Translate, category: CrisisCategory, about: CrisisAbout): string {
  if (about === "attack") return t("crisis-steps-attack");
  return t(about === "relative" ? `crisis-steps-relative-${category}` : `crisis-steps-${category}`);
}

/** An attack being planned calls the police whatever else was matched ("взорвёт себя" reads as self-harm too). */
function numbersAbout(categories: readonly CrisisCategory[], about: CrisisAbout): readonly CrisisCategory[] {
  return about === "attack" ? [...categories, "violence"] : categories;
}
