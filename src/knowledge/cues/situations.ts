// What a message tells of the person's situation, beside what it asks: marriage promised abroad or online, a
// relative in prison, being told one is not a real Muslim, fearing being tracked down (routing.ts, CUED_QUESTIONS).
// As word starts in folded text (fold.ts). Kazakh, Russian, English.
import { cues } from "./fold.ts";

/** Names marriage ("замуж", "неке", "marry"): with a move abroad or a man met online, the promises made to women. */
export const MARRIAGE = cues(
  "замуж",
  "жени[тх]",
  "свадьб",
  "никах",
  "никях",
  "неке",
  "уйлен",
  "uilen",
  "uylen",
  "турмыс",
  "turmys",
  "marr(?:y|ied|iage)",
  "wedding",
  "nikah",
);

/** Met online or through a social network ("в интернете", "инстаграмдағы", "a guy online"). */
export const ONLINE = cues(
  "интернет",
  "инстаграм",
  "инста",
  "тикток",
  "телеграм",
  "соцсет",
  "желиде",
  "online",
  "internet",
  "instagram",
  "insta\\b",
  "tiktok",
  "telegram",
  "internette",
);

/**
 * Told they are not real Muslims ("не настоящие мусульмане", "нағыз мұсылман емес", "not real muslims"): the
 * reason a group gives for cutting ties or calling people kafir, whatever else the message tells.
 */
export const NOT_REAL_MUSLIMS = cues(
  "не (?:\\p{L}+ )?(?:настоящ|истинн|правильн)\\p{L}* мусульм",
  "(?:нагыз|шын|шынайы) мусылман\\p{L}* емес",
  "(?:nagyz|nağyz|shyn) musylman\\p{L}* emes",
  "(?:not|aren'?t|isn'?t|never|no) (?:\\w+ )?(?:real|true|proper|good|practising|practicing) muslims?",
);

/** Names dress ("никаб", "орамал", "hijab", "wear"): "not a real Muslim woman without a niqab" is the niqab's pressure. */
export const NAMES_DRESS = cues(
  "никаб",
  "хиджаб",
  "паранджа",
  "платок",
  "орамал",
  "жаулык",
  "одева",
  "одежд",
  "киин",
  "кием",
  "кимесе",
  "niqab",
  "hijab",
  "burqa",
  "veil",
  "dress",
  "wear",
);

/**
 * Tells that someone close is in prison ("мужа посадили", "сидит по статье", "күйеуім бабымен отыр", "my son is in
 * jail"): the family of a convict, not what the law does to someone who may be charged.
 */
export const IMPRISONED = cues(
  "посадили",
  // not "сидит в телеграме", "сидит за компьютером" (translit is read in Cyrillic too)
  "(?:сидит|сидят|отбывает) (?:\\p{L}+ )?(?:за (?:\\p{L}+ )?(?:экстрем|террор|религ|вер|репост|пост|убийств|краж|наркот|\\p{L}*изм)|по (?:\\p{L}+ )?стать|в тюрьм|в колони|на зоне|срок)",
  "(?:в|из) (?:тюрьме|тюрьмы|колонии)(?!\\p{L})",
  "на зоне",
  "осужд[её]н",
  "осудили",
  "posadili",
  "v tyurm",
  "сотталды",
  "сотталган",
  "турмеде",
  "турмеге (?:тусти|кетти|жабылды)",
  "абактида",
  "колонияда",
  "бабымен (?:\\p{L}+ )?(?:отыр|сотталды|кесилди)",
  "sottaldy",
  "turmede",
  // someone close locked up, told outright ("ұлым қамалды", "agam qamaldy"); "қызым бөлмесіне қамалды" names a room
  "\\p{L}{2,}(?:м|мыз|миз) (?:камалды|камалыпты|камалып кетти)(?!\\p{L})",
  "(?:is|was|got|been|are|were) (?:\\w+ )?(?:in prison|in jail|jailed|imprisoned|convicted|sentenced|locked up)",
  "(?:in|from) (?:prison|jail)\\b",
);

/**
 * Fears being tracked down ("меня найдут", "прийти за мной", "мені іздеп табады", "come after me"): the group
 * finding the person, whatever the message says it fears about writing here.
 */
export const FEARS_BEING_FOUND = cues(
  "(?:найдут|найти|вычислят|вычислить|выследят|выследить|отследят|отследить|достанут) (?:\\p{L}+ )?меня",
  "меня (?:\\p{L}+ ){0,2}(?:найдут|найти|вычислят|вычислить|выследят|выследить|отследят|отследить|достанут)",
  "(?:придут|прийти|приедут|доберутся|явятся) (?:\\p{L}+ )?(?:за мной|ко мне)",
  "(?:naidut|vychislyat) menya",
  "menya (?:naidut|vychislyat)",
  "мени (?:\\p{L}+ )?(?:тауып|табад|таба ал|издеп|издей)",
  "артымнан (?:келе|кел|тус|куа)",
  "meni (?:\\p{L}+ )?(?:tauyp|tabad|taba al|izdep|izdei)",
  "(?:track|trace|hunt|find|locate) (?:me|us)\\b",
  "come (?:after|for) (?:me|us)\\b",
  // by an IP address or a location ("по айпи не пробьют?", "IP арқылы табады ма", "get my location")
  "(?:по|через) (?:\\p{L}+ )?(?:айпи|ip|геолокац|локац|номеру телефона)",
  "(?:айпи|ip|геолокац|локац)\\p{L}* (?:\\p{L}+ )?(?:пробь|вычисл|отслед|узна|найд|табад|таба ма|аныкта|bil|tab)",
  "пробь(?:ют|ет) (?:\\p{L}+ )?(?:меня|по)",
  "(?:айпи|ip) (?:аркылы|arqyly|arkyly)",
  "(?:get|find|see|track|trace|know) (?:\\w+ )?(?:my )?(?:location|ip|ip address|whereabouts)\\b",
);

