-- The counselors' group out of reach: one row while the bot cannot act there, so that a restart or
-- a second instance keeps telling people the truth instead of promising counselors.
-- CreateTable
CREATE TABLE "desk_outage" (
    "id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "desk_outage_pkey" PRIMARY KEY ("id")
);

