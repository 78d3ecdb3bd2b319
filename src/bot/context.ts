// The context every handler receives. Features read their dependencies from `ctx.app`
// and the person's pseudonym from `ctx.person`; nothing below the identity middleware
// needs (or may store) a raw Telegram id.
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18n, I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Config, Locale } from "../config/index.ts";
import type { ConsentPurpose } from "../consent/policy.ts";
import type { Content } from "../content/load.ts";
import type { CrisisCategory } from "../crisis/categories.ts";
import type { Database } from "../db/connect.ts";
import type { Perspective } from "../knowledge/cues/index.ts";
import type { Logger } from "../logger.ts";
import type { Cipher } from "../privacy/cipher.ts";
import type { LogTagger, Pseudonym } from "../privacy/pseudonym.ts";
import type { ChatTrail } from "../privacy-rights/chat-trail.ts";
import type { TriageAnswers } from "../triage/plan.ts";

/** What the bot keeps between updates for one person; expires after SESSION_IDLE_DAYS. */
export interface SessionData {
  /** Language chosen with /language; absent means "follow Telegram's language". */
  locale?: Locale;
  /** The language the person clearly writes in, when not Telegram's (src/language); `locale` wins. */
  writtenLocale?: Locale;
  /** Set once a message clearly showed the person's language: from then on one message alone never switches it. */
  writtenSettled?: true;
  /** Another language one clear message was written in since: a second in a row switches to it (src/language). */
  writtenSwitch?: Locale;
  /** When the person last saw the long welcome (ms since epoch); returning users get the short one. */
  welcomedAt?: number;
  /** The triage's answers (src/triage), for the counselor's case summary. */
  triage?: TriageAnswers;
  /**
   * The last crisis signal (src/crisis-reply): a request for a counselor soon after it gets top priority.
   * `category`, `kinds`: the last message's most urgent kind and all its kinds; `categories` and `messageIds`:
   * every kind and message (or edit) of this visit's signals, for the case.
   */
  lastCrisis?: {
    category: CrisisCategory;
    at: number;
    messageId?: number;
    kinds?: CrisisCategory[];
    categories?: CrisisCategory[];
    messageIds?: number[];
  };
  /**
   * The ids of the person's last messages answered with a crisis reply (src/crisis-reply): an edit of one of them
   * is not answered again, however often it is edited.
   */
  crisisReplied?: number[];
  /**
   * The consent questions asked and not yet answered (src/consent), by message: only these grant anything; a question
   * of a purpose answered since, or one that no longer stands (its case ended), is stale.
   */
  consentAsked?: { messageId: number; purpose: ConsentPurpose }[];
  /** The policy version under which triage last offered the statistics consent: offered once per version. */
  triageStatisticsAsked?: number;
  /** Where this chat's messages of the last 48 hours begin, for the quick exit of /forget (src/privacy-rights). */
  chatTrail?: ChatTrail;
  /** The policy version under which rating an answer last offered the statistics consent: offered once per version. */
  faqStatisticsAsked?: number;
  /** The rating that led to that offer, counted if the person allows it; deleted on their answer. */
  faqPendingRating?: { id: string; helpful: boolean };
  /** After "who is it about?": the ids of the entries the question was asked about (never its text). */
  faqClarify?: string[];
  /** The language a request for a person named ("…in English"), spoken by a counselor: the case's, once it opens. */
  askedLocale?: Locale;
  /** Told at the consent question that no counselor speaks their language: the case it opens does not say it again. */
  languageTold?: boolean;
  /**
   * The ids (never the text) of the person's last messages with no case open (src/counselors): once
   * they allow a counselor, the ones of this visit are passed on, so that nothing must be repeated.
   */
  recentMessages?: { id: number; at: number }[];
  /**
   * The question the bot waits on (src/bot/awaiting.ts): its message, to point a sticker or a photo back to, and for
   * a list of questions the ids of its entries (never their text), in the list's order, so that a typed reply chooses.
   */
  awaiting?: Awaited;
  /** The person's open case (src/counselors): a hint, checked against the database on use. */
  caseId?: number;
  /** The last "received" sent for a message written while queued (src/counselors): one per burst. */
  queuedAck?: { caseId: number; at: number };
  /** The open "End the conversation? yes/no" question (src/counselors): only its own buttons end the case. */
  endConfirm?: { caseId: number; messageId: number };
  /**
   * A rating just given to a closed case, open to an optional comment until `until` (ms); `writing`
   * once the person pressed "Write a comment": only then is their next text taken as the comment.
   */
  ratingComment?: { ratingId: number; until: number; writing?: true };
}

/** Everything a feature may use, injected once by createBot. */
export interface AppServices {
  config: Config;
  /** Everything read from scenarios/ and locales/, once, at start (src/content/load.ts). */
  content: Content;
  /** The one translator, built from content.locales; the same instance every update uses. */
  i18n: I18n<BaseContext>;
  db: Database;
  logger: Logger;
  cipher: Cipher;
  pseudonymize(telegramId: number): Pseudonym;
  /** The day's log-only tag of a pseudonym (src/privacy/pseudonym.ts): logs never carry the pseudonym. */
  logTag: LogTagger;
  now(): number;
}

/** A question the bot waits on (src/bot/awaiting.ts). */
export interface Awaited {
  messageId: number;
  /** A list of questions to choose from: their entries' ids, in the list's order. */
  choices?: readonly string[];
  /** Whom that list was shown for: a relative's choice typed ("2") opens the text for someone close, as a press does. */
  perspective?: Perspective;
  /** It asks where to look for centers (src/centers): a place typed is its answer. */
  where?: true;
  /** It asks "who is it about?" (src/questions): a message typed past it is not asked that again. */
  clarify?: true;
  /** An offer, not a question (an answer's "Not what you meant?" list): a number typed opens its choice, but a
   * sticker sent after it is not pointed back to it as to a question left unanswered. */
  offer?: true;
}

interface AppFlavor {
  app: AppServices;
  /** Set for every update that comes from a user. */
  person?: { pseudonym: Pseudonym };
  /** The question this update's text may answer, as it stood when the update began (src/bot/awaiting.ts). */
  answering?: Awaited;
  /** A child logger for this update: update id and the pseudonym's log tag only. */
  log: Logger;
}

export type BaseContext = Context & AppFlavor & I18nFlavor;
export type BotContext = ConversationFlavor<BaseContext & SessionFlavor<SessionData>>;
/** The context inside a conversation: no session, no ctx.conversation; i18n and app are re-installed. */
export type ConversationContext = BaseContext;
export type BotConversation = Conversation<BotContext, ConversationContext>;
