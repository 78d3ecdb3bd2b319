// Cues in a free-text message that decide where it goes before (or instead of) an answer from the
// knowledge base: distress (emotional support and a counselor, never a theological answer), insults
// (a kind short reply, never a law entry), asking where to go (the center directory), and whom the
// message is about (the person themselves or someone close). Kazakh, Russian, English; Kazakh in
// Cyrillic or Latin letters. Plain TypeScript, tested alone (test/knowledge/routing.test.ts).
import { foldCues } from "./fold.ts";
import { CENTER, DESPAIR, DISTRESS, HELP, INSULT, OFF_TOPIC, WHERE } from "./intents.ts";
import { type Perspective, perspectiveOf } from "./perspective.ts";
import {
  ASKS_CONSEQUENCES,
  ASKS_HOW_TO_TELL,
  ASKS_TO_REPORT,
  ASKS_WHAT_NEXT,
  ASKS_WHAT_NOT_TO_DO,
  ASKS_WHAT_TO_SAY,
  FEARS_BEING_FOUND,
  IMPRISONED,
  INVITED,
  MARRIAGE,
  MARRIAGE_OR_ABROAD,
  NAMES_DRESS,
  NAMES_MATERIAL,
  NAMES_PARENTS,
  NAMES_POLICE,
  NOT_REAL_MUSLIMS,
  ONLINE,
  RECEIVED,
  SAW,
  STOPPED_CONTACT,
  TELLS_POLICE,
  TOLD_TO_KEEP_SECRET,
} from "./questions.ts";
import {
  ASKS_HUMAN_OR_BOT,
  ASKS_IDENTITY,
  ASKS_PASS_ON,
  ASKS_SERVICE,
  ASKS_WHAT_SERVICE_IS,
  ASKS_WHO_ANSWERS,
  NAMES_SERVICE,
} from "./service.ts";

export { onlyPlace } from "./place.ts";
export type { Perspective };

export interface Cues {
  distress: boolean;
  /** Says they do not want to live: support comes first even beside a clear question. */
  despair: boolean;
  insult: boolean;
  /** Speaks of everyday things no entry is about (the weather, a match, a recipe, a film). */
  offTopic: boolean;
  /** Asks what the service does with what one writes (will you report, store, pass on). */
  asksService: boolean;
  /** Points at this chat or bot itself ("что это за чат", "who are you"). */
  namesService: boolean;
  /** Asks what this service is or whom it is for. */
  asksWhatServiceIs: boolean;
  /** Asks whether anyone can tell who one is. */
  asksIdentity: boolean;
  /** Asks what not to do (with someone close). */
  asksWhatNotToDo: boolean;
  /** Says a group demands secrecy about what it teaches. */
  toldToKeepSecret: boolean;
  /** Asks whether the service would pass on what one writes. */
  asksPassOn: boolean;
  /** Names one's parents or family. */
  namesParents: boolean;
  /** Asks what happens next, once one has written. */
  asksWhatNext: boolean;
  /** Asks how to tell whether someone is drawn in. */
  asksHowToTell: boolean;
  /** Asks what to say to someone close. */
  asksWhatToSay: boolean;
  /** Tells that someone close stopped keeping in touch. */
  stoppedContact: boolean;
  /** Asks whether to tell the police about someone (not whether the service would). */
  tellsPolice: boolean;
  /** Asks what one risks. */
  asksConsequences: boolean;
  /** Tells of an invitation (not to marry or to go abroad, nor a video "calling for" something). */
  invited: boolean;
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
  /** Fears being tracked down by the group or anyone else (not the police). */
  fearsBeingFound: boolean;
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
  const perspective = perspectiveOf(words);
  const abroad = MARRIAGE_OR_ABROAD.test(folded);
  return {
    distress: DISTRESS.test(folded) || DESPAIR.test(folded),
    despair: DESPAIR.test(folded),
    insult: INSULT.test(folded),
    offTopic: OFF_TOPIC.test(folded),
    asksHelp: HELP.test(folded),
    asksService: ASKS_SERVICE.test(folded) || ASKS_PASS_ON.test(folded),
    asksPassOn: ASKS_PASS_ON.test(folded),
    namesService: NAMES_SERVICE.test(folded),
    asksWhatServiceIs: ASKS_WHAT_SERVICE_IS.test(folded),
    asksIdentity: ASKS_IDENTITY.test(folded),
    asksWhatNotToDo: ASKS_WHAT_NOT_TO_DO.test(folded),
    toldToKeepSecret: TOLD_TO_KEEP_SECRET.test(folded),
    namesParents: NAMES_PARENTS.test(folded),
    invited: INVITED.test(folded) && !abroad && !NAMES_MATERIAL.test(folded),
    promisedMarriage: MARRIAGE.test(folded) && (abroad || ONLINE.test(folded)),
    notRealMuslims: NOT_REAL_MUSLIMS.test(folded) && !NAMES_DRESS.test(folded),
    relativeImprisoned: IMPRISONED.test(folded) && perspective !== "self",
    asksWhoAnswers: ASKS_HUMAN_OR_BOT.test(folded) || ASKS_WHO_ANSWERS.test(folded),
    reportsMaterial:
      NAMES_MATERIAL.test(folded) &&
      (ASKS_TO_REPORT.test(folded) || SAW.test(folded) || (RECEIVED.test(folded) && HELP.test(folded))),
    asksWhatNext: ASKS_WHAT_NEXT.test(folded),
    fearsBeingFound: FEARS_BEING_FOUND.test(folded) && !NAMES_POLICE.test(folded),
    asksHowToTell: ASKS_HOW_TO_TELL.test(folded),
    asksConsequences: ASKS_CONSEQUENCES.test(folded),
    tellsPolice: TELLS_POLICE.test(folded) && !ASKS_PASS_ON.test(folded),
    asksWhatToSay: ASKS_WHAT_TO_SAY.test(folded),
    stoppedContact: STOPPED_CONTACT.test(folded),
    asksWhere: WHERE.test(folded),
    namesCenter: CENTER.test(folded),
    perspective,
    words,
  };
}
