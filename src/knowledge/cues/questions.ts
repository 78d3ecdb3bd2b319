// Questions told by words the matcher drops as stopwords, or by a negation the stemmers drop: what not to do,
// secrecy, what happens next, how to tell, consequences, invitations, materials, whether going to the mosque is all
// right (routing.ts, CUED_QUESTIONS; reporting a material or a person is in reporting.ts, questions about the service
// itself in service.ts). As word starts in folded text (fold.ts). Kazakh, Russian, English.
import { cues } from "./fold.ts";

/**
 * Asks what not to do ("не істемеу керек", "что нельзя делать", "is it a bad idea"): the negation the
 * stemmers drop is the question.
 */
export const ASKS_WHAT_NOT_TO_DO = cues(
  "не истемеу",
  "истемеу керек",
  "истеуге болмайды",
  "жасауга болмайды",
  // "не істемеген дұрыс", "айтпаған жөн": better not to
  "\\p{L}+(?:меген|маган|беген|баган|пеген|паган) (?:дурыс|жон)",
  "ne istemeu",
  "isteuge bolmaid",
  // "не істесем болмайды" (what I must not do), "қателеспейін" (not to err)
  "не (?:\\p{L}+ )?истесе\\p{L}* болмайд",
  "ne (?:\\p{L}+ )?istese\\p{L}* bolmaid",
  "кателес",
  "(?:k|q)ateles",
  "(?:что|чего) (?:\\p{L}+ ){0,2}(?:нельзя|не стоит|не надо|не нужно|не следует) (?:\\p{L}+ )?(?:делать|говорить|сказать|писать|спрашивать)",
  "(?:что|чего) (?:мне |нам )?не (?:делать|говорить)",
  "(?:как|чем|чтобы|чтоб) (?:\\p{L}+ )?не (?:навредить|навредит|сделать хуже|оттолкнуть|испортить|усугубить)",
  "(?:chto|chego) (?:\\p{L}+ ){0,2}(?:nelzya|ne stoit|ne nado) (?:\\p{L}+ )?(?:delat|govorit)",
  // "what should I not do?", "what must we never say"
  "what (?:\\w+ ){0,2}(?:not|never|shouldn'?t|should not|mustn'?t|must not) (?:\\w+ )?(?:do|say)",
  "(?:things|words) (?:\\w+ )?(?:not|never) to (?:do|say)",
  "(?:what|things) to (?:avoid|never say)",
  "bad idea",
  "how (?:not to|to avoid|do i avoid|can i avoid|can we avoid) (?:\\w+ )?(?:harm|hurt|push|pushing|ruin|making)",
  "make (?:it|things) worse",
  // the mistakes a family makes: "какие ошибки", "қандай қателік", "what mistakes"
  "(?:какие|каких|частые|типичные|главные) (?:\\p{L}+ )?ошибк",
  "ошибк\\p{L}* (?:\\p{L}+ )?(?:родител|семь|родных)",
  "катели[кг]",
  "kateli[kg]",
  "(?:what|which|common|biggest|typical) (?:\\w+ )?mistakes?",
  "mistakes? (?:\\w+ )?(?:parents?|famil\\w*) ",
);

/**
 * Told to keep what is taught from others ("никому нельзя рассказывать", "айтуға тыйым салады",
 * "forbids telling family"): the secrecy a group demands, whose words are mostly small ones.
 */
export const TOLD_TO_KEEP_SECRET = cues(
  "(?:нельзя|запрещают|запрещено|не велят|не разрешают|не разрешено) (?:\\p{L}+ )?(?:рассказывать|говорить|рассказать|сказать)",
  "(?:ник[оа]му|родным|родителям|семье) (?:\\p{L}+ )?не (?:говори|рассказыва|сказа)",
  "держать (?:\\p{L}+ )?в (?:тайне|секрете)",
  "айтуга (?:тыйым|болмайды|болмаиды)",
  "(?:ешкимге|ата-анага|туыстарга|уйдегилерге) (?:\\p{L}+ )?айтпа",
  "aituga (?:tyiym|bolmaid)",
  "eshkimge (?:\\p{L}+ )?aitpa",
  "(?:forbids?|forbidden|not allowed|must not|mustn'?t|can'?t|cannot|never|not) (?:to )?(?:tell|telling|talk about)",
  "(?:keep|stay|kept) (?:it |this |them |everything )?(?:a )?secret",
  "secret from",
  "don'?t tell (?:anyone|anybody|family|my family|parents|my parents)",
);

