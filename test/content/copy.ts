// A copy of the project's scenarios/ and locales/ in a temporary folder, for tests that break it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { type ContentPaths, projectContent } from "../../src/content/load.ts";

export interface ContentCopy extends ContentPaths {
  /** Replaces text in a file of the copy ("locales/ru.ftl", "scenarios/centers.yaml"). */
  edit(file: string, change: (text: string) => string): void;
}

/** A fresh copy for each test, removed after it. */
export function contentCopies(): () => ContentCopy {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return () => {
    root = mkdtempSync(path.join(tmpdir(), "content-"));
    const scenarios = path.join(root, "scenarios");
    const locales = path.join(root, "locales");
    cpSync(projectContent.scenarios, scenarios, { recursive: true });
    cpSync(projectContent.locales, locales, { recursive: true });
    const base = root;
    return {
      scenarios,
      locales,
      edit(file, change) {
        const full = path.join(base, file);
        writeFileSync(full, change(readFileSync(full, "utf8")));
      },
    };
  };
}
