// The knowledge base's entries as the tests name them, and which entry a reply shows first.
import type { FaqEntry } from "../../src/knowledge/schema.ts";
import { testContent } from "./content.ts";

const { base } = testContent().knowledge;
const questions = new Set(
  base.entries.flatMap((item) => [item.kk.question, item.ru.question, item.en.question]),
);

/** The entry with this id; a test naming an entry that does not exist fails at once. */
export function entry(id: string): FaqEntry {
  const found = base.entriesById.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

/**
 * The question a reply shows first: the full answer's (its first line; its "Not what you meant?" list follows on the
 * same message) or, in a list of choices, the first ("1. …"); undefined when it shows neither.
 */
export function shownFirst(reply: string | undefined): string | undefined {
  const lines = (reply ?? "").split("\n");
  if (questions.has(lines[0] ?? "")) return lines[0];
  return lines.find((line) => line.startsWith("1. "))?.slice(3);
}
