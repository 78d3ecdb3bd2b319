-- The counselors' group gets a digest at a shift's start and a handover at its end; one row per
-- notice sent, so that several instances and repeated purge runs send each once.
-- CreateTable
CREATE TABLE "shift_notice" (
    "kind" TEXT NOT NULL,
    "shift_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "shift_notice_pkey" PRIMARY KEY ("kind","shift_at")
);

