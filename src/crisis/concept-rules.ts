// The second pass of the detector: finds the words of each concept (concepts.yaml) in a message
// and raises a category when one of its rules has a word of every concept in one sentence, within
// the file's window. A concept listed as negatable loses the words a negation governs, by the same
// per-language rules as the patterns (negation.ts); a category's ordinary concepts cancel it in
// their sentence ("birthday", "joke", "visa centre").
import { type CrisisCategory, crisisCategories } from "./categories.ts";
import type { CrisisConcepts } from "./concepts.ts";
import { isNegated, type NegationRules } from "./negation.ts";
import { type Entry, PatternIndex } from "./pattern-index.ts";
import { compilePattern, loosenPattern, matchAt } from "./patterns.ts";
import { type CrisisLanguage, crisisLanguages, exactGaps } from "./phrases.ts";
import type { Token } from "./text.ts";

interface ConceptEntry extends Entry {
  concept: number;
  negation?: NegationRules;
}

/** Where one concept was found: the positions of its words. */
interface Occurrence {
  positions: number[];
  language: CrisisLanguage;
}

export interface ConceptHit {
  category: CrisisCategory;
  positions: number[];
  language: CrisisLanguage;
  /** The rule, as its concepts' names: "intent + death". */
  source: string;
  /** A rule of concepts.yaml's `firm`: the model may not drop its match. */
  firm?: boolean;
}

export interface ConceptRules {
  /**
   * Every rule that holds, in category order (most severe first), and per sentence the categories
   * its ordinary concepts cancel (a bit per category).
   */
  scan(tokens: readonly Token[]): { hits: ConceptHit[]; cancelled: Map<number, number> };
}

export function compileConceptRules(
  concepts: CrisisConcepts,
  negations: Record<CrisisLanguage, NegationRules>,
): ConceptRules {
  const names = Object.keys(concepts.concepts);
  const id = (name: string) => names.indexOf(name);
  const negatable = new Set(concepts.negatable.map(id));
  const index = new PatternIndex<ConceptEntry>();
  names.forEach((name, concept) => {
    for (const language of crisisLanguages) {
      for (const source of concepts.concepts[name]![language]) {
        const compiled = compilePattern(source, exactGaps);
        index.add({
          pattern: language === "kk" ? loosenPattern(compiled) : compiled,
          language,
          concept,
          negation: negatable.has(concept) ? negations[language] : undefined,
        });
      }
    }
  });
  // "-name" in a rule: the rule does not hold where that concept stands within the window.
  const rules = crisisCategories.flatMap((category) => {
    const firm = new Set((concepts.firm[category] ?? []).map((rule) => rule.join(" + ")));
    return (concepts.rules[category] ?? []).map((rule) => ({
      category,
      concepts: rule.filter((name) => !name.startsWith("-")).map(id),
      absent: rule.filter((name) => name.startsWith("-")).map((name) => id(name.slice(1))),
      source: rule.join(" + "),
      firm: firm.has(rule.join(" + ")),
    }));
  });
  const ordinary = crisisCategories.map((category) => new Set((concepts.ordinary[category] ?? []).map(id)));
  const window = concepts.window;

  /** Per concept, where its words stand. */
  function occurrences(tokens: readonly Token[]): Occurrence[][] {
    const found: Occurrence[][] = names.map(() => []);
    const candidates: ConceptEntry[] = [];
    for (let at = 0; at < tokens.length; at++) {
      index.collect(tokens[at]!, candidates);
      for (const entry of candidates) {
        const positions = matchAt(entry.pattern, tokens, at);
        if (!positions) continue;
        if (entry.negation && isNegated(entry.negation, tokens, positions, entry.pattern.words)) continue;
        found[entry.concept]!.push({ positions, language: entry.language });
      }
    }
    return found;
  }

  /**
   * One occurrence of each concept of the rule, all in one sentence and within the window, picked
   * around each occurrence of the rule's first concept; undefined when the rule does not hold.
   */
  function holds(
    rule: { concepts: readonly number[]; absent: readonly number[] },
    found: Occurrence[][],
    tokens: readonly Token[],
  ): Occurrence[] | undefined {
    for (const anchor of found[rule.concepts[0]!]!) {
      const at = anchor.positions[0]!;
      const sentence = tokens[at]!.sentence;
      const chosen = [anchor];
      const near = (occurrence: Occurrence) => {
        const position = occurrence.positions[0]!;
        return tokens[position]!.sentence === sentence && Math.abs(position - at) <= window;
      };
      if (rule.absent.some((concept) => found[concept]!.some(near))) continue;
      for (const concept of rule.concepts.slice(1)) {
        const next = found[concept]!.find(
          (occurrence) =>
            near(occurrence) && chosen.every((other) => !other.positions.includes(occurrence.positions[0]!)),
        );
        if (!next) break;
        chosen.push(next);
      }
      if (chosen.length === rule.concepts.length) return chosen;
    }
    return undefined;
  }

  return {
    scan(tokens) {
      const found = occurrences(tokens);
      const hits: ConceptHit[] = [];
      for (const rule of rules) {
        const chosen = holds(rule, found, tokens);
        if (!chosen) continue;
        hits.push({
          category: rule.category,
          positions: chosen.flatMap((occurrence) => occurrence.positions).sort((a, b) => a - b),
          language: chosen[0]!.language,
          source: rule.source,
          ...(rule.firm && { firm: true }),
        });
      }
      const cancelled = new Map<number, number>();
      ordinary.forEach((concepts, category) => {
        for (const concept of concepts) {
          for (const { positions } of found[concept]!) {
            const sentence = tokens[positions[0]!]!.sentence;
            cancelled.set(sentence, (cancelled.get(sentence) ?? 0) | (1 << category));
          }
        }
      });
      return { hits, cancelled };
    },
  };
}
