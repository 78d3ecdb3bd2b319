// The shape of src/, checked (issue 11, "done when"):
// - only src/db/ imports the Prisma client or writes SQL;
// - no feature folder imports another feature folder (where one feature needs another, createBot
//   passes a function in; what several share lives in a shared module), and no shared module
//   imports a feature (only the composition roots put features together);
// - the shared domains several features read (crisis detection, knowledge base, directory) have
//   no grammY in them;
// - no file in src/ over 400 lines (generated code apart);
// - nothing registers itself at import time: no module calls into an imported module from its
//   top level (registries filled at import were how features reached consent and the purge).
// Each ALLOWED_* list holds today's remaining offenders, one commented line each; it shrinks to
// empty as they are fixed, and a line that no longer offends fails the test, so it must go.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/**
 * The features: folders whose composer createBot lists. Everything else in src/ is shared (bot,
 * config, consent, content, crisis detection, db, dev, i18n, the knowledge base, the directory of
 * centers, statistics, retention, …) or where the features are put together (COMPOSITION_ROOTS).
 */
const FEATURES = [
  "welcome",
  "language",
  "crisis-reply",
  "triage",
  "questions",
  "centers",
  "counselors",
  "privacy-rights",
  "unhandled",
];

/** Rules several features read: plain TypeScript, no grammY, testable alone and usable by any channel. */
const DOMAINS = ["crisis", "knowledge", "referral"];

/** Where the features are put together: the only places outside them that may import them. */
const COMPOSITION_ROOTS = [/^bot\/index\.ts$/, /^bot\/jobs\.ts$/, /^main\.ts$/, /^cli\//, /^runtime\//];

/** Files that run when started, not when imported: their top level does work on purpose. */
const ENTRY_POINTS = [/^main\.ts$/, /^cli\//];

const MAX_LINES = 400;

// ── Allow-lists: today's offenders, each to be removed when fixed ──────────────────────────────

const ALLOWED_FEATURE_IMPORTS: string[] = [];

const ALLOWED_SHARED_IMPORTS: string[] = [
  // the session's shape names what the triage and the chat trail keep in it (types only).
  "bot/context.ts -> privacy-rights",
  "bot/context.ts -> triage",
  // the one content loader reads each part with its own schema: the canned replies, the triage's links.
  "content/load.ts -> counselors",
  "content/load.ts -> triage",
];

const ALLOWED_DATABASE_ACCESS: string[] = [];

const ALLOWED_LONG_FILES: string[] = [];

const ALLOWED_IMPORT_TIME_CALLS: string[] = [];

// ── Reading src/ ─────────────────────────────────────────────────────────────────────────────

interface SourceFile {
  /** Relative to src/, with forward slashes. */
  name: string;
  text: string;
}

function sources(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(SRC, "generated")) walk(full);
      } else if (entry.name.endsWith(".ts")) {
        files.push({
          name: path.relative(SRC, full).split(path.sep).join("/"),
          text: readFileSync(full, "utf8"),
        });
      }
    }
  };
  walk(SRC);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

const SOURCES = sources();

function topFolder(name: string): string {
  return name.includes("/") ? name.slice(0, name.indexOf("/")) : "";
}

/** Every module a file imports or re-exports (static and dynamic), as paths relative to src/. */
function importsOf(file: SourceFile): string[] {
  const specifiers = [
    ...file.text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/g),
    ...file.text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) =>
      path
        .relative(SRC, path.resolve(SRC, path.dirname(file.name), specifier))
        .split(path.sep)
        .join("/"),
    );
}

/** Lines `allowed` holds that `found` does not: offenders fixed since, to be removed from the list. */
function stale(allowed: string[], found: string[]): string[] {
  return allowed.filter((line) => !found.includes(line));
}

// ── The checks ───────────────────────────────────────────────────────────────────────────────

