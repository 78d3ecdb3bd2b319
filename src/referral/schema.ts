// The shape of scenarios/regions.yaml and scenarios/centers.yaml. Each list item is validated on its own
// (see directory.ts) so that one broken center does not hide the problems of the others.
import { z } from "zod";
import { citationsSchema } from "../content/sources.ts";
import { overlappingRanges, parseTimeRange, weekdays } from "../time/opening-hours.ts";
import { isInKazakhstan } from "./geo.ts";

export const services = [
  "consultation",
  "rehabilitation",
  "psychological",
  "family",
  "legal",
  "theology",
  "returnees",
  "convicts",
] as const;
export type Service = (typeof services)[number];

/** Kinds of places with an address; a hotline is the one kind without a location. */
export const placeKinds = ["consultation", "rehabilitation", "psychological", "legal"] as const;

const translation = z
  .string({ error: (issue) => (issue.input === undefined ? "missing translation" : "must be text") })
  .trim()
  .min(1, "must not be empty");

/** A text in each of the bot's languages; all three are required. */
export const localizedTextSchema = z.strictObject({ kk: translation, ru: translation, en: translation });
export type LocalizedText = z.output<typeof localizedTextSchema>;

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

function mustBeInKazakhstan(point: { lat: number; lon: number }, context: z.RefinementCtx): void {
  if (!isInKazakhstan(point)) {
    context.addIssue({
      code: "custom",
      path: ["lat"],
      message: `coordinates ${point.lat}, ${point.lon} are outside Kazakhstan`,
    });
  }
}

export const regionSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "must be lowercase-kebab, like almaty-region"),
    name: localizedTextSchema,
    /** The region's administrative center city. */
    center: localizedTextSchema,
    /** "city": a city of republican significance, its own region (its name only repeats the city's). */
    kind: z.enum(["city", "region"]).default("region"),
    lat: latitude,
    lon: longitude,
  })
  .superRefine(mustBeInKazakhstan);
export type Region = z.output<typeof regionSchema>;

const timeRange = z.string().superRefine((text, context) => {
  const problem = parseTimeRange(text).problem;
  if (problem) context.addIssue({ code: "custom", message: problem });
});

const dayHours = z.array(timeRange).superRefine((ranges, context) => {
  const overlap = overlappingRanges(ranges);
  if (overlap) context.addIssue({ code: "custom", message: `ranges ${overlap} overlap` });
});

/** Opening hours in local time (TIME_ZONE): a day that is absent is a closed day. */
export const weeklyHoursSchema = z.strictObject(
  Object.fromEntries(weekdays.map((day) => [day, dayHours.optional()])) as Record<
    (typeof weekdays)[number],
    z.ZodOptional<typeof dayHours>
  >,
);
export type WeeklyHours = z.output<typeof weeklyHoursSchema>;

/** "+7" and ten digits, or a short national number such as 114. */
const phone = z
  .string()
  .regex(/^(\+7\d{10}|\d{3,4})$/, 'must be "+7" and 10 digits without spaces, or a short number like 114');

const commonFields = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase-kebab, like akniet-almaty"),
  name: localizedTextSchema,
  services: z.array(z.enum(services)).min(1),
  hours: weeklyHoursSchema.optional(),
  /** Hours come from a report nobody has confirmed: they are never shown to users as fact. */
  hoursUnverified: z.boolean().default(false),
  /** Languages a person can be served in; absent when unknown. */
  languages: z
    .array(z.enum(["kk", "ru"]))
    .min(1)
    .optional(),
  /** Where the facts come from: entries of scenarios/sources.yaml, each "<id>" or "<id>: what it supports". */
  source: citationsSchema,
};

export const centerSchema = z
  .strictObject({
    ...commonFields,
    kind: z.enum(placeKinds),
    region: z.string().min(1),
    city: localizedTextSchema,
    lat: latitude,
    lon: longitude,
    /** The point is only the city's center, because the street address is unknown. */
    approximate: z.boolean().default(false),
    address: localizedTextSchema.optional(),
    phone: phone.optional(),
  })
  .superRefine(mustBeInKazakhstan);
/** A place people can go to. */
export type Center = z.output<typeof centerSchema>;

export const hotlineSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("hotline"),
  phone,
});
/** A nationwide phone line; it has no location and is offered apart from the distance list. */
export type Hotline = z.output<typeof hotlineSchema>;

export const directoryEntrySchema = z.discriminatedUnion("kind", [centerSchema, hotlineSchema]);
export type DirectoryEntry = Center | Hotline;
