// A request for a person ("хочу поговорить с человеком", "кеңесшімен сөйлескім келеді", "connect me to a counselor"):
// the counselor at once, never an answer (routing.ts). As word starts in folded text (fold.ts: no soft sign, Kazakh
// letters plain); Latin-letter Kazakh and Russian translit are read in Cyrillic too (index.ts), so most forms are
// written once, in Cyrillic. A question about the service that names a person ("is the counselor a real person?",
// "кеңесшімен орысша сөйлесуге бола ма?") is not a request: index.ts leaves those out.
import { cues } from "./fold.ts";

// Russian: whom one asks for, after "с" (instrumental) and as an object (accusative or nominative). A person is
// "человек" only when not followed by a clause about them ("с человеком, который…", "с человеком другой веры").
const RU_LIVE = "(?:живым |настоящим |реальным |нормальным )?";
const RU_WITH = `${RU_LIVE}(?:человеком(?!,? (?:котор|друг))|специалист\\p{L}*|консультант\\p{L}*|оператор\\p{L}*|психолог\\p{L}*|сотрудник\\p{L}*)`;
const RU_OBJECT =
  "(?:живого |настоящего |реального |нормального )?(?:человека(?!,? котор)|специалиста|консультанта|оператора|психолога|сотрудника|живой человек|консультант|специалист|оператор|психолог)(?!\\p{L})";
// The verbs of talking to someone or being put through to them; not "общается с" or "связался с", which tell of
// a relative's contacts ("сын связался с человеком из группы").
const RU_TALK = "(?:поговорить|пообщаться|побеседовать|связаться|свяжите|соедини\\p{L}*|переключи\\p{L}*)";

// Kazakh: the person ("тірі адам", "кеңесші", "маман") with "-мен" and a verb of talking in a form that asks for it:
// "-гім келеді" (I want), "-уге бола ма" (may I), "-ейін" (let me), "-е ала ма" (can), "-уім керек" (I need),
// "-сем бола ма" (may I, conditional). Not "сөйлессем" alone (if I talk: "…, ата-анам біле ме?") nor "сөйлесіп жүр"
// (is talking), which tell rather than ask.
// "Кеңесші" as typed in Latin letters and read back: "kenesshi", "keneshi" (sh for şş), "kenessi", "kengeshi".
const KK_COUNSELOR = "кен(?:г)?е(?:сш|ш|сс|щ)и";
const KK_PERSON = `(?:тири адам|нагыз адам|шын адам|${KK_COUNSELOR}|маман|оператор|психолог|консультант)`;
const KK_TALK =
  "(?:со[йи]лес|сырлас|жазыс|хабарлас|байланыс)(?:[кг][иы](?:м|миз|си) (?:кел|бар)|уге (?:бол|рукс)|ейин|еин|ейик|е ал|уим|у керек|се[мк] (?:бола|болады|болар) )";

// English: whom one asks for, with or without an article and "real"; typed "persn", "counseler", "councelor". Not
// "a person who…": "how do I talk to a person who has been radicalised" is about a relative.
const EN_COUNSELOR =
  "(?:coun[sc]\\w*l+[oe]rs?|consultants?|specialists?|operators?|psychologists?|therapists?)(?!\\w)";
const EN_PERSON = `(?:(?:a|an|the|some|one|your|ur) )?(?:(?:real|actual|live|living|proper|trained|qualified) )?(?:human(?: being)?|person|persn|prsn|${EN_COUNSELOR})(?!\\w)(?! (?:who|that|which|whose|of)\\b)`;
const EN_TALK = "(?:talk|tlk|speak|spk|chat)";
/** Whom one asks for by one word alone: "оператор!", "human", "кеңесші керек". */
const ALONE = `(?:оператор|оператора|живой человек|человека|консультант|консультанта|специалист|специалиста|${KK_COUNSELOR}|маман|тири адам|operator|human|a human|coun[sc]\\w*l+[oe]r)`;

