-- /forget keeps a counselor's block until it expires, but only its pseudonym, end and reason: when the block
-- began (the day of the person's conversation) is forgotten with the rest, as who blocked already was.
-- AlterTable
ALTER TABLE "case_block" ALTER COLUMN "blocked_at" DROP NOT NULL;
