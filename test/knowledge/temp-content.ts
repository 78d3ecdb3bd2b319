// Helpers for tests that load a knowledge base written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { ContentError, formatProblem } from "../../src/content/yaml.ts";

/** Returns a writer of knowledge-base files into a fresh folder, removed after each test. */
export function temporaryKnowledgeBase(): (files: Record<string, string>) => string {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return (files) => {
    dir = mkdtempSync(path.join(tmpdir(), "faq-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
}

/** The "file:line: problem" lines of the ContentError that `load` throws. */
export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected a ContentError");
}
