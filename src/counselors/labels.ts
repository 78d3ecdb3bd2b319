// Words for staff: the language each counselor reads the desk in, and a label for every code a
// case carries (triage answers, concern, region, source, crisis kind, outcome, language, why its
// priority), so that no internal code ("changed-behaviour", "astana", "now") ever shows.
import type { User } from "grammy/types";
import type { Locale } from "../config/index.ts";
import type * as cases from "../db/cases.ts";
import { crisesOf } from "../db/cases.ts";
import { isLocale, localeFromTelegram } from "../i18n/index.ts";
import { localTime } from "../time/zone.ts";
import type { Desk } from "./desk.ts";
import { PRIORITY_LABELS, type Priority, priorityReason } from "./queue.ts";

export type Say = (key: string, variables?: Record<string, string | number>) => string;

const NONE = "—";

/** "23.11 11:05" in the configured time zone. */
export function formatStaffTime(at: Date, timeZone: string): string {
  const { date, minutes } = localTime(at.getTime(), timeZone);
  const clock = (value: number) => String(value).padStart(2, "0");
  return `${date.slice(8, 10)}.${date.slice(5, 7)} ${clock(Math.floor(minutes / 60))}:${clock(minutes % 60)}`;
}

/**
 * A counselor's language: the one they chose with /lang (or Telegram's when they set their
 * alias), else their Telegram language in this update, else the group's.
 */
export function counselorLocale(desk: Desk, counselor?: { locale: string | null }, from?: User): Locale {
  const chosen = counselor?.locale;
  return (isLocale(chosen) ? chosen : undefined) ?? localeFromTelegram(from) ?? desk.locale;
}

/** Texts for one counselor, in their language. */
export function sayTo(desk: Desk, counselor?: { locale: string | null }, from?: User): Say {
  const locale = counselorLocale(desk, counselor, from);
  return (key, variables) => desk.t(locale, key, variables);
}

/** Translates a code by key, or "—" for none; an unknown code (older data) keeps its own spelling. */
function labelOf(desk: Desk, locale: Locale, prefix: string, code: string | undefined): string {
  if (!code) return NONE;
  const key = `${prefix}${code}`;
  const text = desk.t(locale, key);
  return text === key ? code : text;
}

export interface CaseLabels {
  locale: Locale;
  say: Say;
  who(code?: string): string;
  concern(code?: string): string;
  urgency(code?: string): string;
  region(code?: string): string;
  source(code?: string): string;
  crisis(code?: string): string;
  outcome(code?: string): string;
  language(code?: string): string;
  priority(priority: number): string;
  /** Why a case has its priority ("triage: someone in danger now"), or undefined for an ordinary one. */
  reason(item: Pick<cases.Case, "source" | "summary" | "priority">): string | undefined;
}

export function caseLabels(desk: Desk, locale: Locale): CaseLabels {
  const say: Say = (key, variables) => desk.t(locale, key, variables);
  const regions = desk.app.content.directory;
  return {
    locale,
    say,
    who: (code) => labelOf(desk, locale, "counselors-who-", code),
    concern: (code) => labelOf(desk, locale, "counselors-concern-", code),
    urgency: (code) => labelOf(desk, locale, "counselors-urgency-", code),
    region: (code) => (code ? (regions.region(code)?.name[locale] ?? code) : NONE),
    source: (code) => labelOf(desk, locale, "counselors-source-", code),
    crisis: (code) => labelOf(desk, locale, "counselors-crisis-", code),
    outcome: (code) => labelOf(desk, locale, "counselors-outcome-", code),
    language: (code) => (code ? say("counselors-language-name", { code }) : NONE),
    priority: (priority) => PRIORITY_LABELS[priority as Priority] ?? `P${priority}`,
    reason: (item) => {
      const why = priorityReason(item);
      const at = item.summary.crisisEarlierAt;
      const time = at === undefined ? NONE : formatStaffTime(new Date(at), desk.app.config.TIME_ZONE);
      return why ? say(`counselors-priority-${why}`, { time }) : undefined;
    },
  };
}

/** Topic names carry reference, language, concern, region and priority: never anything about the person. */
export function topicName(
  desk: Desk,
  item: Pick<cases.Case, "ref" | "locale" | "category" | "region" | "priority">,
): string {
  const labels = caseLabels(desk, desk.locale);
  return [item.ref, item.locale, labels.concern(item.category), labels.region(item.region)]
    .concat(labels.priority(item.priority))
    .join(" · ")
    .slice(0, 128);
}

/** "K7F3 · ru · Pressure or recruitment · Astana City": a case in one line for one reader. */
export function caseTitle(
  labels: CaseLabels,
  item: Pick<cases.Case, "ref" | "locale" | "category" | "region">,
) {
  return [item.ref, item.locale, labels.concern(item.category), labels.region(item.region)].join(" · ");
}

/** The triage's answers and every crisis kind (most urgent first), as lines for staff. */
export function summaryLines(labels: CaseLabels, item: Pick<cases.Case, "summary">): string[] {
  const { who, concern, urgency } = item.summary;
  const crises = crisesOf(item.summary);
  const lines = [
    labels.say("counselors-head-triage", {
      who: labels.who(who),
      concern: labels.concern(concern),
      urgency: labels.urgency(urgency),
    }),
  ];
  if (crises.length > 0) {
    const category = crises.map((kind) => labels.crisis(kind)).join(", ");
    lines.push(labels.say("counselors-head-crisis", { category }));
  }
  return lines;
}
