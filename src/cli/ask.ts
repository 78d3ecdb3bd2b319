// `npm run ask -- --lang ru "текст вопроса"`: where the bot would send a message, and the knowledge
// base entries that match it, best first, one JSON object per line. For content writers checking how
// a phrasing is understood. Each line says what the bot does with it: "answer" (shown straight away),
// "also" (a second concern the message told, offered under the answer), "alternative" (offered under the answer or
// the support), "choice" (offered in a list or after a clarifying question)
// or "hidden"; `route` is the decision for the whole message: crisis, answer, choices, clarify, directory,
// support or none. The crisis detector reads every message before the router: when it raises a category the
// bot's first reply is the crisis reply (emergency numbers), so those lines come first and route is "crisis"; the
// entries' lines then say whether the answer follows it (travel pressure alone: src/bot/safety.ts) or stays hidden.
import { parseArgs } from "node:util";
import { answerFollowsCrisis } from "../bot/safety.ts";
import { loadContent } from "../content/load.ts";
import { type Route, SUPPORT_ENTRY } from "../knowledge/routing.ts";
import { type FaqLocale, faqLocales } from "../knowledge/schema.ts";

const USAGE = 'usage: npm run ask -- [--lang kk|ru|en] [--limit 5] "question text"';
// --help, an unknown option or a bad value gets the usage line and exit code 2, never a stack trace.
const args = (() => {
  try {
    return parseArgs({
      options: {
        lang: { type: "string" },
        limit: { type: "string", default: "5" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
    process.exit(2);
  }
})();
const { values, positionals } = args;
const text = positionals.join(" ").trim();
const locale = values.lang;
const limit = Number(values.limit);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (
  !text ||
  (locale !== undefined && !faqLocales.includes(locale as FaqLocale)) ||
  !Number.isInteger(limit) ||
  limit < 1
) {
  console.error(USAGE);
  process.exit(2);
}

const content = loadContent();
const crisis = content.crisis.detector.detect(text);
const { route, ranked, perspective } = content.knowledge.router.route(text, {
  locale: locale as FaqLocale | undefined,
});
const decided = crisis.length ? "crisis" : route.kind;
// What the router decided is sent: with no crisis reply, or after one when it answers what was asked.
const sent =
  crisis.length === 0 ||
  answerFollowsCrisis(
    crisis.map(({ category }) => category),
    route.kind,
  );
const print = (line: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...line, route: decided, ...(perspective ? { perspective } : {}) }));

for (const { category, matched, pattern } of crisis)
  print({ id: "crisis", category, matched, pattern, shown: "crisis-reply" });
if (route.kind === "directory" && sent)
  print({ id: "directory", region: route.region ?? null, shown: "directory" });
if (!crisis.length) {
  if (route.kind === "none")
    print({
      id: "none",
      reason: route.reason,
      shown:
        route.reason === "insult"
          ? "kind-reply"
          : route.reason === "no-match"
            ? "no-answer"
            : route.reason === "faith"
              ? "no-ruling"
              : "courtesy",
    });
  if (route.kind === "support") print({ id: SUPPORT_ENTRY, shown: "support" });
  if (route.kind === "counselor") print({ id: "counselor", shown: "counselor" });
  // A clarifying question with nothing to offer yet: "who is it about?", then where to start.
  if (route.kind === "clarify" && route.candidates.length === 0) print({ id: "clarify", shown: "question" });
}
for (const { id, score } of ranked.slice(0, limit)) {
  if (route.kind === "support" && id === SUPPORT_ENTRY) continue;
  print({ id, score: Math.round(score * 1000) / 1000, shown: sent ? shownAs(route, id) : "hidden" });
}

function shownAs(decision: Route, id: string): string {
  switch (decision.kind) {
    case "answer":
      if (decision.best.id === id) return "answer";
      // a second concern the message told, offered under the answer
      if (decision.also?.id === id) return "also";
      return decision.alternatives.some((result) => result.id === id) ? "alternative" : "hidden";
    case "support":
      return decision.alternatives.some((result) => result.id === id) ? "alternative" : "hidden";
    case "choices":
    case "clarify":
      return decision.candidates.some((result) => result.id === id) ? "choice" : "hidden";
    case "none":
      return decision.reason === "faith" && decision.candidates.some((result) => result.id === id)
        ? "choice"
        : "hidden";
    default:
      return "hidden";
  }
}
