// Cues in a free-text message that decide where it goes before (or instead of) an answer from the
// knowledge base: distress (emotional support and a counselor, never a theological answer), insults
// (a kind short reply, never a law entry), asking where to go (the center directory), asking for a
// person (the counselor at once: human.ts), and whom the message is about (the person themselves or someone close). Kazakh, Russian, English; Kazakh in
// Cyrillic or Latin letters. Plain TypeScript, tested alone (test/knowledge/routing.test.ts).
import { nearStart, oneEdit } from "../../text/one-edit.ts";
import { Memo } from "../memo.ts";
import { type FaqLocale, faqLocales } from "../schema.ts";
import { type Courtesy, courtesyOf } from "./courtesy.ts";
import { ASKS_FAITH, CALLS_KAFIR, TELLS_RULING } from "./faith-question.ts";
import { foldCues } from "./fold.ts";
import { type ForeignAsked, foreignAsked } from "./foreign.ts";
import { CLAIMS_SOLE_TRUTH, DOUBTS, WANTS_TO_LEAVE } from "./group.ts";
import { HARD_TO_SAY, withoutHardToSay } from "./hard-to-say.ts";
import { ASKS_HOW_TO_TELL, ASKS_IF_ALARMING, TELLS_CHANGE } from "./how-to-tell.ts";
import {
  ASKS_FOR_HUMAN,
  ASKS_IF_POSSIBLE,
  ASKS_WHICH_LANGUAGE,
  NAMED_LANGUAGES,
  REFUSES_HUMAN,
  SAYS_LANGUAGE,
} from "./human.ts";
import { withoutDeathIdioms } from "./idioms.ts";
import { CENTER, DESPAIR, DISTRESS, HELP, INSULT, WHERE } from "./intents.ts";
import { INVITED, INVITED_TO_WORK, SUMMONED } from "./invitation.ts";
import { OFF_TOPIC, PRICE_BOUND } from "./off-topic.ts";
import { namesRelative, type Perspective, perspectiveOf, speaksOfSelf } from "./perspective.ts";
import { WHERE_IS_SERVICE } from "./place.ts";
import { prisonOutOfContext } from "./prison.ts";
import {
  ABROAD,
  ASKS_CONSEQUENCES,
  ASKS_IF_ALL_RIGHT,
  ASKS_WHAT_NEXT,
  ASKS_WHAT_NOT_TO_DO,
  ASKS_WHAT_TO_SAY,
  ASKS_WHERE_TO_START,
  GOES_AWAY,
  GOES_TO_MOSQUE,
  MARRIAGE_OR_ABROAD,
  NAMES_BAN,
  NAMES_MATERIAL,
  NAMES_PARENTS,
  RECEIVED,
  SAW,
  STOPPED_CONTACT,
  TOLD_TO_KEEP_SECRET,
} from "./questions.ts";
import { cyrillicReadings } from "./readings.ts";
import { ASKS_HOW_RECRUITERS_WORK, ASKS_WHAT_TO_INSTALL, NAMES_SUITOR } from "./recruiters.ts";
import { ASKS_TO_REPORT, TELLS_POLICE } from "./reporting.ts";
import {
  ASKS_HUMAN_OR_BOT,
  ASKS_IDENTITY,
  ASKS_PASS_ON,
  ASKS_SERVICE,
  ASKS_TO_CALL_US,
  ASKS_WHAT_SERVICE_IS,
  ASKS_WHO_ANSWERS,
  NAMES_SERVICE,
} from "./service.ts";
import {
  COERCED,
  DELETES_OWN_TRACES,
  FEAR,
  FEARS_BEING_FOUND,
  HURT_AT_HOME,
  IMPRISONED,
  MARRIAGE,
  NAMES_ANONYMITY,
  NAMES_DRESS,
  NAMES_FRIEND,
  NAMES_POLICE,
  NAMES_PREACHER,
  NAMES_UNLAWFUL,
  NOT_REAL_MUSLIMS,
  ONLINE,
  RELIGIOUS_DUTY,
  REPOSTED,
  SPOUSE_OR_IN_LAWS,
  WANTS_TO_TALK,
} from "./situations.ts";

export { onlyPlace } from "./place.ts";

export type { Courtesy, Perspective };

