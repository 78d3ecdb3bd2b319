// What the referral answers say: pure functions from directory results to text (Telegram HTML),
// given a translate function, so that any channel can show the same answer.
import type { Locale } from "../config/index.ts";
import type { CenterDistance } from "../referral/directory.ts";
import type { Center, Hotline, Region, Service, WeeklyHours } from "../referral/schema.ts";
import { openingStatus, weekdays, weekOf } from "../time/opening-hours.ts";

export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/**
 * Farther than this (by a straight line), the nearest center is too far to be the first help: the
 * answer says how far it is and puts the hotline and a counselor here first (as from Shymkent, about
 * 600 km from the nearest center known today).
 */
export const FAR_KM = 150;

/** True when the nearest center found is farther than FAR_KM (or none was found). */
export function nearestIsFar(results: readonly CenterDistance[]): boolean {
  const nearest = results[0];
  return !nearest || nearest.distanceKm > FAR_KM;
}

/** What a person can filter by, in the order of the buttons. */
export const needs = [
  "consultation",
  "rehabilitation",
  "psychological",
  "family",
] as const satisfies readonly Service[];
export type Need = (typeof needs)[number];

export interface SearchAnswer {
  /** Searched from a shared location, or from a region's center city. */
  origin: { kind: "location" } | { kind: "region"; region: Region };
  need?: Need;
  /** The nearest centers, nearest first. */
  results: readonly CenterDistance[];
  hotlines: readonly Hotline[];
}

export interface RenderOptions {
  t: Translate;
  locale: Locale;
  now: Date;
  /** The zone the centers' hours are read in (TIME_ZONE). */
  timeZone: string;
  /** Until when the person may not start a conversation with a counselor (/block), as a date: no counselor is offered. */
  blockedUntil?: string;
}

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The whole answer: heading, notes, one block per center, then the hotlines and the offer of a counselor. */
export function renderAnswer(answer: SearchAnswer, options: RenderOptions): string {
  const { t, locale, blockedUntil } = options;
  // Someone blocked is offered the hotline, never a counselor they cannot reach.
  const say = (key: string, variables?: Record<string, string>) =>
    blockedUntil ? t(`${key}-blocked`, { ...variables, date: blockedUntil }) : t(key, variables);
  const lines: string[] = [];
  // A heading never says "near" when the nearest center is hundreds of kilometres away (issue 10, outsider 30).
  const far = nearestIsFar(answer.results) ? "-far" : "";
  lines.push(
    escapeHtml(
      answer.origin.kind === "location"
        ? t(`centers-heading-location${far}`)
        : answer.origin.region.kind === "city"
          ? t(`centers-heading-city${far}`, { city: answer.origin.region.center[locale] })
          : t(`centers-heading-region${far}`, {
              city: answer.origin.region.center[locale],
              region: answer.origin.region.name[locale],
            }),
    ),
  );
  const need = answer.need && t("centers-service", { service: answer.need });
  if (need) lines.push(escapeHtml(t("centers-filter-active", { need })));
  const nearest = answer.results[0];
  const helpHere = [
    ...answer.hotlines.flatMap((hotline) => ["", ...hotlineLines(hotline, options)]),
    "",
    escapeHtml(
      blockedUntil ? t("centers-counselor-blocked", { date: blockedUntil }) : t("centers-counselor-offer"),
    ),
  ];
  if (!nearest) {
    lines.push("", escapeHtml(need ? say("centers-none-for-need", { need }) : say("centers-none-at-all")));
    return [...lines, ...helpHere].join("\n");
  }
  const centers = answer.results.flatMap((result, index) => ["", ...centerLines(result, index + 1, options)]);
  if (!nearestIsFar(answer.results)) return [...lines, ...centers, ...helpHere].join("\n");
  // Far away: said plainly, with the help that is reachable from here first.
  const farAway = say("centers-far", {
    distance: formatDistance(nearest.distanceKm, options),
    city: nearest.center.city[locale],
  });
  return [
    ...lines,
    "",
    escapeHtml(farAway),
    ...helpHere,
    "",
    escapeHtml(t("centers-far-list")),
    ...centers,
  ].join("\n");
}

function centerLines(
  { center, distanceKm }: CenterDistance,
  position: number,
  options: RenderOptions,
): string[] {
  const { t, locale } = options;
  const where = [formatDistance(distanceKm, options), placeOf(center, options)].join(" · ");
  return [
    `${position}. <b>${escapeHtml(center.name[locale])}</b>`,
    escapeHtml(where),
    escapeHtml(t("centers-offers", { services: serviceList(center.services, t) })),
    ...contactLines(center, options).map(escapeHtml),
    ...(center.languages ? [escapeHtml(languagesLine(center.languages, t))] : []),
  ];
}

