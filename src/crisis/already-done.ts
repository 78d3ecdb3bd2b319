// A self-harm act told as already done ("я выпила много таблеток час назад", "I already took the pills", "kop dari
// iship qoidym"): the "already-done" lists of scenarios/crisis/{kk,ru,en}.yaml, read only in a message that raised
// self-harm. The crisis reply then leads with "call an ambulance now, even if you feel fine" (src/bot/safety.ts).
import type { CrisisDetector } from "./detector.ts";
import { compileNegationRules, isNegated, type NegationRules } from "./negation.ts";
import { type Entry, PatternIndex } from "./pattern-index.ts";
import { type CompiledPattern, compilePatterns, loosenPattern, matchAt } from "./patterns.ts";
import { type CrisisPhrases, crisisLanguages, gapsOf } from "./phrases.ts";
import { type Token, tokenize } from "./text.ts";

type DoneEntry = Entry & { negation: NegationRules };

/** `rules`, with its self-harm match marked `done` when the message tells the act as done. */
export function withActsDone(rules: CrisisDetector, phrases: CrisisPhrases): CrisisDetector {
  const acts = new PatternIndex<DoneEntry>();
  for (const language of crisisLanguages) {
    const file = phrases[language];
    const negation = compileNegationRules(file.negations);
    const adapt = language === "kk" ? loosenPattern : (pattern: CompiledPattern) => pattern;
    for (const source of file["already-done"]) {
      for (const compiled of compilePatterns(source, gapsOf(file), file.groups)) {
        acts.add({ pattern: adapt(compiled), language, negation });
      }
    }
  }

  /** Whether a pattern matches, not denied ("I haven't taken them yet", "әлі ішкен жоқпын"). */
  function toldAsDone(tokens: readonly Token[]): boolean {
    const candidates: DoneEntry[] = [];
    for (let index = 0; index < tokens.length; index++) {
      acts.collect(tokens[index]!, candidates);
      for (const entry of candidates) {
        const positions = matchAt(entry.pattern, tokens, index);
        if (positions && !isNegated(entry.negation, tokens, positions, entry.pattern.words)) return true;
      }
    }
    return false;
  }

  return {
    detect(text) {
      const matches = rules.detect(text);
      const index = matches.findIndex((match) => match.category === "self-harm");
      if (index < 0 || !toldAsDone(tokenize(text))) return matches;
      return matches.map((match, at) => (at === index ? { ...match, done: true as const } : match));
    },
  };
}
