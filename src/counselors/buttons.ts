// The callback data of the counselors' feature. Case ids, not references, so that a
// button stays valid when a reference is reused years later.
import { createHash } from "node:crypto";
import type { InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec, intArg } from "../bot/callback-data.ts";
import { COUNSELOR_OUTCOMES } from "./case-rules.ts";

/** Buttons on a case's topic: Take, Transfer (show targets), Close (show outcomes), Back. */
export const caseAction = callbackCodec(
  "case",
  z.tuple([z.enum(["take", "transfer", "close", "back"]), intArg]),
);
/** Transfer a case to a counselor (their id), or back to the queue (0). */
export const caseTransfer = callbackCodec("case-to", z.tuple([intArg, intArg]));
export const caseOutcome = callbackCodec("case-out", z.tuple([intArg, z.enum(COUNSELOR_OUTCOMES)]));
/** Blocking: how many days, chosen before the confirmation. */
const blockDaysArg = z.coerce.number().int().min(1).max(365);
export const caseBlockDays = callbackCodec("case-block", z.tuple([intArg, blockDaysArg]));
/** The answers to "are you sure?" for what cannot be undone; each carries what was chosen. */
const yesNo = z.enum(["yes", "no"]);
export const confirmClose = callbackCodec(
  "case-ok-close",
  z.tuple([yesNo, intArg, z.enum(COUNSELOR_OUTCOMES)]),
);
export const confirmBlock = callbackCodec("case-ok-block", z.tuple([yesNo, intArg, blockDaysArg]));
export const confirmTransfer = callbackCodec("case-ok-to", z.tuple([yesNo, intArg, intArg]));
/** The person asks to end the conversation: the bot asks "are you sure?" first. */
export const caseEnd = callbackCodec("case-end", z.tuple([intArg]));
/** The answer to "are you sure?": only this ends a case. */
export const caseEndAnswer = callbackCodec("case-end-ok", z.tuple([z.enum(["yes", "no"]), intArg]));
/** Ties a button to the one person it was sent to (ownerSeal): a forged case id acts on nothing. */
const sealArg = z.string().regex(/^[\w-]{10}$/);
/** The person rates a closed case: 1–5, or 0 to skip; sealed for that person (case ids are small numbers). */
export const caseRate = callbackCodec(
  "case-rate",
  z.tuple([intArg, z.coerce.number().int().min(0).max(5), sealArg]),
);

/** The seal of a case's button for its person: their pseudonym is never known to anyone else. */
export function ownerSeal(caseId: number, pseudonym: string): string {
  return createHash("sha256").update(`${caseId}:${pseudonym}`).digest("base64url").slice(0, 10);
}
export const skipComment = callbackCodec("case-nocomment", z.tuple([]));
/** "Write a comment": the next text is the comment (never without this press). */
export const writeComment = callbackCodec("case-comment", z.tuple([]));

/** The rating's buttons (1-5, then "skip"), sealed for the case's person. */
export function ratingButtons(
  keyboard: InlineKeyboard,
  caseId: number,
  pseudonym: string,
  skip: string,
): void {
  const seal = ownerSeal(caseId, pseudonym);
  for (let value = 1; value <= 5; value++) keyboard.text(`${value}`, caseRate.encode(caseId, value, seal));
  keyboard
    .row()
    .text(skip, caseRate.encode(caseId, 0, seal))
    .row();
}
