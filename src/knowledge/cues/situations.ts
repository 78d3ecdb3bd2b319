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

/**
 * A husband or in-laws named ("күйеуім", "енем", "свекровь", "my husband"): a married woman's family, so marriage told
 * beside being forced ("тұрмысқа шыққаныма екі жыл") is her life, not a marriage across faiths being arranged.
 */
export const SPOUSE_OR_IN_LAWS = cues(
  "куйеу",
  "енем",
  "кайын",
  "kuieu",
  "kuyeu",
  "enem\\b",
  "(?:q|k)ayin",
  "муж(?:а|у|ем|ом|е)?(?!\\p{L})",
  "свекр",
  "свекров",
  "muzh",
  "husband",
  "in-laws?",
);

/** Met online or through a social network ("в интернете", "инстаграмдағы", "a guy online"). */
export const ONLINE = cues(
  "интернет",
  "инстаграм",
  "инста",
  "тикток",
  "телеграм",
  "(?:в|у)(?:о|а)(?:тс|ц|тц)ап",
  "соцсет",
  "желиде",
  "online",
  "internet",
  "instagram",
  "insta\\b",
  "tiktok",
  "telegram",
  "wh?ats?app",
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
  // told to cut ties because the family does not pray ("сказали перестать общаться с мамой, потому что они не молятся")
  "(?:потому что|так как|ведь|раз) (?:\\p{L}+ )?не (?:молятся|совершают намаз)|намаз (?:\\p{L}+ )?окымайды деп",
  "(?:because|since|as) (?:they|my parents|my family) (?:don'?t|do not|never) pray\\b",
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
  // "ұзын қара киім киюге мәжбүр етеді": clothes and wearing them
  "киим",
  "кию(?:ге|ди|им)",
  "kiim",
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
  // "ағам статья бойынша отыр", "statya boiynsha otyr": serving under an article
  "(?:статья|статяга|statya|statia) (?:бойынша|boiynsha|boyynsha) (?:\\p{L}+ )?(?:отыр|сотталды|otyr|sottaldy)",
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
  "(?:найдут|найти|вычислят|вычислить|выследят|выследить|отследят|отследить|достанут|пробить|пробьют) (?:\\p{L}+ )?меня",
  "меня (?:\\p{L}+ ){0,2}(?:найдут|найти|вычислят|вычислить|выследят|выследить|отследят|отследить|достанут|пробить|пробьют)",
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

/**
 * Tells of one's own repost or share ("репостнул видео", "бөлістім", "reposted a vid"): beside a fear of being found
 * ("now scared they'll come for me"), who would come is the law, as for NAMES_UNLAWFUL.
 */
export const REPOSTED = cues(
  "(?:репостн|репостил|перепостил|лайкнул|лайкнула)",
  "(?:repostn|repostil|laiknul)",
  "(?:болистим|болискен|репост жаса|bolistim|bolisken)",
  "(?:reposted|re-posted|shared (?:a |the |some |that )?(?:\\w+ )?(?:vid|video|post|link|clip)s?\\b|liked (?:a |the |some )?(?:\\w+ )?(?:vid|video|post)s?\\b)",
);

/**
 * Calls something unlawful ("это незаконно", "заңсыз", "that's illegal"): beside a fear of being found ("can they come
 * after me?"), who would come is the law, so it asks what one risks, not whether the group can track one down.
 */
export const NAMES_UNLAWFUL = cues(
  "illegal",
  "against the law",
  "незаконн",
  "nezakonn",
  "зансыз",
  "zansyz",
  "zañsyz",
);

/**
 * A word of fear ("боится", "страшно", "қорқамын", "qorqam", "scared"): beside the police or the authorities
 * (NAMES_POLICE), the fear of them, whoever has it ("сын боится идти в органы", "polisiaga tüsıp qalmaimyn ba, qorqam").
 */
export const FEAR = cues(
  "бо(?:юсь|ится|имся|ятся|ишься|ялся|ялась|ялись)",
  "страшно",
  "опаса",
  "корк",
  "(?:boyus|boius|boits|boitc|boyats|strashno|qorq|kork)",
  "afraid",
  "scared",
  "terrified",
  "frightened",
  "fear",
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
  // "боится идти в органы": the authorities, in this base never the body's organs
  "орган(?:ы|ов|ам|ах)(?!\\p{L})",
  "organ(?:y|ov|am)\\b",
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
  "(?:need|want|wanna|gotta) (?:to )?talk to (?:someone|somebody|anyone)",
  // "іштегіні айтатын адам іздеп жүрмін", "сырласатын біреу жоқ": someone to tell things to
  "(?:айтатын|сырласатын|мундасатын|сойлесетин) (?:\\p{L}+ )?(?:адам|биреу|киси)\\p{L}* (?:\\p{L}+ )?(?:издеп|издеим|керек|жок|таппа)",
  "(?:aitatyn|syrlasatyn|mundasatyn|soilesetin) (?:\\p{L}+ )?(?:adam|bireu|kisi)\\p{L}* (?:\\p{L}+ )?(?:izdep|kerek|zhoq|joq|zhok|tappa)",
);

/** Names a friend ("кореш", "жолдасым", "my bro"): with a plea for help, it asks how to help the friend. */
export const NAMES_FRIEND = cues(
  // not a relative's new company ("my son has new friends", "у сына новые друзья", "жаңа достары"): a sign
  "(?<!(?:new|his|her|their|новы\\p{L}*|его|ее|её|их|жана|жаны|jana|zhana) )(?:друг|друга|другу|другом|подруг|кореш|приятел|однокласс|одногруппн|кент)(?!\\p{L}*(?:ой|ие|их) (?:групп|людьми|люди|людей))",
  // "құрбым", "құрбыма", "qurbymmen": the word ends in a vowel, so "my" is "м", not "ым"
  "(?:курбы|kurby|qurby)(?:м|ма|мды|мнын|ммен|мнан|m|ma|mdy|mnyn|mmen)?(?!\\p{L})",
  "(?<!(?:жана|jana|zhana) )(?:дос|курбы|жолдас|сыныптас|курстас)(?:ым|ыма|ымды|ымнын|ыммен|ымнан|ы|тарым|тар|тарымыз|ымыз|ымызды)?(?!\\p{L})",
  "(?<!(?:жана|jana|zhana) )(?:dos|kurby|qurby|joldas|zholdas|synyptas|kurstas)(?:ym|yma|ymdy|ymnyn|ymmen|y)?(?!\\p{L})",
  "(?<!(?:new|his|her|their) )(?:friend|buddy|bestie|classmate|homie|mate|pal|bro)s?(?!\\w)",
  // a peer one lives, studies or works beside: "a girl in my dorm", "my roommate", "соседка по комнате", "бөлмелесім"
  "(?:roommate|flatmate|housemate|dormmate|coursemate|groupmate|coworker|co-worker|colleague)s?(?!\\w)",
  "(?:girl|guy|boy|someone|student) (?:\\w+ )?(?:in|from) my (?:dorm|class|group|course|hostel|floor|building|office|team)",
  "сосед\\p{L}* по (?:комнате|общежитию|общаге|квартире|парте)",
  "(?:однокурсн|одногруппниц|коллег|сокурсн)",
  "(?:болмелес|ариптес|жатакханада)\\p{L}*",
  "(?:bolmeles|ariptes|zhatakhana|jatakhana)\\p{L}*",
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
  // "makes me go", "makes me cover up and go to lessons"
  "(?:make|makes|made|making) (?:me|him|her|us|them) (?:\\w+ ){0,3}?(?:go|attend|pray|wear|come|cover)\\b",
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

/**
 * Hurt at home: beaten, hit or abused by someone close ("муж бьёт меня", "күйеуім ұрады", "my husband beats me",
 * "муж распускает руки"). No entry is about it: support and a counselor come first (the crisis reply, before the
 * router, already gives 112 and 102 where src/crisis reads danger). "бьёт" is folded without its soft sign
 * ("бет", a Kazakh face or page), so it counts only beside whom it hurts.
 */
export const HURT_AT_HOME = cues(
  // ru: a close person or "me" beside the verb, either side
  "(?:муж|отец|отчим|брат|свекр|свекров|сын|жених|парень|папа|мама|мать|он|она|они)\\p{L}{0,3} (?:\\p{L}+ ){0,2}(?:б[её]т|бьют|избива|колотит|лупит|поколотил|ударил|ударила|бил|била|били)(?!\\p{L})",
  "(?:б[её]т|бьют|избива\\p{L}*|колотит|лупит|ударил|ударила|бил|била|били) (?:\\p{L}+ )?(?:меня|нас|маму|мать|маму|сестру|жену|детей|ее|её)(?!\\p{L})",
  "(?:меня|нас|маму|мать|сестру|жену|детей) (?:\\p{L}+ )?(?:б[её]т|бьют|избива\\p{L}*|колотит|лупит)(?!\\p{L})",
  "поднима\\p{L}* (?:на (?:меня|нас|маму|мать|нее|неё) )?руку",
  "распуска\\p{L}* руки",
  "домашн\\p{L}* насили",
  // ru translit ("muzh menya byot", "b'et"; not "bot")
  "(?:muzh|otec|brat|papa|on) (?:\\p{L}+ )?(?:b(?:'y?|y|i)[oe]t|izbiva)",
  "(?:b(?:'y?|y|i)[oe]t|izbivaet) (?:\\p{L}+ )?(?:menya|nas|mamu)\\b",
  "menya (?:\\p{L}+ )?(?:b(?:'y?|y|i)[oe]t|izbivaet)\\b",
  // kk (folded: ұ→у, қ→к): "ұрады", "ұрып-соғады", "ұрып жүр", "мені ұрып", "қол көтереді", "тепкілейді"; not a heart
  // that beats ("жүрегім соғады"), nor a beating only threatened beside another deed ("інімді ұрып, телефонын
  // сындырмақшы": what not to do)
  "(?<!(?:журег|jureg|zhureg)\\p{L}* (?:\\p{L}+ )?)(?:урады|урды|урып-согады|согады|тепкиле\\p{L}*|кол котер\\p{L}*)(?!\\p{L})",
  "урып (?:жур|жатыр|кет|таста|согад|согып|алд)",
  "(?:мени|бизди|анамды|шешемди) (?:\\p{L}+ )?(?:урып|урад|согад|согып)",
  "(?<!(?:jureg|zhureg)\\p{L}* (?:\\p{L}+ )?)(?:urady|urdy|uryp-so(?:g|gh)ady|so(?:g|gh)ady|tepkile\\p{L}*|(?:q|k)ol koter\\p{L}*)\\b",
  "uryp (?:jur|zhur|jatyr|zhatyr|ket|tasta|so(?:g|gh)ad|so(?:g|gh)yp|ald)",
  "(?:meni|bizdi|anamdy) (?:\\p{L}+ )?(?:uryp|urad|so(?:g|gh)ad|so(?:g|gh)yp)",
  "зорлык-зомбылык",
  "zorlyq-zombylyq",
  // en: hit, beaten, abused by someone (not "hit me up", "it hit me")
  "(?<!(?:it|that|this|what) )(?:beats?|beating|beat up|hits|hitting|slaps?|slapped|punch(?:es|ed)?|kicks?|kicked|chokes?|choked) (?:me|my (?:mom|mum|mother|sister|wife|kids?|children)|us|her)\\b(?! up\\b)",
  "(?:he|she|they|husband|father|dad|brother|stepdad|boyfriend) (?:\\w+ )?(?:hit|beat) (?:me|us|her|my)\\b(?! up\\b)",
  "(?:husband|father|dad|stepdad|stepfather|brother|mother|mom|mum|boyfriend|family|parents|in-laws?|he|she|they) (?:is|was|gets|got|are|has been|have been) (?:\\w+ )?(?:abusive|violent)\\b",
  "abus(?:es|ed|ing) (?:me|us|her|my)\\b",
  "domestic (?:violence|abuse)",
  "(?:raises?|raised|lays?|laid) (?:a |his |her )?hands? on (?:me|us|her)\\b",
);

/**
 * Someone else deleting or clearing what is on their phone ("удаляет историю", "чистит переписку", "тарихты өшіріп
 * отырады", "deletes his history"): a relative hiding their chats, not one's own data here. Third-person verbs only.
 */
export const DELETES_OWN_TRACES = cues(
  "(?:удаляет|удаляют|стирает|стирают|чистит|чистят|подчищает)(?!\\p{L})",
  "(?:udalyaet|stiraet|chistit)\\b",
  "(?:оширеди|оширип (?:отырады|тастайды|журеди|жур|койады|тастайтын))",
  "(?:oshiredi|oshirip (?:otyrady|tastaidy|juredi|zhuredi|jur|zhur))\\b",
  "(?:deletes|wipes|clears|erases)\\b",
  // done already, or a new account started ("удалил все фото и завёл новый аккаунт", "made a second account")
  "(?:удалил|стер|почистил|оширип тастады|deleted|wiped|erased)\\p{L}* (?:\\p{L}+ )?(?:все|вс[её]|барлык|all|his|her|every)",
  "(?:завел|завела|создал|создала|new|second|fake|secret|жана) (?:\\p{L}+ )?(?:аккаунт|account|страниц|профил)",
);