export const ASKS_FOR_HUMAN = cues(
  // ru: "хочу поговорить с человеком", "соедините с оператором", "может ли мама поговорить с консультантом"
  `${RU_TALK} (?:\\p{L}+ ){0,2}(?:с|со) ${RU_WITH}`,
  // "хочу с психологом поговорить", "можно с живым человеком поговорить"
  `(?:с|со) ${RU_WITH} (?:\\p{L}+ )?${RU_TALK}`,
  // "позовите специалиста", "мне нужен консультант", "дайте живого человека"
  `(?:позовите|позови|позвать|пригласите|дайте|дай|давайте|нужен|нужна|хочу|можно|подключите)(?: мне| нам| пожалуйста| уже| сюда)* ${RU_OBJECT}`,
  // "переключите на оператора", "хочу написать консультанту", "поговорить с кем-нибудь живым"
  `(?:переключи|переведи|соедини)\\p{L}* (?:меня |нас )?на ${RU_OBJECT}`,
  "(?:хочу|хотел[аи]?|можно|могу|нужно|надо|как) (?:\\p{L}+ )?написать (?:\\p{L}+ )?(?:консультант|специалист|оператор|психолог)\\p{L}*",
  "с кем-(?:то|нибудь) (?:живым|настоящим|реальным)",
  // Said to the service itself: "поговорите со мной", "выслушайте меня", "напишите мне, пожалуйста"; "можно с кем-то
  // поговорить?" (may I talk to someone; not "мне нужно с кем-то поговорить", support, nor "с кем-то из родных")
  "(?:поговори|пообщайся|побеседуй)(?:те)? (?:\\p{L}+ )?со мной",
  "(?:выслушай|выслушайте) меня",
  "(?:хочу|хотела?|можно|могу|могу ли я) (?:\\p{L}+ )?(?:поговорить|пообщаться) с вами",
  "(?:напиши|напишите|ответь|ответьте) мне(?: пожалуйста| кто-нибудь| уже)*[!.?) ]*$",
  "(?:можно|можно ли|могу ли я|могу я|дайте) (?:\\p{L}+ )?(?:с )?кем-(?:то|нибудь) (?:\\p{L}+ )?(?:поговорить|пообщаться|связаться)(?! из)",
  "(?:можно|можно ли|могу ли я|могу я) (?:\\p{L}+ )?(?:поговорить|пообщаться|связаться) (?:\\p{L}+ )?с кем-(?:то|нибудь)(?! из)",
  // "не с ботом, а с человеком"
  "не (?:с )?бот\\p{L}*,? а (?:с )?(?:живым |настоящим )?(?:человек|консультант|специалист|оператор)",
  // kk: "адаммен сөйлескім келеді" (a person, not "ер адаммен", "бір адаммен": a man, someone), "кеңесшімен сөйлесуге бола ма"
  `(?<!(?:ер|бир|бейтаныс|ботен|жат|баска) )(?:адам|${KK_PERSON})\\p{L}*(?:мен|бен|пен) (?:\\p{L}+ ){0,2}${KK_TALK}`,
  // typed apart: "adam men soilesuge bola ma"
  `(?<!(?:ер|бир|бейтаныс|ботен|жат|баска) )адам мен ${KK_TALK}`,
  `${KK_PERSON}\\p{L}*(?:мен|бен|пен) (?:\\p{L}+ )?(?:байланыстыр|косыныз|косып бер|жалганыз|жалгап бер)`,
  // "кеңесшіге жазғым келеді" (I want to write to a counselor), "…жазсам бола ма" (may I); not "кеңесшіге жазсам"
  // alone (if I write)
  `${KK_PERSON}\\p{L}*(?:га|ге|ка|ке) (?:\\p{L}+ )?(?:жаз|хабарлас)(?:[кг][иы](?:м|миз|си) (?:кел|бар)|уга (?:бол|рукс)|уге (?:бол|рукс)|айын|айык|а ал|уым|са[мк] (?:бола|болады|болар) |се[мк] (?:бола|болады|болар) )`,
  // Said to the service itself: "маған жазыңызшы" (write to me), "менімен сөйлесіңізші" (talk to me), "сөйлесіңізші"
  // alone, "сізбен сөйлескім келеді" (I want to talk with you), "біреумен сөйлесуге бола ма" (may I talk to someone)
  "(?:маган|мени(?:мен)?) (?:\\p{L}+ )?(?:жазыныз|жазш|жауап берин|сойлесин|сойлесш|сойлесип берин)",
  "^(?:\\p{L}+ )?(?:сойлесиниз(?:дер)?ши|сойлесши|жазыныз(?:дер)?ши)",
  `(?:сизбен|сиздермен|senimen|sizben) (?:\\p{L}+ )?${KK_TALK}`,
  "биреу(?:мен|ге) (?:\\p{L}+ )?(?:сойлесуге|жазуга|хабарласуга|сойлессем|жазсам) (?:бола|болады|болар)",
  // "бот емес, адам керек"
  "бот(?:пен)? емес,? (?:маган )?(?:тири |нагыз |шын )?адам",
  // "кеңесшіге қосыңызшы", "операторды шақырыңыз", "маған тірі адам керек"; not "психолог керек пе" (is one needed?)
  `${KK_PERSON}\\p{L}*(?:га|ге|ка|ке) (?:\\p{L}+ )?(?:косын|косып|косш|жалга|байланыстыр)`,
  `${KK_PERSON}\\p{L}*(?:ды|ди|ны|ни|ты|ти) (?:\\p{L}+ )?шакыр`,
  `${KK_PERSON} (?:\\p{L}+ )?шакыр(?:ыныз|ш|ып бер|а аласыз)`,
  `${KK_PERSON} керек(?! (?:пе|ме|па|ма|бе|ба)(?!\\p{L}))`,
  // en: "I want to talk to a human", "can my mom talk to a counselor", "wanna talk 2 an actual person"
  `(?:want|wanna|need|can|could|may|let me|lemme|like|pls|please|plz|gotta|possible) (?:to )?(?:\\w+ ){0,2}?${EN_TALK} (?:to|with|2|w) ${EN_PERSON}`,
  // "my mom wants to talk to a counselor"; not "my son wants to talk to a person he met online"
  `(?:wants|needs) to ${EN_TALK} (?:to|with) (?:a |an |the |your )?${EN_COUNSELOR}`,
  `^(?:pls |please |plz )?${EN_TALK} (?:to|with|2) ${EN_PERSON}`,
  // "can I message a counselor", "i want to write to a counselor" (not "if I write to a counselor, what then")
  `(?:want|wants|wanna|need|can|could|may|let me|lemme|like|how do) (?:to |i |we |my \\w+ )?(?:write|message|msg|text|reach|contact) (?:to )?${EN_PERSON}`,
  // "is there a human I can talk to", "can I get a real person"
  `(?:human|person|persn|coun[sc]\\w*l+[oe]r|specialist|operator|someone real) (?:i|we) (?:can|could) (?:talk|speak|chat|write)`,
  `(?:can|could|may) (?:i|we) (?:get|have|see) ${EN_PERSON}`,
  // "can I talk to someone real", "can my mother talk to someone" (not "I need someone to talk to": support)
  `${EN_TALK} (?:to|with|2) (?:someone|somebody|some1) (?:real|actual|human|live|alive|irl)\\b`,
  `(?:can|could|may) (?:i|we|he|she|they|my \\w+|\\w+) ${EN_TALK} (?:to|with|2) (?:someone|somebody|anyone|anybody)(?!\\w)(?! (?:who|that|which)\\b)`,
  // Said to the service itself: "please talk to me", "talk to me", "can someone talk to me", "will you talk to me";
  // not "my son won't talk to me", "how do I get her to talk to me" (a relative's silence)
  `(?:^|[.,!?;:] *|(?:pls|please|plz|just|someone|somebody|anyone|anybody|can|could|would|will) )(?:(?:you|u|someone|somebody|anyone|anybody|pls|please|plz) )*${EN_TALK} (?:to|with|2) me\\b`,
  // "i want to talk to you", "can I talk to you?" (the message is the whole request)
  "(?:want|wanna|need|can|could|may) (?:i |to )?(?:talk|speak|chat) (?:to|with|2) (?:you|u)(?: (?:please|pls|plz|now|guys))?[!.? ]*$",
  // "pls get me a human", "connect me to a counselor", "i want an operator"
  `(?:get|give|bring|find) (?:me|us) ${EN_PERSON}`,
  `(?:connect|put|transfer|pass|send|switch) (?:me|us) (?:to|through to|with|in touch with|over to) ${EN_PERSON}`,
  `(?:i|we) (?:\\w+ )?(?:want|need|wanna|would like|'d like) ${EN_PERSON}`,
  // "a real person please", "not a bot, a real person"
  "(?:real|actual|live) (?:person|human)[ ,]+(?:pls|please|plz)\\b",
  "(?:human|person|coun[sc]\\w*l+[oe]r|operator|consultant|specialist)s?[ ,]+(?:pls|please|plz)\\b",
  "not (?:a |an |the )?(?:bot|robot|machine|ai|program)\\w*,? (?:but )?(?:a |an )?(?:real |actual |live )?(?:person|human)",
  // the one word, in any language: "оператор!", "human please", "кеңесші керек"
  `^${ALONE}(?: (?:пожалуйста|please|pls|plz|керек))?[!. ]*$`,
  // The whole message a short need (outsider journeys, stop 31: these got "no ready answer"): "адам керек", "маған
  // адам керек еді", "мне нужен человек", "человек нужен", "need a person"; a need told of someone else has more words
  "^(?:маган |бизге )?(?:адам|адаммен сойлесу|тири адам) керек(?: еди)?(?: (?:пожалуйста|please))?[!. ]*$",
  "^(?:адам|тири адам|нагыз адам)(?:мен)? сойлесу(?:ге)?[!. ]*$",
  "^(?:мне |нам )?(?:нужен|нужна|нужно) (?:живой |настоящий |реальный )?(?:человек|консультант)(?: пожалуйста)?[!. ]*$",
  "^(?:живой |настоящий )?человек нужен(?: пожалуйста)?[!. ]*$",
  // "можно с живым человеком?", "а с консультантом можно?": may I (talk) with a person, the verb left out; the whole
  // message, so "можно ли с человеком другой веры дружить" (RU_WITH's "друг") and longer questions stay what they were
  `^(?:а )?(?:можно|можно ли|могу ли я|могу я|хочу|хотелось бы) (?:\\p{L}+ )?(?:с|со) ${RU_WITH}(?: (?:пожалуйста|сейчас))?[!.? )]*$`,
  `^(?:а )?(?:с|со) ${RU_WITH} (?:можно|нельзя ли|пожалуйста)[!.? )]*$`,
  // "живой человек есть?", "есть живой человек?", "тірі адам бар ма?": is a person there to talk to, the whole message
  // (not "здесь живой человек отвечает?", who answers: ASKS_WHO_ANSWERS)
  "^(?:а )?(?:живой|настоящий|реальный) человек (?:у вас )?(?:есть|имеется)(?: \\p{L}+)?[!.? )]*$",
  "^(?:а )?(?:есть|имеется) (?:ли )?(?:у вас )?(?:живой|настоящий|реальный) человек[!.? )]*$",
  "^(?:тири|нагыз|шын) адам (?:бар ма|барма|бар ма екен|бар)[!.? )]*$",
  `^(?:need|want|wanna) ${EN_PERSON}(?: (?:please|pls|plz|now))?[!. ]*$`,
);

