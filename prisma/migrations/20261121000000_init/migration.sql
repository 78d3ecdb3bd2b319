-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "stored_state" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stored_state_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "stored_state_expires_at_idx" ON "stored_state"("expires_at");