/** Names one's parents or family ("родители", "мама", "родаки", "ата-анам", "үйдегілер", "my mum"). */
export const NAMES_PARENTS = cues(
  "родител",
  "родак",
  "предк",
  "мам(?!ан)",
  "пап",
  "отец",
  "отц",
  "мать",
  "матер",
  "семь",
  "родн",
  "ата-ана",
  "ата ана",
  "анам",
  "акем",
  "шешем",
  "уйдегилер",
  "отбасы",
  "ата-?анам",
  "ata-?ana",
  "anam",
  "akem",
  "parent",
  "parnet",
  "perent",
  "mom",
  "mum",
  "dad",
  "mother",
  "father",
  "family",
  "folks",
  "roditel",
  "mama",
  "papa",
);

/**
 * Does not know what to write or where to begin ("не понимаю, что сюда писать", "неден бастаймын", "no idea what
 * to say"): every word of it is small or generic. Not what to say to someone close, nor how to begin a talk with
 * them ("не знаю, как начать разговор с сыном", "idk what to say to my son"): that is ASKS_WHAT_TO_SAY's.
 */
const NOT_TO_SOMEONE =
  "(?! (?:\\p{L}+ )?(?:разговор|беседу|с |со |к |ко |ему|ей|им|сыну|дочери|брату|сестре|мужу|жене))";
export const ASKS_WHERE_TO_START = cues(
  `(?:не знаю|не понимаю|без понятия|понятия не имею|хз|не соображу),? (?:\\p{L}+ ){0,2}(?:что|о чем|с чего|с какой стороны|как) (?:\\p{L}+ ){0,2}(?:писать|написать|сказать|говорить|начать|начинать|подойти|объяснить)${NOT_TO_SOMEONE}`,
  `(?:с чего|с какой стороны) (?:\\p{L}+ ){0,2}(?:начать|начинать|подойти)${NOT_TO_SOMEONE}`,
  "что (?:сюда|здесь|тут) (?:\\p{L}+ )?(?:писать|написать|пишут)",
  // Kazakh: "не жазарымды білмеймін", "қалай айтарымды", "неден бастаймын" (not "қызыма не деп айтамын")
  "(?:не|калай) (?:жазар|айтар)\\p{L}*",
  "неден (?:\\p{L}+ )?баста",
  // "қалай бастарымды білмеймін" (how I am to begin; "ағаммен қалай бастасам" is a talk with him)
  "(?<!(?:мен|бен|пен) (?:\\p{L}+ ){0,2})калай баста(?:рым|уым)",
  "(?<!(?:men|ben|pen) (?:\\w+ ){0,2})(?:qalai|kalai) basta(?:rym|uym)",
  "(?:ne|qalai|kalai) (?:jazar|zhazar|aitar|aytar)\\p{L}*",
  "neden (?:\\w+ )?basta",
  "(?:don'?t|dont|do not|dunno|no idea|idk|not sure),? (?:\\w+ ){0,2}(?:what|how) to (?:say|write|type|start|begin|put it)(?! (?:\\w+ )?(?:to|with)\\b)",
  "where (?:do i|to|should i|can i|would i) (?:even )?(?:start|begin)\\b(?! (?:\\w+ )?(?:to|with)\\b)",
);

/** Asks what happens next, once one has written ("а что потом", "енді не болады", "now what"). */
export const ASKS_WHAT_NEXT = cues(
  "(?:а )?что (?:будет )?(?:потом|дальше)",
  "а дальше",
  "что (?:происходит|будет) после",
  "(?:chto|a chto) (?:budet )?(?:potom|dalshe)",
  // not "маған енді не болады" (what happens to me: what one risks)
  "(?<!маган )енди не (?:болады|истеймин)",
  "енди не\\s*[?.!]*$",
  "(?:ари|ары) карай не",
  "одан (?:кейин|ари) не",
  "(?<!magan )endi ne bolady",
  "(?:ari|ary) qarai ne",
  "what (?:happens|will happen|comes) (?:next|then|after)",
  "(?:and )?then what",
  "now what",
  "what now",
  "what next",
);

/** Names a ban ("тыйым салынған ба", "запрещена ли", "banned"): how to tell whether a group is banned is the law's. */
export const NAMES_BAN = cues(
  "тыйым салын",
  "запрещ",
  "tyiym salyn",
  "tyjym salyn",
  "zapreshch",
  "zapresh",
  "banned",
  "prohibited",
);

/**
 * Asks what one risks ("мне что-то будет", "жаза бола ма", "am I in trouble"): the law's answers,
 * not what to do with a video.
 */
