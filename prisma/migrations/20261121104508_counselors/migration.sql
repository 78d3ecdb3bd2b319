-- CreateTable
CREATE TABLE "counsel_case" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "pseudonym" TEXT,
    "status" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "summary" JSONB NOT NULL,
    "thread_id" INTEGER,
    "head_message_id" INTEGER,
    "wait_message_id" INTEGER,
    "wait_position" INTEGER,
    "counselor_id" INTEGER,
    "after_hours" BOOLEAN NOT NULL DEFAULT false,
    "keep_history" BOOLEAN NOT NULL DEFAULT false,
    "in_topic" BOOLEAN NOT NULL DEFAULT false,
    "waiting" INTEGER NOT NULL DEFAULT 0,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "claimed_at" TIMESTAMPTZ(3),
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "close_note" TEXT,
    "rating_open" BOOLEAN NOT NULL DEFAULT false,
    "history_until" TIMESTAMPTZ(3),

    CONSTRAINT "counsel_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_link" (
    "case_id" INTEGER NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "chat" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_link_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "case_message" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "source_message_id" INTEGER NOT NULL,
    "person_message_id" INTEGER,
    "counselor_id" INTEGER,
    "counselor_message_id" INTEGER,
    "state" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "counselor" (
    "id" SERIAL NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "chat" TEXT,
    "current_case_id" INTEGER,
    "header_case_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "counselor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_audit" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "case_ref" TEXT,
    "action" TEXT NOT NULL,
    "actor_id" INTEGER,
    "actor_alias" TEXT,
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "case_audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_block" (
    "pseudonym" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "blocked_by" INTEGER,
    "blocked_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_block_pkey" PRIMARY KEY ("pseudonym")
);

-- CreateTable
CREATE TABLE "case_rating" (
    "id" SERIAL NOT NULL,
    "day" DATE NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "case_rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "counselor_pause" (
    "id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "by" TEXT NOT NULL,

    CONSTRAINT "counselor_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_history" (
    "id" SERIAL NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "case_ref" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "counsel_case_ref_key" ON "counsel_case"("ref");

-- CreateIndex
CREATE INDEX "counsel_case_status_priority_opened_at_idx" ON "counsel_case"("status", "priority", "opened_at");

-- CreateIndex
CREATE INDEX "counsel_case_pseudonym_idx" ON "counsel_case"("pseudonym");

-- CreateIndex
CREATE INDEX "counsel_case_thread_id_idx" ON "counsel_case"("thread_id");

-- CreateIndex
CREATE INDEX "case_link_pseudonym_idx" ON "case_link"("pseudonym");

-- CreateIndex
CREATE INDEX "case_message_counselor_id_counselor_message_id_idx" ON "case_message"("counselor_id", "counselor_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_message_case_id_source_source_message_id_key" ON "case_message"("case_id", "source", "source_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "counselor_pseudonym_key" ON "counselor"("pseudonym");

-- CreateIndex
CREATE INDEX "case_audit_at_idx" ON "case_audit"("at");

-- CreateIndex
CREATE INDEX "case_rating_day_idx" ON "case_rating"("day");

-- CreateIndex
CREATE INDEX "case_history_pseudonym_idx" ON "case_history"("pseudonym");


-- One open case per person at a time (two taps on "Talk to a person", or two instances).
CREATE UNIQUE INDEX "counsel_case_one_open_per_person" ON "counsel_case"("pseudonym") WHERE "status" <> 'closed';
