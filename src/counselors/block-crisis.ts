// A block and a crisis in the same case. Insults and crisis words often come together ("I hate you all… I want to
// kill myself tonight"): a block closes the case and tells the person no counselor will talk to them, which a
// person in crisis must not be told. So a counselor's block waits while the crisis is recent or unanswered (a
// supervisor may still block), and its question names the crisis before anyone confirms.
import type { BotContext } from "../bot/context.ts";
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import { HOUR_MS } from "../time/durations.ts";
import type { Desk } from "./desk.ts";
import type { Say } from "./labels.ts";
import { PRIORITY, priorityReason } from "./queue.ts";
import { isSupervisor } from "./staff.ts";

/** Crisis words this recent in a case hold off a counselor's block of its person, answered or not. */
export const CRISIS_HOLDS_BLOCK_MS = HOUR_MS;

/**
 * Whether blocking this case's person now would close the door on someone in crisis: crisis words in the case
 * within CRISIS_HOLDS_BLOCK_MS, or ones that no counselor has answered yet (the 🆘 alert still open).
 */
export async function crisisHoldsBlock(desk: Desk, item: cases.Case): Promise<boolean> {
  const db = desk.app.db;
  const last = await audit.lastAt(db, item.ref, "crisis-detected");
  if (!last) return false;
  if (desk.app.now() - last.getTime() < CRISIS_HOLDS_BLOCK_MS) return true;
  return !(await caseMessages.counselorSpokeSince(db, item.id, last));
}

/**
 * The desk's refusal when a crisis holds this counselor's block, in the language it is said in (the alert: theirs;
 * in place of a question: the question's); undefined when they may block (a supervisor may).
 */
export async function blockHeldText(
  ctx: BotContext,
  desk: Desk,
  item: cases.Case,
): Promise<((say: Say) => string) | undefined> {
  if (!(await crisisHoldsBlock(desk, item)) || (await isSupervisor(ctx, desk))) return undefined;
  return (say) => say("counselors-block-held-crisis", { ref: item.ref });
}

/** "Block the person of K7F3 for 7 days?", after the crisis line of a 🔴 case: the block leaves them no counselor. */
export function blockQuestion(say: Say, item: cases.Case, days: number): string {
  const question = say("counselors-confirm-block", { ref: item.ref, days });
  if (item.priority !== PRIORITY.crisis) return question;
  const kinds = cases.crisesOf(item.summary).map((kind) => say(`counselors-crisis-${kind}`));
  const category = kinds.join(", ") || say(`counselors-priority-${priorityReason(item) ?? "crisis-reply"}`);
  return `${say("counselors-confirm-block-crisis", { category })}\n${question}`;
}
