// What a person changes of their open case: its language (/language mid-case), which the bot's texts about the case
// (the end, the rating) follow, and whether its history is kept. Apart from cases.ts, which is at the length limit.
import type { Locale } from "../config/index.ts";
import type { Database } from "./connect.ts";
import { casesChanged } from "./open-case-hold.ts";

export async function setCaseLocale(db: Database, caseId: number, locale: Locale): Promise<void> {
  casesChanged(db);
  await db.prisma.counselCase.updateMany({
    where: { id: caseId, status: { not: "closed" } },
    data: { locale },
  });
}

export async function setKeepHistory(db: Database, pseudonym: string, keep: boolean): Promise<void> {
  casesChanged(db);
  await db.prisma.counselCase.updateMany({
    where: { pseudonym, status: { not: "closed" } },
    data: { keepHistory: keep },
  });
}
