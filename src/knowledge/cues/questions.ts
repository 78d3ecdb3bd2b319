// Questions told by words the matcher drops as stopwords, or by a negation the stemmers drop: about the
// service itself, who can tell who I am, what not to do, passing things on, secrecy, what happens next, how
// to tell, consequences, invitations (routing.ts, CUED_QUESTIONS). As word starts in folded text (fold.ts).
// Kazakh, Russian, English.
import { cues } from "./fold.ts";

/** "Will you tell / report / pass it on", in Russian, translit and Kazakh: both questions to the service use them. */
const WILL_YOU_TELL = [
  "сообщите",
  "донесете",
  "сдадите",
  "передадите",
  "передаете",
  "расскажете",
  "soobshite",
  "donesete",
  "sdadite",
  "peredadite",
  "хабарлайсыз",
  "хабарлайсын",
  "habarlaisyz",
  "xabarlaisyz",
  "айтып коясыз",
  "айтып коясын",
];

/**
 * A question to the service itself about what it does with what one writes ("вы сообщите в полицию?",
 * "will you report me", "полицияға хабарлайсыздар ма"), not about reporting someone oneself.
 */
export const ASKS_SERVICE = cues(
  "сохраняете",
  "храните",
  "вы (?:\\p{L}+ )?(?:сообщ|донос|донес|переда|сда|храни|узна)",
  ...WILL_YOU_TELL,
  "бересиздер",
  "бересиндер",
  "сактайсыз",
  "сактайсын",
  "(?:will|do|would|can) you (?:\\w+ )?(?:report|tell|pass|share|give|store|keep|save|know)",
  "you (?:report|pass on|tell the police)",
);

/**
 * The message points at this service itself ("что это за чат", "who are you", "бұл бот не"): the
 * service's own entries come first, not chats-and-reposts for "чат" or the law for "кто".
 */
export const NAMES_SERVICE = cues(
  "(?:этот|этом|этого|этому|ваш|вашем|вашего|здешн)\\p{L}* (?:чат|бот|сервис|канал)",
  "(?:чат|бот|сервис)\\p{L}* (?:этот|ваш)",
  "это за (?:чат|бот)",
  "кто вы",
  "вы (?:вообще )?кто",
  "кто (?:мне )?(?:здесь|тут) (?:отвеча|пиш|сид)",
  "(?:бул|осы|сиздин|сендердин) (?:чат|бот|сервис|канал)",
  "сиздер кимсиз",
  "сиз кимсиз",
  "сен кимсин",
  "(?:bul|osy) (?:chat|bot)",
  "(?:this|your) (?:chat|bot|service|channel)",
  "who are (?:you|u)\\b",
  "eto chto za (?:chat|bot)",
  "kto vy",
);

/**
 * Asks what this service is or whom it is for ("зачем этот чат", "who are you", "бұл бот не үшін"):
 * "for whom" and "what for" are small words the matcher drops, so the question is read here.
 */
export const ASKS_WHAT_SERVICE_IS = cues(
  "(?:что|шо|че) (?:это )?за (?:чат|бот|сервис|канал)",
  "зачем (?:нужен )?(?:этот|ваш|нужен) (?:чат|бот|сервис)",
  "(?:чат|бот|сервис)\\p{L}* (?:для кого|для чего|зачем)",
  "(?:для кого|для чего) (?:этот|ваш) (?:чат|бот|сервис)",
  "кто вы",
  "вы (?:вообще )?кто",
  "(?:бул|осы) (?:чат|бот)\\p{L}* (?:не|кимге|не ушин|не ушін|кандай)",
  "(?:бул|осы) (?:кандай|не) (?:чат|бот)",
  "сиздер кимсиз",
  "сиз кимсиз",
  "сендер кимсин",
  "(?:bul|osy) (?:chat|bot)\\p{L}* (?:ne|kimge|qandai|kandai)",
  "what (?:is|'s|s) (?:this|your) (?:chat|bot|service|channel)",
  "what (?:is|'s|s) (?:the|this) (?:chat|bot) for",
  "(?:chat|bot|service) (?:is )?(?:for|meant for)\\b",
  "who are (?:you|u)\\b",
  "who (?:made|runs|created|is behind) (?:this|the|you)",
  "eto chto za (?:chat|bot)",
  "chto (?:eto )?za (?:chat|bot)",
  "kto vy",
  // "a link to this bot: what does it do?", the bot named a few words before
  "(?:чат|бот|сервис)[\\p{L},]* (?:[\\p{L},]+ ){0,4}(?:что|чем) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:делает|занимается|умеет|помогает)",
  "(?:чат|бот|сервис)[\\p{L},]* (?:[\\p{L},]+ ){0,4}не (?:истейди|ушин|керек)",
  "(?:chat|bot)[\\p{L},]* (?:[\\p{L},]+ ){0,4}ne (?:isteidi|ushin)",
  "(?:chat|bot|service)[\\w,]* (?:[\\w,']+ ){0,5}what (?:does|do|can|is) (?:it|this|you|u) (?:\\w+ )?(?:do|for|help)",
);

