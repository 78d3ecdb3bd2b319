// The knowledge base's own buttons. Opening an answer is `openAnswer` in src/bot/links.ts,
// because other features link to answers too.
import { z } from "zod";
import { callbackCodec, intArg } from "../bot/callback-data.ts";

const categoryId = z.string().regex(/^[a-z0-9-]{1,30}$/);
const entryId = z.string().regex(/^[a-z0-9-]{1,40}$/);
/** "edit": the button sits on a list, which is redrawn in place; "new": a new message is sent. */
const placement = z.enum(["edit", "new"]);
export type Placement = z.output<typeof placement>;

/** The list of topics (categories). */
export const browseTopics = callbackCodec("faq-topics", z.tuple([placement]));
/** One page of a topic's questions. */
export const browsePage = callbackCodec("faq-page", z.tuple([categoryId, intArg, placement]));
/** "Was this helpful?" on an answer. */
export const rateAnswer = callbackCodec("faq-rate", z.tuple([z.enum(["yes", "no"]), entryId]));
/** "Who is it about?" after a weak match: the person themselves, or someone close to them. */
export const clarifyWho = callbackCodec("faq-who", z.tuple([z.enum(["self", "family"])]));
/** Opens an answer as written to someone close to the person it is about (a list shown to a relative: addressed.ts). */
export const openAnswerForFamily = callbackCodec("faq-for", z.tuple([entryId]));
