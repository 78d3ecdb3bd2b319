-- A blocked person wrote in a crisis: the block was overridden and the case opened with top
-- priority; supervisors see it on the topic's head message.
ALTER TABLE "counsel_case" ADD COLUMN "blocked_in_crisis" BOOLEAN NOT NULL DEFAULT false;