export const ASKS_CONSEQUENCES = cues(
  // "мне за это прилетит" (slang), not "когда он прилетит" (flies in)
  "(?:мне|ему|ей|нам|им|за это|за него) (?:[\\p{L}-]+ )?(?:будет|грозит|светит|прилетит|влетит)",
  "что (?:мне |ему |ей |нам )?(?:за это )?(?:будет|грозит)",
  "(?:посадят|накажут|привлекут)",
  // "его могут посадить", "посадить могут", "posadyat"
  "(?:могут|может|могли|можно) (?:\\p{L}+ )?(?:посадить|наказать|арестовать|осудить|привлечь)",
  "(?:посадить|наказать|арестовать|осудить|привлечь) (?:\\p{L}+ )?(?:могут|может)",
  "(?:posadyat|posadiat|nakazhut)",
  "chto (?:mne |emu )?(?:za eto )?(?:budet|grozit)",
  "(?:жаза|жауапкершилик|бирдене|бир нарсе) бола ма",
  "(?:zhaza|jaza|birdene) bola ma",
  // "маған енді не болады", "енді маған не болады": what happens to me
  "маган (?:енди )?не (?:болады|болар)",
  "magan (?:endi )?ne (?:bolady|bolar)",
  // tried, sentenced, locked up: "соттай ма", "сотталамын ба", "түрмеге отырғыза ма", "засудят"
  "сотта\\p{L}* (?:\\p{L}+ )?(?:ма|ме|ба|бе|па|пе|мумкин)(?!\\p{L})",
  "sotta\\p{L}* (?:\\p{L}+ )?(?:ma|me|ba|be|pa|pe|mumkin)\\b",
  "турмеге (?:\\p{L}+ )?(?:отыргыз|жаба|тус)",
  "(?:за|о)судят",
  "(?:will|can|could|would|might) (?:they|i|he|she|we) (?:be |get )?(?:convicted|sentenced|prosecuted|jailed|arrested|punished|charged)",
  "(?:am i|is he|is she|are we|will i|will he|will she) (?:be |get )?(?:in trouble|arrested|punished|charged)",
  "get (?:in|into) trouble",
  "go to (?:prison|jail)",
);

/** Going abroad, or a foreign country named ("в Турцию на заработки", "Египетке", "flying out overseas"). */
const ABROAD_WORDS = [
  "шетел",
  "shetel",
  "за границ",
  "за рубеж",
  "abroad",
  "overseas",
  "out of the country",
  "(?:leav|leaves|leaving|left) (?:the |this )?country",
  "из страны",
  "елден кет",
  "fl(?:y|ying|ies|ew) out",
  // a foreign country named is abroad
  "турци",
  "туркиа",
  "туркия",
  "египет",
  "египт",
  "мысыр",
  "сири",
  "ирак",
  "саудов",
  "turkey",
  "turkiye",
  "turkiya",
  "istanbul",
  "egypt",
  "syria",
  "iraq",
  "saudi",
  "another country",
  "другую страну",
  "другой стране",
  "баска елге",
];

/** Speaks of marriage or going abroad: an invitation to marry or to travel is not one to a meeting. */
export const MARRIAGE_OR_ABROAD = cues(
  "замуж",
  "жени[тх]",
  "свадьб",
  "никах",
  "уйлен",
  "uilen",
  "турмыс",
  "marr(?:y|ied|iage)",
  "wedding",
  "nikah",
  ...ABROAD_WORDS,
);

/** Speaks of going abroad, or names a foreign country. */
export const ABROAD = cues(...ABROAD_WORDS);

/**
 * Going away, wherever to ("я боюсь, что брат уедет", "інім алысқа кетеді", "my brother is about to move away"): for
 * someone close, the trip's question as abroad is; not leaving a group (that is how to leave: "уйти", "leave").
 */
export const GOES_AWAY = cues(
  "уед(?:ет|ут|у)(?!\\p{L})",
  "уехать",
  "уезжа",
  "uedet",
  "uehat",
  // Kazakh "кетіп қалады" is drifting away too ("одан бетер кетіп қала ма"): only with a place
  // (not "алыстап кетті", grown distant: keeping in touch)
  "(?:алыска|баска (?:жакка|калага|елге)) (?:\\p{L}+ )?кет",
  "(?:alysqa|alyska|basqa (?:jaqqa|qalaga|elge)) (?:\\w+ )?ket",
  "(?:will|gonna|going to|wants? to|about to|plans? to|planning to|is) (?:go|going|move|moving|run|running) away\\b",
);

/** Names a material seen online ("видео", "ролик", "арна", "post", "channel"): what to do with content. */
export const NAMES_MATERIAL = cues(
  "видео",
  "видос",
  "ролик",
  "пост(?!\\p{L}*оян)",
  "материал",
  "контент",
  "паблик",
  "канал",
  "бейне",
  "арна",
  "video",
  "vide?os?\\b",
  "clip",
  "posts?\\b",
  "channel",
  "content",
  "material",
  "footage",
);

