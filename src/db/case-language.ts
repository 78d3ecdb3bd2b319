// The language of an open case, changed by its person (/language mid-case): the bot's texts about the case (the end,
// the rating) follow it. Apart from cases.ts, which is at the length limit.
import type { Locale } from "../config/index.ts";
import type { Database } from "./connect.ts";

export async function setCaseLocale(db: Database, caseId: number, locale: Locale): Promise<void> {
  await db.prisma.counselCase.updateMany({
    where: { id: caseId, status: { not: "closed" } },
    data: { locale },
  });
}