/**
 * Asks whether anyone can tell who one is ("кто я", "кім екенімді", "who I am", "опознают"): small
 * words the matcher drops, so anonymity is read here.
 */
export const ASKS_IDENTITY = cues(
  "кто я(?!\\p{L})",
  "что это я",
  "(?:опозна|распозна|идентифицир)",
  "ким екеним",
  "мени (?:\\p{L}+ )?(?:\\p{L}+ )?(?:таны|танып)",
  "kim ekenim",
  "meni (?:\\p{L}+ )?(?:tany|tanyp)",
  "who i am",
  "(?:it'?s|its|it is) me\\b",
  "identify me",
  "recogni[sz]e me",
  "kto ya\\b",
  // whose name is seen: "атым көріне ме", "оның аты біреуге көріне ме", "моё имя увидят", "can they see my name"
  "(?:атым|аты|атын|атымды|есимим|есими) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:корин|коре|биле|шыга)",
  "(?:atym|aty|atymdy) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:korin|kore|bile)",
  "(?:имя|фамилия) (?:\\p{L}+ )?(?:увид|узна|видн|покаж|светит)",
  "(?:see|show|shows|showing|know|seen|visible|reveal\\w*) (?:\\w+ )?(?:my|his|her|our) (?:real )?name",
  "(?:my|his|her) (?:real )?name (?:\\w+ )?(?:\\w+ )?(?:shown|visible|seen|show|appear)",
);

/**
 * Asks what not to do ("не істемеу керек", "что нельзя делать", "is it a bad idea"): the negation the
 * stemmers drop is the question.
 */
export const ASKS_WHAT_NOT_TO_DO = cues(
  "не истемеу",
  "истемеу керек",
  "истеуге болмайды",
  "жасауга болмайды",
  "ne istemeu",
  "isteuge bolmaid",
  "(?:что|чего) (?:\\p{L}+ )?(?:нельзя|не стоит|не надо|не нужно) (?:\\p{L}+ )?делать",
  "(?:что|чего) не делать",
  "(?:chto|chego) (?:\\p{L}+ )?(?:nelzya|ne stoit|ne nado) (?:\\p{L}+ )?delat",
  "what (?:\\w+ )?(?:not|shouldn'?t|should not) (?:\\w+ )?do",
  "bad idea",
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
  "(?:никому|родным|родителям|семье) (?:\\p{L}+ )?не (?:говори|рассказыва|сказа)",
  "держать (?:\\p{L}+ )?в (?:тайне|секрете)",
  "айтуга (?:тыйым|болмайды|болмаиды)",
  "(?:ешкимге|ата-анага|туыстарга|уйдегилерге) (?:\\p{L}+ )?айтпа",
  "aituga (?:tyiym|bolmaid)",
  "eshkimge (?:\\p{L}+ )?aitpa",
  "(?:forbids?|forbidden|not allowed|must not|mustn'?t|can'?t|cannot|never) (?:to )?(?:tell|telling|talk about)",
  "(?:keep|stay|kept) (?:it |this |them |everything )?(?:a )?secret",
  "secret from",
  "don'?t tell (?:anyone|anybody|family|my family|parents|my parents)",
);

