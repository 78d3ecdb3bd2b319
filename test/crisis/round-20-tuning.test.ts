// Round 19 (spent since the twentieth round was written) was read as classes (crisistune20): its misses and false
// raises fixed in scenarios/crisis/concepts.yaml, the tokenizer and the detector's order, each class in kk (Cyrillic,
// Latin), ru and en, with messages written for this test (none is round 19's). Signals: hanging oneself said without
// "myself" ("асылмақ болды", "повеситься"), a leap from a floor or under a train, no way out but death, everyone dead
// on a named day, "not joking" (an emphasis, no longer the joking context that silenced a threat), an attack on a
// mall, photos to be spread for money, a girl readied for a wedding after grade 9, a key kept and a person shut in,
// chat Latin with 6 for ш and 4 for ч, papers asked for by whoever takes one to work abroad, a marriage abroad, a
// paid trip abroad and no news since, a war abroad one is recruited or invited to. Quiet: a pill for a splitting
// head, work that "will finish me" with a deadline, a quarantine at home, a knife bought for a blunt one, passports
// at an agency for a Schengen visa, "I'll kill him" over a forgotten anniversary, aid sent abroad in the news.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { tokenize } from "../../src/crisis/text.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // Hanging oneself, a leap, no way out but death.
  ["інім асылмақ болыпты, досы тауып алды", "self-harm"],
  ["сестра хотела повеситься в ванной", "self-harm"],
  ["сынақтан құласам, бесінші қабаттан секіремін", "self-harm"],
  ["если отчислят, прыгну с крыши общаги", "self-harm"],
  ["if they find out i'll jump off the bridge", "self-harm"],
  ["жалғыз шешім — өлу", "self-harm"],
  ["выхода нет, лучше умереть", "self-harm"],
  ["no way out, i'd rather die", "self-harm"],
  // Everyone dead on a named day; a threat said not to be a joke; an attack on a mall.
  ["ертең мектепте бәрі өледі, мен білемін", "violence"],
  ["they're all dead on friday, i swear", "violence"],
  ["i'll kill him tomorrow, i'm not joking", "violence"],
  ["сауда орталығында атыс болады, сенбіде", "violence"],
  ["he said he'll open fire at the shopping centre", "violence"],
  // Blowing oneself up at a place or among people: an attack (the model's violence threshold rose with round 19).
  ["сын сказал, что взорвёт себя на площади", "violence"],
  ["my brother said he'll blow himself up on the bus", "violence"],
  ["ұлым алаңда өзін жарып жібермек", "violence"],
  // Photos to be spread for money; a girl readied for a wedding after grade 9; a key kept, a person shut in.
  ["суреттерімді таратамын деп 100 мың сұрап жатыр", "danger"],
  ["he said my photos will end up with my parents if i don't pay", "danger"],
  ["дочь соседей готовят к свадьбе после 9 класса", "danger"],
  ["көршінің қызын 9-сыныптан кейін ұзатуға дайындап жатыр", "danger"],
  ["they're preparing her wedding after grade 9", "danger"],
  ["әпкем мені шығармайды, кілт өзінде", "danger"],
  ["родители закрывают его на неделю без еды", "danger"],
  ["my aunt keeps the key and won't let me out", "danger"],
  // Chat Latin: 6 for ш, 4 for ч.
  ["aga6ka meni 6ygarmaidy", "danger"],
  ["inim 6etelge sogyska ketpek", "travel-pressure"],
  // Papers asked for by whoever takes one to work abroad; a marriage abroad; a paid trip and no news; a war abroad.
  ["зовут на заработки в Корею, просят отдать паспорт заранее", "travel-pressure"],
  ["an agent offered my cousin a job in china and asked for his passport", "travel-pressure"],
  ["мені Өзбекстанға күйеуге бермек", "travel-pressure"],
  ["хотят увезти сестру в Таджикистан и выдать замуж", "travel-pressure"],
  ["they're sending her to uzbekistan to marry her off", "travel-pressure"],
  ["брату оплатили учёбу за границей, с тех пор он пропал со связи", "travel-pressure"],
  ["ағамды шетелге соғысқа шақырып жатыр", "travel-pressure"],
  ["брата вербуют воевать", "travel-pressure"],
  ["someone online is recruiting my son to fight abroad", "travel-pressure"],
];

const ORDINARY: string[] = [
  // A pill for a splitting head.
  "басым жарылып кетердей ауырды, дәрі іштім",
  "голова раскалывается, выпила таблетку",
  "had a migraine all day, took two pills",
  // Work that "will finish me", with a deadline.
  "курстық жұмыс мені бітіреді, дедлайн жұмада",
  "i'll finish it on friday, the deadline is saturday",
  // A quarantine at home.
  "карантинде үйде қамалып отырмыз, балалар зерігеді",
  "сидим взаперти на карантине, скучно",
  "we're locked in at home, quarantine again",
  // A knife bought for a blunt one.
  "пышағым мұқалып қалды, жаңасын сатып алдым",
  "купил новый нож, старый тупой",
  "bought a knife yesterday, my old one was blunt",
  // Passports at an agency for a Schengen visa.
  "шенген визасы дайын болғанша агенттік паспортымызды ұстап отыр",
  "агентство держит паспорта, пока делают шенген",
  "the travel agency has our passports until the schengen visa is ready",
  // "I'll kill him" over a forgotten anniversary; a joke still a joke.
  "сказала мужу, что убью его, если забудет годовщину",
  "i'll kill him if he forgets our anniversary",
  "lol i'll kill him, just kidding",
  // Aid sent abroad, in the news.
  "жаңалықтарда Ауғанстанға гуманитарлық көмек жіберілді деді",
  "по новостям сказали, что в Сирию отправили гуманитарную помощь",
  "the news said humanitarian aid went to syria",
  // A relative coming back from Korea is met at the airport.
  "нағашым Кореядан оралады, біз әуежайда күтеміз",
];

describe("round 19's misses and false raises, as classes", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it("reads 6 as ш and 4 as ч inside a Latin word, not in a number or alone", () => {
    const keys = (text: string) => tokenize(text).map((token) => token.key);
    expect(keys("aga6ka ho4u")).toEqual(["агашка", "хочу"]);
    expect(keys("46 4 mp3")).toEqual(["46", "4", "мп3"]);
  });

  it("keeps the rules' first match first: the hands around the throat lead as danger", () => {
    expect(categoriesOf("he had his hands around my throat")[0]).toBe("danger");
  });
});
