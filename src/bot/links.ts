// Buttons that lead from one feature into another. The target feature handles them;
// the source needs only this file, so that features never import each other.
import { z } from "zod";
import { LOCALES } from "../config/index.ts";
import { callbackCodec } from "./callback-data.ts";

const entryId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const regionCode = z.string().regex(/^[a-z-]{0,30}$/);

/**
 * Where a request for a human came from: decides the case's priority and is counted. "asked": typed in one's own
 * words ("позовите специалиста"), which src/questions hands to src/counselors as the menu's button does.
 */
export const TALK_SOURCES = ["menu", "faq", "nomatch", "triage", "crisis", "centers", "asked"] as const;
export type TalkSource = (typeof TALK_SOURCES)[number];

/** "Talk to a person": handled by src/counselors. */
export const talkToPerson = callbackCodec("talk", z.tuple([z.enum(TALK_SOURCES)]));
/** Opens one knowledge-base answer: handled by src/questions. */
export const openAnswer = callbackCodec("faq-open", z.tuple([entryId]));
/** Nearest centers in a region ("" asks for a location or a region): handled by src/centers. */
export const findCenters = callbackCodec("centers-open", z.tuple([regionCode]));
/** A language chosen under /language ("auto": follow Telegram's): handled by src/language, and by an open triage. */
export const chooseLanguage = callbackCodec("lang", z.tuple([z.enum([...LOCALES, "auto"])]));
