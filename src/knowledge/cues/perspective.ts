import { foldCues } from "./fold.ts";
import { MY_WORDS, worriedI } from "./worried-relative.ts";

// Whom a message is about. Kin words and third-person pronouns say "someone close"; first-person
// pronouns (not possessives: "my son" is about the son) say "me".

/**
 * A relative or friend named outright ("my sister", "сын", "қызым", "досым"): the person the message is about, more
 * surely than the asker's own "I" ("how do I know if my sister is in a cult?", "мне кажется, брат в секте"). Not
 * parents: a young person writes about their own parents ("my mom forces me to go").
 */
const NAMED_RELATIVE_WORDS = [
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
  "родственник",
  "родственница",
  "родственника",
  "ребенок",
  "ребенка",
  "ребенку",
  "внук",
  "внука",
  "внуку",
  "внучка",
  "внучку",
  "племянник",
  "племянница",
  "друг",
  "друга",
  "другу",
  "подруга",
  "подругу",
  "son",
  "daughter",
  "brother",
  "sister",
  "husband",
  "wife",
  "child",
  "kid",
  "relative",
  "cousin",
  "nephew",
  "niece",
  "grandson",
  "granddaughter",
  "grandchild",
  "friend",
  // English possessives lose their apostrophe ("my son's friends": "sons")
  "sons",
  "daughters",
  "brothers",
  "sisters",
  "husbands",
  "wifes",
  "childs",
  "kids",
];

/** Every word that says "someone close": the relatives named, parents, kin in Kazakh and the pronouns. */
const FAMILY_WORDS = new Set(
  [
    ...NAMED_RELATIVE_WORDS,
    // ru
    "братишку",
    "братик",
    "сестренка",
    "сестренку",
    "сестренке",
    "сестричка",
    "доченька",
    "сыночек",
    "сынишка",
    "мама",
    "маму",
    "папа",
    "отец",
    "отца",
    "мать",
    "дети",
    "детей",
    "внуки",
    "внучки",
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
    // "апам": an elder sister, or mother and grandmother in many families; someone close either way
    "апам",
    "апамнын",
    "апама",
    "апамды",
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
    "mother",
    "father",
    "mom",
    "mum",
    "dad",
    "grandkid",
    "he",
    "she",
    "him",
    "his",
    "hes",
    "shes",
  ].map(foldCues),
);

const NAMED_RELATIVES = new Set(NAMED_RELATIVE_WORDS.map(foldCues));

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

/**
 * Kazakh kin words with "my" and any case ending after it ("інімен", "ағамды", "qyzymnyñ", "äpkemmen"): the
 * case endings are too many to list.
 */
const FAMILY_STEMS = new RegExp(
  `^(?:${[
    "улым",
    "кызым",
    "балам",
    "иним",
    "агам",
    "апкем",
    "карындасым",
    "синлим",
    "куйеуим",
    "айелим",
    "туысым",
    "досым",
    "курбым",
    "жолдасым",
    "бауырым",
    "немерем",
    "nemerem",
    "ulym",
    // Kazakh typed without its letters and with "i" for "ы" ("ulim", "kyzim", "agham")
    "ulim",
    "kyzym",
    "qyzym",
    "kizim",
    "kyzim",
    "qyzim",
    "qizim",
    "balam",
    "inim",
    "agam",
    "agham",
    "apkem",
    "karyndasym",
    "qaryndasym",
    "sinlim",
    "kuieuim",
    "kuyeuim",
    "aielim",
    "ayelim",
    "tuysym",
    "tuisym",
    "dosym",
    "kurbym",
    "qurbym",
    "zholdasym",
    "joldasym",
    "bauyrym",
  ]
    .map(foldCues)
    .join("|")})\\p{L}*$`,
  "u",
);

/**
 * The person named as the one something is done to ("меня заставляют", "мені шақырды", "invited me"), as surely
 * as a relative named: "Ағам мені жиналысқа шақырды" (the brother invites, "me" is invited) takes no side.
 */
const SELF_AS_OBJECT = new Set(["меня", "мени", "meni", "me"].map(foldCues));

/**
 * Verbs that name what someone calls the writer ("ұлым мені кәпір дейді", "сын называет меня кафиром", "my son calls
 * me a kafir"): "me" is then the one labelled, not the one something is done to, and counts as any pronoun, so the
 * relative who does it is whom the message is about (their views), unlike "Ағам мені жиналысқа шақырды".
 */
