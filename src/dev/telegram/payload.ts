// What every method reads from a request, checked the way Telegram checks it.
import { badRequest } from "./errors.ts";
import { type ChatRecord, GENERAL_TOPIC_ID, type TelegramState } from "./state.ts";

export type Payload = Record<string, unknown>;
export type Method = (payload: Payload, state: TelegramState) => unknown;

export function requiredString(p: Payload, name: string): string {
  const value = p[name];
  if (typeof value !== "string" || value === "") throw badRequest(`${name} is empty`);
  return value;
}

export function optionalStrings(p: Payload, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.filter((name) => typeof p[name] === "string").map((name) => [name, p[name] as string]),
  );
}

/** The topic a message goes to; the General topic and no topic are the same thing. */
export function threadFor(record: ChatRecord, threadId: unknown): number | undefined {
  if (threadId === undefined) return undefined;
  const id = Number(threadId);
  const isForum = record.chat.type === "supergroup" && record.chat.is_forum === true;
  if (isForum && id === GENERAL_TOPIC_ID) return undefined;
  const topic = record.topics.get(id);
  if (!isForum || !topic || topic.deleted) throw badRequest("message thread not found");
  return id;
}
