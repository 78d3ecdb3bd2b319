// A counselor who leaves the counselors' group, or is removed from it, loses their cases at once: each goes
// back to the queue first in line (the person was already talking: they wait least), with a note in its
// topic, and its person is told that another counselor will continue. Nothing more reaches the removed
// account. Telegram says so with chat_member (staff.ts), or in a membership asked of it at a command, and
// the relay asks once more before it copies a person's message to a holder not seen lately (relay.ts).
import * as audit from "../db/audit.ts";
import * as caseTransitions from "../db/case-transitions.ts";
import * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import { errorLog, type Logger } from "../logger.ts";
import { chatOf, type Desk } from "./desk.ts";
import { roleOf } from "./staff-directory.ts";
import { postInTopic, refreshHead } from "./topic.ts";
import { refreshQueue, sendWaitingMessage } from "./waiting.ts";

/** Every case `counselor` holds goes back to the queue, first in line. Returns how many. */
export async function releaseCasesOf(
  desk: Desk,
  counselor: counselors.Counselor,
  log: Logger,
): Promise<number> {
  const held = await cases.heldBy(desk.app.db, counselor.id);
  let released = 0;
  for (const item of held) if (await release(desk, item, counselor, log)) released++;
  if (released > 0) await refreshQueue(desk);
  return released;
}

async function release(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  log: Logger,
): Promise<boolean> {
  const db = desk.app.db;
  const now = new Date(desk.app.now());
  // Conditional on the holder: of two instances noticing the same removal, one moves the case.
  const moved = await caseTransitions.reassign(db, item.id, counselor.id, null, now);
  if (!moved) return false;
  if (moved.inTopic) await cases.setInTopic(db, moved.id, false);
  const queued = { ...moved, inTopic: false };
  await audit.record(db, { at: now, caseRef: moved.ref, action: "holder-left", actor: counselor });
  await postInTopic(
    desk,
    queued,
    desk.group("counselors-topic-holder-left", { ref: moved.ref, alias: counselor.alias }),
  );
  const sealedChat = await cases.linkOf(db, moved.id);
  if (sealedChat) {
    await sendWaitingMessage(desk, queued, sealedChat, desk.t(moved.locale, "counselors-holder-left")).catch(
      (error) =>
        log.warn({ case: moved.ref, err: errorLog(error) }, "could not tell the person about the queue"),
    );
  }
  await refreshHead(desk, moved.id);
  log.warn({ case: moved.ref }, "the holder left the counselors' group: the case is back in the queue");
  return true;
}

/**
 * Whether a counselor (a case's holder, or one a case may go to) is still in the counselors' group, as
 * remembered, else as Telegram says now (once per STAFF_ROLE_TTL_MS). No answer counts as still there: a lost
 * call must not take a case away.
 */
export async function counselorInGroup(desk: Desk, holder: counselors.Counselor): Promise<boolean> {
  const now = desk.app.now();
  const known = desk.directory.known(holder.pseudonym, now);
  if (known) return known !== "outside";
  if (!holder.chat) return true;
  // A private chat's id is its user's id: opened in memory for this one call.
  const userId = chatOf(desk, holder.chat);
  const member = await desk.api.getChatMember(desk.groupId, userId).catch(() => undefined);
  if (!member) return true;
  const role = roleOf(member.status);
  desk.directory.remember(holder.pseudonym, role, now);
  return role !== "outside";
}
