// Sentences the detector's unit tests pin down (detector.test.ts), kept here so that the crisis
// model's training (scripts/crisis-model/corpus.ts) learns the same decisions the tests hold.
import type { CrisisCategory } from "../../src/crisis/categories.ts";

/** Misses of the earlier held-out rounds, with the category each must raise. */
export const earlierMisses: [string, CrisisCategory][] = [
  ["всё, я решила. простите все", "self-harm"],
  ["завтра меня уже не будет", "self-harm"],
  ["by tomorrow i won't be here", "self-harm"],
  ["ертең мен болмаймын", "self-harm"],
  ["i have the razor ready", "self-harm"],
  ["выпила всю пачку парацетамола", "self-harm"],
  ["vypila pachku paracetamola", "self-harm"],
  ["took a whole pack of paracetamol", "self-harm"],
  ["бір қорап парацетамол іштім", "self-harm"],
  ["брат отобрал у меня телефон и паспорт", "danger"],
  ["мне страшно, он сказал что зарежет", "danger"],
  ["муж сказал если пойду к родителям убьёт", "danger"],
  ["i'm scared, he said he'll stab me", "danger"],
  ["going to kill everyone who hurt me", "violence"],
  ["мені ренжіткендердің бәрін өлтіремін", "violence"],
  ["he said i have to come to him in turkey and tell no one", "travel-pressure"],
  ["sold my mom's gold, leaving tomorrow", "travel-pressure"],
];

/** The families widened on the fifth round, in other words than its messages. */
export const fifthRoundFamilies: [string, CrisisCategory][] = [
  ["не хочу завтра просыпаться", "self-harm"],
  ["без меня им будет легче", "self-harm"],
  ["стою на подоконнике", "self-harm"],
  ["пишу прощальное письмо маме", "self-harm"],
  ["i dont wanna exist anymore", "self-harm"],
  ["wrote a goodbye letter to my sister", "self-harm"],
  ["оянғым келмейді", "self-harm"],
  ["he punched me in the face", "danger"],
  ["they're forcing me to marry my cousin", "danger"],
  ["he hid my passport", "danger"],
  ["брат душил меня вчера", "danger"],
  ["выдают меня замуж против моей воли", "danger"],
  ["әкем тұншықтырды", "danger"],
  ["үйден шықпайсың деді", "danger"],
  ["bringing a gun to school tomorrow", "violence"],
  ["set fire to the mosque tonight", "violence"],
  ["приду в универ с пистолетом", "violence"],
  ["они умоются кровью", "violence"],
  ["мылтықпен сабаққа барамын", "violence"],
  ["жених в идлибе ждет меня", "travel-pressure"],
  ["нам надо переселяться в землю ислама", "travel-pressure"],
  ["my fiance in sham wants me to come", "travel-pressure"],
  ["hijrah is fard and we leave soon", "travel-pressure"],
  ["ата-анама айтпай кетемін", "travel-pressure"],
];

/** Ordinary messages near the widened families. */
export const nearFamilies: string[] = [
  "муж не бьет, но постоянно кричит, это насилие?",
  "прости мама что долго не писала",
  "еду к братьям в актобе на выходные",
  "можно ли делать обрезание в мечети",
  "в исламе нет принуждения в религии?",
  "сбросил вес за рамадан",
  "дочь закрылась в комнате и не разговаривает с нами",
  "муж в сирии погиб в 2016, как получить документы детям",
  "can i join him in prayer at home",
  "we will all die one day, what happens to the soul",
  "is hijra obligatory today?",
  "my daughter locked herself in her room and wont talk",
  "my sister is married off to a man in another city, she seems happy",
  "what is dar al islam",
  "хижра неге кейбір топтарда парыз деп айтылады",
  "күйеуім сирияда қаза болды, балаларға көмек бар ма",
  "мешітке құрбандыққа пышақ алып барамыз",
  "кәпірлердің арасында тұруға бола ма",
  "жел соғып тұр, мешітке бара алмадым",
  "хат жазып қойдым сіздерге, жауап күтемін",
];

/** Idioms and ordinary trips (a mother's "she'll kill me" is an idiom by decision). */
export const idiomsAndTrips: string[] = [
  "мама меня убьёт если узнает",
  "my mom is gonna kill me",
  "анам мені өлтіреді",
  "убиваю время в очереди",
  "just killing time",
  "уақыт өлтіру үшін ойын ойнаймын",
  "мы купили ему билет в турцию на каникулы",
  "we bought him a ticket to turkey",
  "друзья купили ему билет на концерт",
  "достары оған концертке билет алып берді",
  "компания оплатила ему билет в Дубай",
  "как я вас найду?",
  "sizdi qalai tabamyn",
];

/** Questions about suicide: self-harm, answered gently (the lead's decision). */
export const suicideQuestions: string[] = [
  "is suicide a sin in islam?",
  "is it haram to kill yourself",
  "самоубийство это грех?",
  "грех ли совершить самоубийство",
  "өзін-өзі өлтіру күнә ма",
  "өзіне қол жұмсау харам ба",
];

