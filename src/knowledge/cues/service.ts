// Questions about this service itself, told by small words the matcher drops: what it is, who answers, whether
// anyone can tell who one is, whether it passes on what one writes (routing.ts, CUED_QUESTIONS). As word starts
// in folded text (fold.ts). Kazakh, Russian, English.
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
  // "айтпайсыздар ма" (you won't tell…?); not "айтасыз ба", which also asks to be told
  "айтпа(?:й)?сыз",
  "aitpa(?:i|y)?s(?:y|i)z",
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
  "кто вы(?!\\p{L})",
  "вы (?:вообще )?кто(?!\\p{L})",
  "кто (?:мне )?(?:здесь|тут) (?:отвеча|пиш|сид)",
  "(?:бул|осы|сиздин|сендердин) (?:чат|бот|сервис|канал)",
  "сиздер кимсиз",
  "сиз кимсиз",
  "сен кимсин",
  "(?:bul|osy) (?:chat|bot)",
  "(?:this|your) (?:chat|bot|service|channel)",
  "who are (?:you|u)\\b",
  "eto chto za (?:chat|bot)",
  "kto vy\\b",
);

/**
 * Asks what this service is or whom it is for ("зачем этот чат", "who are you", "бұл бот не үшін"):
 * "for whom" and "what for" are small words the matcher drops, so the question is read here.
 */
export const ASKS_WHAT_SERVICE_IS = cues(
  "(?:что|шо|че) (?:\\p{L}+ ){0,2}за (?:чат|бот|сервис|канал)",
  "кто (?:вас|это|этот бот|бота) (?:сделал|создал|запустил)",
  "зачем (?:нужен )?(?:этот|ваш|нужен) (?:чат|бот|сервис)",
  "(?:чат|бот|сервис)\\p{L}* (?:для кого|для чего|зачем)",
  "(?:для кого|для чего) (?:этот|ваш) (?:чат|бот|сервис)",
  "кто вы(?!\\p{L})",
  "вы (?:вообще )?кто(?!\\p{L})",
  "(?:бул|осы) (?:чат|бот)\\p{L}* (?:не|кимге|не ушин|не ушін|кандай)",
  "(?:бул|осы) (?:кандай|не) (?:чат|бот)",
  "сиздер кимсиз",
  "сиз кимсиз",
  "сендер кимсин",
  "(?:bul|osy) (?:chat|bot)\\p{L}* (?:ne|kimge|qandai|kandai)",
  // "what's" is one word ("what(?:'s)"), "what is" two
  "what(?: is|'s|s) (?:this|your) (?:chat|bot|service|channel)",
  "what(?: is|'s|s) (?:the|this) (?:chat|bot) for",
  // the service named by a plain noun: "what is this thing even for", "что это за штука", "бұл не нәрсе өзі"
  "what(?: is|'s|s) (?:this|the) (?:thing|app|place|page)\\b",
  // "what even is this place", "what exactly is this bot", "что это вообще за место"
  "what (?:even|exactly|actually|really|tf|the heck|the hell) (?:is|are) (?:this|the|you|u)\\b(?: (?:thing|app|place|page|chat|bot|service|channel)\\b|[?!. ]*$)",
  "(?:что|шо|че) (?:это )?(?:вообще |такое |блин )?за (?:штук|приложени|мест|страниц|программ)",
  "(?:бул|осы) (?:не|кандай) (?:нарсе|зат|багдарлама)",
  "(?:bul|osy) (?:ne|qandai|kandai) (?:narse|zat)",
  "(?:chat|bot|service) (?:is )?(?:for|meant for)\\b",
  "who are (?:you|u)\\b",
  // "what are you exactly?", "what r u", not "what are you doing / going to do with it"
  "what (?:are|r) (?:you|u)\\b(?! (?:\\w+ing|going|gonna|able|allowed|doing|planning)\\b)(?! (?:\\w+ )?(?:with|about|to)\\b)",
  "what (?:kind|sort) of (?:thing|bot|chat|service|app) (?:are you|is this|r u)",
  "(?:что|кто) (?:ты|вы) (?:такое|такой|такая)(?!\\p{L})",
  "(?:сен|сиз) (?:не|несин|несиз)(?: (?:озин|озиниз|ози|зат))?\\s*[?.!]*$",
  "(?:sen|siz) (?:ne|nesin|nesiz)(?: (?:ozin|oziniz|ozi|zat))?\\s*[?.!]*$",
  "who (?:made|runs|created|is behind) (?:this|the|you)",
  "eto chto za (?:chat|bot)",
  "chto (?:eto )?za (?:chat|bot)",
  "kto vy\\b",
  // "what does this bot do", "чем занимается этот бот", "бұл бот немен айналысады": the verb first
  "(?:что|чем) (?:\\p{L}+ )?(?:делает|занимается|умеет|может) (?:этот|ваш|данный|здешний) (?:чат|бот|сервис)",
  "(?:бул|осы) (?:чат|бот)\\p{L}* немен",
  "what (?:does|can|do|will) (?:this|your|the) (?:chat|bot|service|channel) (?:\\w+ )?(?:do|offer)\\b",
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
  "(?:опозна|идентифицир)",
  // "распознают меня", not "как распознать вербовку" (the signs)
  "распознают",
  "распозна\\p{L}* (?:\\p{L}+ )?меня",
  "меня (?:\\p{L}+ )?распозна",
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
  // without giving one's name: "есімімді айтпай-ақ", "не называя имени", "without giving my name"
  "(?:атым|есимим|аты-жоним)\\p{L}* (?:\\p{L}+ )?(?:айтпа|жазба|корсетпе|бермей)",
  "(?:atym|esimim)\\p{L}* (?:\\p{L}+ )?(?:aitpa|aytpa|jazba|zhazba|korsetpe|bermei)",
  "(?:не|без) (?:называ|указыва|говор|сообща)\\p{L}* (?:сво\\p{L}+ )?(?:имени|имя|фамили)",
  "без (?:сво\\p{L}+ )?(?:имени|фамилии)",
  "(?:ne|bez) (?:nazyva|ukazyva)\\p{L}* (?:\\p{L}+ )?(?:imeni|imya)",
  "without (?:\\w+ing )?(?:my|your|a|his|her|our|any) (?:real )?names?\\b",
  // nobody sees or knows what one wrote: "жазғаным ешкімге көрінбейді", "никто не узнает", "no one will see it"
  "(?:ешким|eshkim)\\p{L}* (?:\\p{L}+ )?(?:корин|коре|биле|билм|kori|kore|bile|bilm)",
  "никто (?:\\p{L}+ )?не (?:увидит|узнает|прочитает)",
  "(?:no ?one|nobody) (?:else )?(?:will |can |could )?(?:see|know|read)\\b",
);

