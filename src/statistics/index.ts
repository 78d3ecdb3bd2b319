// Anonymous statistics: a counter per day (Asia/Almaty), kind of help and region, with
// no link to the person, and only when the person allowed it (consent "statistics").
import type { BaseContext } from "../bot/context.ts";
import { hasConsent } from "../consent/index.ts";

const almatyDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" });

/** Kinds are short, fixed labels such as "faq.helpful", "centers.search", "case.rating.5". */
export async function countEvent(ctx: BaseContext, kind: string, region = ""): Promise<boolean> {
  if (!(await hasConsent(ctx, "statistics"))) return false;
  const day = almatyDay.format(new Date(ctx.app.now()));
  await ctx.app.db.sql.query(
    `INSERT INTO daily_count (day, kind, region, count) VALUES ($1::date, $2, $3, 1)
     ON CONFLICT (day, kind, region) DO UPDATE SET count = daily_count.count + 1`,
    [day, kind, region],
  );
  return true;
}
