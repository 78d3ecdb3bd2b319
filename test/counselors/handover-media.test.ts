// A hand-over says what the person sent and what they corrected (handover32): through the real bot on both
// databases, Anna sends a photo, a voice message and a text, then edits the text; the holder is told of the
// edit; after a transfer the next counselor reads "[photo]", "[voice message]" and the corrected text marked
// edited, in their own language; the database keeps the kinds and the corrected text, sealed, and no file id.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/harness.ts";
import {
  askForHuman,
  type DeskCast,
  deskCastHooks,
  identityLeaks,
  openCaseOf,
  say,
  topicOf,
} from "./helpers.ts";

const ANNA_ID = 5_550_007_432;
const FIRST = "Сестра ушла в группу";
const CORRECTED = "Сестра ушла в группу полгода назад";

describe.each(DATABASE_KINDS)("what a hand-over shows of media and edits on %s", (kind) => {
  let cast: DeskCast;
  deskCastHooks(kind, { id: ANNA_ID, username: "anna_media" }, (c) => {
    cast = c;
  });

  /** Anna (consent to keep the conversation: `keep`) talks with Dana: a photo, a voice, a text she then edits. */
  async function talkWithMedia(keep: boolean) {
    const { h, dana, anna } = cast;
    await askForHuman(anna);
    await anna.press(say("ru", keep ? "consent-allow" : "consent-decline"));
    const item = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await anna.sendMedia({ photo: true });
    await anna.sendMedia({ voice: true });
    await anna.send(FIRST);
    await dana.send("Расскажите подробнее");
    const sent = h.telegram
      .messagesIn(anna.id)
      .filter((m) => !m.from.is_bot)
      .at(-1)!;
    await anna.edit(sent.messageId, CORRECTED);
    return item;
  }

  async function transferToErlan() {
    const { dana, erlan } = cast;
    const before = erlan.texts().length;
    await dana.send("/transfer");
    await dana.press("Ерлан");
    await dana.press(say("ru", "counselors-confirm-yes"));
    return erlan.texts().slice(before);
  }

  it("the holder sees the edit; the next one reads the kinds and the corrected text, marked edited", async () => {
    const { h, dana, erlan, anna } = cast;
    const item = await talkWithMedia(true);
    // Dana's copy now holds the new text, and a note replying to it says it was corrected.
    const copy = h.telegram.messagesIn(dana.id).find((m) => m.from.is_bot && m.text === CORRECTED)!;
    expect(copy).toBeDefined();
    expect(dana.lastText()).toBe(say("ru", "counselors-person-edited"));
    expect(dana.last()?.replyToMessageId).toBe(copy.messageId);

    const received = await transferToErlan();
    const person = say("ru", "counselors-handover-person");
    expect(received).toContain(say("ru", "counselors-handover-history", { count: 4 }));
    expect(received).toContain(
      [
        `${person}: ${say("ru", "counselors-history-kind", { kind: "photo" })}`,
        `${person}: ${say("ru", "counselors-history-kind", { kind: "voice" })}`,
        `${person}: ${CORRECTED} ${say("ru", "counselors-history-edited")}`,
        "Дана: Расскажите подробнее",
      ].join("\n"),
    );
    expect(received.join("\n")).not.toContain(`${person}: ${FIRST}\n`);
    expect(received.join("\n")).toContain(`${person}: [фото]\n${person}: [голосовое сообщение]\n`);
    // The latest messages are copies again: the photo and the voice themselves, and the corrected text.
    const copies = h.telegram.messagesIn(erlan.id).filter((m) => m.from.is_bot);
    expect(copies.slice(-3).map((m) => m.kind)).toEqual(["photo", "voice", "text"]);
    expect(copies.at(-1)?.text).toBe(CORRECTED);

    // Stored: the kinds and the edit mark, the corrected text sealed; no file id, no id or name of Anna.
    const rows = await h.db.prisma.caseHistory.findMany({
      where: { caseRef: item.ref },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => [row.author, row.kind, row.edited])).toEqual([
      ["person", "photo", false],
      ["person", "voice", false],
      ["person", "text", true],
      ["Дана", "text", false],
    ]);
    expect(rows.map((row) => h.app.cipher.open(row.body))).toEqual([
      "",
      "",
      CORRECTED,
      "Расскажите подробнее",
    ]);
    const stored = await h.db.dump();
    expect(stored).not.toMatch(/sample-|file_id|anna_media|Anna/);
    expect(stored).not.toContain(String(ANNA_ID));
    expect(stored).not.toContain(FIRST);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("speaks the kinds and the edit mark in the new holder's language", async () => {
    const { erlan } = cast;
    await erlan.send("/lang kk");
    await talkWithMedia(true);
    const received = await transferToErlan();
    const person = say("kk", "counselors-handover-person");
    const transcript = received.find((text) => text.startsWith(`${person}: `))!;
    expect(transcript.split("\n")).toEqual([
      `${person}: [фото]`,
      `${person}: ${say("kk", "counselors-history-kind", { kind: "voice" })}`,
      `${person}: ${CORRECTED} (өзгертілді)`,
      "Дана: Расскажите подробнее",
    ]);
    expect(say("en", "counselors-history-kind", { kind: "photo" })).toBe("[photo]");
    expect(say("en", "counselors-history-edited")).toBe("(edited)");
  });

  it("without consent to keep it: the edit reaches the holder, nothing is stored, the hand-over says why", async () => {
    const { h, dana } = cast;
    await talkWithMedia(false);
    expect(dana.texts()).toContain(CORRECTED);
    expect(dana.lastText()).toBe(say("ru", "counselors-person-edited"));
    const received = await transferToErlan();
    expect(received).toContain(say("ru", "counselors-handover-no-history"));
    expect(received.slice(-3)).toEqual(["[photo]", "[voice]", CORRECTED]);
    expect(await h.db.prisma.caseHistory.count()).toBe(0);
  });

  it("in a case that runs in its topic, the edit note replies to the copy there", async () => {
    const { h, anna } = cast;
    await askForHuman(anna);
    await anna.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    // Karina never opened a private chat with the bot: the case runs in the topic.
    const karina = h.counselor({ first_name: "Karina" });
    await karina.inGroup("/alias Карина");
    await karina.pressInGroup("✋ Взять", { threadId });
    await anna.send(FIRST);
    const sent = h.telegram
      .messagesIn(anna.id)
      .filter((m) => !m.from.is_bot)
      .at(-1)!;
    await anna.edit(sent.messageId, CORRECTED);
    const topic = h.telegram.messagesIn(h.counselorChatId, { threadId });
    const copy = topic.find((m) => m.text === CORRECTED)!;
    expect(copy).toBeDefined();
    expect(topic.at(-1)?.text).toBe(say("ru", "counselors-person-edited"));
    expect(topic.at(-1)?.replyToMessageId).toBe(copy.messageId);
    const rows = await h.db.prisma.caseHistory.findMany({ where: { caseRef: item.ref } });
    expect(rows.map((row) => [row.kind, row.edited, h.app.cipher.open(row.body)])).toEqual([
      ["text", true, CORRECTED],
    ]);
  });
});
