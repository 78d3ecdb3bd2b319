// Round 20 (spent since the twenty-first round was written) read as classes (crisistune21): its misses and false raises
// fixed in scenarios/crisis/concepts.yaml and {kk,ru,en}.yaml, each class in kk (Cyrillic, Latin), ru and en, with
// messages written for this test (none is round 20's). Precision first: harm, force or suicidal thoughts denied
// ("ешкім мені ұрмайды", "меня никто не бьёт", "nobody hits me"), a child kept home for a fever or the frost, suicide
// as a subject of study, pills put away from children, poison bought because of mice, figures of speech; and English
// words in "con-" (contract, contact, control, consent), which the tokenizer's Cyrillic key read as ЦОН (the service
// centre, an ordinary context for travel pressure and danger). Signals: a farewell and a phone gone quiet, nobody
// noticing one gone, driving into a wall, a weapon turned on oneself, grooming and touching by an adult, people kept
// in a basement, arson, a vehicle into a crowd, papers taken by recruiters, a contract to fight; and the black-box
// walk's class, invited abroad and afraid (first and third person), which a question about study abroad is not.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // A farewell and a phone gone quiet; nobody would notice one gone; driving into a wall; a weapon turned on oneself;
  // how many pills "it takes"; a whole pen injected; typos; things given away, then "ready".
  ["сіңлім топқа «мені ұмытпаңдар» деп жазды, телефоны өшірулі", "self-harm"],
  ["подруга написала «не забывайте меня», телефон выключен", "self-harm"],
  ['he posted "don\'t forget me" and now his phone is off', "self-harm"],
  ["никто бы не заметил, если бы я исчезла", "self-harm"],
  ["ешкім байқамайды, мен жоғалып кетсем", "self-harm"],
  ["no one would notice if i disappeared", "self-harm"],
  ["i keep thinking about driving into a wall on the way home", "self-harm"],
  ["хочется въехать в столб по дороге домой", "self-harm"],
  ["i'll use it on myself tonight, the gun is in the drawer", "self-harm"],
  ["how many sleeping pills does it take", "self-harm"],
  ["i'll inject the whole pen tonight, insulin is in the fridge", "self-harm"],
  ["i wnat to kil myslef", "self-harm"],
  ["өзімнің кітаптарымды достарыма бөліп бердім, енді дайынмын", "self-harm"],
  // A child drawn into secret meetings; touching by an adult near the child; leaked photos and obedience; people kept
  // in a basement; a typo; bones broken, a push down the stairs; loan collectors with a bat.
  ["мешіттегі бір адам ұлымды оңаша шақырып, ешкімге айтпа деп жүр", "danger"],
  ["взрослый мужчина зовёт сына встречаться тайно", "danger"],
  ["a man from a game wants my little sister to meet in secret", "danger"],
  ["сосед трогает мою дочь, она молчит", "danger"],
  ["my stepdad touches me at night", "danger"],
  ["одноклассник слил мои фото и требует, чтобы я делала, что он скажет", "danger"],
  ["they keep us in the basement of the warehouse", "danger"],
  ["he lockd me in the room", "danger"],
  ["муж сломал мне нос", "danger"],
  ["he pushed me down the stairs again", "danger"],
  ["брат связался с микрозаймами, приходили люди с битой", "danger"],
  // A knife, arson, hands laid on children; a list of who dies first; a vehicle into a crowd; ammo and payback day;
  // a bus driver; a glock.
  ["ағам ұрса, оған пышақ саламын", "violence"],
  ["көршінің көлігіне от қоямын", "violence"],
  ["аулада балаларға қол жұмсаймын", "violence"],
  ["подпалю гараж соседа ночью", "violence"],
  ["составил список, кто в классе умрёт первым", "violence"],
  ["i want to run people over at the parade", "violence"],
  ["he's stockpiling ammo for payback day", "violence"],
  ["i'll murder that bus driver", "violence"],
  ["ima pull up with the glock on them", "violence"],
  // Invited abroad and afraid, first and third person (the black-box walk's "шетелге шақырады, қорқамын").
  ["шетелге шақырады, қорқамын", "travel-pressure"],
  ["ағамды шетелге шақырып жатыр, ол қорқады", "travel-pressure"],
  ["shetelge shaqyrady, qorqamyn", "travel-pressure"],
  ["зовут за границу, мне страшно", "travel-pressure"],
  ["сестру приглашают за границу, она боится", "travel-pressure"],
  ["they keep inviting me abroad and i'm scared", "travel-pressure"],
  ["my brother is being invited abroad, he's afraid", "travel-pressure"],
  // Papers taken by recruiters; a flight to Thailand paid by others; a contract to fight; a guide for jihad.
  ["жалдаушылар кореяға жұмысқа жібереміз деп құжаттарымды алды", "travel-pressure"],
  ["зовут в Таиланд работать, перелёт за их счёт", "travel-pressure"],
  ["someone's paying my flight to bangkok for a job", "travel-pressure"],
  ["recruiters keep calling him about a contract to fight", "travel-pressure"],
  ["брату нашли проводника, говорит джихад его долг", "travel-pressure"],
];

