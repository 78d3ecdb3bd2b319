// What the page may show as HTML: the bot's text and its Telegram entities (or parse_mode
// HTML, read by the fake Telegram's parser so that both accept and refuse the same input),
// turned into a small safe subset: b, i, u, s, a (http, https, tel), code, pre, blockquote, br.
// Everything else is escaped text; a link to any other scheme stays text.
import type { MessageEntity } from "grammy/types";
import { parseHtml } from "../../dev/telegram/html.ts";

const TAGS: Partial<Record<MessageEntity["type"], string>> = {
  bold: "b",
  italic: "i",
  underline: "u",
  strikethrough: "s",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  expandable_blockquote: "blockquote",
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\r?\n/g, "<br>");
}

/** Text and entities from a send call's fields; throws EntityParseError on bad parse_mode HTML. */
export function readFormatted(
  text: string,
  parseMode: unknown,
  entities: unknown,
): { text: string; entities: MessageEntity[] } {
  if (parseMode === "HTML") return parseHtml(text);
  return { text, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
}

export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ["http:", "https:", "tel:"].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function opening(entity: MessageEntity, text: string): [string, string] | undefined {
  const tag = TAGS[entity.type];
  if (tag) return [`<${tag}>`, `</${tag}>`];
  const target =
    entity.type === "text_link"
      ? entity.url
      : entity.type === "url"
        ? text
        : entity.type === "phone_number"
          ? `tel:${text.replace(/[^\d+]/g, "")}`
          : undefined;
  const href = target === undefined ? undefined : safeUrl(target);
  if (!href) return undefined;
  return [`<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">`, "</a>"];
}

/** Safe HTML for a text with entities; overlapping entities are clipped to their parent. */
export function toSafeHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const sorted = [...entities]
    .filter((entity) => entity.length > 0)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const walk = (start: number, end: number, list: MessageEntity[]): string => {
    let out = "";
    let position = start;
    for (let k = 0; k < list.length; ) {
      const entity = list[k]!;
      const from = Math.max(entity.offset, position);
      const to = Math.min(entity.offset + entity.length, end);
      let next = k + 1;
      while (next < list.length && list[next]!.offset < to) next++;
      if (to > from) {
        out += escapeHtml(text.slice(position, from));
        const inner = walk(from, to, list.slice(k + 1, next));
        const tags = opening(entity, text.slice(from, to));
        out += tags ? tags[0] + inner + tags[1] : inner;
        position = to;
      }
      k = next;
    }
    return out + escapeHtml(text.slice(position, end));
  };
  return walk(0, text.length, sorted);
}
