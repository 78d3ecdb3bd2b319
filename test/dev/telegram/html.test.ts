import { describe, expect, it } from "vitest";
import { EntityParseError, parseHtml } from "../../../src/dev/telegram/html.ts";

describe("parse_mode HTML", () => {
  it("turns supported tags into entities with UTF-16 offsets", () => {
    expect(
      parseHtml('🙂 <b>Қош <i>келдіңіз</i></b> <a href="https://example.org?a=1&amp;b=2">link</a>'),
    ).toEqual({
      text: "🙂 Қош келдіңіз link",
      entities: [
        { type: "bold", offset: 3, length: 12 },
        { type: "italic", offset: 7, length: 8 },
        { type: "text_link", url: "https://example.org?a=1&b=2", offset: 16, length: 4 },
      ],
    });
    expect(parseHtml('<pre><code class="language-ts">x &lt; 1</code></pre>')).toEqual({
      text: "x < 1",
      entities: [{ type: "pre", language: "ts", offset: 0, length: 5 }],
    });
    expect(
      parseHtml('<blockquote expandable>long</blockquote><span class="tg-spoiler">s</span>').entities,
    ).toEqual([
      { type: "expandable_blockquote", offset: 0, length: 4 },
      { type: "spoiler", offset: 4, length: 1 },
    ]);
    expect(parseHtml("a & b &copy; &#65;").text).toBe("a & b &copy; A");
  });

  it("fails like Telegram on tags it does not know or that do not close", () => {
    expect(() => parseHtml("one<br>two")).toThrow(
      new EntityParseError('Unsupported start tag "br" at byte offset 3'),
    );
    expect(() => parseHtml("<b>open")).toThrow('Can\'t find end tag corresponding to start tag "b"');
    expect(() => parseHtml("<b><i>x</b></i>")).toThrow('expected "</i>", found "</b>"');
    expect(() => parseHtml("x</b>")).toThrow("Unexpected end tag");
    expect(() => parseHtml("2 < 3")).toThrow(/Unsupported start tag/);
    expect(() => parseHtml('<span class="x">a</span>')).toThrow(/Unsupported start tag "span"/);
  });

  it("reads a long message of many tags in place: offsets and error positions as Telegram counts them", () => {
    const line = "Сұрақ <b>№1</b> &amp; <i>ответ</i>\n";
    const parsed = parseHtml(line.repeat(500));
    expect(parsed.text).toBe("Сұрақ №1 & ответ\n".repeat(500));
    expect(parsed.entities).toHaveLength(1000);
    expect(parsed.entities.at(-1)).toEqual({ type: "italic", offset: 499 * 17 + 11, length: 5 });
    // The byte offset of the bad tag: 500 lines of 47 bytes, then "қ " (3 bytes).
    expect(() => parseHtml(`${line.repeat(500)}қ <br>`)).toThrow(
      `Unsupported start tag "br" at byte offset ${500 * 47 + 3}`,
    );
  });
});
