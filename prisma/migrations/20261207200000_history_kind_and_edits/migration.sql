-- A kept line says what the person sent (a photo, a voice message: the kind only, never the file) and whether
-- they corrected it; an edit finds its line through the message map's row. Older lines are text, unedited.
-- AlterTable
ALTER TABLE "case_history" ADD COLUMN     "case_message_id" INTEGER,
ADD COLUMN     "edited" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'text';

-- CreateIndex
CREATE INDEX "case_history_case_message_id_idx" ON "case_history"("case_message_id");
