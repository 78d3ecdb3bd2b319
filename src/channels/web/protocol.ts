// The web chat's wire protocol, between the page (src/channels/web/page/) and the server
// (src/channels/web/routes.ts). One place, as zod schemas: the server parses what a browser
// sends with them, and builds every event it streams to their types.
//
//   POST /chat/api/send     Authorization: Bearer <token>, JSON body ≤ 8 KB (SendBody)
//                           → 202 {ok:true} | 400 invalid | 401 token | 403 origin | 413 size | 429 flood
//   GET  /chat/api/events   Authorization: Bearer <token>, Last-Event-ID header or ?after=N (the page
//                           reads the stream with fetch: EventSource cannot send the header, and a
//                           token in a URL would end up in proxies' access logs)
//                           → text/event-stream: every stored event with seq > N, then new ones as
//                           they happen; "id: <seq>\ndata: <WebEvent JSON>\n\n"; ": ping" every 20 s
//   POST /chat/api/forget   Authorization: Bearer <token> → 200 {ok:true}: this chat's stored events are gone
//   GET  /chat/api/texts?lang=kk|ru|en → {"web-page-…": "text", …}: the page's own texts
//
// The token is a random string the page makes once and keeps (localStorage); the server only
// turns it into a pseudonymous chat id and never stores or logs it.
import { z } from "zod";

export const WEB_LOCALES = ["kk", "ru", "en"] as const;

/** 22+ characters of base64url: at least 128 random bits (crypto.getRandomValues, 32 bytes is usual). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/);

export const MAX_BODY_BYTES = 8 * 1024;
export const MAX_TEXT_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;

const common = {
  /** The page's language; becomes the Telegram-like `language_code` of the update. */
  lang: z.enum(WEB_LOCALES).optional(),
  /** The page's own id for this send: a resend with the same id (after a network error) is taken once. */
  clientId: z.string().min(1).max(64).optional(),
};

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const sendBodySchema = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(MAX_TEXT_LENGTH), ...common }),
  z.strictObject({
    press: z.strictObject({
      messageId: z.number().int().positive(),
      data: z
        .string()
        .min(1)
        .refine((data) => Buffer.byteLength(data, "utf8") <= MAX_CALLBACK_DATA_BYTES, "data over 64 bytes"),
    }),
    ...common,
  }),
  z.strictObject({ location: z.strictObject({ latitude, longitude }), ...common }),
]);
export type SendBody = z.infer<typeof sendBodySchema>;

/** An inline button: one the bot handles (data) or a link the page opens (url, http or https). */
export const buttonSchema = z.union([
  z.object({ text: z.string(), data: z.string() }),
  z.object({ text: z.string(), url: z.string() }),
]);
export type WebButton = z.infer<typeof buttonSchema>;

/** A reply keyboard: its buttons send their text; requestLocation asks the browser's geolocation. */
export const keyboardSchema = z.object({
  rows: z.array(z.array(z.object({ text: z.string(), requestLocation: z.literal(true).optional() }))),
});

/**
 * `html` is a safe subset made by the server from the bot's Telegram HTML or entities:
 * <b> <i> <u> <s> <a href="http(s):…|tel:…"> <code> <pre> <blockquote> <br>, everything else escaped.
 * The page may insert it as HTML.
 */
export const webEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    messageId: z.number().int(),
    html: z.string(),
    buttons: z.array(z.array(buttonSchema)).optional(),
    keyboard: keyboardSchema.optional(),
    removeKeyboard: z.literal(true).optional(),
  }),
  /** What the person sent (from this page or another tab): shown on their side after a reopen. */
  z.object({
    type: z.literal("mine"),
    messageId: z.number().int(),
    html: z.string(),
    clientId: z.string().optional(),
  }),
  /** Only the fields present change; `buttons: []` removes the buttons. */
  z.object({
    type: z.literal("edit"),
    messageId: z.number().int(),
    html: z.string().optional(),
    buttons: z.array(z.array(buttonSchema)).optional(),
  }),
  z.object({ type: z.literal("delete"), messageId: z.number().int() }),
  z.object({
    type: z.literal("venue"),
    messageId: z.number().int(),
    title: z.string(),
    address: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    mapUrl: z.string(),
    /** The reply keyboard (a "share location" button) is gone with this message. */
    removeKeyboard: z.literal(true).optional(),
  }),
  /** `url` is under /chat/api/files/ and needs the same Authorization header (the page fetches it as a blob). */
  z.object({
    type: z.literal("document"),
    messageId: z.number().int(),
    fileName: z.string(),
    url: z.string(),
    html: z.string().optional(),
  }),
  z.object({ type: z.literal("typing") }),
  /** The answer to a press: a short note (alert: a dialog the person dismisses). */
  z.object({ type: z.literal("toast"), text: z.string(), alert: z.boolean() }),
  /** Quick exit or the bot's /forget: everything shown so far is to be removed. */
  z.object({ type: z.literal("cleared") }),
]);
export type WebEvent = z.infer<typeof webEventSchema>;

/** One event as stored and streamed: its sequence number is the SSE id. */
export interface StoredEvent {
  seq: number;
  event: WebEvent;
}
