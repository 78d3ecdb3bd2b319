// A 🔴 case while nobody is on shift: the person is answered as the danger goes on (fear in their case is a crisis
// signal, crisis-reply asks crisisKindsOfOpenCase), and the supervisors (SUPERVISOR_IDS privately, the group's
// administrators in its general topic) are told once when such a case opens or gets new crisis words, by its
// reference only: nobody would otherwise see it before the shift.
import * as cases from "../db/cases.ts";
import { errorLog, type Logger } from "../logger.ts";
import { dutyOf } from "./availability.ts";
import { type Desk, toGroup } from "./desk.ts";
import { caseLabels } from "./labels.ts";
import { PRIORITY } from "./queue.ts";
import { formatOpening } from "./waiting.ts";

/**
 * Off duty: the supervisors learn that a 🔴 case opened (`event` "opened") or
 * got new crisis words ("words"), with its reference, its kinds and when the shift starts. Never fails.
 */
export async function alertSupervisorsOffDuty(
  desk: Desk,
  item: cases.Case,
  event: "opened" | "words",
  log: Logger,
): Promise<void> {
  const duty = await dutyOf(desk.app);
  // Paused, counselors are at work and see the 🔴 case first; unknown, nothing true could be said of the shift.
  if (duty.kind !== "off" || item.priority !== PRIORITY.crisis) return;
  const labels = caseLabels(desk, desk.locale);
  const kinds = cases.crisesOf(item.summary).map((kind) => labels.crisis(kind));
  const shift =
    duty.opensAt !== undefined
      ? labels.say("counselors-offduty-crisis-shift", {
          when: formatOpening(desk.locale, duty.opensAt, desk.app.config.TIME_ZONE),
        })
      : labels.say("counselors-offduty-crisis-no-shift");
  const text = [
    labels.say(`counselors-offduty-crisis-${event}`, { ref: item.ref, category: kinds.join(", ") || "—" }),
    shift,
  ].join("\n");
  const sends = [
    toGroup(desk, (groupId) => desk.api.sendMessage(groupId, text)),
    ...desk.app.config.SUPERVISOR_IDS.map((id) =>
      desk.outbox.send(id, false, () => desk.api.sendMessage(id, text)),
    ),
  ];
  const failed = (await Promise.allSettled(sends)).filter((sent) => sent.status === "rejected");
  // A supervisor who never opened the bot cannot be written to: logged by count, never by id.
  for (const failure of failed)
    log.warn({ case: item.ref, err: errorLog(failure.reason) }, "could not alert a supervisor off duty");
}
