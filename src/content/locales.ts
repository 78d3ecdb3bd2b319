// locales/{kk,ru,en}.ftl, read by the content loader: each file must parse as Fluent (by
// @fluent/syntax, which reports what the runtime parser silently skips), and the three languages
// must have the same messages, the same attributes and the same variables ({ $name }) in each.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Entry, FluentParser, Visitor } from "@fluent/syntax";
import { LOCALES, type Locale } from "../config/index.ts";
import type { ContentProblem } from "./yaml.ts";

/** One message or term: where it is defined, and the variables of its value and of each attribute. */
interface Message {
  line: number;
  /** "" for the value, else the attribute's name → the variables used there. */
  parts: Map<string, Set<string>>;
}

interface LocaleFile {
  file: string;
  text: string;
  messages: Map<string, Message>;
}

class VariableNames extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }): void {
    this.names.add(node.id.name);
  }
}

function variablesOf(node: Parameters<Visitor["visit"]>[0] | null): Set<string> {
  const visitor = new VariableNames();
  if (node) visitor.visit(node);
  return visitor.names;
}

/** The line of an offset, from the offsets where lines start (a binary search: the files have thousands). */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    starts.push(index + 1);
  return starts;
}

function readLocale(file: string, problems: ContentProblem[]): LocaleFile {
  const text = readFileSync(file, "utf8");
  const relative = path.relative(process.cwd(), file) || file;
  const messages = new Map<string, Message>();
  const lineStarts = lineStartsOf(text);
  const resource = new FluentParser({ withSpans: true }).parse(text);
  for (const entry of resource.body as Entry[]) {
    if (entry.type === "Junk") {
      for (const annotation of entry.annotations) {
        problems.push({
          file: relative,
          line: lineAt(lineStarts, annotation.span?.start ?? entry.span?.start ?? 0),
          message: `Fluent syntax: ${annotation.message}`,
        });
      }
      continue;
    }
    if (entry.type !== "Message" && entry.type !== "Term") continue;
    const id = `${entry.type === "Term" ? "-" : ""}${entry.id.name}`;
    const line = lineAt(lineStarts, entry.span?.start ?? 0);
    if (messages.has(id)) {
      problems.push({ file: relative, line, message: `"${id}" is defined twice` });
    }
    const parts = new Map<string, Set<string>>([["", variablesOf(entry.value)]]);
    for (const attribute of entry.attributes) parts.set(attribute.id.name, variablesOf(attribute.value));
    messages.set(id, { line, parts });
  }
  return { file: relative, text, messages };
}

function describe(id: string, part: string): string {
  return part === "" ? `"${id}"` : `"${id}.${part}"`;
}

/** Every message of every other language must be in this one, with the same attributes and variables. */
function parityProblems(files: ReadonlyMap<Locale, LocaleFile>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [locale, mine] of files) {
    for (const [otherLocale, other] of files) {
      if (otherLocale === locale) continue;
      const where = (message: Message) => `${otherLocale}.ftl:${message.line}`;
      for (const [id, theirs] of other.messages) {
        const own = mine.messages.get(id);
        if (!own) {
          problems.push({
            file: mine.file,
            line: 1,
            message: `"${id}" is missing (defined in ${where(theirs)})`,
          });
          continue;
        }
        for (const [part, variables] of theirs.parts) {
          const ownVariables = own.parts.get(part);
          if (!ownVariables) {
            problems.push({
              file: mine.file,
              line: own.line,
              message: `${describe(id, part)} is missing (defined in ${where(theirs)})`,
            });
            continue;
          }
          for (const variable of variables) {
            if (ownVariables.has(variable)) continue;
            problems.push({
              file: mine.file,
              line: own.line,
              message: `${describe(id, part)} does not use $${variable}, which ${otherLocale}.ftl uses`,
            });
          }
        }
      }
    }
  }
  return problems;
}

/** The text of each locale file, and every problem of syntax and of parity between the three. */
export function readLocales(dir: string): {
  texts: Partial<Record<Locale, string>>;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const files = new Map<Locale, LocaleFile>();
  for (const locale of LOCALES) {
    const file = path.join(dir, `${locale}.ftl`);
    if (!existsSync(file)) {
      problems.push({
        file: path.relative(process.cwd(), file) || file,
        line: 1,
        message: "locale file is missing",
      });
      continue;
    }
    files.set(locale, readLocale(file, problems));
  }
  problems.push(...parityProblems(files));
  return { texts: Object.fromEntries([...files].map(([locale, file]) => [locale, file.text])), problems };
}