export interface Cues {
  /** The message is only a greeting, thanks or a goodbye (courtesy.ts). */
  courtesy: Courtesy | undefined;
  /** Asks for a language the bot does not speak, or is written in one (foreign.ts). */
  foreign: ForeignAsked | undefined;
  distress: boolean;
  /** Says they do not want to live: support comes first even beside a clear question. */
  despair: boolean;
  /** Asks for someone to talk to: support comes first too. */
  wantsToTalk: boolean;
  /** Tells of being beaten or abused by someone close ("муж бьёт меня", "күйеуім ұрады"): support comes first too. */
  hurtAtHome: boolean;
  /** Asks for a person (a counselor, an operator, a live human), not about them: the counselor at once. */
  asksForHuman: boolean;
  insult: boolean;
  /** Asks a question of faith: a ruling, a movement or school, people of another faith (faith-question.ts). */
  asksFaith: boolean;
  /** Speaks of everyday things no entry is about (the weather, a match, a recipe, a film). */
  offTopic: boolean;
  /** Asks what the service does with what one writes (will you report, store, pass on). */
  asksService: boolean;
  /** Points at this chat or bot itself ("что это за чат", "who are you"). */
  namesService: boolean;
  /** Asks what this service is or whom it is for. */
  asksWhatServiceIs: boolean;
  /** Asks to reach this service by phone rather than in writing. */
  asksToCallUs: boolean;
  /** Asks whether anyone can tell who one is. */
  asksIdentity: boolean;
  asksHowRecruitersWork: boolean; // "с чего они начинают", "what tactics do they use"
  /** Asks what to install on someone close's phone ("что поставить на телефон"): protecting a child online. */
  asksWhatToInstall: boolean;
  /** Someone online urges one abroad, no marriage told ("internette bireu … shetelge barsan"): recruitment. */
  luredAbroadOnline: boolean;
  /** Asks what not to do (with someone close). */
  asksWhatNotToDo: boolean;
  /** Says a group demands secrecy about what it teaches, or claims that only it has the truth. */
  toldToKeepSecret: boolean;
  /** Wants to leave a group, or asks how to (not to go abroad, marry or leave a chat). */
  wantsToLeave: boolean;
  /** Doubts what a group teaches, or asks whether one may (oneself: a relative's doubts are not asked). */
  doubts: boolean;
  /** Asks whether the service would pass on what one writes. */
  asksPassOn: boolean;
  /** Asks whether it would reach one's family, and names no one else (the police). */
  asksPassOnToFamily: boolean;
  /** Names one's parents or family. */
  namesParents: boolean;
  /** Asks what happens next, once one has written. */
  asksWhatNext: boolean;
  /** Does not know what to write or where to begin. */
  asksWhereToStart: boolean;
  /** Asks how to tell whether someone is drawn in. */
  asksHowToTell: boolean;
  /** ...about someone close (or tells how they changed), not whether their group is banned: the signs a family sees. */
  asksHowToTellOfRelative: boolean;
  /** Asks what to say to someone close. */
  asksWhatToSay: boolean;
  /** Tells that someone close stopped keeping in touch. */
  stoppedContact: boolean;
  /** Asks whether to tell the police about someone (not whether the service would). */
  tellsPolice: boolean;
  /** Asks what one risks. */
  asksConsequences: boolean;
  /** Tells of an invitation (not to marry or to go abroad, nor a video "calling for" something, nor being forced). */
  invited: boolean;
  /** Invited to a job or with fear, not online ("жұмысқа шақырып жатыр, қорқамын"): the invitation is the question. */
  invitedAfraidOrToWork: boolean;
  /** Someone calls others kafir, no parent named nor signs asked of ("бәрімізді кәпір деп жүр"): takfir. */
  callsKafir: boolean;
  /**
   * Tells of being forced or pressured to go somewhere religious or to pray or dress a way ("мені мешітке баруға
   * мәжбүрлеп жатыр", "меня заставляют ходить на собрания"); not to convert for a marriage (mixed-marriage's).
   */
  coerced: boolean;
  /** Force or pressure told, whatever it is to ("заставляют", "мәжбүрлейді", "forces me"). */
  toldForce: boolean;
  /** Asks, with no force told, whether going to the mosque is all right ("is it fine to go to the mosque"). */
  asksIfPracticeIsOrdinary: boolean;
  /**
   * Tells that someone close is leaving for abroad, not to marry there ("cousin's flying out to study overseas, red flag?"):
   * the family's worry about a trip, before the signs in general.
   */
  relativeGoesAbroad: boolean;
  /** ...or away, no country named ("я боюсь, что брат уедет"): the worried family's entry. */
  relativeGoesAway: boolean;
  /** Tells that someone close deletes or clears what is on their phone: hiding it, not asking to delete one's data. */
  relativeDeletes: boolean;
  /** Tells that someone close follows a preacher ("my son only listens to some sheikh on youtube"). */
  relativeFollowsPreacher: boolean;
  /** The one language a message names ("…in English": the case's language, src/counselors); none when two are. */
  languageAsked: FaqLocale | undefined;
  /** Asks who answers here: a person or a program, who the counselors are. */
  asksWhoAnswers: boolean;
  /**
   * Asks where or how to report a video, post or channel (not a person), or tells of coming across one, or of
   * one sent to them and asks what to do.
   */
  reportsMaterial: boolean;
  /** Tells of marriage offered with a move abroad or by someone met online. */
  promisedMarriage: boolean;
  /** Tells of being called, or calling others, not real Muslims (not for one's dress: that is the niqab's pressure). */
  notRealMuslims: boolean;
  /** Tells that someone close is in prison (not that the person fears it). */
  relativeImprisoned: boolean;
  /** Holds a word that means prison only in context ("сидит", "срок", "ұстады") without that context (prison.ts). */
  prisonOutOfContext: boolean;
  /** Fears being tracked down by the group or anyone else (not the police; beside "anonymous" it asks that). */
  fearsBeingFound: boolean;
  /**
   * Fears the police or the authorities, oneself or someone close ("сын боится идти в органы", "I'm scared of the
   * cops"); not whether to report someone, nor whether this service would pass things on.
   */
  fearsPolice: boolean;
  /** Asks for help or advice (about anything). */
  asksHelp: boolean;
  /** Names a friend and asks what to do: how to help the friend. */
  helpsFriend: boolean;
  /** Names a relative ("інім", "ulim", "my little brother", "брат"), and no friend: the family's entries, not a friend's. */
  namesKin: boolean;
  /** Asks where to go, whom to call, an address or a phone. */
  asksWhere: boolean;
  /** Names a help center ("центр", "орталық"). */
  namesCenter: boolean;
  /** Whom the message is about, when its words tell. */
  perspective: Perspective | undefined;
  /**
   * About someone close named outright ("сестра", "ұлым"; not only "he"), and the writer says nothing of themselves
   * ("I", "me", "we"): the crisis reply then speaks to a worried relative.
   */
  aboutSomeoneElse: boolean;
  /** The message's words, folded (for the place check). */
  words: readonly string[];
  /** A message in Latin letters (not English) read as Russian translit and as Kazakh, for the place check ("v Semee", "Semeide"). */
  cyrillicReadings: readonly string[];
  /** The message as the matcher reads it: without everyday idioms of death ("killing time": idioms.ts). */
  matchText: string;
}

