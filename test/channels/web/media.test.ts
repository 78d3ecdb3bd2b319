// A counselor's media on the web chat: a photo, a voice message, a video, a document or a sticker
// reaches the page only as a line naming it, so the holder is told that and never sees 👍 (a
// contact is relayed to nobody; a location asks the bot for centers). On both databases, through
// the bot and the web chat's HTTP app; a Telegram person still gets the photo itself.
import type { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as caseMessages from "../../../src/db/case-messages.ts";
import * as cases from "../../../src/db/cases.ts";
import type { IncomingContent } from "../../../src/dev/telegram/types.ts";
import { counselor, deskHooks, say, topicOf } from "../../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor } from "../../support/harness.ts";
import { plain, Visitor, webApp } from "./visitor.ts";

type Media = Exclude<IncomingContent, string>;

const NOTED: [string, Media][] = [
  ["photo", { photo: true, caption: "Схема проезда" }],
  ["voice", { voice: true }],
  ["video", { video: true }],
  ["document", { document: { file_name: "памятка.pdf" } }],
  ["sticker", { sticker: true }],
];

describe.each(DATABASE_KINDS)("a counselor's media on the web chat, on %s", (kind) => {
  let h: Harness;
  let http: Hono;
  deskHooks(kind, { web: true }, (harness) => {
    h = harness;
    http = webApp(h);
  });

  /** A web person whose case Dana took; the page has read everything so far. */
  async function webCase(): Promise<{ dana: TestCounselor; visitor: Visitor; item: cases.Case }> {
    const dana = await counselor(h, { first_name: "Dana", username: "dana_c" }, "Дана");
    const visitor = new Visitor(h, http);
    await visitor.say("/start");
    await visitor.press(say("ru", "menu-talk"));
    await visitor.press(say("ru", "consent-allow"));
    const item = (await cases.openCaseOf(h.app.db, h.app.pseudonymize(visitor.chatId)))!;
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await visitor.events();
    return { dana, visitor, item };
  }

  const ownLast = (member: TestCounselor) =>
    h.telegram
      .messagesIn(member.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!;

  it.each(NOTED)(
    "a %s: the page gets a line naming it, the holder is told so, no 👍",
    async (media, content) => {
      const { dana, visitor, item } = await webCase();
      await dana.sendMedia(content);
      const written = ownLast(dana);

      // The person: one line naming the media (with the caption, if any), nothing pretending to be it.
      const fresh = (await visitor.events()).map(({ event }) => event);
      expect(fresh).toHaveLength(1);
      const note = say("ru", "web-media", { kind: media });
      const caption = "caption" in content ? content.caption : undefined;
      expect(fresh[0]).toMatchObject({ type: "message" });
      expect(plain((fresh[0] as { html: string }).html)).toBe(caption ? `${note}\n${caption}` : note);

      // The holder: an honest line, as a reply to what they sent, and no "delivered" mark.
      expect(h.telegram.reactionsOf(dana.id, written.messageId)).toEqual([]);
      const told = h.telegram.messagesIn(dana.id).at(-1)!;
      expect(told.text).toBe(say("ru", "counselors-only-noted", { ref: item.ref, note }));
      expect(told.replyToMessageId).toBe(written.messageId);

      // Stored: the copy the person got (the line) is mapped, so the case counts as answered.
      const holder = await h.app.db.prisma.counselor.findFirstOrThrow();
      const row = await caseMessages.bySource(h.app.db, item.id, `c${holder.id}`, written.messageId);
      expect(row).toMatchObject({
        state: "sent",
        personMessageId: (fresh[0] as { messageId: number }).messageId,
      });
    },
  );

  it("a contact is not relayed at all: the holder is told, the page gets nothing", async () => {
    const { dana, visitor } = await webCase();
    await dana.sendMedia({ contact: { phone_number: "+70000000000", first_name: "Дежурный" } });
    expect(await visitor.events()).toEqual([]);
    expect(dana.lastText()).toBe(say("ru", "counselors-not-relayable"));
  });

  it("a Telegram person gets the photo itself, and the holder 👍", async () => {
    const dana = await counselor(h, { first_name: "Dana", username: "dana_c" }, "Дана");
    const anna = h.user({ language_code: "ru" });
    await anna.send("/start");
    await anna.press(say("ru", "menu-talk"));
    await anna.press(say("ru", "consent-allow"));
    const item = (await cases.openCaseOf(h.app.db, h.app.pseudonymize(anna.id)))!;
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await dana.sendMedia({ photo: true });
    expect(anna.last()?.kind).toBe("photo");
    expect(h.telegram.reactionsOf(dana.id, ownLast(dana).messageId)).toEqual(["👍"]);
  });
});
