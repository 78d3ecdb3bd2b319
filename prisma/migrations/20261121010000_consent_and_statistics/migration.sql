-- CreateTable
CREATE TABLE "consent" (
    "pseudonym" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "policy_version" INTEGER NOT NULL,
    "granted_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("pseudonym","purpose")
);

-- CreateTable
CREATE TABLE "daily_count" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_count_pkey" PRIMARY KEY ("day","kind","region")
);

