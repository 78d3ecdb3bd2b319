-- A person told at the consent question that no counselor speaks their language is not told again in the waiting
-- message of the case that question opened (its refreshes, its answer to "when?"); a case opened without the
-- question (consent given before, another day) still says it once.
-- AlterTable
ALTER TABLE "counsel_case" ADD COLUMN "language_told" BOOLEAN NOT NULL DEFAULT false;
