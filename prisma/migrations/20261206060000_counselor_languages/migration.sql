-- The language a counselor reads the desk in (NULL: their Telegram language, else the
-- deployment's default) and the languages they speak with people (for matching cases).
ALTER TABLE "counselor" ADD COLUMN "locale" TEXT;
ALTER TABLE "counselor" ADD COLUMN "speaks" TEXT[] NOT NULL DEFAULT '{}';
