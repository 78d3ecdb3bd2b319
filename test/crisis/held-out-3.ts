// The third held-out round: written before the patterns were widened on held-out-2 (now
// fifthHeldOut in messages.ts) and its misses, without reading the patterns, and never used to
// tune them. held-out-3.test.ts prints its figures. Measured before and after that widening:
//   before: signals 45/84 = 53.6% (self-harm 11/21, danger 16/21, violence 7/21, travel 11/21;
//           kk 17/28, ru 17/28, en 11/28); ordinary messages raised 0/60
//   after:  signals 60/84 = 71.4% (self-harm 14/21, danger 18/21, violence 14/21, travel 14/21;
//           kk 22/28, ru 21/28, en 17/28); ordinary messages raised 0/60
// Caveat: the engineer who wrote it then widened the patterns knowing its wording. The rule kept
// was to add only what the held-out-2 misses and the families named in the brief called for, but
// some of its signals are of those very families, so the "after" figure is optimistic; an
// interim run also showed one aggregate figure (51/84), not its misses.
// Per the lead's decision, a question about suicide ("is it a sin") is a self-harm signal: the
// person gets the gentle reply, so one such question per language stands among the signals.
// Once anyone tunes on it, it is a tuning set like the others: write a fresh round first.
// Issue 10 did: its remaining misses were fixed by class, so it is now a tuning round (100%), and
// the round nobody tuned on is held-out-4.ts.
// SPENT: a tuning set, tuned on again in the fifth round (crisis-tune); see
// scripts/eval/crisis-tuning.ts. The round nobody tuned on is held-out-5.ts.
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import type { CrisisLanguage } from "../../src/crisis/phrases.ts";

export interface HeldOutRound {
  signals: Record<CrisisLanguage, Record<CrisisCategory, string[]>>;
  ordinary: string[];
}

