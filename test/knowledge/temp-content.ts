// Helpers for tests that load a knowledge base written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

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
