// Abuse of the counselors' side by people who are not counselors, by a counselor reaching for
// a case that is not theirs, and by crafted buttons: each attempt is refused, changes nothing,
// and the bot never writes to a chat outside the person's own, the counselors' group and the
// registered counselors' private chats.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { caseSeal } from "../../src/counselors/buttons.ts";
import { STAFF_ROLE_TTL_MS } from "../../src/counselors/staff-directory.ts";
import type { Case } from "../../src/db/cases.ts";
import type { RecordedCall } from "../../src/dev/telegram/types.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { caseByRef, counselor, deskHarness, memberChange, say, takenCase } from "./helpers.ts";

const OTHER_GROUP_ID = -1005550001111;
const STAFF_COMMANDS = [
  "/take",
  "/close resolved",
  "/transfer",
  "/block 30 spam",
  "/history",
  "/case ABCD",
  "/t greeting",
  "/queue",
  "/cases",
  "/pause",
];

describe.each(DATABASE_KINDS)("abuse of the counselors' side on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  let mallory: TestUser;
  let annaCase: Case;

  beforeAll(async () => {
    h = await deskHarness(kind);
  });
  beforeEach(async () => {
    await h.db.reset();
    h.telegram.clearCalls();
    dana = await counselor(h, { first_name: "Dana" }, "Дана");
    erlan = await counselor(h, { first_name: "Erlan" }, "Ерлан");
    anna = h.user({ first_name: "Anna", language_code: "ru" });
    mallory = h.user({ first_name: "Mallory", language_code: "ru" });
    ({ item: annaCase } = await takenCase(h, anna, dana));
    await anna.send("Мне нужна помощь");
    await mallory.send("/start");
  });
  afterAll(() => h.close());

  /** The chats the bot may write to: the cast's private chats and the counselors' group. */
  function outsideChats(calls: readonly RecordedCall[]): string[] {
    const allowed = new Set([h.counselorChatId, dana.id, erlan.id, anna.id, mallory.id]);
    return calls
      .filter((call) => call.payload.chat_id !== undefined && !allowed.has(Number(call.payload.chat_id)))
      .map((call) => `${call.method} → ${call.payload.chat_id}`);
  }

  it("refuses counselors' commands from a person outside the group, in private and anywhere else", async () => {
    const groupBefore = h.telegram.messagesIn(h.counselorChatId).length;
    for (const command of [...STAFF_COMMANDS, "/alias Хакер"]) {
      await mallory.send(command);
      // A person sees what any unknown command gets: the menu, never a counselor's answer.
      expect(mallory.lastText(), command).toContain(
        say("ru", "unhandled-command", { command: command.split(" ")[0]! }),
      );
    }
    expect(h.telegram.messagesIn(h.counselorChatId)).toHaveLength(groupBefore);
    const counselors = await h.db.prisma.counselor.findMany({ orderBy: { alias: "asc" } });
    expect(counselors.map((row) => row.alias)).toEqual(["Дана", "Ерлан"]);
    expect((await caseByRef(h, annaCase.ref)).status).toBe("active");

    // A group that is not the counselors' group: the bot says and does nothing there.
    if (!h.telegram.hasChat(OTHER_GROUP_ID))
      h.telegram.createGroup({ id: OTHER_GROUP_ID, title: "Elsewhere" });
    for (const member of [mallory.user, dana.user]) h.telegram.setMember(OTHER_GROUP_ID, member, "member");
    const callsBefore = h.telegram.calls.length;
    for (const command of [...STAFF_COMMANDS, "/alias Хакер"]) {
      await h.handle(h.telegram.groupMessage(OTHER_GROUP_ID, mallory.user, command));
      await h.handle(h.telegram.groupMessage(OTHER_GROUP_ID, dana.user, command));
    }
    expect(
      h.telegram.calls.slice(callsBefore).filter((call) => call.payload.chat_id === OTHER_GROUP_ID),
    ).toEqual([]);
    expect((await caseByRef(h, annaCase.ref)).status).toBe("active");
  });

  it("stops a counselor removed from the group: no commands, no relay from their private chat", async () => {
    // Dana acts privately first, so the desk remembers her as a member.
    await dana.send(`/case ${annaCase.ref}`);
    expect(dana.lastText()).toContain(annaCase.ref);
    await memberChange(h, dana.user, "left");
    // Her case went back to the queue at once; Anna was told another counselor will continue.
    expect((await caseByRef(h, annaCase.ref)).status).toBe("queued");
    expect(anna.lastText()).toContain(say("ru", "counselors-holder-left"));
    const before = anna.texts().length;
    await dana.send("/close resolved");
    expect(dana.lastText()).toBe(say("ru", "counselors-removed"));
    await dana.send("Вы можете написать мне в личку: @dana_private");
    expect(dana.lastText()).toBe(say("ru", "counselors-removed"));
    expect(anna.texts().slice(before)).toEqual([]);
    expect((await caseByRef(h, annaCase.ref)).status).toBe("queued");
  });

  it("notices a removal whose update never arrived once the remembered membership is too old", async () => {
    await dana.send("Здравствуйте, Анна");
    expect(anna.texts().at(-1)).toBe("Здравствуйте, Анна");
    // Removed while the bot was not told (another instance got the update, or it was lost).
    h.telegram.setMember(h.counselorChatId, dana.user, "kicked");
    h.clock.advance(STAFF_ROLE_TTL_MS);
    await dana.send("Вы можете написать мне в личку: @dana_private");
    expect(dana.lastText()).toBe(say("ru", "counselors-removed"));
    expect(anna.texts()).not.toContain("Вы можете написать мне в личку: @dana_private");
    // Found out at her message: her case is back in the queue, and Anna knows.
    expect((await caseByRef(h, annaCase.ref)).status).toBe("queued");
    expect(anna.lastText()).toContain(say("ru", "counselors-holder-left"));
  });

  it("asks Telegram about a counselor's membership once, not on every command", async () => {
    // Anna's message in beforeEach asked already (the relay checks the holder): the answer is remembered a while.
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const callsBefore = h.telegram.calls.length;
    await dana.send(`/case ${annaCase.ref}`);
    await dana.send("/t");
    await dana.send("Как вы сейчас?");
    const lookups = h.telegram.calls.slice(callsBefore).filter((call) => call.method === "getChatMember");
    expect(lookups).toHaveLength(1);
    expect(anna.texts().at(-1)).toBe("Как вы сейчас?");
  });

  it("ignores crafted buttons that name someone else's case", async () => {
    const id = annaCase.id;
    // A person pressing data of the counselors' buttons (sealed for Anna's case, or not), or of Anna's own, in their chat.
    for (const data of [
      `case:take:${id}`,
      `case:take:${id}:${caseSeal(h, id)}`,
      `case:close:${id}:${caseSeal(h, id)}`,
      `case-out:${id}:consulted`,
      `case-to:${id}:0`,
      `case-end:${id}`,
      `case-rate:${id}:1`,
      `case:take:${id}9`,
      "case-end:-1",
      `case-rate:${id}:9`,
    ]) {
      await mallory.pressForged(data);
    }
    // Anna's case is open: Mallory is not told "that conversation is over" (outsider 27, defect 32).
    expect(mallory.texts()).not.toContain(say("ru", "counselors-case-over"));
    const after = await caseByRef(h, annaCase.ref);
    expect(after.status).toBe("active");
    expect(after.counselorId).toBe(annaCase.counselorId ?? after.counselorId);
    expect(await h.db.prisma.caseRating.count()).toBe(0);
    // Anna's conversation still runs both ways.
    await anna.send("Вы ещё здесь?");
    expect(dana.texts().at(-1)).toBe("Вы ещё здесь?");

    // A counselor who does not hold the case (and does not supervise) cannot close or move it.
    const callsBefore = h.telegram.calls.length;
    await erlan.pressForged(`case-out:${id}:consulted:${caseSeal(h, id)}`);
    await erlan.pressForged(`case-to:${id}:0:${caseSeal(h, id)}`);
    const answers = h.telegram.calls
      .slice(callsBefore)
      .filter((call) => call.method === "answerCallbackQuery")
      .map((call) => call.payload.text);
    expect(answers).toEqual([say("ru", "counselors-not-allowed"), say("ru", "counselors-not-allowed")]);
    expect((await caseByRef(h, annaCase.ref)).status).toBe("active");
    expect(outsideChats(h.telegram.calls)).toEqual([]);
  });

  it("cannot be steered to another chat: replies, forged references and numbers in text stay inside", async () => {
    // Text that looks like an address, a counselor replying to something that is not a copy,
    // a reference to a case that is not theirs, and an edit of a message that was never relayed.
    await anna.send(`Перешлите это в чат ${mallory.id} и в ${OTHER_GROUP_ID}`);
    const header = dana.messages().find((message) => message.text?.startsWith("━━"));
    await dana.send(`Отвечаю на заголовок ${mallory.id}`, { replyTo: header?.messageId });
    await erlan.send(`/case ${annaCase.ref}`);
    expect(erlan.lastText()).toBe(say("ru", "counselors-not-yours", { ref: annaCase.ref }));
    await erlan.send("Анна, это Ерлан");
    await erlan.pressForged(`case:take:${annaCase.id}:${caseSeal(h, annaCase.id)}`);
    await mallory.send("Я тоже хочу в этот разговор");
    expect(anna.texts()).not.toContain("Анна, это Ерлан");
    expect(anna.texts()).not.toContain("Я тоже хочу в этот разговор");
    expect(dana.texts()).not.toContain("Я тоже хочу в этот разговор");
    expect(outsideChats(h.telegram.calls)).toEqual([]);
  });
  it("keeps a person's triage to their private chat: a message in a group gets nothing there", async () => {
    if (!h.telegram.hasChat(OTHER_GROUP_ID))
      h.telegram.createGroup({ id: OTHER_GROUP_ID, title: "Elsewhere" });
    h.telegram.setMember(OTHER_GROUP_ID, mallory.user, "member");
    await mallory.press(say("ru", "menu-triage"));
    const callsBefore = h.telegram.calls.length;
    await h.handle(h.telegram.groupMessage(OTHER_GROUP_ID, mallory.user, "Для себя"));
    expect(h.telegram.calls.slice(callsBefore).map((call) => call.payload.chat_id)).not.toContain(
      OTHER_GROUP_ID,
    );
    // The triage goes on in private where it was.
    await mallory.press(say("ru", "triage-who-self"));
    expect(mallory.lastText()).toBe(say("ru", "triage-ask-concern"));
  });
});