/** Names anonymity ("анонимно", "anonymous"): "it's anonymous? they won't track me?" asks about anonymity. */
export const NAMES_ANONYMITY = cues("аноним", "инкогнито", "anonym", "anonim", "incognito");

/** Names the police ("will police come for me" is the fear of the police, not of the group). */
export const NAMES_POLICE = cues(
  "полиц",
  "милиц",
  "мент",
  "кнб",
  "укк",
  "органдар",
  "polic",
  "polis",
  "cops?\\b",
  "authorit",
);

/**
 * Asks for someone, anyone, to talk to ("мне просто нужно с кем-то поговорить", "біреумен сөйлескім келеді", "I
 * need someone to talk to"): that is the question, so support comes first beside any other it names.
 */
export const WANTS_TO_TALK = cues(
  "(?:с )?кем-(?:то|нибудь) (?:\\p{L}+ )?(?:поговорить|пообщаться)",
  "(?:поговорить|пообщаться|выговориться) (?:\\p{L}+ )?с кем-(?:то|нибудь)",
  // someone, not a person: "адаммен сөйлескім келеді" asks for a counselor (human.ts)
  "биреумен (?:\\p{L}+ ){0,2}(?:сойлеск|сырласк|сойлесу керек)",
  "bireumen (?:\\p{L}+ ){0,2}(?:soilesk|syrlask)",
  "(?:need|want|wish i had) (?:\\w+ ){0,2}(?:someone|somebody|anyone) to talk to",
  "(?:need|want) to talk to (?:someone|somebody|anyone)",
);

/** Names a friend ("кореш", "жолдасым", "my bro"): with a plea for help, it asks how to help the friend. */
export const NAMES_FRIEND = cues(
  "(?:друг|друга|другу|другом|подруг|кореш|приятел|однокласс|одногруппн|кент)(?!\\p{L}*(?:ой|ие|их) (?:групп|людьми|люди|людей))",
  // "құрбым", "құрбыма", "qurbymmen": the word ends in a vowel, so "my" is "м", not "ым"
  "(?:курбы|kurby|qurby)(?:м|ма|мды|мнын|ммен|мнан|m|ma|mdy|mnyn|mmen)?(?!\\p{L})",
  "(?:дос|курбы|жолдас|сыныптас|курстас)(?:ым|ыма|ымды|ымнын|ыммен|ымнан|ы|тарым|тар|тарымыз|ымыз|ымызды)?(?!\\p{L})",
  "(?:dos|kurby|qurby|joldas|zholdas|synyptas|kurstas)(?:ym|yma|ymdy|ymnyn|ymmen|y)?(?!\\p{L})",
  "(?:friend|buddy|bestie|classmate|homie|mate|pal|bro)s?(?!\\w)",
);

/**
 * Forced or pressured ("заставляют", "мәжбүрлеп жатыр", "forces me", "давят"): beside somewhere religious to go or
 * something to do there (RELIGIOUS_DUTY), the question is the pressure, not the doctrine.
 */
export const COERCED = cues(
  "застав(?:ля|ил|ят|ит|или|ила)",
  "принужд",
  "принуди",
  "вынужда(?:ют|ет)",
  "насильно",
  "силой",
  "тащ(?:ат|ит|или|ил)",
  "давят",
  "давит",
  "давлени",
  "zastavl",
  "prinuzhd",
  "мажбур",
  "куштеп",
  "кушпен",
  "зорлап",
  "кысым",
  "majbur",
  "mazhbur",
  "kushtep",
  "(?:k|q)ysym",
  "forc(?:e|es|ed|ing)\\b",
  "pressur",
  "(?:make|makes|made|making) (?:me|him|her|us|them) (?:go|attend|pray|wear|come)",
  "(?:push|pushes|pushed|pushing|drag|drags|dragged|dragging) (?:me|him|her|us|them) (?:to|into)",
);

/** Somewhere religious to go or something to do there: a mosque, meetings, lessons, prayer, dress. */
export const RELIGIOUS_DUTY = cues(
  "мечет",
  "намаз",
  "моли(?:ть|тв)",
  "собрани",
  "кружок",
  "кружк",
  "урок",
  "заняти",
  "лекци",
  "проповед",
  "джамаат",
  "церк",
  "мешит",
  "мечит",
  "жиналыс",
  "уйирме",
  "сабак",
  "дарис",
  "уагыз",
  "жамагат",
  "ширкеу",
  "meshit",
  "mechet",
  "namaz",
  "(?:j|zh)inalys",
  "saba(?:k|q)",
  "(?:j|zh)amagat",
  "mosque",
  "masjid",
  "pray",
  "meeting",
  "gathering",
  "circle",
  "lesson",
  "class(?:es)?\\b",
  "church",
  "sermon",
  "halaqa",
  "jamaat",
);

/** Names a preacher or sermons ("шейх", "уағызшы", "проповедник", "sheikh"): followed by someone close, a family's worry. */
export const NAMES_PREACHER = cues(
  "проповед",
  "шейх",
  "устаз",
  "уагыз",
  "propoved",
  "sheikh",
  "shaykh",
  "shejh",
  "ustaz",
  "uagyz",
  "preach",
  "sermon",
);