/**
 * Asks whether the service would pass on what one writes ("вы можете рассказать кому-то",
 * "басқаларға жеткізесіздер", "would you share it", "will you report me"): the limits of confidentiality.
 */
export const ASKS_PASS_ON = cues(
  "вы (?:\\p{L}+ )?(?:сообщ|донос|донес|переда|сда|расска)",
  ...WILL_YOU_TELL,
  "жеткизесиз",
  // "кеңесші менің хабарламамды полицияға бере ме": the counselor or "you" giving it on
  "(?:кенесши|маман|сиздер|сендер|сиз)\\p{L}* (?:\\p{L}+ ){0,3}(?:бере ме|береди ме|бересиз бе|бересиздер ме|жибере ме|жибереди ме|айта ма|айтады ма|жеткизе ме)",
  "(?:kenesshi|maman|sizder|siz)\\p{L}* (?:\\p{L}+ ){0,3}(?:bere me|beredi me|beresiz be|beresizder me|jibere me|aita ma|aitady ma)",
  "берип жиберуиниз",
  "(?:will|would|can|could|do) you (?:\\w+ )?(?:report|pass|share|give (?:it|them|my))",
  // "would you tell my parents", not "can you tell me" or "can you tell a believer from a radical"
  "(?:will|would|can|could|do) you (?:\\w+ )?tell (?:the |my |our )?(?:anyone|anybody|someone|somebody|police|authorities|parents|mum|mom|dad|family|others|people|them)\\b",
  "you (?:report|pass on|tell the police)",
  // "when are you allowed to share my messages", "when would you pass it on"
  "(?:you|u) (?:are |r )?(?:allowed|permitted|obliged|required) to (?:share|pass|tell|report|give|hand)",
  "when (?:do|would|will|can|could|might) (?:you|u|counselors?) (?:\\w+ )?(?:share|pass|tell|report|break)",
);

