// A case is handed only to a counselor who is still in the counselors' group (outsider 29, item 3): one who
// left keeps their alias row, and a case given to them reaches nobody while the person is told they will
// continue. The lists (/transfer in private, ↪️ on the head) leave them out, whether the bot was told
// (chat_member) or learns it by asking Telegram; a choice or a Yes made after they left is refused kindly
// with the list again, and nothing moves. Back to the queue is answered as what it is.
import { describe, expect, it } from "vitest";
import { STAFF_ROLE_TTL_MS } from "../../src/counselors/staff-directory.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import {
  caseByRef,
  counselor,
  deskCastHooks,
  identityLeaks,
  memberChange,
  openCaseOf,
  say,
  takenCase,
} from "./helpers.ts";

describe.each(DATABASE_KINDS)("transfer targets on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  let marat: TestCounselor;
  deskCastHooks(kind, { id: 5_550_029_301, username: "anna_t" }, async (cast) => {
    ({ h, dana, erlan, anna } = cast);
  });

  const lastAnswer = () => h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload;

  async function danaHoldsAnnasCase() {
    marat = await counselor(h, { first_name: "Marat" }, "Марат");
    const { item, threadId } = await takenCase(h, anna, dana);
    await anna.send("Мне страшно, муж говорит странное");
    return { item, threadId };
  }

  it("leaves out a counselor who left, told by chat_member or found by asking Telegram", async () => {
    const { threadId } = await danaHoldsAnnasCase();
    await memberChange(h, erlan.user, "left");
    await dana.send("/transfer");
    expect(dana.buttons()).toEqual([
      "Марат",
      say("ru", "counselors-button-to-queue"),
      say("ru", "counselors-button-back"),
    ]);
    await dana.pressInGroup("↪️ Передать", { threadId });
    const head = h.telegram.lastMessageWithButtons(h.counselorChatId, { threadId })!;
    expect(h.telegram.buttonsOf(head).map((button) => button.text)).not.toContain("Ерлан");
    expect(h.telegram.buttonsOf(head).map((button) => button.text)).toContain("Марат");

    // Long after, with nothing remembered: Telegram is asked, and still says he left.
    h.clock.advance(STAFF_ROLE_TTL_MS + 1000);
    await dana.send("/transfer");
    expect(dana.buttons()).toEqual([
      "Марат",
      say("ru", "counselors-button-to-queue"),
      say("ru", "counselors-button-back"),
    ]);
  });

  it("refuses a counselor chosen after they left, says why, shows the list again; nothing moves", async () => {
    const { item } = await danaHoldsAnnasCase();
    await dana.send("/transfer");
    expect(dana.buttons()).toContain("Ерлан");
    const held = await openCaseOf(h, anna);
    const annaSaw = anna.texts().length;
    // He leaves and Telegram's update is missed: the bot learns it when the choice is checked.
    h.telegram.setMember(h.counselorChatId, erlan.user, "left");
    h.clock.advance(STAFF_ROLE_TTL_MS + 1000);
    await dana.press("Ерлан");

    expect(lastAnswer()).toMatchObject({
      text: say("ru", "counselors-transfer-left", { ref: item.ref, alias: "Ерлан" }),
      show_alert: true,
    });
    expect(dana.lastText()).toBe(say("ru", "counselors-choose-transfer", { ref: item.ref }));
    // The list shown again keeps its Back (outsider 31, item 6: it had none), and Back withdraws it.
    expect(dana.buttons()).toEqual([
      "Марат",
      say("ru", "counselors-button-to-queue"),
      say("ru", "counselors-button-back"),
    ]);
    await dana.press(say("ru", "counselors-button-back"));
    expect(dana.lastText()).toBe(say("ru", "counselors-confirm-cancelled"));
    expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "active", counselorId: held.counselorId });
    expect(anna.texts().slice(annaSaw)).toEqual([]);
  });

  it("refuses a Yes given after the counselor left (a question asked before): the case stays with its holder", async () => {
    const { item, threadId } = await danaHoldsAnnasCase();
    await dana.pressInGroup("↪️ Передать", { threadId });
    await dana.pressInGroup("Ерлан", { threadId });
    const held = await openCaseOf(h, anna);
    const annaSaw = anna.texts().length;
    const erlanSaw = erlan.texts().length;
    await memberChange(h, erlan.user, "left");
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });

    expect(lastAnswer()?.text).toBe(say("ru", "counselors-transfer-left", { ref: item.ref, alias: "Ерлан" }));
    const head = h.telegram.lastMessageWithButtons(h.counselorChatId, { threadId })!;
    expect(h.telegram.buttonsOf(head).map((button) => button.text)).toEqual([
      "Марат",
      say("ru", "counselors-button-to-queue"),
      say("ru", "counselors-button-back"),
    ]);
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "active", counselorId: held.counselorId });
    const audit = await h.db.prisma.caseAudit.findMany({ where: { caseRef: item.ref } });
    expect(audit.map((entry) => entry.action)).not.toContain("transferred");
    expect(anna.texts().slice(annaSaw)).toEqual([]);
    expect(erlan.texts().slice(erlanSaw)).toEqual([]);
    // Someone present still gets it.
    await dana.pressInGroup("Марат", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(anna.lastText()).toBe(say("ru", "counselors-transferred", { alias: "Марат" }));
    expect(identityLeaks(h, anna.user, [dana, erlan, marat])).toEqual([]);
  });

  it("answers 'back to the queue' as the case going back to the queue, not as a transfer", async () => {
    const { item } = await danaHoldsAnnasCase();
    await dana.send("/transfer");
    await dana.press(say("ru", "counselors-button-to-queue"));
    expect(lastAnswer()?.text).toBe(say("ru", "counselors-notice-queued", { ref: item.ref }));
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "queued", counselorId: null });
  });
});
