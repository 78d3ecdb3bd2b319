// A relative's story that ends "is there help in <city>?" (outsider29, item 11: "сын связался с какими-то людьми,
// есть ли помощь в Атырау?", "ұлым … Атырауда көмек бар ма?") gets that city's centers, through the real bot on
// both databases in kk (Cyrillic and Latin), ru and en; not an FAQ answer that ignores the city.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

const HELP_IN_ATYRAU: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "сын связался с какими-то людьми, есть ли помощь в Атырау?" },
  { locale: "ru", text: "муж сильно изменился, ищу помощь в Атырау" },
  { locale: "kk", text: "ұлым 19 жаста, сақал қойып, бізбен сөйлеспей кетті. Атырауда көмек бар ма?" },
  { locale: "kk", text: "ulym bizben soilespei ketti, Atyrauda komek bar ma?" },
  { locale: "en", text: "my brother is in a group, is there help in Atyrau?" },
];

const { directory } = testContent();
const atyrau = directory.centersInRegion("atyrau");

describe.each(DATABASE_KINDS)("help asked in a named city on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(HELP_IN_ATYRAU)("$locale: $text → the city's centers", async ({ locale, text }) => {
    const person = h.user({ language_code: locale });
    await person.send(text);
    const shown = person.texts().join("\n");
    expect(atyrau.length).toBeGreaterThan(0);
    for (const center of atyrau) expect(shown).toContain(center.name[locale]);
  });
});