/**
 * Asks whether the service would pass on what one writes ("вы можете рассказать кому-то",
 * "басқаларға жеткізесіздер", "would you share it", "will you report me"): the limits of confidentiality.
 */
export const ASKS_PASS_ON = cues(
  // "вы сливаете переписку в органы?" (slang): passing it on
  "вы (?:\\p{L}+ )?(?:сообщ|донос|донес|переда|сда|расска|слива|сол[её]те)",
  "vy (?:\\p{L}+ )?(?:soobsh|donos|dones|pereda|sliva)",
  // "а вы можете мои сообщения полиции передать?": a few words between, the verb of handing over
  "вы (?:\\p{L}+ ){1,4}(?:переда|слива|сол[её]те|сдади|сдаете|сдаёте)",
  ...WILL_YOU_TELL,
  "жеткизесиз",
  // "кеңесші біреуге жеткізуі мүмкін бе": the counselor passing it on, in any verb form
  "(?:кенесши|маман|сиздер|сендер|сиз)\\p{L}* (?:\\p{L}+ ){0,3}жеткиз",
  "(?:kenesshi|maman|sizder|siz)\\p{L}* (?:\\p{L}+ ){0,3}(?:j|zh)etkiz",
  // "кеңесші менің хабарламамды полицияға бере ме": the counselor or "you" giving it on
  "(?:кенесши|маман|сиздер|сендер|сиз)\\p{L}* (?:\\p{L}+ ){0,3}(?:бере ме|береди ме|бересиз бе|бересиздер ме|жибере ме|жибереди ме|айта ма|айтады ма|жеткизе ме)",
  "(?:kenesshi|maman|sizder|siz)\\p{L}* (?:\\p{L}+ ){0,3}(?:bere me|beredi me|beresiz be|beresizder me|jibere me|aita ma|aitady ma)",
  "берип жиберуиниз",
  "\\p{L}+(?:ды|ди|ны|ни|ты|ти) (?:\\p{L}+ ){0,2}(?:бересиздер ме|бересиз бе|бересиндер ме|жибересиздер ме|жибересиз бе)",
  "(?:will|would|can|could|do) you (?:\\w+ )?(?:report|pass|share|give (?:it|them|my))",
  // "would you tell my parents", not "can you tell me" or "can you tell a believer from a radical"
  "(?:will|would|can|could|do) you (?:\\w+ )?tell (?:the |my |our )?(?:anyone|anybody|someone|somebody|police|authorities|parents|mum|mom|dad|family|others|people|them)\\b",
  "you (?:report|pass on|tell the police)",
  // "when are you allowed to share my messages", "when would you pass it on"
  "(?:you|u) (?:are |r )?(?:allowed|permitted|obliged|required) to (?:share|pass|tell|report|give|hand)",
  "when (?:do|would|will|can|could|might) (?:you|u|counselors?) (?:\\w+ )?(?:share|pass|tell|report|break)",
  // whoever reads it here passing it on: "the person reading will forward it to the authorities", "тот, кто читает,
  // передаст", "оқып отырған адам полицияға береді ме"
  "(?:person|people|one|someone|whoever|guy|staff)s? (?:\\w+ )?(?:reading|reads|is reading|on the other end)\\b(?: \\w+){0,4} (?:forward|pass|report|send|hand|give|leak|share|snitch|tell)",
  "кто (?:\\p{L}+ )?(?:читает|читают|прочитает|отвечает|отвечают)[\\s,]+(?:\\p{L}+[\\s,]+){0,4}(?:переда|сообщ|слива|сол[её]т|донес|сдаст|сдадут)",
  "(?:окып отырган|окитын|жауап беретин) (?:адам|киси|маман)\\p{L}* (?:\\p{L}+ ){0,3}(?:жеткиз|бере|бер ме|айта|хабарла)",
);

