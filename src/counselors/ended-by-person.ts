// A case the person ends themselves (/end, or withdrawing consent 1): whoever was on it learns it, and a case
// with crisis words never just vanishes from the desk, however it was ended.
import * as cases from "../db/cases.ts";
import { errorLog, type Logger } from "../logger.ts";
import type { Desk } from "./desk.ts";
import type { Say } from "./labels.ts";
import { close } from "./lifecycle.ts";

/**
 * The person ended the case (or withdrew consent 1): closed with `notice` for its holder, or, when the case had
 * crisis words, with "<notice>-crisis" naming them, told to the holder or (nobody held it) to the group.
 */
export async function closeTellingCrisis(
  desk: Desk,
  item: cases.Case,
  outcome: "ended" | "withdrawn",
  notice: string,
  log: Logger,
): Promise<void> {
  const crises = cases.crisesOf(item.summary);
  const text = (say: Say) =>
    crises.length > 0
      ? say(`${notice}-crisis`, {
          ref: item.ref,
          category: crises.map((kind) => say(`counselors-crisis-${kind}`)).join(", "),
        })
      : say(notice, { ref: item.ref });
  const closed = await close(desk, item, outcome, { holderNotice: text }, log);
  if (!closed || crises.length === 0 || closed.case.counselorId !== null) return;
  await desk.api
    .sendMessage(desk.groupId, text(desk.group))
    .catch((error) => log.warn({ case: item.ref, err: errorLog(error) }, "could not tell the group"));
}
