// Round 21 (spent since the twenty-second round was written) read as classes (crisistune22): its misses and false raises
// fixed in scenarios/crisis/concepts.yaml and {kk,ru,en}.yaml, each class in kk (Cyrillic, Latin), ru and en, with
// messages written for this test (none is round 21's). Signals: jihad videos with "you must join" (the black-box walk's
// miss), hijra to marry a fighter, a war by contract; beatings with a thing at hand or leaving an injury, pushes into an
// injury, petrol bombs, ramming, a bag with wires; a child lured or met in secret, a child's school photographed by
// lenders, doors locked on one; how high is fatal, a jump meant, a burden in a letter, a gun in the mouth, a scheduled
// post. Quiet: weeds and moths killed, garden tools, a whetstone, a weekly pill box, "деп атады" (named, not shot), a
// workout that "killed" one, "then it's all over and the holidays start", beating someone at a board game, questions
// about jihad, an arm broken in a fall, debt collectors' calls, a family trip abroad.
import { describe, expect, it } from "vitest";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const SIGNALS: [string, CrisisCategory][] = [
  // Jihad videos sent, told to join, afraid (the black-box walk's "мне присылают видео про джихад…": en worked, ru and kk
  // did not); hijra and marrying a fighter; a recruiter and a war by contract.
  ["мне присылают видео про джихад, говорят я должен присоединиться, мне страшно", "travel-pressure"],
  ["маған жиһад туралы видео жібереді, қосылуың керек дейді, қорқамын", "travel-pressure"],
  ["magan zhihad turaly video zhiberedi, qosyluyn kerek deidi, qorqamyn", "travel-pressure"],
  ["they keep sending me videos about jihad and say i have to join, i'm scared", "travel-pressure"],
  ["ағама жиһад туралы видеолар жіберіп жатыр, соларға қосыл дейді", "travel-pressure"],
  ["сестре пишут, что надо совершить хиджру и выйти замуж за моджахеда", "travel-pressure"],
  ["a preacher on instagram tells my sister to make hijra and marry a mujahid", "travel-pressure"],
  ["вербовщик уговаривает мужа поехать воевать по контракту", "travel-pressure"],
  // A beating with a thing at hand, a beating that left an injury, a push into an injury, an injury told as someone's
  // act; petrol bombs for a gathering; ramming; poisoning an ex; a bag with wires at a school or a mall.
  ["отчим бьёт брата скакалкой", "violence"],
  ["ағасы інісін шлангпен сабайды", "violence"],
  ["my uncle beats my cousin with a cable", "violence"],
  ["муж ударил меня, я потеряла сознание", "violence"],
  ["he punched me and i passed out", "violence"],
  ["күйеуім ұрып, есінен тандырып тастады", "violence"],
  ["сосед толкнул деда, у него перелом", "violence"],
  ["көршінің баласы інімді итеріп жіберді, басы жарылды", "violence"],
  ["a boy shoved my son down the stairs, he has a concussion", "violence"],
  ["she burnt my son's hand with an iron", "violence"],
  ["отец сломал маме руку", "violence"],
  ["күйеуі әйелінің басын жарды", "violence"],
  ["они собираются принести коктейли молотова на митинг", "violence"],
  ["жиынға бензин құйылған бөтелкелер алып барамыз дейді", "violence"],
  ["he's making petrol bombs for the rally", "violence"],
  ["он протаранит их машиной", "violence"],
  ["оны машинамен басып өтемін", "violence"],
  ["i'll poison my ex's coffee", "violence"],
  ["отравлю бывшего", "violence"],
  ["возле школы кто-то оставил рюкзак с проводами", "violence"],
  ["мектептің жанында сымдары шығып тұрған сөмке тұр", "violence"],
  ["there's a backpack with wires sticking out at the mall", "violence"],
  // A child lured home or met without the parents, a stranger waiting for a child; a photo of a child's school sent by
  // lenders; photos leaked unless one comes; doors locked on one; "I know which floor"; papers taken by a boss.
  ["сосед зовёт дочку к себе домой посмотреть котят", "danger"],
  ["a man offers my son sweets and invites him to his place", "danger"],
  ["бір еркек қызыма кәмпит беріп, үйіне шақырады", "danger"],
  ["взрослый мужчина пишет сыну и хочет встретиться без родителей", "danger"],
  ["бір адам балама жазып, кездесу белгілепті", "danger"],
  ["a grown man wants my daughter to meet up without her parents", "danger"],
  ["бейтаныс адам мектеп алдында інімді күтіп тұрады", "danger"],
  ["a stranger keeps waiting for my son outside school", "danger"],
  ["ростовщик прислал фото школы дочери", "danger"],
  ["the loan shark sent me a photo of my son's kindergarten", "danger"],
  ["қарыз үшін бір адамдар қызымның балабақшасының суретін жіберді", "danger"],
  ["он говорит, что разошлёт мои фото, если я не приду", "danger"],
  ["фотоларымды таратамын дейді, келмесем", "danger"],
  ["someone hacked my webcam and wants money by midnight", "danger"],
  ["таксист заблокировал двери и не останавливается", "danger"],
  ["the driver locked the doors and won't let me out", "danger"],
  ["жүргізуші есікті құлыптап, тоқтамайды", "danger"],
  ["тут закрыто, мне страшно", "danger"],
  ["the door is locked and i can't leave", "danger"],
  ["he texted me: i know which floor you live on", "danger"],
  ["знаю, на каком этаже ты живёшь", "danger"],
  ["қай қабатта тұратыныңды білемін", "danger"],
  ["the boss took our ids and we can't go home", "danger"],
  // How high is fatal; a jump "not joking" or in a note; a burden in a letter; nobody would look for one; a pet given
  // away and a phone unanswered; a gun in the mouth; a day one does not plan to see; a scheduled post; a cliff.
  ["с какой высоты точно разобьёшься насмерть", "self-harm"],
  ["how high do you need to jump to die for sure", "self-harm"],
  ["қай биіктіктен құласаң өліп қаласың", "self-harm"],
  ["брат говорит, что прыгнет, и он не шутит", "self-harm"],
  ["she says she'll jump and she's not joking", "self-harm"],
  ["нашла у сына записку: «я прыгну»", "self-harm"],
  ["found a note in his room saying he'll jump", "self-harm"],
  ["сестра оставила письмо, что она всем мешает", "self-harm"],
  ["she left a note saying she's a burden to everyone", "self-harm"],
  ["бәріне кедергімін деп хат қалдырды", "self-harm"],
  ["провалюсь под лёд, никто не будет искать", "self-harm"],
  ["if i drown nobody would look for me", "self-harm"],
  ["суға кетсем ешкім іздемейді", "self-harm"],
  ["подруга написала «забери мою кошку» и не берёт трубку", "self-harm"],
  ["he wrote 'take my cat' and won't pick up", "self-harm"],
  ["досым «мысығымды сен ал» деп жазды, телефон көтермейді", "self-harm"],
  ["вчера засунул ствол в рот, не хватило духу", "self-harm"],
  ["i put the gun in my mouth last night", "self-harm"],
  ["кеше мылтықты аузыма тақадым", "self-harm"],
  ["my exam is on friday and i don't plan to see it", "self-harm"],
  ["в пятницу день рождения, не собираюсь дожить", "self-harm"],
  ["жұмаға дейін жетуді жоспарламаймын", "self-harm"],
  ["поставила отложенный пост на утро, там объясняю почему я это сделала", "self-harm"],
  ["i set a scheduled post explaining why i did it", "self-harm"],
  ["i'm going to drive off the cliff tonight", "self-harm"],
];

