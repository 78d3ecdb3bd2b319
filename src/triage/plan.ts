// The triage's questions and what its answers lead to, with no Telegram in it: who is
// writing, what worries them, how urgent it is and where they are decide which answers,
// centers and offer of a counselor come first.
import type { ContentProblem } from "../content/yaml.ts";

export const WHO = ["self", "family", "professional", "other"] as const;
export const CONCERNS = [
  "recruitment",
  "changed-behaviour",
  "returnee",
  "study-abroad",
  "online-materials",
  "legal",
  "leaving-group",
  "other",
] as const;
export const URGENCY = ["now", "soon", "info"] as const;

export type Who = (typeof WHO)[number];
export type Concern = (typeof CONCERNS)[number];
export type Urgency = (typeof URGENCY)[number];

/** What the triage learned; kept in the session for the counselor's case summary. */
export interface TriageAnswers {
  who: Who;
  concern: Concern;
  urgency: Urgency;
  /** A region code from scenarios/regions.yaml; absent when skipped. */
  region?: string;
  /** When the triage was finished (ms since epoch). */
  at: number;
}

/** The steps in the order they are asked. The region comes last: a shared location then ends the conversation at once. */
export const STEPS = ["who", "concern", "urgency", "region"] as const;
export type Step = (typeof STEPS)[number];

// Knowledge-base entries (scenarios/faq) per concern, most relevant first. A person asking
// for themselves gets the entries written to them; a relative, friend or professional the ones about someone else.
const ANSWERS: Record<Concern, { self: readonly string[]; others: readonly string[] }> = {
  recruitment: {
    self: ["online-recruitment", "doubts-about-my-group", "promises-to-women"],
    others: ["online-recruitment", "warning-signs", "talk-to-relative"],
  },
  "changed-behaviour": {
    self: ["devout-or-radical", "doubts-about-my-group", "emotional-support"],
    others: ["warning-signs", "devout-or-radical", "talk-to-relative", "what-not-to-do"],
  },
  returnee: { self: ["returnees", "fear-of-police"], others: ["returnees", "how-to-keep-contact"] },
  "study-abroad": {
    self: ["study-abroad", "traditional-scholars"],
    others: ["study-abroad", "talk-to-relative"],
  },
  "online-materials": {
    self: ["extremist-materials", "chats-and-reposts"],
    others: ["extremist-materials", "chats-and-reposts", "child-online-safety"],
  },
  legal: {
    self: ["legal-consequences", "lawyer-help", "fear-of-police"],
    others: ["legal-consequences", "lawyer-help"],
  },
  "leaving-group": {
    self: ["leave-a-group", "emotional-support"],
    others: ["leave-a-group", "how-to-keep-contact"],
  },
  other: {
    self: ["what-centers-do", "who-are-counselors"],
    others: ["what-centers-do", "who-are-counselors"],
  },
};

/** What the result offers, most prominent first. */
export type ResultItem =
  | { kind: "emergency" }
  | { kind: "answers"; ids: readonly string[] }
  | { kind: "centers" }
  | { kind: "counselor" };

export function answersFor(who: Who, concern: Concern): readonly string[] {
  return who === "self" ? ANSWERS[concern].self : ANSWERS[concern].others;
}

/**
 * Answers first, then centers, then a counselor; when someone is in danger now, the emergency
 * line and a counselor come first and the reading comes last.
 */
export function planResult(answers: Pick<TriageAnswers, "who" | "concern" | "urgency">): ResultItem[] {
  const reading: ResultItem = { kind: "answers", ids: answersFor(answers.who, answers.concern) };
  if (answers.urgency === "now")
    return [{ kind: "emergency" }, { kind: "counselor" }, { kind: "centers" }, reading];
  return [reading, { kind: "centers" }, { kind: "counselor" }];
}

/** Checked by the content loader: every answer the triage links to exists in the knowledge base. */
export function checkTriageLinks(known: ReadonlyMap<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const concern of CONCERNS) {
    for (const id of new Set([...ANSWERS[concern].self, ...ANSWERS[concern].others])) {
      if (!known.has(id)) {
        problems.push({
          file: "src/triage/plan.ts",
          line: 1,
          message: `triage answers for "${concern}" name "${id}", which is not in scenarios/faq`,
        });
      }
    }
  }
  return problems;
}
