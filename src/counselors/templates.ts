// Canned replies (scenarios/templates.yaml): short texts a counselor sends with `/t <id>`,
// in the person's language, validated like every other content file.
import path from "node:path";
import { z } from "zod";
import type { Locale } from "../config/index.ts";
import { readYaml, validate } from "../content/yaml.ts";

const TEMPLATES_FILE = "templates.yaml";
/** A reply in one language; {alias} is the only placeholder. */
const text = z
  .string()
  .trim()
  .min(1)
  .max(1500)
  .superRefine((value, ctx) => {
    const unknown = [...value.matchAll(/\{(\w+)\}/g)]
      .map((match) => match[1])
      .find((name) => name !== "alias");
    if (unknown)
      ctx.addIssue({
        code: "custom",
        message: `unknown placeholder {${unknown}}; only {alias} is filled in`,
      });
  });

const title = z.string().trim().min(1).max(60);

const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,24}$/, "expected a short id of lowercase letters, digits and dashes"),
  /** Shown in the list, in the counselor's language. */
  title: z.object({ kk: title, ru: title, en: title }),
  kk: text,
  ru: text,
  en: text,
});

const fileSchema = z.object({ templates: z.array(templateSchema).min(1) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.templates.forEach((template, index) => {
    if (seen.has(template.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["templates", index, "id"],
        message: `duplicate id "${template.id}"`,
      });
    }
    seen.add(template.id);
  });
});

export type Template = z.output<typeof templateSchema>;

/** Reads <scenarios>/templates.yaml; throws ContentError listing every problem. */
export function loadTemplates(scenarios: string): Template[] {
  return validate(readYaml(path.join(scenarios, TEMPLATES_FILE)), fileSchema).templates;
}

export function findTemplate(templates: readonly Template[], id: string): Template | undefined {
  return templates.find((template) => template.id === id.toLowerCase());
}

export function renderTemplate(template: Template, locale: Locale, alias: string): string {
  return template[locale].replaceAll("{alias}", alias);
}

export function templateTitle(template: Template, locale: Locale): string {
  return template.title[locale];
}
