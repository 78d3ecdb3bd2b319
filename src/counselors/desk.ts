// What every part of the counselors' feature needs to act outside the current chat: the
// services, a Telegram Api, the paced outbox, the duty schedule, and texts in a given
// language (the person's, a counselor's, or the group's: COUNSELOR_LOCALE, else DEFAULT_LOCALE). Raw chat ids exist
// only in memory here, opened from their sealed form before a send (the last 1,024 kept).
import type { Api } from "grammy";
import type { AppServices } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import type { Counselor } from "../db/counselors.ts";
import type { Cipher } from "../privacy/cipher.ts";
import { type DutySchedule, dutySchedule } from "../time/opening-hours.ts";
import { Outbox, type PacingClock, realTime, type SendReport } from "./outbox.ts";
import { StaffDirectory } from "./staff-directory.ts";

export interface Desk {
  app: AppServices;
  api: Api;
  outbox: Outbox;
  /** The counselors' forum supergroup (COUNSELOR_CHAT_ID). */
  groupId: number;
  schedule: DutySchedule;
  /** Who stands where in the counselors' group, remembered by pseudonym. */
  directory: StaffDirectory;
  /** The one language of what the bot writes in the shared group (topic names, head messages). */
  locale: Locale;
  /** A text in a given language. */
  t(locale: Locale, key: string, variables?: Record<string, string | number>): string;
  /**
   * A text for the counselor this update comes from, in their language (the group's outside one
   * of their updates); a text for another counselor goes through `sayTo` (labels.ts).
   */
  staff(key: string, variables?: Record<string, string | number>): string;
  /** A text in the group's one language (topic names, head messages, lines posted in topics). */
  group(key: string, variables?: Record<string, string | number>): string;
}

interface Runtime {
  outbox: Outbox;
  schedule: DutySchedule;
  directory: StaffDirectory;
}

const runtimes = new WeakMap<AppServices, Runtime>();

/**
 * How the relay paces its sends for one bot: real time by default; `null` turns pacing off
 * (tests whose fake Telegram does not enforce limits); a benchmark passes a virtual clock.
 */
export function configureRelay(
  app: AppServices,
  options: { pacing: PacingClock | null; onSent?: (report: SendReport) => void },
): Outbox {
  const outbox = new Outbox(options.pacing, options.onSent);
  runtimes.set(app, { outbox, schedule: scheduleOf(app), directory: directoryOf(app) });
  return outbox;
}

function scheduleOf(app: AppServices): DutySchedule {
  return dutySchedule(app.config.COUNSELOR_HOURS, app.config.COUNSELOR_DAYS_OFF, app.config.TIME_ZONE);
}

function directoryOf(app: AppServices): StaffDirectory {
  return new StaffDirectory(new Set(app.config.SUPERVISOR_IDS.map((id) => app.pseudonymize(id))));
}

function runtimeOf(app: AppServices): Runtime {
  let runtime = runtimes.get(app);
  if (!runtime) {
    runtime = { outbox: new Outbox(realTime), schedule: scheduleOf(app), directory: directoryOf(app) };
    runtimes.set(app, runtime);
  }
  return runtime;
}

/** The duty hours and days off of this bot's counselors (COUNSELOR_HOURS, COUNSELOR_DAYS_OFF). */
export function scheduleFor(app: AppServices): DutySchedule {
  return runtimeOf(app).schedule;
}

export function outboxOf(app: AppServices): Outbox {
  return runtimeOf(app).outbox;
}

/** Undefined when no counselors' group is configured: then there is no one to escalate to. */
export function deskOf(app: AppServices, api: Api, speaker?: () => Locale | undefined): Desk | undefined {
  const groupId = app.config.COUNSELOR_CHAT_ID;
  if (groupId === undefined) return undefined;
  const runtime = runtimeOf(app);
  const i18n = app.i18n;
  const locale = app.config.COUNSELOR_LOCALE ?? app.config.DEFAULT_LOCALE;
  return {
    app,
    api,
    outbox: runtime.outbox,
    groupId,
    schedule: runtime.schedule,
    directory: runtime.directory,
    locale,
    t: (language, key, variables) => i18n.t(language, key, variables),
    staff: (key, variables) => i18n.t(speaker?.() ?? locale, key, variables),
    group: (key, variables) => i18n.t(locale, key, variables),
  };
}

/** Chat ids kept by their sealed form: every message of a talk opened the same one again (AES-GCM). */
const OPENED_CHATS = 1024;
const openedChats = new WeakMap<Cipher, Map<string, number>>();

export function chatOf(desk: Desk, sealed: string): number {
  const { cipher } = desk.app;
  let opened = openedChats.get(cipher);
  if (!opened) {
    opened = new Map();
    openedChats.set(cipher, opened);
  }
  let chat = opened.get(sealed);
  if (chat === undefined) {
    chat = Number(cipher.open(sealed));
    if (opened.size >= OPENED_CHATS) opened.delete(opened.keys().next().value!);
    opened.set(sealed, chat);
  }
  return chat;
}

/** One message to the person of a case (by their sealed chat id). */
export function toPerson<T>(
  desk: Desk,
  sealedChat: string,
  send: (chatId: number) => Promise<T>,
): Promise<T> {
  const chatId = chatOf(desk, sealedChat);
  return desk.outbox.send(chatId, false, () => send(chatId));
}

/** One message to a counselor's private chat. */
export function toCounselor<T>(
  desk: Desk,
  counselor: Counselor,
  send: (chatId: number) => Promise<T>,
): Promise<T> {
  if (!counselor.chat) return Promise.reject(new Error("the counselor's private chat is not known"));
  const chatId = chatOf(desk, counselor.chat);
  return desk.outbox.send(chatId, false, () => send(chatId));
}

/** One message in the counselors' group (in a case's topic when it has one). */
export function toGroup<T>(desk: Desk, send: (groupId: number) => Promise<T>): Promise<T> {
  return desk.outbox.send(desk.groupId, true, () => send(desk.groupId));
}

/** Errors Telegram gives for an edit that changes nothing, or a message that is gone: harmless. */
export function ignoreStaleEdit(error: unknown): void {
  const description = (error as { description?: string })?.description ?? "";
  if (
    /not modified|message to edit not found|message can't be edited|thread not found|TOPIC_ID_INVALID/i.test(
      description,
    )
  ) {
    return;
  }
  throw error;
}