/** Tells of coming across something oneself ("увидел", "наткнулась", "көрдім", "I saw", "came across"). */
export const SAW = cues(
  "(?:у)?видел(?:а)?(?!\\p{L})",
  "наткнул",
  "попал(?:ся|ось|ась) (?:мне|на глаза)",
  "кордим",
  "корип калдим",
  "кезиктирдим",
  "kordim",
  "saw\\b",
  "came across",
  "stumbled (?:on|upon|across)",
  "(?:i|we) (?:found|have seen|'ve seen|ve seen)\\b",
);

/**
 * Tells of a material sent to one ("прислали видео", "видео келді", "someone sent me a video"): with "what do I
 * do" it asks what to do with it, like one come across (in a story it may be how a recruiter began).
 */
export const RECEIVED = cues(
  "(?:при|пере)слал(?:и|а)?(?!\\p{L})",
  "(?:ски|ки)нул(?:и|а)?(?!\\p{L})",
  "(?:келди|жиберди|жиберипти|салып жиберди)(?!\\p{L})",
  "(?:keldi|jiberdi|zhiberdi)\\b",
  "(?:sent|forwarded|send|texted|dm'?d|messaged) (?:me|us)\\b",
  "(?:i|we) (?:got|received|was sent|were sent)\\b",
);

/**
 * Asks what to say to someone close ("что сказать брату", "қызыма не деп айтамын", "what do I say to him"): how to
 * talk; in Russian and English the person is named, as "не знаю, что сказать" alone is not knowing where to start.
 */
const CLOSE_DATIVE =
  "(?:ему|ей|им|сыну|дочери|брату|сестре|мужу|жене|ребенку|ребёнку|родственнику|другу|подруге)";
export const ASKS_WHAT_TO_SAY = cues(
  `что (?:\\p{L}+ )?(?:сказать|говорить|ответить) (?:\\p{L}+ )?${CLOSE_DATIVE}(?!\\p{L})`,
  `что ${CLOSE_DATIVE} (?:\\p{L}+ )?(?:сказать|говорить|ответить)`,
  // Kazakh "айту" is saying to someone (writing here is "жазу")
  "не (?:деп )?(?:айтамын|айтайын|айтуым керек)",
  // with what words to begin a talk: "оған не деп сөз бастасам"
  "не деп (?:соз )?(?:бастас|бастай|бастаим|сойлес)",
  "ne dep (?:soz |söz )?(?:bastas|bastai|soiles)",
  "\\p{L}+(?:ма|ме|га|ге|ка|ке|на|не) (?:\\p{L}+ )?не (?:деп )?айтсам",
  "\\p{L}+(?:ma|me|ga|ge|ka|ke|qa|na|ne) (?:\\p{L}+ )?ne (?:dep )?(?:aitamyn|aitaiyn|aitsam)",
  "what (?:should i |do i |can i |could i |would i |to |do we |should we )?say to (?!you|u\\b)",
  // "how do I actually talk to him about it", "how should we even approach her"
  "how (?:do i|should i|can i|to|do we|should we|can we) (?:\\w+ly |even )?(?:approach|talk to|speak to|reach|talk with|speak with)\\b(?! (?:you|u|a counsell?or|the counsell?or|someone here)\\b)",
  // "інімен қалай сөйлесем", "äpkemmen qalai söilesem": how to talk with someone (not with the counselor)
  "(?!кенесши|маман|сиз|консультант|бот)\\p{L}+(?:мен|бен|пен) (?:\\p{L}+ )?калай (?:сойлес|тил табыс)",
  "(?!kenesshi|maman|siz|konsultant|bot)\\p{L}+(?:men|ben|pen) (?:\\p{L}+ )?(?:qalai|kalai) (?:soiles|soyles|til tabys)",
  // no one named beside it ("дұрыстап қалай сөйлесем екен"): the one the message is about, not the counselor
  "(?<!(?:кенесши|маман|сиз|сиздер|консультант|бот|адам)\\p{L}* (?:\\p{L}+ )?)калай (?:\\p{L}+ )?(?:сойлесем|сойлесейин|сойлесуим керек|сойлесу керек|сойлесемин)(?!\\p{L})",
  "(?<!(?:kenesshi|maman|siz|sizder|konsultant|bot|adam)\\p{L}* (?:\\p{L}+ )?)(?:qalai|kalai) (?:\\p{L}+ )?(?:soilesem|soilesei?in|soilesuim kerek|soilesu kerek|soilesemin)\\b",
  // the way to talk with them: "онымен сөйлесудің қандай жолы бар", "как с ним разговаривать"
  "(?!кенесши|маман|сиз|консультант|бот)\\p{L}+(?:мен|бен|пен) (?:сойлесу|тил табысу)\\p{L}* (?:\\p{L}+ )?(?:жол|амал|тасил)",
  "(?!kenesshi|maman|siz|konsultant|bot)\\p{L}+(?:men|ben|pen) (?:soilesu|soylesu)\\p{L}* (?:\\p{L}+ )?(?:jol|zhol|amal)",
  "как (?:\\p{L}+ )?(?:с ним|с ней|с ними) (?:\\p{L}+ )?(?:поговорить|говорить|разговаривать|общаться)",
  // "как говорить с мужем, который ушёл в радикальные взгляды": someone close named after the verb
  "как (?:\\p{L}+ )?(?:поговорить|говорить|разговаривать|общаться|вести себя) с (?:\\p{L}+ )?(?:муж|жен|сын|дочер|брат|сестр|мам|отц|пап|родител|ребенк|реб[её]нк|родственн|племянн|внук|внучк)",
  "kak (?:\\p{L}+ )?(?:pogovorit|govorit|razgovarivat) s (?:\\p{L}+ )?(?:muzh|zhen|syn|docher|brat|sestr|mam|otc|pap|roditel|rebenk|rodstvenn)",
);

