// Round 18 (spent since the nineteenth round was written) over-raised ordinary messages far more than the rounds
// before it (17 of 763): its false raises were fixed as classes in scenarios/crisis/*.yaml, concepts.yaml and the
// tokenizer (crisistune19), with messages written for this test (none is round 18's), in kk (Cyrillic, Latin), ru
// and en: "dad will kill me" over a broken phone, a threat shouted in a game, children kept in from the cold, one
// pill for a toothache or medicine asked about with the fast, a chicken slaughtered halal, a passport at a hotel's
// check-in, clothes given away that no longer fit, a goodbye with the next time named, a cut while cooking. Beside
// them, the outsider's class of abuse at home said the way people say it ("my husband is abusive", "муж распускает
// руки", "күйеуім қол көтереді"), which is danger, and the same words when the abuse is denied or long over.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { tokenize } from "../../src/crisis/text.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // Abuse at home named as such, or a hand raised, by a husband, a partner or a father.
  ["my husband is abusive, i don't know where to go with the kids", "danger"],
  ["my boyfriend has been abusive for a year", "danger"],
  ["i live with an abusive stepfather", "danger"],
  ["муж распускает руки при детях", "danger"],
  ["когда выпьет, руки распускает", "danger"],
  ["отец меня бьёт каждый вечер", "danger"],
  ["muzh menya byot, kuda idti", "danger"],
  ["сожитель поднял на меня руку", "danger"],
  ["күйеуім маған қол көтереді, балаларым қорқады", "danger"],
  ["жігітім қол көтерді, не істеймін", "danger"],
  ["ерім мені ұрады", "danger"],
  ["kuieuim qol koteredi", "danger"],
  // The same as before next to the new quiet classes: a real overdose, a threat not in a game, a cut on purpose.
  ["i took all my pills at once", "self-harm"],
  ["выпила все таблетки из аптечки", "self-harm"],
  ["He screamed 'I'll kill you!' Then he grabbed a knife and came at me", "violence"],
  ["i cut myself on purpose again last night", "self-harm"],
];

const ORDINARY: string[] = [
  // Abuse denied or long over.
  "my husband isn't abusive, we just argue about money",
  "i had an abusive boyfriend years ago, now i'm married and happy",
  "күйеуім ешқашан қол көтерген емес, тек ұрсысамыз",
  "ерім бізге қол көтермейді, бірақ көп ішеді",
  "сабақта қол көтердім, мұғалім сұрамады",
  // "Dad will kill me" over a thing broken or lost.
  "cracked my phone screen again, my mum's going to kill me",
  "сломал телефон, папа меня убьёт",
  "телефонымды тағы сындырдым, анам мені өлтіреді",
  // A threat shouted in a game, quoted with a comma or "деп" after it.
  "my little brother shouted 'I'll kill you!', we were playing a video game",
  "сестра орёт «убью!», мы играем на плейстейшн",
  "досым «өлтіремін!» деп айқайлады, ойын ойнап отырмыз",
  // Children kept in because of the weather.
  "детей во двор не выпускаю, на улице мороз",
  "балаларды далаға шығармаймын, далада аяз",
  // One pill for an ailment, medicine asked about with the fast.
  "болит зуб, выпила одну таблетку нурофена",
  "тісім ауырып, бір таблетка іштім",
  "таблетки от давления уже выпила, можно ли держать пост?",
  "дәрімді іштім, ораза ұстауға бола ма?",
  "i already took my pills today, can i fast tomorrow?",
  // A chicken slaughtered the halal way.
  "как зарезать курицу по халялю?",
  "тауықты халал қалай сою керек?",
  // A passport at a hotel's check-in.
  "the hotel kept my passport at check-in for ten minutes",
  "при заселении в гостинице забрали паспорт на полчаса",
  // Clothes given away that no longer fit; a goodbye with the next time named; a cut while cooking.
  "gave away all my son's jeans, he outgrew them",
  "раздала все платья, стали малы",
  "bye for now, till next week, i'll write again",
  "пока, до следующей недели",
  "cut my finger while cooking dinner, it's fine now",
];

describe("round 18's false raises, quiet as classes; abuse at home, raised", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it("a quotation closed by ! goes on after a comma or a small letter, not after a new sentence", () => {
    const sentences = (text: string) => new Set(tokenize(text).map((token) => token.sentence)).size;
    expect(sentences("Брат кричит «убью!», мы играем")).toBe(1);
    expect(sentences("«Өлтіремін!» деп айқайлады")).toBe(1);
    expect(sentences("He yelled 'stop!' Then he left")).toBe(2);
    expect(sentences("Stop! Please")).toBe(2);
  });
});