// A message's cues are read again later in the same update (the support reply, the crisis reply, the counselor's
// consent): the last messages' cues are kept.
const recentCues = new Memo<Cues>(64);

export function readCues(text: string, locale?: FaqLocale): Cues {
  return recentCues.get(`${locale ?? ""} ${text}`, () => cuesOf(text, locale));
}

function cuesOf(text: string, locale: FaqLocale | undefined): Cues {
  const folded = foldCues(text);
  // A message typed in Latin letters, unless it is English, is read in Cyrillic too, as Russian translit and
  // as Kazakh ("menya naidut", "qalai bilemin"): the cues are written in Cyrillic word forms.
  const cyrillic = cyrillicReadings(text, locale);
  const readings = [folded, ...cyrillic.map(foldCues)];
  // Each cue is tested once per message, however many of the fields below ask for it.
  const tested = new Map<RegExp, boolean>();
  const has = (cue: RegExp) => {
    const known = tested.get(cue);
    if (known !== undefined) return known;
    const found = readings.some((reading) => cue.test(reading));
    tested.set(cue, found);
    return found;
  };
  const wordsOf = (reading: string) =>
    reading
      .split(/[^\p{L}\p{N}'-]+/u)
      .map((word) => word.replace(/'/g, ""))
      .filter(Boolean);
  const words = wordsOf(folded);
  // Kin words typed in Latin letters ("muzh", "küieuım") are read in Cyrillic too, word by word.
  const wordReadings = cyrillic.map((reading) => wordsOf(foldCues(reading)));
  const perspective = perspectiveOf(words, wordReadings);
  const abroad = has(MARRIAGE_OR_ABROAD);
  // "Should I be alarmed?" about a trip is the trip's question (its entries), not the signs'; about prayer or dress,
  // whether practice is radical is asked too (devout-or-radical beside the signs).
  const alarmed = has(ASKS_IF_ALARMING) && !abroad;
  const asksHowToTell = has(ASKS_HOW_TO_TELL) || alarmed;
  const practiceNamed = has(RELIGIOUS_DUTY) || has(NAMES_DRESS);
  // Forced to convert for a marriage is mixed-marriage's; a married woman forced by her husband or in-laws is not.
  const coerced =
    has(COERCED) && (has(RELIGIOUS_DUTY) || has(NAMES_DRESS)) && (!has(MARRIAGE) || has(SPOUSE_OR_IN_LAWS));
  const namedLanguages = faqLocales.filter((code) => has(NAMED_LANGUAGES[code]));
  const hurtAtHome = has(HURT_AT_HOME);
  // an invitation, not a summons ("тергеуге шақырды") nor a trip or a video one is asked to share
  const invited = has(INVITED) && !has(SUMMONED) && !abroad && !has(NAMES_MATERIAL) && !coerced;
  // "what do I say" is to someone close, unless no one is named and where to begin is asked ("бірінші не айтайын")
  const toSomeone =
    has(ASKS_WHAT_TO_SAY) &&
    (perspective === "family" || namesRelative(words, wordReadings) || !has(ASKS_WHERE_TO_START));
  const namesKin = namesRelative(words, wordReadings) && !has(NAMES_FRIEND);
  const lawFeared = has(ASKS_CONSEQUENCES) || has(NAMES_BAN) || has(NAMES_UNLAWFUL) || has(REPOSTED);
  return {
    courtesy: courtesyOf(folded),
    foreign: foreignAsked(text, readings),
    distress:
      readings.some((reading) => DISTRESS.test(withoutHardToSay(reading))) ||
      has(DESPAIR) ||
      has(WANTS_TO_TALK) ||
      hurtAtHome,
    despair: has(DESPAIR),
    wantsToTalk: has(WANTS_TO_TALK),
    hurtAtHome,
    // "Is the counselor a real person?", "кеңесшімен орысша сөйлесуге бола ма?", "can the counselor see my name",
    // "will the counselor tell anyone": questions about the service that name a person, answered by its entries.
    // "I want to talk to a counselor in English" is a request that names a language; "can I talk to the counselor in
    // English?", "на каком языке можно поговорить с консультантом?", "…in my language?" and "…in Kazakh or Russian?"
    // ask about the languages.
    asksForHuman:
      has(ASKS_FOR_HUMAN) &&
      !has(REFUSES_HUMAN) &&
      !has(ASKS_WHICH_LANGUAGE) &&
      (namedLanguages.length === 1
        ? !folded.includes("?") && !has(ASKS_IF_POSSIBLE)
        : namedLanguages.length === 0 && !has(SAYS_LANGUAGE)) &&
      !has(ASKS_HUMAN_OR_BOT) &&
      !has(ASKS_WHO_ANSWERS) &&
      !has(ASKS_PASS_ON) &&
      !has(ASKS_IDENTITY),
    languageAsked: onlyOne(namedLanguages),
    insult: has(INSULT),
    offTopic: has(OFF_TOPIC) || (has(PRICE_BOUND) && perspective !== "family"),
    // "там говорят что музыка харам, мне страшно", "он говорит, что там харам": the story is the question
    asksFaith:
      has(ASKS_FAITH) &&
      !(
        has(TELLS_RULING) &&
        (invited || has(WANTS_TO_LEAVE) || coerced || has(FEAR) || perspective === "family")
      ),
    asksHelp: has(HELP),
    helpsFriend: has(NAMES_FRIEND) && has(HELP),
    namesKin,
    asksService: has(ASKS_SERVICE) || has(ASKS_PASS_ON),
    asksPassOn: has(ASKS_PASS_ON),
    asksPassOnToFamily: has(ASKS_PASS_ON) && has(NAMES_PARENTS) && !has(NAMES_POLICE),
    namesService: has(NAMES_SERVICE),
    asksWhatServiceIs: has(ASKS_WHAT_SERVICE_IS),
    asksToCallUs: has(ASKS_TO_CALL_US),
    asksIdentity: has(ASKS_IDENTITY),
    asksWhatNotToDo: has(ASKS_WHAT_NOT_TO_DO),
    asksHowRecruitersWork: has(ASKS_HOW_RECRUITERS_WORK),
    asksWhatToInstall: has(ASKS_WHAT_TO_INSTALL) && perspective !== "self",
    luredAbroadOnline:
      has(ONLINE) && has(ABROAD) && !has(MARRIAGE) && !has(NAMES_SUITOR) && perspective !== "family",
    toldToKeepSecret: has(TOLD_TO_KEEP_SECRET) || has(CLAIMS_SOLE_TRUTH),
    wantsToLeave: has(WANTS_TO_LEAVE) && !abroad,
    doubts: has(DOUBTS) && perspective !== "family",
    namesParents: has(NAMES_PARENTS),
    invited,
    callsKafir: has(CALLS_KAFIR) && !has(NAMES_PARENTS) && !asksHowToTell,
    invitedAfraidOrToWork: invited && !has(ONLINE) && (has(FEAR) || has(INVITED_TO_WORK)),
    coerced,
    toldForce: has(COERCED),
    asksIfPracticeIsOrdinary:
      has(ASKS_IF_ALL_RIGHT) && has(GOES_TO_MOSQUE) && !has(COERCED) && words.length <= 12,
    relativeGoesAbroad: perspective === "family" && has(ABROAD) && !has(MARRIAGE),
    relativeGoesAway: perspective === "family" && has(GOES_AWAY) && !has(ABROAD) && !has(MARRIAGE),
    relativeDeletes: perspective === "family" && has(DELETES_OWN_TRACES),
    relativeFollowsPreacher:
      perspective === "family" && namesRelative(words, wordReadings) && has(NAMES_PREACHER),
    promisedMarriage: has(MARRIAGE) && (abroad || has(ONLINE)),
    notRealMuslims: has(NOT_REAL_MUSLIMS) && !has(NAMES_DRESS),
    relativeImprisoned: has(IMPRISONED) && perspective !== "self",
    prisonOutOfContext: prisonOutOfContext(readings),
    asksWhoAnswers: has(ASKS_HUMAN_OR_BOT) || has(ASKS_WHO_ANSWERS),
    reportsMaterial: has(NAMES_MATERIAL) && (has(ASKS_TO_REPORT) || has(SAW) || (has(RECEIVED) && has(HELP))),
    asksWhatNext: has(ASKS_WHAT_NEXT),
    // "тяжело сформулировать", "сөз таппай отырмын": where to begin here, unless it is about someone close
    asksWhereToStart:
      (has(ASKS_WHERE_TO_START) ||
        (has(HARD_TO_SAY) && perspective !== "family" && !namesRelative(words, wordReadings))) &&
      !toSomeone,
    fearsBeingFound: has(FEARS_BEING_FOUND) && !has(NAMES_POLICE) && !has(NAMES_ANONYMITY) && !lawFeared,
    asksHowToTell,
    asksHowToTellOfRelative:
      (has(ASKS_HOW_TO_TELL) || (alarmed && !practiceNamed) || (has(TELLS_CHANGE) && namesKin)) &&
      perspective === "family" &&
      !has(NAMES_BAN),
    // "меня могут найти и посадить?", "that's illegal, can they come after me?": the law would come, what one risks.
    fearsPolice: has(FEAR) && has(NAMES_POLICE) && !has(TELLS_POLICE) && !has(ASKS_PASS_ON),
    asksConsequences: has(ASKS_CONSEQUENCES) || (has(FEARS_BEING_FOUND) && lawFeared),
    tellsPolice: has(TELLS_POLICE) && !has(ASKS_PASS_ON),
    asksWhatToSay: toSomeone,
    stoppedContact: has(STOPPED_CONTACT),
    asksWhere: has(WHERE) || words.some((word) => slipOf(word, WHERE_WORDS, true)),
    namesCenter:
      has(CENTER) || has(WHERE_IS_SERVICE) || words.some((word) => slipOf(word, CENTER_WORDS, false)),
    perspective,
    aboutSomeoneElse:
      perspective === "family" && namesRelative(words, wordReadings) && !speaksOfSelf(words, wordReadings),
    words,
    cyrillicReadings: cyrillic,
    matchText: withoutDeathIdioms(text),
  };
}

const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

// A center or an address typed with one slip ("cenetr", "цнтр", "орталқ"; "адреес", "adress"): a center with a
// case ending, an address as the whole word with no letter dropped ("арест"). Not "where" ("there", "were"),
// "қайда" ("қайта", again), "office" ("officer"), "centr" ("control") nor "century".
const CENTER_WORDS = ["центр", "орталык", "center", "centre", "ortalyk", "ortalyq"];
const WHERE_WORDS = ["адрес", "address", "обратиться"];
const caseEnding = (rest: string) => rest.length <= 4;
function slipOf(word: string, targets: readonly string[], whole: boolean): boolean {
  if (word.length < 4 || word.startsWith("centur")) return false;
  return targets.some((target) =>
    whole ? word.length >= target.length && oneEdit(word, target) : nearStart(word, target, caseEnding),
  );
}