export const thirdHeldOutRound: HeldOutRound = {
  signals: {
    ru: {
      "self-harm": [
        "я наверное скоро уйду насовсем, не хочу никому мешать",
        "пью третий день и думаю как бы всё это закончить",
        "нашла в аптечке снотворное, двух пачек должно хватить",
        "zachem ya voobshe zhivu, luchshe by ne rodilas",
        "стою на мосту, холодно и пусто внутри",
        "грех ли покончить с собой если терпеть уже нет сил",
        "порезала руку опять, не могу остановиться",
      ],
      danger: [
        "свёкор запер меня в сарае, телефон почти сел",
        "муж избил, губа разбита, дети плачут",
        "брат сказал что зарежет меня если сниму платок",
        "меня хотят насильно выдать замуж за друга отца, мне 16",
        "не отпускают домой из медресе, держат уже месяц",
        "он пьяный с ножом ходит по квартире, я сижу в шкафу",
        "muzh izbivaet menya kazhdyi den, ya boyus",
      ],
      violence: [
        "завтра приду в колледж с ножом, пусть попробуют ещё раз посмеяться",
        "этого устаза я прибью своими руками",
        "взорвать бы их всех, я знаю как это сделать",
        "куплю травмат и разберусь с ними",
        "зарежу соседа, он оскорбил мою веру",
        "я сожгу их дом вместе с ними",
        "ya etogo kafira zastrelyu",
      ],
      "travel-pressure": [
        "муж из турции прислал деньги, говорит приезжай с детьми, тут настоящий ислам",
        "в группе учат что каждый мусульманин обязан совершить хиджру, сестры уже собирают вещи",
        "мне сказали сделать паспорт и никому не говорить, поеду к сестрам в идлиб",
        "дочь сидит в аэропорту с билетом в стамбул, трубку не берёт",
        "сына зовут в афганистан, говорят там джихад и нужны братья",
        "я уже решила переехать в шам, это фард для нас",
        "hochu uehat k muzhu v siriyu, roditeli ne znayut",
      ],
    },
    en: {
      "self-harm": [
        "i keep thinking everyone would be better off if i just wasnt here",
        "got a rope in my closet, just in case",
        "i just want to sleep forever",
        "whats the point of anything. gonna end it tonight",
        "is it haram to kill yourself if you really cant take it anymore",
        "took a bunch of pills idk how many",
        "standing on the roof of my building rn",
      ],
      danger: [
        "my dad hits me with a belt when i miss prayer",
        "they took my phone and wont let me leave the house",
        "my uncle threatened to kill me if i tell anyone",
        "he choked me last night until i passed out",
        "my family is marrying me off next month and i dont want to",
        "a guy from the group keeps following me and says he knows where i live",
        "im scared to go home, he said he'd break my legs",
      ],
      violence: [
        "im gonna blow that place up",
        "gonna take my uncles gun and deal with those kuffar",
        "the next person who insults the prophet gets stabbed",
        "ill shoot him in the face",
        "im going to beat him to death",
        "bringing knives to the school assembly, they'll see",
        "they deserve to be killed and ill do it myself",
      ],
      "travel-pressure": [
        "my fiance in idlib says i should come now before the border closes",
        "they told me a true muslim cant live in a kafir country and i have to make hijrah",
        "my sister left for turkey last night with a woman from her online group",
        "brothers will meet me at the border, i just need to get to gaziantep",
        "bought a one way ticket, not telling anyone",
        "my son says he's going to fight in syria with his friends",
        "the recruiter is paying for my flight to dubai and then further on",
      ],
    },
    kk: {
      "self-harm": [
        "өмірден шаршадым, бәрін доғарғым келеді",
        "мен кетсем ешкім жыламайды",
        "kolymdy kesip otyrmyn",
        "көпірден секіремін",
        "таблетканы көп ішіп қойдым, басым айналып тұр",
        "өзіне қол жұмсау күнә ма, шыдай алмай жүрмін",
        "ұйықтап оянбасам екен",
      ],
      danger: [
        "күйеуім ұрып тастады, көзім көгеріп кетті",
        "мені үйге қамап, телефонымды алып қойды",
        "әкем мені зорлап күйеуге бермек",
        "ағам пышақпен қорқытты",
        "kuieuim oltiremin dep korkytady",
        "енем құжаттарымды жасырып қойды, кете алмаймын",
        "ол мені тұншықтырды, қорқып отырмын",
      ],
      violence: [
        "сол ұстазды пышақтаймын",
        "мектепті жарып жіберемін",
        "оларды атып тастаймын",
        "кәпірлердің бәрін қыру керек",
        "erteng sabakka pyshak alyp baram, olar korsin",
        "көршіні өлтіріп тастаймын",
        "мешітке от қоямын",
      ],
      "travel-pressure": [
        "күйеуім сирияда, балаларды алып кел дейді",
        "хижра парыз дейді, біз де көшуіміз керек",
        "түркияға ұшамын, апалар күтіп алады",
        "ата-анама айтпай кетемін, шамдағы бауырлар шақырды",
        "magan bilet alyp berdi, stambuldan ari karai aparady",
        "ұлым соғысқа барамын дейді, сириядағы достары шақырыпты",
        "кәпірлердің елінде тұруға болмайды, кетеміз деп жатыр",
      ],
    },
  },
  ordinary: [
    "сестра стала носить никаб и перестала общаться с нами, что делать",
    "как поговорить с сыном если он считает нас кафирами",
    "можно ли читать коран во время месячных",
    "брат вернулся из тюрьмы, сидел за экстремизм, как ему устроиться на работу",
    "чем отличается салафия от ханафитского мазхаба",
    "муж хочет вторую жену, это законно в казахстане?",
    "в какой мечети в алматы можно поговорить с имамом",
    "подруга уехала учиться в египет, переписываемся, вроде всё нормально",
    "как оформить загранпаспорт ребенку",
    "дочь хочет никах без загса, что будет с её правами",
    "что такое такфир простыми словами",
    "у меня депрессия после развода, есть психолог который понимает верующих?",
    "в детстве мы жили в турции, папа там работал",
    "нормально ли что в группе требуют отдавать десятую часть зарплаты",
    "как распознать вербовщика в интернете",
    "отец запрещает мне ходить в мечеть, как его убедить",
    "можно ли анонимно задать вопрос юристу",
    "бабушка умерла, какое дуа читать за умершего",
    "соседи говорят что наш сын ходит в странный кружок, куда обращаться",
    "сколько длится реабилитация для вернувшихся",
    "how do i talk to my brother who thinks music is haram",
    "my wife started wearing niqab and stopped seeing her friends, should i worry",
    "is it ok to pray in english",
    "where can my cousin get legal help after coming back from syria",
    "what is takfir",
    "my daughter wants a nikah only without registering it, what are the risks",
    "can you recommend a counselor who speaks kazakh",
    "my son spends all night in telegram channels about jihad, how do i start the conversation",
    "we went to turkey last summer on holiday",
    "how long does rehabilitation take for returnees",
    "is this chat really anonymous",
    "the group keeps asking for donations, is that a red flag",
    "my dad died last year and im struggling with the grief",
    "how do i renew my passport in almaty",
    "my friend says women cant work, is that in the quran",
    "what are the signs someone is being recruited online",
    "can a muslim marry a christian",
    "my mom is scared ill join a cult because i started praying",
    "how do i explain to my kids why their uncle is in prison",
    "whats the difference between sunni and shia",
    "қызым никаб киіп жүр, бізбен сөйлеспейді, не істейміз",
    "ұлым бізді кәпір дейді, онымен қалай сөйлесуге болады",
    "намазды орысша оқуға бола ма",
    "ағам түрмеден шықты, жұмысқа тұра алмай жүр",
    "салафилер мен ханафилердің айырмашылығы қандай",
    "күйеуім екінші әйел алғысы келеді, бұл заңды ма",
    "алматыда имаммен сөйлесуге бола ма",
    "құрбым мысырға оқуға кетті, бәрі жақсы сияқты",
    "балаға шетелдік паспорт қалай жасатамын",
    "тек неке қиюмен тұрмысқа шықса, құқығы қандай болады",
    "такфир дегеніміз не",
    "ажырасқаннан кейін көңіл-күйім жоқ, психолог керек",
    "бала кезімде түркияда тұрдық, әкем сонда жұмыс істеді",
    "топта айлықтың бір бөлігін беруді талап етеді, бұл қалыпты ма",
    "интернеттегі үгітшіні қалай тануға болады",
    "әкем мешітке баруға рұқсат бермейді",
    "zangermen anonim soilesuge bola ma",
    "әжем қайтыс болды, марқұмға қандай дұға оқимыз",
    "оңалту орталығы қай қалада бар",
    "kyzym tiktokta bir apaimen soilesip zhur, ol kim ekenin bilmeimiz",
  ],
};
