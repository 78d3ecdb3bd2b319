// Whom a case may be handed to: counselors with a private chat the bot can write to who are still in the group.
// Someone who left keeps their alias row, but a case handed to them would reach nobody while its person is told
// they will continue, so they are never offered (and lifecycle.transfer refuses them, should they leave after).
import { InlineKeyboard } from "grammy";
import type * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import { caseSeal, caseTransfer, withBack } from "./buttons.ts";
import type { Desk } from "./desk.ts";
import type { Say } from "./labels.ts";
import { counselorInGroup } from "./removal.ts";

/** At most this many counselors are offered (one button each). */
const MOST_TARGETS = 12;

/** The counselors a case may go to, its holder (`exceptId`) apart; membership remembered, else asked of Telegram. */
export async function transferTargets(desk: Desk, exceptId: number | null): Promise<counselors.Counselor[]> {
  const targets: counselors.Counselor[] = [];
  for (const other of await counselors.all(desk.app.db)) {
    if (targets.length >= MOST_TARGETS) break;
    if (other.id !== exceptId && other.chat && (await counselorInGroup(desk, other))) targets.push(other);
  }
  return targets;
}

/**
 * The list in a counselor's private chat (/transfer, and again after a refusal), in `say`'s language: the targets,
 * back to the queue, Back.
 */
export async function transferKeyboard(desk: Desk, item: cases.Case, say: Say): Promise<InlineKeyboard> {
  const keyboard = new InlineKeyboard();
  const seal = caseSeal(desk, item.id);
  for (const other of await transferTargets(desk, item.counselorId))
    keyboard.text(other.alias, caseTransfer.encode(item.id, other.id, seal)).row();
  keyboard.text(say("counselors-button-to-queue"), caseTransfer.encode(item.id, 0, seal));
  return withBack(desk, item, keyboard, say);
}