/**
 * Tells that someone close stopped keeping in touch, in Kazakh ("сөйлеспей қойды", "жауап бермей кетті"):
 * the stemmer keeps the verb and drops its negation.
 */
export const STOPPED_CONTACT = cues(
  "(?:сойлес|хабарлас|жауап бер|телефон ал|кел|жаз|амандас|сыйлас|араалас|арала)\\p{L}*(?:пей|пай|мей|май|бей|бай) (?:кой|кет)",
  "(?:soiles|habarlas|xabarlas|jauap ber|zhauap ber|kel|jaz)\\p{L}*(?:pei|pai|mei|mai|bei|bai|pey|pay|mey|may) (?:qoi|koi|ket)",
);

/**
 * Going to the mosque, or to Friday prayer: ordinary practice ("мешітке бару", "ходить в мечеть", "go to the mosque");
 * not prayer itself, which a question of takfir names too ("намаз оқымайтынды кәпір деуге бола ма").
 */
export const GOES_TO_MOSQUE = cues(
  "(?:мечет|мечит)\\p{L}*",
  "(?:ход|хож|пойт|посеща|быва)\\p{L}* (?:\\p{L}+ ){0,2}на (?:пятничн\\p{L}* )?(?:намаз|молитв)",
  "(?:мешит|meshit)\\p{L}*",
  "(?:жума|zhuma|juma) намаз\\p{L}*",
  "(?:жума|zhuma|juma) namaz\\p{L}*",
  "mechet\\p{L}*",
  "mosques?\\b",
  "masjid",
  "friday prayers?",
);

/**
 * Asks whether something is all right ("нормально ли", "ничего страшного", "дұрыс па", "бола ма", "is it fine",
 * "is it bad that"): beside ordinary practice and without force, whether going to the mosque is ordinary.
 */
export const ASKS_IF_ALL_RIGHT = cues(
  "(?:нормально|можно|плохо|опасно|страшно) ли",
  "(?:это|не) (?:\\p{L}+ )?(?:нормально|опасно|плохо|страшно)",
  "ничего,? (?:страшного|плохого|что)",
  "(?:normalno|mozhno|opasno|ploho) li",
  "(?:дурыс|калыпты|жаман|каупти|кауипти|жон) (?:ба|па|ма|ме|пе|бе)(?!\\p{L})",
  "бола ма(?!\\p{L})",
  "(?:durys|qalypty|kalypty|jaman|zhaman|qauipti|kauipti) (?:ba|pa|ma|me|pe|be)\\b",
  "bola ma\\b",
  "is (?:it|that|this) (?:\\w+ )?(?:fine|ok|okay|alright|all right|normal|bad|wrong|dangerous|safe|a problem|a bad sign|weird|suspicious)\\b",
  "(?:fine|ok|okay|alright|all right|normal|bad|wrong|dangerous) (?:to|that|if)\\b",
  "(?:is|are) (?:\\w+ ){1,5}(?:fine|ok|okay|alright|all right|normal|bad|wrong|dangerous)\\b",
  "can (?:i|we|he|she|my \\w+) (?:\\w+ )?(?:go|pray|attend)\\b",
);
