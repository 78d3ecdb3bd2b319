// The classes round 16 (spent since the seventeenth round was written) missed in self-harm and danger, widened as
// classes in scenarios/crisis/*.yaml and concepts.yaml (crisistune17), with messages written for this test (none is
// round 16's), in kk (Cyrillic, Latin, phone spelling), ru and en; beside them, ordinary messages in the same words
// that stay quiet, and the known over-raises of the last stop: being made to attend gatherings or to dress one way is
// pressure (the FAQ's forced-to-attend entry), not danger, while force with a beating or a locked door is raised.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // Better dead, worthless, living pointless, said plainly.
  ["бәріне ауыртпалықпын, менің өлгенім дұрыс", "self-harm"],
  ["menin olgenim durys", "self-harm"],
  ["маған өмір сүрудің ешқандай мәні жоқ", "self-harm"],
  ["лучше бы я умерла, всем только мешаю", "self-harm"],
  ["не вижу смысла жить дальше", "self-harm"],
  ["everyone would be happier without me", "self-harm"],
  ["i'm a waste of air and i know it", "self-harm"],
  ["i wnna b dead", "self-harm"],
  // Ways to die looked up.
  ["ауыртпай өлу тәсілдерін іздеп отыр", "self-harm"],
  ["she googled painless ways to die", "self-harm"],
  // A means at hand, courage lacking; a bridge's railing.
  ["таблетки есть, только смелости не хватает", "self-harm"],
  ["i have the rope, just not brave enough yet", "self-harm"],
  ["сижу на перилах моста", "self-harm"],
  // Not coming back, things left behind; one's own funeral.
  ["анашым, ақшамды саған қалдырдым, мен енді қайтып келмеймін", "self-harm"],
  ["anashym, aqshamdy sagan qaldyrdym, endi qaityp kelmeimin", "self-harm"],
  ["похороните меня рядом с мамой", "self-harm"],
  ["мені әжемнің қасына жерлеңдер", "self-harm"],
  ["i keep choosing the songs for my own funeral", "self-harm"],
  // Hidden cuts.
  ["he wears long sleeves even in summer now", "self-harm"],
  ["дочь ходит в длинных рукавах даже летом", "self-harm"],
  ["ұлым жазда да ұзын жеңді киім киеді", "self-harm"],
  // A date picked, a day not reached.
  ["she has picked the date, it's her birthday", "self-harm"],
  ["ол күнін белгіледі, туған күні", "self-harm"],
  ["я не доживу до выпускного", "self-harm"],
  ["i'm not going to make it to graduation", "self-harm"],
  // Hunted after running away; not safe at home.
  ["олар мені іздеп жүр, қайда тығылсам болады", "danger"],
  ["я сбежала, меня ищут, где можно спрятаться", "danger"],
  ["i ran away and they are looking for me, where can i hide", "danger"],
  ["i'm not safe at home", "danger"],
  ["мне небезопасно дома", "danger"],
  ["мен үйде қауіпсіз емеспін", "danger"],
  // Held somewhere, followed, tracked.
  ["её удерживают в квартире за городом", "danger"],
  ["ол мені қудалап жүр", "danger"],
  ["бывший отслеживает мою геолокацию", "danger"],
  ["he is tracking my location all the time", "danger"],
  // Threats if one leaves or speaks; a throat, a knife raised.
  ["он обещал меня убить, если я подам на развод", "danger"],
  ["he said if i ever leave he'll take my kids", "danger"],
  ["ажырассам балаларымды тартып аламын дейді", "danger"],
  ["he had his hands around my throat", "danger"],
  ["муж приставил нож к горлу", "danger"],
  ["күйеуім пышақ көтерді", "danger"],
  ["someone sent me my son's school timetable and wrote we know", "danger"],
  // Force with a beating or a locked door is still danger.
  ["my stepdad beats me and forces me to go to his meetings", "danger"],
  ["they locked me in and force me to wear the niqab", "danger"],
  ["отчим бьёт меня и заставляет ходить на собрания", "danger"],
  ["әкем мені ұрып, жиналысқа баруға мәжбүрлейді", "danger"],
];

const ORDINARY = [
  // The same words in everyday messages.
  "we picked the date for the wedding, it's on saturday",
  "my life is so busy, no point complaining",
  "no point going to the party without you",
  "i'm looking for my cat, where can she hide",
  "за мной следят подписчики в инстаграме",
  "мені іздеп жүр ұстазым, сабаққа кешіктім",
  "жить дальше незачем в этом городе, переезжаем",
  "his passport is in the safe at home",
  // Round 16's false raises, as classes: work "killing" one, danger denied, a joke, a hotel's copy of a passport.
  "бұл жұмыс мені өлтіреді",
  "я ни в какой опасности, просто спрашиваю",
  "he joked he'd kill me for eating his cake",
  "the hotel kept a copy of my passport, is that normal",
  // Made to attend or to dress: pressure without violence or confinement.
  "they force me to attend their study circle",
  "my father forces me to dress modestly",
  "ата-анам мені жиналыстарына баруға мәжбүрлейді",
  "өгей әкем мені орамал тағуға мәжбүрлейді",
  "ogei akem meni oramal taguga mazhburleidi",
  "отчим заставляет меня носить платок",
];

describe("round 16's classes, widened", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});
