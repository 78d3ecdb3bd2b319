// Cues in a free-text message that decide where it goes before (or instead of) an answer from the
// knowledge base: distress (emotional support and a counselor, never a theological answer), insults
// (a kind short reply, never a law entry), asking where to go (the center directory), and whom the
// message is about (the person themselves or someone close). Kazakh, Russian, English; Kazakh in
// Cyrillic or Latin letters. Plain TypeScript, tested alone (test/knowledge/routing.test.ts).
import { foldKazakhLetters } from "../text/kazakh-fold.ts";

/** Lowercase, Kazakh letters and 2021-alphabet Latin folded, as people type without a Kazakh keyboard. */
export function foldCues(text: string): string {
  return foldKazakhLetters(text.normalize("NFC").toLowerCase()).replace(/[’ʼ`´]/g, "'");
}

// A cue is a word start ("одинок" for "одинокий", "одиноко"), so each is anchored at a word start.
function cues(...patterns: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join("|")})`, "u");
}

/** "It is hard, I have no one to talk to": the person needs support before any answer. */
const DISTRESS = cues(
  // ru
  "тяжело",
  "тяжко",
  "не с кем (?:по)?говорить",
  "не с кем поделиться",
  "некому (?:рассказать|сказать|выговориться|довериться)",
  "не к кому обратиться",
  "одинок",
  "одиночеств",
  "никого нет",
  "никто не понимает",
  "нет сил",
  "устал[аи]? от всего",
  "на душе",
  "мне плохо",
  "мне грустно",
  "грустно",
  "тоскливо",
  "депресс",
  "хочется плакать",
  "хочу плакать",
  "плачу",
  "выговориться",
  "невыносимо",
  "опустошен",
  "жить не хочется",
  "мне (?:очень )?страшно",
  // kk (folded: қ→к, ұ→у, і→и…), Cyrillic and Latin
  "маган киын",
  "оте киын",
  "киын болып",
  "киналып",
  "киналамын",
  "маган ауыр",
  "оте ауыр",
  "жаным ауыр",
  "журегим ауыр",
  "жаным жабыркау",
  "ешким жок",
  "ешкимим жок",
  "сойлесетин ешким",
  "айтатын ешким",
  "ешкимге айта алмаймын",
  "жалгызбын",
  "жалгыз калдым",
  "жалгызсыра",
  "ешким тусинбейди",
  "шаршадым",
  "жылагым келеди",
  "жылаймын",
  "мунаиып",
  "куйзелис",
  "коркып журмин",
  "qorqyp jurmin",
  "qorqyp zhurmin",
  "korkyp jurmin",
  "magan qiyn",
  "magan kiyn",
  "magan qiin",
  "magan auyr",
  "eshkim joq",
  "eshkim jok",
  "jalgyzbyn",
  "zhalgyzbyn",
  "jalgyzbin",
  "sharshadym",
  // en
  "it'?s (?:so |really |very )?hard",
  "so hard",
  "hard for me",
  "no ?one to talk to",
  "nobody to talk to",
  "no one i can talk",
  "nobody i can talk",
  "lonely",
  "all alone",
  "so alone",
  "i'?m alone",
  "feel alone",
  "nobody understands",
  "no one understands",
  "can'?t cope",
  "can'?t take (?:it|this) anymore",
  "exhausted",
  "so tired",
  "depress",
  "hopeless",
  "i feel (?:so |really )?(?:bad|sad|empty|lost|awful|terrible)",
  "crying",
  "need (?:someone )?to talk",
  "need support",
  "overwhelm",
  "i'?m (?:so |really )?(?:scared|terrified|frightened)",
);

/** Words of abuse: the person is angry or testing; they get a kind short reply, not a law entry. */
const INSULT = cues(
  // ru
  "туп(?:ой|ая|ое|ые|ица|ишь|ит)",
  "дура(?:к|ц|чок)",
  "дур(?:ной|ацк)",
  "идиот",
  "дебил",
  "придур",
  "кретин",
  "бесполезн",
  "отстой",
  "сука",
  "бля",
  "хуй",
  "хуе",
  "хер",
  "пизд",
  "ебан",
  "ебат",
  "ебал",
  "заткнись",
  "говн",
  "фигня",
  "лох",
  "урод",
  "мудак",
  "чмо",
  "бред",
  // kk (folded)
  "акымак",
  "топас",
  "жынды",
  "малгун",
  "онбаган",
  "жарамсыз",
  "пайдасыз",
  "akymak",
  "aqymaq",
  "topas",
  // en
  "stupid",
  "dumb",
  "idiot",
  "moron",
  "useless",
  "fuck",
  "shit",
  "sucks?\\b",
  "crap",
  "trash",
  "garbage",
  "shut up",
  "retard",
  "loser",
  "bitch",
  "bullshit",
);

/** Asking for help or advice without saying about what: worth a clarifying question, not "no answer". */
const HELP = cues(
  "помоги",
  "помощь",
  "нужен совет",
  "посоветуйте",
  "что (?:мне )?делать",
  "не знаю что делать",
  "подскажите",
  "комек",
  "комектес",
  "кенес (?:керек|беринизши|бериниз)",
  "не истеуим керек",
  "не истеимин",
  "не истесем",
  "komek",
  "ne isteimin",
  "help",
  "advice",
  "what (?:do|should) i do",
  "what to do",
);

/**
 * A question to the service itself about what it does with what one writes ("вы сообщите в полицию?",
 * "will you report me", "полицияға хабарлайсыздар ма"), not about reporting someone oneself.
 */
const ASKS_SERVICE = cues(
  "сообщите",
  "донесете",
  "сдадите",
  "передадите",
  "передаете",
  "расскажете",
  "сохраняете",
  "храните",
  "вы (?:\\p{L}+ )?(?:сообщ|донос|донес|переда|сда|храни|узна)",
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
  "бересиздер",
  "бересиндер",
  "сактайсыз",
  "сактайсын",
  "(?:will|do|would|can) you (?:\\w+ )?(?:report|tell|pass|share|give|store|keep|save|know)",
  "you (?:report|pass on|tell the police)",
);

/** Asking where to go or whom to call. */
const WHERE = cues(
  "где",
  "куда",
  "адрес",
  "телефон",
  "номер",
  "ближайш",
  "рядом",
  "находится",
  "контакт",
  "кайда",
  "мекенжай",
  "номир",
  "жакын",
  "хабарлас",
  "qaida",
  "kaida",
  "qaida",
  "mekenzhai",
  "mekenjai",
  "where",
  "address",
  "phone",
  "number",
  "nearest",
  "near me",
  "close to",
  "contact",
  "located",
);

/** A place that helps: asked for with WHERE, it is a directory request even without a city. */
const CENTER = cues(
  "центр",
  "орталык",
  "ortalyk",
  "ortalyq",
  "center",
  "centre",
  "консультац",
  "реабилитац",
  "оналту",
);

/** Words that can stand next to a city in a message that is only the city ("г. Павлодар", "in Almaty"). */
const PLACE_FILLER = new Set(
  [
    "в",
    "во",
    "г",
    "город",
    "городе",
    "город",
    "из",
    "я",
    "живу",
    "мы",
    "у",
    "нас",
    "область",
    "обл",
    "области",
    "каласы",
    "каласында",
    "кала",
    "облысы",
    "облысында",
    "мен",
    "турамын",
    "тураминиз",
    "біз",
    "биз",
    "in",
    "the",
    "city",
    "region",
    "from",
    "i",
    "live",
    "im",
    "oblast",
    "kalasy",
    "qalasy",
    "oblysy",
    "men",
    "turamyn",
    "и",
    "жане",
    "and",
    "пожалуйста",
    "please",
    "отиниш",
  ].map(foldCues),
);

// Whom a message is about. Kin words and third-person pronouns say "someone close"; first-person
// pronouns (not possessives: "my son" is about the son) say "me".
const FAMILY_WORDS = new Set(
  [
    // ru
    "сын",
    "сына",
    "сыну",
    "сыном",
    "сынок",
    "дочь",
    "дочка",
    "дочери",
    "дочку",
    "дочерью",
    "брат",
    "брата",
    "брату",
    "братом",
    "братишка",
    "сестра",
    "сестру",
    "сестры",
    "сестре",
    "муж",
    "мужа",
    "мужем",
    "мужу",
    "жена",
    "жену",
    "жены",
    "мама",
    "маму",
    "папа",
    "отец",
    "отца",
    "мать",
    "родственник",
    "родственница",
    "родственника",
    "ребенок",
    "ребенка",
    "ребенку",
    "дети",
    "детей",
    "внук",
    "внучка",
    "племянник",
    "племянница",
    "друг",
    "друга",
    "другу",
    "подруга",
    "подругу",
    "он",
    "она",
    "его",
    "ее",
    "ему",
    "ей",
    "него",
    "нее",
    "ним",
    "ней",
    // kk (folded)
    "улым",
    "улымнын",
    "улыма",
    "улымды",
    "улымыз",
    "кызым",
    "кызымнын",
    "кызыма",
    "кызымды",
    "балам",
    "баламнын",
    "баламыз",
    "балама",
    "баламды",
    "иним",
    "инимнин",
    "иниме",
    "инимди",
    "агам",
    "агамнын",
    "агама",
    "агамды",
    "апкем",
    "апкемнин",
    "карындасым",
    "синлим",
    "куйеуим",
    "айелим",
    "туысым",
    "туысымыз",
    "туыстарым",
    "досым",
    "досымнын",
    "курбым",
    "ол",
    "оны",
    "онын",
    "оган",
    "olar",
    "ulym",
    "ulymnyn",
    "kyzym",
    "qyzym",
    "balam",
    "inim",
    "agam",
    "apkem",
    "kuieuim",
    "kuyeuim",
    "tuysym",
    "dosym",
    "ony",
    "onyn",
    "ogan",
    // en
    "son",
    "daughter",
    "brother",
    "sister",
    "husband",
    "wife",
    "mother",
    "father",
    "mom",
    "mum",
    "dad",
    "child",
    "kid",
    "relative",
    "cousin",
    "nephew",
    "niece",
    "friend",
    "he",
    "she",
    "him",
    "his",
    "hes",
    "shes",
  ].map(foldCues),
);

const SELF_WORDS = new Set(
  [
    "я",
    "меня",
    "мне",
    "мной",
    "мен",
    "мени",
    "маган",
    "менимен",
    "озим",
    "meni",
    "magan",
    "i",
    "me",
    "im",
    "myself",
  ].map(foldCues),
);

export type Perspective = "self" | "family";

export interface Cues {
  distress: boolean;
  insult: boolean;
  /** Asks what the service does with what one writes (will you report, store, pass on). */
  asksService: boolean;
  /** Asks for help or advice (about anything). */
  asksHelp: boolean;
  /** Asks where to go, whom to call, an address or a phone. */
  asksWhere: boolean;
  /** Names a help center ("центр", "орталық"). */
  namesCenter: boolean;
  /** Whom the message is about, when its words tell. */
  perspective: Perspective | undefined;
  /** The message's words, folded (for the place check). */
  words: readonly string[];
}

export function readCues(text: string): Cues {
  const folded = foldCues(text);
  const words = folded
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/'/g, ""))
    .filter(Boolean);
  let family = 0;
  let self = 0;
  for (const word of words) {
    if (FAMILY_WORDS.has(word)) family++;
    else if (SELF_WORDS.has(word)) self++;
  }
  return {
    distress: DISTRESS.test(folded),
    insult: INSULT.test(folded),
    asksHelp: HELP.test(folded),
    asksService: ASKS_SERVICE.test(folded),
    asksWhere: WHERE.test(folded),
    namesCenter: CENTER.test(folded),
    perspective: family > self ? "family" : self > family ? "self" : undefined,
    words,
  };
}

/** Whether every word apart from the place's is filler: the message is just a city ("г. Павлодар"). */
export function onlyPlace(words: readonly string[], placeWordCount: number): boolean {
  const rest = words.filter((word) => !PLACE_FILLER.has(word));
  return rest.length <= placeWordCount;
}
