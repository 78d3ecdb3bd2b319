// scenarios/sources.yaml: every document the content's facts come from, named once (title, publisher,
// date, public address where there is one). A `source` field anywhere in scenarios/ is a list of
// citations, each "<id>" or "<id>: what it supports", and every id must name an entry here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type ContentProblem, readYaml, validate, type YamlSource } from "./yaml.ts";

export const SOURCES_FILE = "sources.yaml";

const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an id is lowercase Latin letters, digits and dashes");

const sourceSchema = z.strictObject({
  id: sourceId,
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1).optional(),
  /** As precise as known: "2021-10-07", "2017". */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  /** A public address, or a path in this repository. */
  address: z.string().trim().min(1).optional(),
  /** What it says that the content relies on, and what is not verified. */
  note: z.string().trim().min(1).optional(),
});

export type Source = z.output<typeof sourceSchema>;

const sourcesFileSchema = z
  .strictObject({ sources: z.array(sourceSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((source, index) => {
      if (seen.has(source.id))
        ctx.addIssue({
          code: "custom",
          path: ["sources", index, "id"],
          message: `duplicate id "${source.id}"`,
        });
      seen.add(source.id);
    });
  });

/** A `source` field: what the facts of an entry rest on, each citation naming an entry of sources.yaml. */
export const citationsSchema = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*(: \S[\s\S]*)?$/, 'a citation is "<id>" or "<id>: what it supports"'),
  )
  .min(1, "cite at least one entry of scenarios/sources.yaml");

/** Reads <scenarios>/sources.yaml; throws ContentError listing every problem. */
export function loadSources(scenarios: string): Source[] {
  return validate(readYaml(path.join(scenarios, SOURCES_FILE)), sourcesFileSchema).sources;
}

/** Every citation in every YAML file under scenarios/ whose id is not in sources.yaml, with its line. */
export function citationProblems(scenarios: string, sources: readonly Source[]): ContentProblem[] {
  const known = new Set(sources.map((source) => source.id));
  const problems: ContentProblem[] = [];
  for (const file of yamlFiles(scenarios)) {
    if (path.relative(scenarios, file) === SOURCES_FILE) continue;
    const yaml = readYaml(file);
    forEachSourceField(yaml.data, [], (value, at) => {
      for (const [index, citation] of (Array.isArray(value) ? value : [value]).entries()) {
        const id = typeof citation === "string" ? citation.split(":")[0]!.trim() : "";
        if (known.has(id)) continue;
        problems.push(unknownSource(yaml, Array.isArray(value) ? [...at, index] : at, id));
      }
    });
  }
  return problems;
}

function unknownSource(yaml: YamlSource, at: PropertyKey[], id: string): ContentProblem {
  return {
    file: yaml.file,
    line: yaml.lineOf(at),
    message: `${at.join(".")}: "${id}" is not an entry of scenarios/${SOURCES_FILE}`,
  };
}

function forEachSourceField(
  value: unknown,
  at: PropertyKey[],
  visit: (value: unknown, at: PropertyKey[]) => void,
) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) forEachSourceField(item, [...at, index], visit);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "source") visit(item, [...at, key]);
      else forEachSourceField(item, [...at, key], visit);
    }
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
