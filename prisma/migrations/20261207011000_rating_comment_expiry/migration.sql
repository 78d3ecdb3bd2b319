-- A rating's comment is free text a person wrote: it expires like other stored text (HISTORY_DAYS,
-- 30 by default) instead of staying with the anonymous rating for 180 days. Comments written
-- before this column existed expire 30 days after their rating's day.
-- AlterTable
ALTER TABLE "case_rating" ADD COLUMN "comment_expires_at" TIMESTAMPTZ(3);

UPDATE "case_rating" SET "comment_expires_at" = "day" + INTERVAL '30 days' WHERE "comment" IS NOT NULL;
