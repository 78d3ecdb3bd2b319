// Every check that `npm run content:check` runs. Each content module contributes one;
// a check returns problems instead of throwing so that all of them are reported at once.
import { checkTemplates } from "../counselors/templates.ts";
import { checkCrisisPhrases } from "../crisis/phrases.ts";
import { localesCheck } from "../i18n/check.ts";
import { checkKnowledgeBase } from "../knowledge/knowledge-base.ts";
import { checkDirectory } from "../referral/directory.ts";
import { checkTriageLinks } from "../triage/plan.ts";
import type { ContentProblem } from "./yaml.ts";

export interface ContentCheck {
  name: string;
  run(scenarios: string): ContentProblem[];
}

export const contentChecks: ContentCheck[] = [
  localesCheck,
  { name: "centers", run: checkDirectory },
  { name: "faq", run: checkKnowledgeBase },
  { name: "crisis", run: checkCrisisPhrases },
  { name: "templates", run: checkTemplates },
  { name: "triage", run: checkTriageLinks },
];