describe("the shape of src/", () => {
  it("lists only feature and domain folders that exist", () => {
    const folders = new Set(SOURCES.map((file) => topFolder(file.name)));
    expect([...FEATURES, ...DOMAINS].filter((folder) => !folders.has(folder))).toEqual([]);
  });

  it("has no feature folder importing another feature folder", () => {
    const found = new Set<string>();
    for (const file of SOURCES) {
      const own = topFolder(file.name);
      if (!FEATURES.includes(own)) continue;
      for (const target of importsOf(file)) {
        const other = topFolder(target);
        if (other !== own && FEATURES.includes(other)) found.add(`${file.name} -> ${other}`);
      }
    }
    const offenders = [...found];
    expect(offenders.filter((line) => !ALLOWED_FEATURE_IMPORTS.includes(line))).toEqual([]);
    expect(stale(ALLOWED_FEATURE_IMPORTS, offenders)).toEqual([]);
  });

  it("has no shared module importing a feature (where features are put together apart)", () => {
    const found = new Set<string>();
    for (const file of SOURCES) {
      const own = topFolder(file.name);
      if (FEATURES.includes(own) || COMPOSITION_ROOTS.some((pattern) => pattern.test(file.name))) continue;
      for (const target of importsOf(file)) {
        const feature = topFolder(target);
        if (FEATURES.includes(feature)) found.add(`${file.name} -> ${feature}`);
      }
    }
    const offenders = [...found];
    expect(offenders.filter((line) => !ALLOWED_SHARED_IMPORTS.includes(line))).toEqual([]);
    expect(stale(ALLOWED_SHARED_IMPORTS, offenders)).toEqual([]);
  });

  it("keeps the shared domains free of grammY (crisis detection, the knowledge base, the directory)", () => {
    const grammy = /from\s+"(?:grammy|@grammyjs\/[^"]+)(?:\/[^"]*)?"/;
    const offenders = SOURCES.filter(
      (file) =>
        DOMAINS.includes(topFolder(file.name)) &&
        (grammy.test(file.text) || importsOf(file).some((target) => topFolder(target) === "bot")),
    ).map((file) => file.name);
    expect(offenders).toEqual([]);
  });

  it("reaches the database only in src/db/: no Prisma client and no SQL elsewhere", () => {
    // Imported, or reached through the Database object (db.prisma.…, db.sql).
    const prisma =
      /from\s+"[^"]*(?:generated\/prisma|@prisma\/client|@prisma\/adapter-[a-z]+)[^"]*"|\.prisma\./;
    // db.sql, or the driver under Prisma (driverOf, src/db/connect.ts), which is for src/db only.
    const rawSql = /\.sql\b|\bdriverOf\b/;
    // SQL keywords as SQL writes them (upper case, followed by what they take), and raw query APIs.
    const sql =
      /\b(?:SELECT\s+(?:\*|\d|[a-z_"(])|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+"?[a-z_]+"?\s+SET|CREATE\s+(?:TABLE|INDEX)|ALTER\s+TABLE|DROP\s+TABLE|pg_(?:try_)?advisory)|\$(?:queryRaw|executeRaw)(?:Unsafe)?\b/;
    const offenders: string[] = [];
    for (const file of SOURCES) {
      if (file.name.startsWith("db/")) continue;
      if (prisma.test(file.text)) offenders.push(`${file.name}: Prisma client`);
      if (sql.test(file.text) || rawSql.test(file.text)) offenders.push(`${file.name}: SQL`);
    }
    expect(offenders.filter((line) => !ALLOWED_DATABASE_ACCESS.includes(line))).toEqual([]);
    expect(stale(ALLOWED_DATABASE_ACCESS, offenders)).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines (generated code apart)`, () => {
    const offenders = SOURCES.filter((file) => file.text.split("\n").length - 1 > MAX_LINES).map(
      (file) => file.name,
    );
    expect(offenders.filter((name) => !ALLOWED_LONG_FILES.includes(name))).toEqual([]);
    expect(stale(ALLOWED_LONG_FILES, offenders)).toEqual([]);
  });

  it("registers nothing at import time: no top-level statement calls into an imported module", () => {
    const offenders: string[] = [];
    for (const file of SOURCES) {
      if (ENTRY_POINTS.some((pattern) => pattern.test(file.name))) continue;
      for (const call of importTimeCalls(file)) offenders.push(`${file.name}: ${call}`);
    }
    expect(offenders.filter((line) => !ALLOWED_IMPORT_TIME_CALLS.includes(line))).toEqual([]);
    expect(stale(ALLOWED_IMPORT_TIME_CALLS, offenders)).toEqual([]);
  });
});

/**
 * Calls made for their effect by a module's top-level statements (not values being defined) whose
 * callee is imported: `registerPurge(…)`, `onConsentAnswer(…)`, `imported.map.set(…)`. Calls on the
 * module's own values (`composer.command(…)` on a composer it created) are its own business.
 */
function importTimeCalls(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.name, file.text, ts.ScriptTarget.Latest, true);
  const imported = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const clause = statement.importClause;
    if (clause.name) imported.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) imported.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) imported.add(element.name.text);
    }
  }
  const calls: string[] = [];
  // A top-level `const x = f()` defines a value; statements (also inside top-level loops and
  // conditions) run for their effect.
  const visit = (statement: ts.Statement): void => {
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression;
      if (!ts.isCallExpression(expression)) return;
      const root = rootIdentifier(expression.expression);
      if (root && imported.has(root)) calls.push(expression.expression.getText(source));
    } else if (ts.isBlock(statement)) {
      statement.statements.forEach(visit);
    } else if (ts.isIfStatement(statement)) {
      visit(statement.thenStatement);
      if (statement.elseStatement) visit(statement.elseStatement);
    } else if (ts.isIterationStatement(statement, false)) {
      visit(statement.statement);
    }
  };
  source.statements.forEach(visit);
  return calls;
}

function rootIdentifier(expression: ts.Expression): string | undefined {
  let current: ts.Expression = expression;
  while (
    ts.isPropertyAccessExpression(current) ||
    ts.isElementAccessExpression(current) ||
    ts.isCallExpression(current)
  ) {
    current = current.expression;
  }
  return ts.isIdentifier(current) ? current.text : undefined;
}