/** Names one's parents or family ("родители", "мама", "родаки", "ата-анам", "үйдегілер", "my mum"). */
export const NAMES_PARENTS = cues(
  "родител",
  "родак",
  "предк",
  "мам",
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

/** Asks what happens next, once one has written ("а что потом", "енді не болады", "now what"). */
export const ASKS_WHAT_NEXT = cues(
  "(?:а )?что (?:будет )?(?:потом|дальше)",
  "а дальше",
  "что (?:происходит|будет) после",
  "(?:chto|a chto) (?:budet )?(?:potom|dalshe)",
  "енди не (?:болады|истеймин)",
  "(?:ари|ары) карай не",
  "одан (?:кейин|ари) не",
  "endi ne bolady",
  "(?:ari|ary) qarai ne",
  "what (?:happens|will happen|comes) (?:next|then|after)",
  "(?:and )?then what",
  "now what",
  "what now",
  "what next",
);

/**
 * Asks how to tell whether someone is drawn in ("как понять", "по каким признакам", "қалай білемін",
 * "how would I even know"): the warning signs.
 */
export const ASKS_HOW_TO_TELL = cues(
  "как (?:\\p{L}+ )?(?:понять|узнать|распознать|определить|отличить)",
  "по каким признакам",
  "kak (?:ponyat|uznat|raspoznat|otlichit)",
  "калай (?:\\p{L}+ )?(?:билем|билуге|билсем|тусинем|тусинуге|аныкта|ажырат)",
  "qalai (?:\\p{L}+ )?(?:bilem|biluge|bilsem|tusinem|anyqta)",
  "how (?:do|can|would|will|could|should) (?:i|we|you|one|a parent) (?:even |really )?(?:know|tell|understand|recogni[sz]e|spot|see)\\b",
  "how to (?:know|tell|recogni[sz]e|spot)\\b",
);

/**
 * Asks what one risks ("мне что-то будет", "жаза бола ма", "am I in trouble"): the law's answers,
 * not what to do with a video.
 */
export const ASKS_CONSEQUENCES = cues(
  "(?:мне|ему|ей|нам|им|за это|за него) (?:[\\p{L}-]+ )?(?:будет|грозит|светит)",
  "что (?:мне |ему |ей |нам )?(?:за это )?(?:будет|грозит)",
  "(?:посадят|накажут|привлекут)",
  "chto (?:mne |emu )?(?:za eto )?(?:budet|grozit)",
  "(?:жаза|жауапкершилик|бирдене|бир нарсе) бола ма",
  "(?:zhaza|jaza|birdene) bola ma",
  "(?:am i|is he|is she|are we|will i|will he|will she) (?:be |get )?(?:in trouble|arrested|punished|charged)",
  "get (?:in|into) trouble",
  "go to (?:prison|jail)",
);

/** Tells of an invitation ("позвали", "зовут на уроки", "шақырды", "invited"), for oneself or someone close. */
export const INVITED = cues(
  "(?:по)?зва(?:л|ли|ла)(?!\\p{L})",
  "зов(?:ет|ут|ёт)",
  "пригла(?:сил|сили|сила|шают|шает)",
  "шакыр",
  "(?:s|sh)akyr",
  "shaqyr",
  "invit",
  "(?:keep|keeps|kept) asking (?:me|him|her) to come",
);

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
  "шетел",
  "shetel",
  "за границ",
  "за рубеж",
  "abroad",
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

/** Asks where or how to report something ("куда пожаловаться", "қайда хабарлаймын", "where do I report it"). */
export const ASKS_TO_REPORT = cues(
  "пожалов",
  "жалоб",
  "(?:куда|кому|как|где) (?:\\p{L}+ )?(?:сообщ|заяв|обращ|обрат)",
  "сообщить (?:о|об|про) ",
  "(?:kuda|komu|kak) (?:\\p{L}+ )?(?:soobsh|pozhalov)",
  "(?:кайда|кимге|калай) (?:\\p{L}+ )?(?:хабарла|шагым|айт)",
  "(?:qaida|kaida|kimge|qalai|kalai) (?:\\p{L}+ )?(?:habarla|xabarla|shagym)",
  "шагым",
  "shagym",
  "(?:where|how|who) (?:do|can|should|would) (?:i|we|one) (?:\\w+ )?(?:report|flag|complain)",
  "(?:where|how|who) to (?:report|flag|complain)",
  "report (?:it|this|that|the|such)\\b",
);

/** Asks whether a person or a program answers ("человек или бот", "адаммен бе, бағдарламамен бе", "a person or a bot"). */
export const ASKS_HUMAN_OR_BOT = cues(
  "(?:человек|живой|люди|людьми|человеком)\\p{L}* (?:или|либо) (?:\\p{L}+ )?(?:бот|программ|робот|машин|ии|нейросет)",
  "(?:бот|программ|робот|ии|нейросет)\\p{L}* (?:или|либо) (?:\\p{L}+ )?(?:человек|живой|люди)",
  "адам\\p{L}* (?:[\\p{L},]+ ){0,3}(?:алде|немесе) (?:\\p{L}+ )?(?:бот|багдарлама|робот)",
  "(?:бот|багдарлама|робот)\\p{L}* (?:[\\p{L},]+ ){0,3}(?:алде|немесе) (?:\\p{L}+ )?(?:тири )?адам",
  "adam\\p{L}* (?:[\\p{L},]+ ){0,3}(?:alde|nemese) (?:\\p{L}+ )?(?:bot|bagdarlama|robot)",
  "(?:chelovek|zhivoi|zhivoy)\\p{L}* ili (?:\\p{L}+ )?(?:bot|programm|robot)",
  "(?:person|human|people|real)\\w* or (?:a |an )?(?:bot|program|programme|machine|ai|robot|script)",
  "(?:bot|program|programme|machine|ai|robot|script)\\w* or (?:a |an )?(?:real )?(?:person|human|people)",
  "(?:talking|chatting|writing|speaking) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot|ai)\\b",
);
