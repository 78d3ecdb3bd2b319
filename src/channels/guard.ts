// Nothing is ever sent to a channel's internal id through another channel: a web chat's id
// (above 2^52) means nothing to Telegram, and sending it there would hand Telegram an id that
// stands for an anonymous person. The web channel's router answers its own chats' calls; this
// guard, under it and always installed, refuses any call that still names a web chat (the web
// chat switched off since the person wrote, say) and logs the method only, never the id.
import type { Logger } from "../logger.ts";
import { channelOf } from "./index.ts";
import { answer, type Fetch, readCall, replayable } from "./web/calls.ts";

/** What a refused call answers, as Telegram words its errors: the desk tells the counselor from it. */
export const CHANNEL_OFF = "Bad Request: the person's channel is switched off";

/** Fields of the Bot API that name a chat or a user. */
const ID_FIELDS = ["chat_id", "from_chat_id", "user_id"] as const;
/** A web chat id has 16 digits: a body without such a number is passed on unread. */
const MAYBE_WEB_ID = /\d{16}/;

export function guardChannels(next: Fetch, logger: Logger): Fetch {
  // A JSON body (every call but an upload) without such a number goes on as it is, without this
  // function's own promise: once per Telegram call, 2.3 times per update.
  return (input, init) =>
    typeof init?.body === "string" && !MAYBE_WEB_ID.test(init.body)
      ? next(input, init)
      : guarded(next, logger, input, init);
}

async function guarded(
  next: Fetch,
  logger: Logger,
  input: Parameters<Fetch>[0],
  init: RequestInit | undefined,
): Promise<Response> {
  const body = await replayable(init);
  if (typeof body?.body === "string" && !MAYBE_WEB_ID.test(body.body)) return next(input, body);
  const { payload } = readCall(body);
  if (ID_FIELDS.some((field) => channelOf(Number(payload[field])) === "web")) {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = /\/([^/]+)$/.exec(url)?.[1] ?? "";
    logger.warn({ method }, "refused a call for a web chat: the web chat is off");
    return answer(CHANNEL_OFF, 400);
  }
  return next(input, body);
}

/** Whether a failed call was refused because the person's channel is off. */
export function isChannelOff(error: unknown): boolean {
  return (error as { description?: string })?.description === CHANNEL_OFF;
}
