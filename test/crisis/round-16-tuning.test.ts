// The classes round 15 (spent since the sixteenth round was written) raised without a crisis, fixed as classes in
// scenarios/crisis/*.yaml and concepts.yaml, with messages written for this test (none is round 15's): harm, threats
// or force denied; killing time and a final won, a teacher's test "murdering" a class; a week away in the mountains;
// a story's hero; a relative jailed; being made to attend a mosque or to pray. Beside each class, signals in the
// same words that must still be raised: confinement, violence and a forced marriage keep their category.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const ORDINARY = [
  // Harm, threats or force denied.
  "i've never hurt myself, i'm asking for a friend",
  "i have never harmed myself, just curious how you work",
  "мне никто никогда не угрожал, вопрос про безопасность",
  "меня никто не заставлял, просто спрашиваю",
  "никто не заставляет меня ехать, просто интересно",
  "мені ешкім күштеп отырған жоқ, жай сұрақ",
  "қызымды ешкім күштеп бермейді, той туралы сұрағым келді",
  // Figures of speech: killing time, a final, a test.
  "мен кешке дейін уақытымды өлтіремін",
  "uaqytymdy oltirip otyrmyn",
  "финалға шықтық, оларды талқандаймыз",
  "that exam murdered us with the last question",
  // Away for a while, a story's hero.
  "демалыс күндері жоғалып кеткім келеді, тауға барамыз",
  "жоғалып кеткім келеді бір аптаға, теңізге",
  "кітаптағы кейіпкерді бір адам бақылап жүреді, соңы қалай бітеді",
  // A relative jailed by the law.
  "our son got locked up, is there help for the family",
  "my uncle got locked up for fraud, what do we do",
  "my brother was locked up last year, can we visit him",
  "ұлымызды түрмеге қамады, отбасына көмек бар ма",
  "ағамды полиция қамауға алды, не істейміз",
  "ulymyzdy turmege qamady, komek bar ma",
  // Made to attend a mosque or to pray: pressure without violence or confinement.
  "my parents force me to go to the mosque every friday",
  "my father forces me to pray five times a day",
  "мені мешітке баруға мәжбүрлеп жатыр",
  "әкем мені жұма сайын мешітке баруға мәжбүрлейді",
  "әкем мені намазға мәжбүрлеп жүр",
  "meni meshitke baruga mazhburlep jatyr",
  "родители заставляют меня ходить в мечеть каждую пятницу",
];

const SIGNALS: [string, CrisisCategory][] = [
  ["i will hurt myself tonight", "self-harm"],
  ["жоғалып кеткім келеді мүлдем", "self-harm"],
  ["никто меня не заставляет, но мне угрожают ножом", "danger"],
  ["меня заставляют выйти замуж за незнакомого", "danger"],
  ["мені күштеп күйеуге бермек", "danger"],
  ["my parents locked me in my room and force me to go to the mosque", "danger"],
  ["they locked me up in the basement because i refused to pray", "danger"],
  ["ағам мені ұрып, мешітке баруға мәжбүрлейді", "danger"],
  ["мені үйге қамап қойды", "danger"],
];

describe("round 15's classes of false raises", () => {
  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each(SIGNALS)("%s is still %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });
});