/** Hours and phone; one line saying neither is known yet when that is the case (as for most centers today). */
function contactLines(center: Center, options: RenderOptions): string[] {
  const { t } = options;
  if (!center.phone && !center.hours && !center.hoursUnverified) return [t("centers-contact-unknown")];
  return [
    hoursLine(center, options),
    center.phone ? t("centers-phone", { phone: center.phone }) : t("centers-phone-unknown"),
  ];
}

function hotlineLines(hotline: Hotline, options: RenderOptions): string[] {
  const { t, locale } = options;
  return [
    // Telegram turns a bare number in the text into a tappable one; tel: links are not allowed in buttons.
    `<b>${escapeHtml(t("centers-hotline", { phone: hotline.phone, name: hotline.name[locale] }))}</b>`,
    escapeHtml(hoursLine(hotline, options)),
    ...(hotline.languages ? [escapeHtml(languagesLine(hotline.languages, t))] : []),
  ];
}

/**
 * Under this, "in your city": most centers' points are their city's centre (no address known yet), and a pin or a
 * named city is a point too, so "less than 1 km" would be a precision nobody has.
 */
export const NEARBY_KM = 5;

/** "in your city, under 5 km", "37 km", "190 km": whole kilometres, tens beyond 100 (a straight line, not a road). */
export function formatDistance(km: number, { t, locale }: Pick<RenderOptions, "t" | "locale">): string {
  if (km < NEARBY_KM) return t("centers-distance-nearby", { km: NEARBY_KM });
  const rounded = km < 100 ? Math.round(km) : Math.round(km / 10) * 10;
  return t("centers-distance", { distance: numberFormat(locale).format(rounded) });
}

/** One formatter per language: building one was most of a centers answer's own time. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

function placeOf(center: Center, { t, locale }: RenderOptions): string {
  const city = center.city[locale];
  if (center.approximate) return t("centers-place-approximate", { city });
  if (center.address) return t("centers-place-address", { city, address: center.address[locale] });
  return city;
}

function serviceList(services: readonly Service[], t: Translate): string {
  return services.map((service) => t("centers-service", { service })).join(", ");
}

function languagesLine(languages: readonly string[], t: Translate): string {
  return t("centers-languages", {
    languages: languages.map((language) => t("centers-language", { language })).join(", "),
  });
}

/** Hours and whether the place is open at `now`; unverified hours are never shown as fact. */
export function hoursLine(
  center: Center | Hotline,
  { t, now, timeZone }: Pick<RenderOptions, "t" | "now" | "timeZone">,
): string {
  if (center.hoursUnverified) return t("centers-hours-unconfirmed");
  if (!center.hours) return t("centers-hours-unknown");
  const schedule = formatSchedule(center.hours, t);
  const status = openingStatus(weekOf(center.hours), now.getTime(), timeZone);
  switch (status.kind) {
    case "open":
      return status.closesAt
        ? t("centers-open-until", { schedule, time: status.closesAt })
        : t("centers-open-always", { schedule });
    case "closed":
      return status.opensAt
        ? t("centers-closed-opens", { schedule, day: status.opensAt.day, time: status.opensAt.time })
        : t("centers-closed");
  }
}

/**
 * "Mon–Fri 10:00–19:00; Sat 10:00–14:00": consecutive days with the same hours grouped, closed days left out
 * (empty when no day has hours).
 */
export function formatSchedule(hours: WeeklyHours, t: Translate): string {
  const groups: { first: string; last: string; ranges: string }[] = [];
  let previousRanges: string | undefined;
  for (const day of weekdays) {
    const ranges = (hours[day] ?? []).map((range) => range.replace("-", "–")).join(", ");
    const last = groups.at(-1);
    if (ranges !== "" && ranges === previousRanges && last) last.last = day;
    else if (ranges !== "") groups.push({ first: day, last: day, ranges });
    previousRanges = ranges;
  }
  return groups
    .map(({ first, last, ranges }) => {
      const days =
        first === last
          ? t("centers-day-short", { day: first })
          : `${t("centers-day-short", { day: first })}–${t("centers-day-short", { day: last })}`;
      return `${days} ${ranges}`;
    })
    .join("; ");
}

/** A map pin: the center's name, and its city with a "city center" note when the point is approximate. */
export function venueOf(
  center: Center,
  { t, locale }: Pick<RenderOptions, "t" | "locale">,
): {
  title: string;
  address: string;
} {
  const city = center.city[locale];
  const address = center.approximate
    ? t("centers-venue-approximate", { city })
    : center.address
      ? `${city}, ${center.address[locale]}`
      : city;
  return { title: center.name[locale], address };
}
