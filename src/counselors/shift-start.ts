// People who waited while the desk was closed learn when it opens: at a shift's start (with the group's digest,
// once per shift) each waiting person gets one line, that the counselors are here now and their place, and their
// waiting message, which still said "off duty", shows the place and the estimate again.
import * as caseQueue from "../db/case-queue.ts";
import { errorLog } from "../logger.ts";
import { type Desk, toPerson } from "./desk.ts";
import { refreshQueue } from "./waiting.ts";

/** More than this many waiting at the start: the rest see their waiting message refreshed only. */
const TOLD_AT_START = 200;

/** Tells every waiting person the shift started, with their place; returns how many were told. */
export async function tellWaitingShiftStarted(desk: Desk): Promise<number> {
  const queued = await caseQueue.firstWithLinks(desk.app.db, TOLD_AT_START);
  let told = 0;
  for (const [index, item] of queued.entries()) {
    if (!item.sealedChat) continue;
    const text = desk.t(item.locale, "counselors-shift-started", { position: index + 1 });
    const sent = await toPerson(desk, item.sealedChat, (chatId) => desk.api.sendMessage(chatId, text)).catch(
      (error) =>
        desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not tell the shift started"),
    );
    if (sent) told++;
  }
  // The waiting messages still say "no counselor until…": every place is shown anew (0 is never a place).
  await caseQueue.setWaitPositions(
    desk.app.db,
    queued.map((item) => ({ caseId: item.id, position: 0 })),
  );
  await refreshQueue(desk);
  return told;
}
