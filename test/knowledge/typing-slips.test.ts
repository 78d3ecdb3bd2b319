// Typing slips (issue 10, "typos", 2026-12-06 20:33 UTC): one slip in the word that carries a question
// ("warning sings") still puts that question first, and an everyday word one slip from a word of the knowledge
// base ("sing", "кефир", "қауын") is never answered outright. Written by the typos helper before the rule was
// tuned, from the entries' questions only (no phrasing set was read), through the real bot on both databases;
// what the person sees is asserted. src/knowledge/README.md, "Typing slips", says how the rule was chosen.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testContent } from "../support/content.ts";
import { createHarness, DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { entry, shownFirst } from "../support/knowledge.ts";

const { base } = testContent().knowledge;

describe.each(DATABASE_KINDS)("typing slips, on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(() => h.db.reset());
  afterAll(() => h.close());

  it.each([
    // the outsider's reproduction: "sings" for "signs"
    ["en", "what are the warning sings", "warning-signs"],
    ["en", "is it anonymus?", "is-this-anonymous"],
    ["en", "how to delte my data", "delete-my-data"],
    ["en", "is a martydrom operation allowed", "suicide-attacks"],
    ["en", "what hapens after I write to a counselor", "after-i-write"],
    ["ru", "как удолить мои данные", "delete-my-data"],
    ["ru", "как найти адвокта", "lawyer-help"],
    ["ru", "признаки вербавки", "warning-signs"],
    ["ru", "чем занимаются реабилитацыонные центры", "what-centers-do"],
    ["kk", "жалдаушлар интернетте адамдарды қалай табады", "online-recruitment"],
    ["kk", "адвоктты қалай табамын", "lawyer-help"],
    ["kk", "баламды интернетте қалай қорғймын", "child-online-safety"],
    ["kk", "bul shynymen anonmdi me", "is-this-anonymous"],
    ["kk", "ekstremstik video kordim, ne isteimin", "extremist-materials"],
    ["kk", "jaldaushlar internette adamdardy qalai tabady", "online-recruitment"],
  ] as const)("one slip still gets its question first (%s: %s)", async (locale, text, id) => {
    const person = h.user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0]), `first to expect: ${id}`).toBe(entry(id)[locale].question);
  });

  it.each([
    // each an everyday word one slip from a word of the knowledge base (sign, police, секта, кафир, қауіп)
    ["en", "sing me a song"],
    ["en", "what is your refund policy"],
    ["ru", "где купить сетку для окон"],
    ["ru", "где купить кефир"],
    ["kk", "қауын қанша тұрады"],
    ["kk", "qauyn satyp alamyn"],
  ] as const)("an everyday word near one of the base's is not answered (%s: %s)", async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send(text);
    const firstLine = person.texts()[0]?.split("\n")[0];
    for (const item of base.entries) expect(firstLine).not.toBe(item[locale].question);
  });
});
