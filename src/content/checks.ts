// Every check that `npm run content:check` runs. Each content module contributes one;
// a check returns problems instead of throwing so that all of them are reported at once.
import type { ContentProblem } from "./yaml.ts";

export interface ContentCheck {
  name: string;
  run(scenarios: string): ContentProblem[];
}

export const contentChecks: ContentCheck[] = [];