/**
 * Says one does NOT want a person ("не хочу говорить с человеком", "адаммен сөйлескім келмейді", "I don't want to
 * talk to a human"): never a request, whatever words of one it holds.
 */
export const REFUSES_HUMAN = cues(
  "не (?:хочу|хотим|хотела?|буду|надо|нужно|нужен|нужна)(?: \\p{L}+){0,3} (?:с )?(?:живым |живой )?(?:человек|консультант|специалист|оператор|психолог)",
  `(?:сойлес|сырлас|жазыс|хабарлас|байланыс|жаз)\\p{L}*[кг][иы](?:м|миз) келмей`,
  "(?:сойлес|жаз)(?:пеймин|баймын|пеймиз|баймыз)",
  `(?:адам|${KK_PERSON}) керек емес`,
  "(?:don't|dont|do not|won't|will not|never) (?:\\w+ ){0,2}(?:want|wanna|need|like)(?: to)? (?:\\w+ ){0,2}(?:talk|speak|chat|write|message|human|person|coun[sc]\\w*l+[oe]r|operator)",
  "no (?:human|person|coun[sc]\\w*l+[oe]r|operator)s?\\b",
);

/**
 * The language a request for a person names ("can I talk to the counselor in English", "кеңесшімен орысша сөйлескім
 * келеді"): still a request, and the case is in that language when a counselor speaks it (src/counselors).
 */
