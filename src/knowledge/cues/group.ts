// What a message tells of the group the person (or someone close) is in: wanting out of it, and its claim to be
// the only ones with the truth (routing.ts, CUED_QUESTIONS). Told in long stories whose other words (converting,
// living with the brothers, fear) name other entries more often than the question does (round 17). As word starts
// in folded text (fold.ts). Kazakh, Russian, English.
import { cues } from "./fold.ts";

/**
 * Wants to leave, or asks how to ("хочу уйти", "как выйти из общины", "шыққым келеді", "қалай кетемін", "I want to
 * get out", "how do I leave"): leave-a-group, whatever the story around it names. Not to marry ("выйти замуж"), nor
 * out of a chat (chats-and-reposts' "выйти из чата"); a trip abroad is told apart where the cue is read.
 */
export const WANTS_TO_LEAVE = cues(
  "(?:хочу|хочет|хотим|хотят|хотел\\p{L}*|решил\\p{L}*|собира\\p{L}+|пытаюсь|как|как мне|как бы|помогите) (?:\\p{L}+ ){0,2}(?:уйти|выйти|вырваться|соскочить|свалить|сбежать|убежать)(?! замуж| за | из-за| из (?:чат|бесед|канал|телеграм|ватсап))",
  "(?:hochu|khochu|kak) (?:\\p{L}+ ){0,2}(?:uiti|uyti|ujti|vyiti|vyyti|vyjti|sbezhat|ubezhat|svalit)\\b(?! zamuzh)",
  "(?:шыккым|шыккысы|шыгып кетким|кетким|кеткиси|кутылгым|кутылгысы) (?:\\p{L}+ )?(?:кел)",
  "(?:shykkym|shyqqym|shigkim|shygyp ketkim|ketkim|qutylgym|kutylgym) (?:\\p{L}+ )?(?:kel)",
  "(?:калай|кайтип) (?:\\p{L}+ ){0,2}(?:шыгам|шыгамын|шыгамыз|шыгуга|кетем|кетемин|кетуге|кутылам|кутыламын)(?!\\p{L})",
  "(?:qalai|kalai|qalay|kalay) (?:\\p{L}+ ){0,2}(?:shygam|shyqam|ketem|ketemin|qutylam)\\b",
  "(?:want|wanna|need|trying|try|tried|planning|decided|how (?:do|can|should|would) (?:i|we|he|she|they)|how to) (?:\\w+ ){0,2}(?:leave|quit|get out|walk away|escape|break away|break free)\\b(?! (?:the |this |that |a )?(?:chat|channel|country))",
  // "i want out of the group", "he wants out"
  "(?:want|wants|wanted|wanna|need|needs) out\\b(?! (?:of )?(?:the |this |that |a )?(?:chat|channel|country))",
);

/**
 * A group's claim that only it has the truth, or that what it teaches stays inside ("тек бізге ғана ақиқат ашылды",
 * "только у нас истина", "only they have the truth", "сыртқа шығарма"): secret-knowledge.
 */
export const CLAIMS_SOLE_TRUTH = cues(
  "тек (?:бизге|бизде|биз|олар|оларда|оларга|бизин|биздин) (?:\\p{L}+ ){0,3}(?:акикат|шындык|дурыс жол)",
  "tek (?:bizge|bizde|biz|olar\\p{L}*) (?:[\\p{L}']+ ){0,3}(?:aqiqat|akikat|aqikat|shyndyq|shyndyk)",
  "только (?:мы|они|у нас|у них|нам|им|наш\\p{L}*|их) (?:\\p{L}+ ){0,3}(?:истин|правд|знаем|знают|правильн)",
  "истин\\p{L}* (?:\\p{L}+ )?только (?:у нас|у них|в нашей|в их)",
  "only (?:we|they|us|them|our \\w+|their \\w+) (?:\\w+ ){0,2}(?:have|has|know|knows|hold|holds|possess|see) the truth",
  "сыртка (?:\\p{L}+ )?(?:айтпа|шыгарма)",
  // trust only our own ("тек өз адамдарымызға сену керек", "доверять только своим", "only trust our people")
  "тек (?:оз|биздин|озимиздин) (?:\\p{L}+ )?(?:адамдар|бауырлар)\\p{L}* (?:\\p{L}+ )?сен",
  "tek (?:oz|bizdin|ozimizdin) (?:\\p{L}+ )?(?:adamdar|bauyrlar)\\p{L}* (?:\\p{L}+ )?sen",
  "(?:довер|вер)\\p{L}* (?:можно )?только (?:своим|нашим|брать|сестрам)",
  "only (?:trust|believe) (?:our|their|the group|each other|us|them)\\b",
  "syrt(?:qa|ka) (?:[\\p{L}']+ )?(?:a[iy]tpa|s'?h?[yi]'?g'?h?arma)",
);

/** One's own group named ("в нашем джамаате", "біздің жамағатта", "in our group"). */
const OWN_GROUP = [
  "(?:в )?(?:нашем|нашей|моем|моей|моём) (?:джамаат|жамаат|общин|групп|кружк|собрани)\\p{L}*",
  "(?:биздин|менин|bizdin|menin) (?:жамагат|жамаат|топ|уйирме|jamagat|jamaat|top)\\p{L}*",
  "(?:in |with )?(?:our|my) (?:group|jamaat|jamaah|community|circle)",
].join("|");

/**
 * Doubts what the group teaches, or asks whether doubting is allowed ("меня смущает, можно ли сомневаться", "күмәндана
 * бастадым", "is it ok to have doubts"): doubts-about-my-group, before leaving or where to start.
 */
export const DOUBTS = cues(
  "сомнева",
  "сомнени",
  "смуща",
  "смущ",
  "куманд",
  "куман бар",
  "кудиктен",
  "somneva",
  "somnen",
  "smush",
  "kumand",
  "kuman bar",
  "doubt",
  "second thoughts",
  // something is off in one's own group ("в нашем джамаате чёт мутно", "біздің жамағатта бірдеңе дұрыс емес сияқты",
  // "something feels off in our group"), or asking is punished there ("спросишь — наезжают", "сұрасам ұрсады")
  `(?:${OWN_GROUP}) (?:\\p{L}+ ){0,3}(?:мутно|не так|неладно|странно|что-то не то|чет не то|чёт не то)`,
  `(?:${OWN_GROUP}) (?:\\p{L}+ ){0,3}(?:дурыс емес|бир нарсе дурыс емес|тусиниксиз|кудикти|durys emes)`,
  `(?:${OWN_GROUP}) (?:\\w+ ){0,3}(?:feels|seems|is|looks) (?:\\w+ )?(?:off|wrong|not right|weird|shady|fishy)\\b`,
  "(?:something|smth|sth|smthn)(?:'s| is| feels| seems)? (?:off|wrong|not right|weird|shady|fishy) (?:\\w+ ){0,2}(?:in|with|about) (?:our|my) (?:group|jamaat|jamaah|community|circle)",
  "(?:спросишь|спрашиваю|спрошу|спрашивать)[ ,—–-]+(?:\\p{L}+ )?(?:наезжа|руга|злят|орут|кричат|нельзя|запреща)",
  "(?:сурасам|сурак койсам|сурак берсем|surasam) (?:\\p{L}+ )?(?:урсад|урсып|жекид|ашулан|urysad|ursad)",
  "(?:when|if) i (?:ask|question) (?:\\w+ ){0,3}(?:angry|mad|yell|shout|scold|punish)",
);
