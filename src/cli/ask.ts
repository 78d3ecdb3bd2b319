// `npm run ask -- --lang ru "текст вопроса"`: the knowledge base entries that match a message, best
// first, one JSON object per line. For content writers checking how a phrasing is understood.
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../knowledge/knowledge-base.ts";
import { createMatcher } from "../knowledge/matcher.ts";
import { type FaqLocale, faqLocales } from "../knowledge/schema.ts";

const { values, positionals } = parseArgs({
  options: { lang: { type: "string" }, limit: { type: "string", default: "5" } },
  allowPositionals: true,
});
const text = positionals.join(" ").trim();
const locale = values.lang;
if (!text || (locale !== undefined && !faqLocales.includes(locale as FaqLocale))) {
  console.error('usage: npm run ask -- [--lang kk|ru|en] [--limit 5] "question text"');
  process.exit(2);
}

const matcher = createMatcher(loadKnowledgeBase());
for (const { id, score } of matcher.match(text, {
  locale: locale as FaqLocale | undefined,
  limit: Number(values.limit),
})) {
  console.log(JSON.stringify({ id, score: Math.round(score * 1000) / 1000 }));
}