const ORDINARY: string[] = [
  "как убить сорняки на огороде?",
  "how do i kill the weeds in my garden",
  "моль съела шубу, как убить её",
  "купил топор для дачи, дрова рубить",
  "bought an axe for clearing bushes",
  "саяжайға арнап балта сатып алдым",
  "пышағымды қайрау үшін қайрақ керек",
  "need a whetstone to sharpen my knife",
  "разложила мамины таблетки по таблетнице на неделю",
  "put grandpa's pills in a weekly pill organizer",
  "әкемнің дәрілерін апталық қорапқа салдым",
  "мұғалім бізді «жұлдыздар» деп атады",
  "olar meni kafir dep atady oitkeni men namaz oqymaimyn",
  "спортзалда өзімді өлтіріп жібере жаздадым",
  "чуть не убил себя в зале, ноги болят",
  "nearly killed myself at the gym today, legs are jelly",
  "после экзамена всё закончится, начнутся каникулы",
  "last exam tomorrow, then it's all over and the holidays start",
  "соңғы емтихан ертең, сосын бәрі бітеді, демалыс басталады",
  "beat my dad at backgammon",
  "что такое джихад в исламе?",
  "жиһад деген не?",
  "хочу присоединиться к волонтёрам, но мне страшно",
  "slipped on ice and broke my arm, they put a cast on",
  "ол құлап, қолын сындырып алды",
  "упал с велосипеда, сотрясение",
  "the debt collectors keep calling, what are my rights",
  "бабушка полетела к сыну в Германию, билет купила сама",
];

describe("round 21's misses and false raises, as classes", () => {
  it.each(SIGNALS)("%s is %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each(ORDINARY)("%s raises nothing", (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});
