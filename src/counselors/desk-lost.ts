// The bot can no longer open topics in the counselors' group (removed, demoted, its right to manage topics taken,
// Topics turned off), as Telegram's my_chat_member says. Besides the mark that keeps new requests (desk-reach.ts),
// those who can put it right are told once, without waiting for someone to read /readyz: the group itself while the
// bot may still post there, and the supervisors (SUPERVISOR_IDS) in private.
import type { ChatMember } from "grammy/types";
import { errorLog, type Logger } from "../logger.ts";
import { type Desk, toGroup } from "./desk.ts";

/** Never fails: a supervisor who never opened the bot cannot be written to, and is logged by count only. */
export async function tellDeskLost(desk: Desk, member: ChatMember, log: Logger): Promise<void> {
  const text = desk.group("counselors-desk-lost");
  const canPost =
    member.status === "administrator" ||
    member.status === "member" ||
    (member.status === "restricted" && member.can_send_messages);
  const sends = [
    ...(canPost ? [toGroup(desk, (groupId) => desk.api.sendMessage(groupId, text))] : []),
    ...desk.app.config.SUPERVISOR_IDS.map((id) =>
      desk.outbox.send(id, false, () => desk.api.sendMessage(id, text)),
    ),
  ];
  const failed = (await Promise.allSettled(sends)).filter((sent) => sent.status === "rejected");
  for (const failure of failed)
    log.warn({ err: errorLog(failure.reason) }, "could not tell that the counselors' group is out of reach");
}
