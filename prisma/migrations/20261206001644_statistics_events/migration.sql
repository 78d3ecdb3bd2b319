-- CreateTable
CREATE TABLE "daily_event" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL DEFAULT '',
    "entry" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_event_pkey" PRIMARY KEY ("day","kind","locale","region","category","entry","detail")
);

-- CreateTable
CREATE TABLE "daily_timing" (
    "day" DATE NOT NULL,
    "measure" TEXT NOT NULL,
    "from_minutes" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_timing_pkey" PRIMARY KEY ("day","measure","from_minutes")
);


-- The counts kept so far move to daily_event, their kinds split into the new columns
-- (language was not recorded then and stays unknown), and daily_count goes.
INSERT INTO "daily_event" ("day", "kind", "region", "category", "entry", "detail", "count")
SELECT "day",
  CASE
    WHEN "kind" LIKE 'faq.helpful.%' OR "kind" LIKE 'faq.unhelpful.%' THEN 'faq.rated'
    WHEN "kind" = 'centers.search' OR "kind" LIKE 'centers.need.%' THEN 'centers.shown'
    WHEN "kind" LIKE 'triage.%' THEN 'triage.category'
    WHEN "kind" LIKE 'talk.%' THEN 'case.opened'
    WHEN "kind" LIKE 'case.rating.%' THEN 'case.rated'
    WHEN "kind" LIKE 'crisis.%' THEN 'crisis'
    ELSE "kind"
  END,
  "region",
  CASE WHEN "kind" LIKE 'triage.%' THEN substr("kind", 8) ELSE '' END,
  CASE
    WHEN "kind" LIKE 'faq.helpful.%' THEN substr("kind", 13)
    WHEN "kind" LIKE 'faq.unhelpful.%' THEN substr("kind", 15)
    ELSE ''
  END,
  CASE
    WHEN "kind" LIKE 'faq.helpful.%' THEN 'helpful'
    WHEN "kind" LIKE 'faq.unhelpful.%' THEN 'unhelpful'
    WHEN "kind" LIKE 'centers.need.%' THEN substr("kind", 14)
    WHEN "kind" LIKE 'talk.%' THEN substr("kind", 6)
    WHEN "kind" LIKE 'case.rating.%' THEN substr("kind", 13)
    WHEN "kind" LIKE 'crisis.%' THEN substr("kind", 8)
    ELSE ''
  END,
  "count"
FROM "daily_count"
ON CONFLICT ("day", "kind", "locale", "region", "category", "entry", "detail")
  DO UPDATE SET "count" = "daily_event"."count" + EXCLUDED."count";

DROP TABLE "daily_count";
