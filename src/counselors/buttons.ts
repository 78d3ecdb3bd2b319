// The callback data of the counselors' feature. Case ids, not references, so that a
// button stays valid when a reference is reused years later. Case ids are small sequential
// numbers, so every button that names a case carries a seal: a crafted one acts on nothing.
import { createHash, createHmac } from "node:crypto";
import type { InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec, intArg } from "../bot/callback-data.ts";
import type { AppServices } from "../bot/context.ts";
import type { Case } from "../db/cases.ts";
import { COUNSELOR_OUTCOMES } from "./case-rules.ts";
import type { Desk } from "./desk.ts";

/** A button's seal (caseSeal, ownerSeal): 10 characters of a hash. */
const sealArg = z.string().regex(/^[\w-]{10}$/);

/** Buttons on a case's topic: Take, Transfer (show targets), Close (show outcomes), Back. */
export const caseAction = callbackCodec(
  "case",
  z.tuple([z.enum(["take", "transfer", "close", "back"]), intArg, sealArg]),
);
/** Transfer a case to a counselor (their id), or back to the queue (0). */
export const caseTransfer = callbackCodec("case-to", z.tuple([intArg, intArg, sealArg]));
export const caseOutcome = callbackCodec("case-out", z.tuple([intArg, z.enum(COUNSELOR_OUTCOMES), sealArg]));
/** Blocking: how many days, chosen before the confirmation. */
const blockDaysArg = z.coerce.number().int().min(1).max(365);
export const caseBlockDays = callbackCodec("case-block", z.tuple([intArg, blockDaysArg, sealArg]));
/** The answers to "are you sure?" for what cannot be undone; each carries what was chosen. */
const yesNo = z.enum(["yes", "no"]);
export const confirmClose = callbackCodec(
  "case-ok-close",
  z.tuple([yesNo, intArg, z.enum(COUNSELOR_OUTCOMES), sealArg]),
);
export const confirmBlock = callbackCodec("case-ok-block", z.tuple([yesNo, intArg, blockDaysArg, sealArg]));
export const confirmTransfer = callbackCodec("case-ok-to", z.tuple([yesNo, intArg, intArg, sealArg]));

/**
 * The seal of a desk button for its case: a keyed hash (the bot's pseudonym secret) of the case id, which
 * only this bot can make. Any counselor may press a desk button, so it seals the case, not a presser.
 */
export function caseSeal({ app }: { app: AppServices }, caseId: number): string {
  const secret = app.config.pseudonymSecret;
  if (secret !== caseSealSecret) {
    caseSeals.clear();
    caseSealSecret = secret;
  }
  return kept(caseSeals, caseId, () =>
    createHmac("sha256", secret).update(`desk-button:${caseId}`).digest("base64url").slice(0, 10),
  );
}

/**
 * The seals made last: a desk update draws several buttons of one case and a person's buttons come back with
 * their case, each sealed again (a hash each, about half a per cent of a `mixed` update: docs/BENCHMARKS.md).
 */
const SEALS_KEPT = 256;
const caseSeals = new Map<number, string>();
let caseSealSecret = "";
const ownerSeals = new Map<string, string>();

function kept<Key>(seals: Map<Key, string>, key: Key, make: () => string): string {
  let seal = seals.get(key);
  if (seal === undefined) {
    seal = make();
    // The oldest first out (a Map keeps the order things were added in).
    if (seals.size >= SEALS_KEPT) seals.delete(seals.keys().next().value!);
    seals.set(key, seal);
  }
  return seal;
}

/** Whether a desk button's seal is the one this bot made for that case. */
export function sealedFor(services: { app: AppServices }, caseId: number, seal: string): boolean {
  return seal === caseSeal(services, caseId);
}

/** The person asks to end the conversation: the bot asks "are you sure?" first. Sealed for the case's person. */
export const caseEnd = callbackCodec("case-end", z.tuple([intArg, sealArg]));
/** The answer to "are you sure?": only this ends a case. Sealed for the case's person. */
export const caseEndAnswer = callbackCodec("case-end-ok", z.tuple([z.enum(["yes", "no"]), intArg, sealArg]));
/** The person rates a closed case: 1–5, or 0 to skip; sealed for that person (case ids are small numbers). */
export const caseRate = callbackCodec(
  "case-rate",
  z.tuple([intArg, z.coerce.number().int().min(0).max(5), sealArg]),
);

/** Whether callback data is a rating of a closed case (valid after /forget too: anonymous, sealed, done). */
export function isRatingButton(data: string): boolean {
  return data.startsWith(`${caseRate.prefix}:`);
}

/** The seal of a case's button for its person: their pseudonym is never known to anyone else. */
export function ownerSeal(caseId: number, pseudonym: string): string {
  const sealed = `${caseId}:${pseudonym}`;
  return kept(ownerSeals, sealed, () => createHash("sha256").update(sealed).digest("base64url").slice(0, 10));
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

/**
 * Back, last under a choice: on the head it turns the head's buttons back, under a list of its own (the private
 * /close, /transfer, /block's "how long?") it withdraws the list. In the reader's language unless `say` is given.
 */
export function withBack(
  desk: Desk,
  item: Pick<Case, "id">,
  keyboard: InlineKeyboard,
  say: Desk["staff"] = desk.staff,
): InlineKeyboard {
  const back = caseAction.encode("back", item.id, caseSeal(desk, item.id));
  return keyboard.row().text(say("counselors-button-back"), back);
}
