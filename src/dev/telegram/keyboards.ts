// Reply markup: checked the way Telegram checks it when a message is sent, and flattened
// into numbered buttons for tests and the simulator.
import type { InlineKeyboardMarkup } from "grammy/types";
import { badRequest } from "./errors.ts";
import type { FakeButton, FakeMessage, ReplyMarkup } from "./types.ts";

const MAX_CALLBACK_DATA_BYTES = 64;

/** The markup of a send call, rejected like Telegram rejects it; empty inline keyboards count as none. */
export function checkReplyMarkup(markup: unknown): ReplyMarkup | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in markup) return checkInlineKeyboard(markup);
  if ("keyboard" in markup) {
    const rows = (markup as { keyboard: unknown }).keyboard;
    if (!isRows(rows)) throw badRequest('field "keyboard" must be an Array');
    for (const button of rows.flat()) {
      const text = typeof button === "string" ? button : (button as { text?: unknown }).text;
      if (typeof text !== "string" || text === "")
        throw badRequest("can't parse keyboard button: text is empty");
    }
    return markup as ReplyMarkup;
  }
  if ("remove_keyboard" in markup || "force_reply" in markup) return markup as ReplyMarkup;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** Edits accept inline keyboards only. */
export function checkInlineMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object" || !("inline_keyboard" in markup)) {
    throw badRequest("inline keyboard expected");
  }
  return checkInlineKeyboard(markup);
}

function checkInlineKeyboard(markup: object): InlineKeyboardMarkup | undefined {
  const rows = (markup as { inline_keyboard: unknown }).inline_keyboard;
  if (!isRows(rows)) throw badRequest('field "inline_keyboard" must be an Array');
  for (const button of rows.flat() as Record<string, unknown>[]) {
    if (typeof button.text !== "string" || button.text === "") throw badRequest("BUTTON_TEXT_INVALID");
    if ("callback_data" in button) {
      const data = button.callback_data;
      const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
    } else if ("url" in button) {
      if (!isButtonUrl(button.url)) throw badRequest("BUTTON_URL_INVALID");
    } else if (!Object.keys(button).some((key) => key !== "text" && key !== "style")) {
      throw badRequest(
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      );
    }
  }
  return rows.flat().length === 0 ? undefined : (markup as InlineKeyboardMarkup);
}

function isRows(rows: unknown): rows is unknown[][] {
  return Array.isArray(rows) && rows.every((row) => Array.isArray(row));
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function sameMarkup(a: ReplyMarkup | undefined, b: ReplyMarkup | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The buttons of a message, inline or reply keyboard, in reading order. */
export function buttonsOf(message: Pick<FakeMessage, "replyMarkup">): FakeButton[] {
  const markup = message.replyMarkup;
  if (!markup) return [];
  if ("inline_keyboard" in markup) {
    return markup.inline_keyboard.flatMap((row, rowIndex) =>
      row.map((button): FakeButton => {
        const flat: FakeButton = { text: button.text, keyboard: "inline", row: rowIndex };
        if ("callback_data" in button) flat.data = button.callback_data;
        if ("url" in button) flat.url = button.url;
        return flat;
      }),
    );
  }
  if ("keyboard" in markup) {
    return markup.keyboard.flatMap((row, rowIndex) =>
      row.map((button): FakeButton => {
        if (typeof button === "string") return { text: button, keyboard: "reply", row: rowIndex };
        const flat: FakeButton = { text: button.text, keyboard: "reply", row: rowIndex };
        if ("request_location" in button && button.request_location) flat.requestLocation = true;
        if ("request_contact" in button && button.request_contact) flat.requestContact = true;
        return flat;
      }),
    );
  }
  return [];
}