const ORDINARY: string[] = [
  // Harm, force or suicidal thoughts denied.
  "Мені ешкім ұрмайды, жай білгім келді",
  "Меня никто не бьёт, это вопрос для подруги",
  "nobody hits me, i'm asking for a friend",
  "no one's threatening me, just curious",
  "nobody forced me, i chose to wear it",
  "суицид туралы ойым жоқ, уайымдамаңыз",
  "суицидальных мыслей нет, не переживайте",
  "no suicidal thoughts here, just tired",
  // Kept at home for a fever or the frost.
  "Балам ауырып жатыр, температурасы бар, сондықтан үйден шығармаймын",
  "Сына не выпускаю гулять, у него температура",
  "my mum won't let me out, i have a fever",
  "Далада қатты аяз, балаларды сыртқа шығармадық",
  "Детей не выпускали, на улице мороз минус сорок",
  // Suicide as a subject of study, a book's character.
  "әдебиет сабағында кейіпкер өзін-өзі өлтіретін шығарма талқыладық",
  "готовлю доклад о суициде для урока психологии",
  "writing an essay on suicide for literature class",
  // Pills put away from children; poison bought because of mice.
  "убрала таблетки туда, где дети не достанут",
  "put the pills out of reach of the kids",
  "қоймада тышқан көп, у сатып алдым",
  "в кладовке завелись мыши, купил яд",
  // Figures: tired enough to die, smashing an exam, beating a coach at sparring, a sword in a museum, one's own
  // papers, "I'm gone" to the shop, deleted files, a song's lyrics, pills as prescribed.
  "so tired i could die, off to bed",
  "i'm going to smash this exam tomorrow",
  "beat my coach at sparring today",
  "the sword is kept in a museum",
  "досымның құжаттары өзінде, бәрі дұрыс",
  "у друга паспорт при себе, всё нормально",
  "мен енді жоқпын, дүкенге кеттім",
  "ескі файлдарды жойып жібердім",
  "ән сөзі жүректі өлтіреді",
  "the doctor prescribed sleeping pills, i follow the leaflet",
  "шетелге оқуға шақырады, емтиханнан қорқамын",
  // Invited abroad to study, with a fear named; nobody inviting; a contract at home; a passport handed back (before
  // this round English words in "con-" read as ЦОН, the service centre, which silenced travel pressure and danger).
  "меня пригласили учиться за границу, боюсь не сдать экзамен",
  "i was invited to study abroad, i'm scared i won't get a visa",
  "меня никуда не зовут, просто страшно за детей",
  "the contract for my job in astana is ready",
  "border control checked my passport and handed it back",
];

describe("round 20's misses and false raises, as classes", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});