export const NAMED_LANGUAGES = {
  kk: cues("казакша", "казак тил", "казахск", "по-?казахски", "[qk]aza[qk]sha", "kazakh"),
  ru: cues("орысша", "орыс тил", "русск", "по-?русски", "orysha", "russian"),
  en: cues("агылшынша", "агылшын тил", "английск", "по-?английски", "english"),
} as const;

/**
 * Asks whether something can be done ("can I talk to the counselor in English?", "можно на казахском?", "орысша
 * сөйлесуге бола ма?"). With a language named, it is a question about the languages: their answer
 * (counselor-languages) says honestly which are spoken and offers a person, where a request would promise a case in
 * a language nobody may speak. "?" is checked apart: a cue is anchored at a word start.
 */
export const ASKS_IF_POSSIBLE = cues(
  "(?:can|could|may) (?:i|we|he|she|my)\\b",
  "is (?:it|there) (?:possible|a way|any way)",
  "(?:можно|можем ли|могу ли|mozhno)",
  "(?:бола ма|болама|болады ма|bola ma|bolama|bolady ma|boladi ma)",
);

/** The word "language" itself ("на моём языке", "ана тілімде", "in my language"), naming none: a question about them. */
export const SAYS_LANGUAGE = cues("язык", "yazyk", "тил(?:де|им|и |ин)", "til(?:de|im|i |in)", "language");

/**
 * A question about the languages themselves ("на каком языке можно поговорить с консультантом?", "қай тілде",
 * "which languages do the counselors speak", "do they speak English?"): the FAQ answer (counselor-languages),
 * not a counselor now, even when a request's words are in it.
 */
export const ASKS_WHICH_LANGUAGE = cues(
  "(?:на )?(?:каком|каких|какие|какой) язык",
  "(?:кай|кандай) тил",
  "(?:which|what) languages?",
  "(?:do|does|can|will) (?:the |your |a |any )?(?:counsell?ors?|consultants?|specialists?|operators?|they|anyone|someone|somebody|you) (?:\\w+ )?(?:speak|understand|know)",
  "(?:говорят|понимают|знают|владеют)",
  "(?:биле ме|билей ме|билеме|сойлей ме|сойлейме|тусине ме)",
);
