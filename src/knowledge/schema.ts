// The knowledge base's file format (scenarios/faq/*.yaml), as agreed with the content writers.
import { z } from "zod";
import { citationsSchema } from "../content/sources.ts";

export const faqLocales = ["kk", "ru", "en"] as const;
export type FaqLocale = (typeof faqLocales)[number];

export const MAX_QUESTION_CHARS = 120;
// Telegram allows 4,096 characters per message; the rest is left for our framing (title, buttons' text).
export const MAX_ANSWER_CHARS = 3_500;
export const MAX_CATEGORY_TITLE_CHARS = 40;

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase-kebab (letters, digits and single hyphens)");

const nonBlank = z.string().trim().min(1, "must not be empty");

// Answers are sent as plain text: anything that looks like markup would show as raw symbols.
const markupPatterns: readonly [RegExp, string][] = [
  [/<\/?[a-z][^>]*>/i, "HTML tags"],
  [/\*\*|__|`/, "Markdown emphasis or code"],
  [/\[[^\]]*\]\([^)]*\)/, "a Markdown link"],
  [/^\s*(?:#{1,6} |[-*+] )/m, 'Markdown headings or bullets (use "• " for bullets)'],
  [/https?:\/\/|www\./i, "a URL"],
];

/**
 * Placeholders an answer may hold, filled when it is shown: facts that depend on the deployment
 * (render.ts). Anything else in braces is a typo.
 */
export const ANSWER_PLACEHOLDERS = ["counselor-languages"] as const;
export type AnswerPlaceholder = (typeof ANSWER_PLACEHOLDERS)[number];
const PLACEHOLDER = /\{([^{}\s]*)\}/g;

const answerText = nonBlank.max(MAX_ANSWER_CHARS).superRefine((text, context) => {
  for (const [pattern, what] of markupPatterns) {
    if (pattern.test(text)) context.addIssue({ code: "custom", message: `plain text only: found ${what}` });
  }
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!(ANSWER_PLACEHOLDERS as readonly string[]).includes(name ?? "")) {
      context.addIssue({
        code: "custom",
        message: `unknown placeholder {${name}}: known are ${ANSWER_PLACEHOLDERS.map((known) => `{${known}}`).join(", ")}`,
      });
    }
  }
});

/**
 * Whom an entry speaks to: the person themselves ("I want to leave"), or someone worried about a
 * person close to them ("my son wants to leave"). Absent: anyone. The matcher prefers the entry that
 * speaks to the person the message is about (routing.ts).
 */
export const audiences = ["self", "family"] as const;
export type Audience = (typeof audiences)[number];

export const faqTranslationSchema = z.strictObject({
  question: nonBlank.max(MAX_QUESTION_CHARS),
  answer: answerText,
  /**
   * The answer for someone close to the person the entry speaks to (a parent, a sibling, a spouse, a friend),
   * shown when the message is about that person ("моя дочь хочет выйти замуж…": addressed.ts). Only in an entry
   * that does not speak to relatives already, and then in every language.
   */
  family: answerText.optional(),
  keywords: z.array(nonBlank).min(1).max(20),
});

export const faqEntrySchema = z
  .strictObject({
    id: kebabId,
    category: kebabId,
    related: z.array(kebabId).min(1).max(4),
    source: citationsSchema,
    review: z.literal("theologians").optional(),
    audience: z.enum(audiences).optional(),
    /**
     * Speaks of killing or war (suicide attacks, jihad, going to a war zone): never offered to someone who got
     * the crisis reply in the last hour (routing.ts, `afterCrisis`), who may be thinking of dying.
     */
    violence: z.literal(true).optional(),
    kk: faqTranslationSchema,
    ru: faqTranslationSchema,
    en: faqTranslationSchema,
  })
  .superRefine((entry, context) => {
    if (entry.related.includes(entry.id)) {
      context.addIssue({ code: "custom", path: ["related"], message: "an entry must not relate to itself" });
    }
    if (new Set(entry.related).size !== entry.related.length) {
      context.addIssue({ code: "custom", path: ["related"], message: "related ids must not repeat" });
    }
    const withFamily = faqLocales.filter((locale) => entry[locale].family !== undefined);
    if (withFamily.length > 0 && entry.audience === "family")
      context.addIssue({
        code: "custom",
        path: [withFamily[0] ?? "kk", "family"],
        message: "an entry for relatives (audience: family) needs no text for relatives",
      });
    for (const locale of faqLocales)
      if (withFamily.length > 0 && entry[locale].family === undefined)
        context.addIssue({
          code: "custom",
          path: [locale, "family"],
          message: `the text for relatives is missing in ${locale}: give it in kk, ru and en, or in none`,
        });
  });

export const faqEntryFileSchema = z.strictObject({
  entries: z.array(z.unknown()).min(1, "a category file needs at least one entry"),
});

export const faqCategorySchema = z.strictObject({
  id: kebabId,
  kk: nonBlank.max(MAX_CATEGORY_TITLE_CHARS),
  ru: nonBlank.max(MAX_CATEGORY_TITLE_CHARS),
  en: nonBlank.max(MAX_CATEGORY_TITLE_CHARS),
});

export const faqCategoriesFileSchema = z.strictObject({
  categories: z
    .array(faqCategorySchema)
    .min(1)
    .superRefine((categories, context) => {
      const seen = new Set<string>();
      categories.forEach((category, index) => {
        if (seen.has(category.id)) {
          context.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `duplicate category "${category.id}"`,
          });
        }
        seen.add(category.id);
      });
    }),
});

export type FaqTranslation = z.output<typeof faqTranslationSchema>;
export type FaqEntry = z.output<typeof faqEntrySchema>;
export type FaqCategory = z.output<typeof faqCategorySchema>;