const LABELS = new Set(
  [
    "дейди",
    "деген",
    "атайды",
    "санайды",
    "deidi",
    "deydi",
    "ataidy",
    "sanaidy",
    "называет",
    "называют",
    "назвал",
    "назвала",
    "обзывает",
    "считает",
    "считают",
    "calls",
    "called",
  ].map(foldCues),
);

export type Perspective = "self" | "family";

/** Whether the message names a relative or friend outright ("my sister", "ұлым"), not only "he" or "them". */
export function namesRelative(
  words: readonly string[],
  readings: readonly (readonly string[])[] = [],
): boolean {
  return words.some((word, index) =>
    [word, ...readings.flatMap((reading) => reading[index] ?? [])].some(
      (form) => NAMED_RELATIVES.has(form) || FAMILY_STEMS.test(form),
    ),
  );
}

/**
 * Whether the writer speaks of themselves at all ("я", "мне", "me"): a crisis reply takes a message as about someone
 * else only when it is not ("у сестры забрали паспорт"), never for "мне плохо, а сестра не помогает".
 */
export function speaksOfSelf(
  words: readonly string[],
  readings: readonly (readonly string[])[] = [],
): boolean {
  const asRelative = namesOwnRelative(words, readings);
  return words.some((word, index) =>
    [word, ...readings.flatMap((reading) => reading[index] ?? [])].some(
      (form) =>
        SELF_AS_OBJECT.has(form) ||
        (SELF_WORDS.has(form) && !(asRelative && worriedI(form, words, index))) ||
        WE_WORDS.has(form),
    ),
  );
}

/**
 * A relative named as the writer's own ("моего сына", "my son's", "ұлым"): the writer's "I" followed by worry is then the
 * relative's ("новые друзья моего сына купили ему билет, я не знаю куда"); any other "I" ("my brother says I must
 * go"), "me", "мне", "we" still say the writer is the one it is about ("мой брат бьёт меня").
 */
function namesOwnRelative(words: readonly string[], readings: readonly (readonly string[])[]): boolean {
  const formsOf = (index: number) => [
    words[index] ?? "",
    ...readings.flatMap((reading) => reading[index] ?? []),
  ];
  const relative = (index: number) => formsOf(index).some((form) => NAMED_RELATIVES.has(form));
  return words.some(
    (_, index) =>
      formsOf(index).some((form) => FAMILY_STEMS.test(form)) ||
      (formsOf(index).some((form) => MY_WORDS.has(form)) && (relative(index + 1) || relative(index + 2))),
  );
}

/** "We" and "us": the writer is among those it is about ("he says we must go"). */
const WE_WORDS = new Set(
  ["мы", "нас", "нам", "нами", "биз", "бизди", "бизге", "biz", "bizdi", "we", "us"].map(foldCues),
);

/**
 * Whom the message is about, when its (folded) words tell: whichever kind of word weighs more, a relative named
 * (not a parent) or "me" as the object of the verb counting two, a pronoun one. A word typed in Latin letters
 * counts by any of its readings (`readings`: the message read in Cyrillic, word by word): "küieuım" is "күйеуім",
 * "brat" is "брат".
 */
export function perspectiveOf(
  words: readonly string[],
  readings: readonly (readonly string[])[] = [],
): Perspective | undefined {
  let family = 0;
  let self = 0;
  const formsOf = (word: string, index: number) => [
    word,
    ...readings.flatMap((reading) => reading[index] ?? []),
  ];
  const labelled = words.some((word, index) => formsOf(word, index).some((form) => LABELS.has(form)));
  for (const [index, word] of words.entries()) {
    const forms = formsOf(word, index);
    if (forms.some((form) => NAMED_RELATIVES.has(form) || FAMILY_STEMS.test(form))) family += 2;
    else if (forms.some((form) => FAMILY_WORDS.has(form))) family++;
    else if (forms.some((form) => SELF_AS_OBJECT.has(form))) self += labelled ? 1 : 2;
    else if (forms.some((form) => SELF_WORDS.has(form))) self++;
  }
  return family > self ? "family" : self > family ? "self" : undefined;
}