/** Asks whether a person or a program answers ("человек или бот", "адаммен бе, бағдарламамен бе", "a person or a bot"). */
export const ASKS_HUMAN_OR_BOT = cues(
  // a person ("чел", a specialist) or a program (a neural network, AI), a verb or two between
  "(?:человек|живой|люди|людьми|человеком|чел|специалист)\\p{L}* (?:\\p{L}+ ){0,2}(?:или|либо) (?:\\p{L}+ )?(?:бот|программ|робот|машин|ии|ai|нейрон|нейросет|chatgpt|gpt|чатгпт)",
  "(?:бот|программ|робот|ии|нейрон|нейросет)\\p{L}* (?:\\p{L}+ ){0,2}(?:или|либо) (?:\\p{L}+ )?(?:человек|живой|люди|чел(?!\\p{L}))",
  "(?:адам|маман)\\p{L}* (?:[\\p{L},]+ ){0,3}(?:алде|немесе) (?:\\p{L}+ )?(?:бот|багдарлама|робот|жасанды|нейро|(?:жай )?адам)",
  "(?:бот|багдарлама|робот|жасанды)\\p{L}* (?:[\\p{L},]+ ){0,3}(?:алде|немесе) (?:\\p{L}+ )?(?:тири )?(?:адам|маман)",
  "(?:adam|maman)\\p{L}* (?:[\\p{L},]+ ){0,3}(?:alde|nemese) (?:\\p{L}+ )?(?:bot|bagdarlama|robot|jasandy|zhasandy|(?:jai |zhai )?adam)",
  "(?:chelovek|zhivoi|zhivoy)\\p{L}* ili (?:\\p{L}+ )?(?:bot|programm|robot)",
  "(?:person|human|people|real)\\w* or (?:a |an )?(?:bot|program|programme|machine|ai|robot|script)",
  "(?:bot|program|programme|machine|ai|robot|script)\\w* or (?:a |an )?(?:real )?(?:person|human|people)",
  "(?:talking|chatting|writing|speaking) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot|ai)\\b",
);

/**
 * Asks who answers here ("кто такие консультанты", "кеңесшілер кімдер", "who is answering me"): "who" is a
 * small word the matcher drops, and "переписывается" alone reads as keeping in touch with a relative.
 */
export const ASKS_WHO_ANSWERS = cues(
  "кто (?:такие|эти|ваши|здешние) (?:\\p{L}+ )?(?:консультант|специалист|психолог|оператор)",
  "(?:консультант|специалист|психолог|оператор)\\p{L}* (?:\\p{L}+ )?(?:это )?кто(?!\\p{L})",
  "кто (?:мне|со мной|тут|здесь)(?: тут| здесь)? (?:\\p{L}+ )?(?:отвеча|пиш|переписыва|общает|сиди)",
  "kto (?:takie|mne|so mnoi|so mnoy|tut|zdes) (?:\\p{L}+ )?(?:konsultant|otvecha|pish|perepisyva)",
  "(?:кенесши|маман|консультант)\\p{L}* (?:\\p{L}+ )?(?:кимдер|кім|ким)(?!\\p{L})",
  "(?:kenesshi|maman)\\p{L}* (?:\\p{L}+ )?(?:kimder|kim)(?!\\p{L})",
  "(?:маган|мунда|осында|менимен) (?:\\p{L}+ )?ким (?:жауап|жазып|сойлес|жазыс)",
  "who (?:are|is|r) (?:the |your |these |those )?(?:counsell?ors?|consultants?|specialists?|operators?|psychologists?|volunteers?)",
  "who(?:'s| is| are) (?:\\w+ )?(?:answering|replying|writing|talking|chatting)(?: to| with| back)? (?:me|us)\\b",
  "who (?:am i|will i be|would i be) (?:\\w+ )?(?:talking|writing|chatting|speaking) (?:to|with)",
  // a real person here? ("тут реальный человек сидит?", "здесь живые люди", "is there a real person")
  "(?:тут|здесь|там|вы) (?:\\p{L}+ )?(?:реальн|жив|настоящ)\\p{L}* (?:человек|люди|чел)(?!\\p{L})",
  "(?:реальн|жив|настоящ)\\p{L}* (?:человек|люди|чел) (?:\\p{L}+ )?(?:тут|здесь|отвеча|сиди|пиш)",
  "(?:tut|zdes) (?:\\p{L}+ )?(?:realn|zhiv|nastoyash)\\p{L}* (?:chelovek|ludi|lyudi|chel)\\b",
  "(?:realn|zhiv|nastoyash)\\p{L}* (?:chelovek|ludi|lyudi) (?:\\p{L}+ )?(?:tut|zdes|otvecha|sidi|pish)",
  "(?:is|are) (?:there |this |it |you )?(?:a )?real (?:person|human|people)\\b",
);

