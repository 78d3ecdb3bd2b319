// Browsing the knowledge base page by page, and the index the bot answers from.
// Plain TypeScript: a second channel (a web page) can browse the same way.
import { findPlace, findPlaceNearby } from "../referral/place-names.ts";
import { findUnlistedPlace } from "../referral/unlisted-place.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { createMatcher, type Matcher } from "./matcher.ts";
import { createRouter, type Router } from "./routing.ts";
import type { FaqCategory, FaqEntry } from "./schema.ts";

export const QUESTIONS_PER_PAGE = 6;
/** A long message is matched on its beginning only: it says what the message is about, and keeps matching fast. */
export const MAX_MATCHED_CHARS = 1_000;

export interface Knowledge {
  base: KnowledgeBase;
  matcher: Matcher;
  /** Decides where a free-text message goes (routing.ts); a typed city goes to the directory. */
  router: Router;
  /** Builds the matcher's index now (it is built on first use otherwise). */
  prepare(): void;
}

/**
 * The router over a knowledge base, with the place names of the referral directory; a settlement it does not list
 * ("поселок Шубарколь") is a place too, which the directory says it does not know (src/centers).
 */
export function routerFor(base: KnowledgeBase, matcher: Matcher = createMatcher(base)): Router {
  const findListedOrUnlisted = (text: string) => findPlace(text) ?? findUnlistedPlace(text);
  return createRouter({ base, matcher, findPlace: findListedOrUnlisted, findPlaceNearby });
}

/**
 * The knowledge base with its matcher and router, made once by the content loader. The matcher's
 * index is built on the first match or on `prepare()`: about a tenth of the start-up that the first
 * answer (a welcome, a crisis reply) does not need; src/main.ts prepares it just after the start.
 */
export function indexKnowledge(base: KnowledgeBase): Knowledge {
  let built: Matcher | undefined;
  const prepared = () => {
    built ??= createMatcher(base);
    return built;
  };
  const matcher: Matcher = { match: (text, options) => prepared().match(text, options) };
  return {
    base,
    matcher,
    router: routerFor(base, matcher),
    prepare: () => {
      prepared();
    },
  };
}

export interface QuestionPage {
  category: FaqCategory;
  entries: readonly FaqEntry[];
  /** 0-based; a page past the end is shown as the last one. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last entry shown, out of `total`. */
  first: number;
  last: number;
  total: number;
}

/** One page of a category's questions; undefined when the category does not exist (any more). */
export function questionPage(
  base: KnowledgeBase,
  categoryId: string,
  requestedPage: number,
): QuestionPage | undefined {
  const category = base.categories.find((candidate) => candidate.id === categoryId);
  if (!category) return undefined;
  const all = base.entriesByCategory.get(category.id) ?? [];
  const pageCount = Math.max(1, Math.ceil(all.length / QUESTIONS_PER_PAGE));
  const page = Math.min(Math.max(0, Math.trunc(requestedPage)), pageCount - 1);
  const start = page * QUESTIONS_PER_PAGE;
  const entries = all.slice(start, start + QUESTIONS_PER_PAGE);
  return {
    category,
    entries,
    page,
    pageCount,
    first: start + 1,
    last: start + entries.length,
    total: all.length,
  };
}

/** The page of its category an entry is listed on: where "Back" from its answer leads. */
export function pageOfEntry(base: KnowledgeBase, entry: FaqEntry): number {
  const position = (base.entriesByCategory.get(entry.category) ?? []).indexOf(entry);
  return Math.max(0, Math.floor(position / QUESTIONS_PER_PAGE));
}

/** The part of a message that is matched. */
export function textToMatch(text: string): string {
  return text.slice(0, MAX_MATCHED_CHARS);
}
