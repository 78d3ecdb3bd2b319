// The periodic jobs the features contribute, run after the generic expiry deletes by every purge:
// the bot's own timer (src/runtime/service.ts, src/main.ts) and `npm run purge` (src/cli/purge.ts),
// which builds no bot. A feature with periodic work adds its jobs here.
import { counselorJobs } from "../counselors/jobs.ts";
import type { PurgeJobs } from "../retention/index.ts";

export const PURGE_JOBS: PurgeJobs = { ...counselorJobs };