/** Ordinary questions and plans. */
export const ordinaryPlans: string[] = [
  "можно ли пить парацетамол во время поста",
  "ораза кезінде парацетамол ішуге бола ма",
  "мен болмаймын ертең кеңесте, басқа күнге жазыңыз",
  "меня уже не будет в городе в пятницу",
  "is shaving with a razor haram",
];

/** A passport held by others: travel pressure, in every alphabet. */
export const passportHeld: string[] = [
  "паспорт брата забрал его наставник",
  "у сестры паспорт отобрали в группе",
  "they took my son's passport and won't give it back",
  "інімнің паспортын достары алып алды",
  "inimniñ pasportyn dostary alıp qoidy",
];

/**
 * Asking whether one will be found or found out (issue 10: the FAQ's *will-they-find-me* and
 * *parents-will-find-out* answer them): a fear told as a question, not a threat; the answer reassures.
 */
export const foundOutQuestions: string[] = [
  "meni izdep tabady ma",
  "мені іздеп табады ма, егер кетіп қалсам",
  "они меня найдут, если я уйду?",
  "меня будут искать если я выйду из группы",
  "will they track me down if I leave?",
  "can the group find me if i stop going",
  "ata-anam bilip qoisa",
  "ата-анам біліп қойса не болады",
  "родители узнают, что я сюда пишу?",
  "мама не узнает что я писала сюда?",
  "will my parents find out I wrote here",
  "could my family find out about this chat",
];

/**
 * Figures of speech, one of each class the rules keep quiet (figures.test.ts): a trifle killed or killing, dying
 * of a feeling, killing time, friends found, games, rules at home, saying there is no such thought, where one
 * lives. In the crisis model's corpus as ordinary since crisistune13: retrained with training rounds c to f, the
 * model alone raised two of them as self-harm ("не думаю о самоубийстве", "i don't want to live in this town
 * anymore"), and lines written by hand for the two classes moved them by a few tenths either way.
 */
export const figuresOfSpeech: string[] = [
  // a trifle killed or killing
  "gonna murder this pizza, so hungry",
  "this commute is killing me",
  "kill me now ... monday maths",
  "my coach is gonna kill us on friday",
  "убила бы за шаурму сейчас",
  "убью за такие цены на бензин",
  "жара меня убьёт",
  "тренер нас убьёт на разминке",
  "мына кептеліс өлтіреді",
  "бұл бақылау жұмысы мені өлтірді",
  // dying of a feeling
  "i nearly died of embarrassment",
  "я умру со скуки на этой лекции",
  "ұяттан өлдім ғой",
  // killing time, friends found, games
  "we killed an hour at the airport",
  "надо убить пару часов до поезда",
  "i'll find you on instagram",
  "я тебя найду в инсте",
  "my grandpa beat me at checkers",
  // ordinary rules at home, lifts
  "родители не отпускают на дискотеку",
  "анам қыдыруға жібермейді",
  "лифтте жарты сағат қамалып қалдым",
  "dad won't let me go to the concert",
  "папа грозится отключить вайфай",
  // saying there is no such thought
  "не думаю о самоубийстве",
  "мен өзімді өлтіргім келмейді",
  // where one lives
  "не хочу жить в общаге",
  "i don't want to live in this town anymore",
];

/**
 * Trips abroad paid or arranged by new friends (explore2's defect 4): travel pressure, in every alphabet and tense.
 * The model vetoed the rules' match on the longer English ones ("…grew a beard, stopped talking to us…"), so the
 * concept rule "others + arranged + trip" is firm (concepts.yaml): the model may not drop its match.
 */
export const tripsPaidByNewFriends: string[] = [
  "my son grew a beard, stopped talking to us, and his new friends are paying for his trip to turkey. what do i do",
  "some new friends bought him a plane ticket to Turkey, what should I do",
  "my daughter stopped eating with us and her new friends paid for her flight to Istanbul",
  "his new friends will pay for his visa and his trip abroad, he says it's all sorted",
  "Мой сын отрастил бороду, перестал с нами разговаривать, новые друзья оплачивают ему поездку за границу. Что мне делать?",
  "новые друзья оплатили сыну билет в Турцию, он собирается уезжать",
  "dochke novye druzya kupili bilet v Siriyu, chto delat",
  "улым сақал қойды, бізбен сөйлеспейді, жаңа достары шетелге сапарын төлеп жатыр. не істеймін?",
  "qyzymnyñ jaña dostary Türkiyağa bilet alyp berdi, ne isteimin",
  "улым озгерып кетты, жана достары шетелге сапарын толеп жатыр, не ыстеймын",
];

/**
 * Trips abroad paid by the family, an employer or a university, or shared with friends: ordinary. Not trained on
 * (taught as ordinary they moved the thresholds and raised 3 more of the development set's even half).
 */
export const tripsPaidByFamilyOrWork: string[] = [
  "my parents are paying for my trip to turkey this summer",
  "my company paid for my flight to Istanbul for a conference",
  "my friends and I are paying for a trip to Turkey together",
  "родители оплачивают мне поездку за границу на каникулы",
  "университет оплачивает мне поездку за границу по обмену",
  "ата-анам шетелге сапарымды төлеп берді",
  "жұмысым Түркияға іссапарымды төледі",
  "ata-anam shetelge saparymdy tolep berdi",
];