/**
 * Asks to reach this service by phone rather than in writing ("do you have a phone line", "у вас есть телефон?",
 * "сіздерге қоңырау шалуға бола ма", "I'd rather talk than type"): how to reach us, not what the 114 hotline is.
 */
export const ASKS_TO_CALL_US = cues(
  "(?:do|does|have|got) (?:you|u|ya|this bot|this service|you guys) (?:\\w+ )?(?:have|got)? ?(?:a |an |any )?(?:phone|number|hotline|phone line|line|voice)\\b",
  "(?:can|could|may) (?:i|we) (?:\\w+ )?(?:call|phone|ring) (?:you|u|ya)\\b",
  "(?:prefer|rather|instead of|easier to|better to) (?:\\w+ )?(?:talk|call|speak|voice)\\w*(?: \\w+){0,2} (?:than|instead of|to|not|over) (?:typ|writ|text|chat)",
  "(?:у вас|есть у вас|у вас есть) (?:\\p{L}+ )?(?:телефон|номер|горяч)",
  "(?:позвонить|звонить|созвониться|дозвони)\\p{L}* (?:\\p{L}+ )?(?:вам|с вами|до вас)(?!\\p{L})",
  "(?:вам|до вас) (?:\\p{L}+ )?дозвон",
  "(?:вам|с вами) (?:\\p{L}+ )?(?:позвонить|созвониться)",
  "(?:голосом|по телефону) (?:\\p{L}+ ){0,2}(?:чем|вместо|а не) (?:\\p{L}+ )?(?:писать|печатать|переписыва)",
  "(?:u vas|est u vas) (?:\\p{L}+ )?(?:telefon|nomer)",
  "(?:pozvonit|zvonit|dozvonit)\\p{L}* (?:\\p{L}+ )?vam\\b",
  "vam (?:\\p{L}+ )?dozvon",
  "(?:сиздерде|сизде|сендерде) (?:\\p{L}+ )?(?:телефон|номир)",
  "(?:сиздерге|сизге|сендерге) (?:\\p{L}+ )?(?:конырау|звон)",
  // "сендерге қалай хабарласамын, телефон нөмірлерің бар ма": your numbers
  "(?:телефон )?номир(?:лерин|иниз|лериниз|ин) (?:бар|кандай)",
  "(?:sizderde|sizde) (?:\\p{L}+ )?(?:telefon|nomir)",
  "(?:sizderge|sizge) (?:\\p{L}+ )?(?:qo[nń]yrau|konyrau)",
  "(?:telefon )?n[oö]mir(?:lerin|iniz|leriniz|in) (?:bar|qandai|kandai)",
  "жазганша (?:\\p{L}+ )?(?:сойлес|конырау)",
  // a number to ring rather than type ("is there a number I can ring instead of typing", "вместо того чтобы писать",
  // "a phone number where I can speak to one of you"); "a number I can call" alone may be 114's
  "(?:call|ring|phone|speak|talk|voice)\\w* (?:\\w+ ){0,3}(?:instead of|rather than) (?:typing|writing|texting|chatting)",
  "(?:phone )?number (?:\\w+ ){0,5}(?:speak|talk) (?:to|with) (?:one of )?(?:you|u|your)\\b",
  "(?:позвонить|звонить|поговорить голосом)\\p{L}* (?:\\p{L}+ ){0,3}(?:вместо|а не) (?:того чтобы )?(?:писать|печатать|переписк)",
  "(?:жазудын|жазганнан|жазудан) (?:гори |корі |орнына )?(?:\\p{L}+ )?(?:конырау|сойлес)",
);
