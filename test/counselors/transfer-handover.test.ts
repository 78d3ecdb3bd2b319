// A transfer hands over what the person agreed to keep: with consent 2 the whole conversation
// (both sides), without it the person's latest messages and a line saying what is missing;
// in both cases the internal notes, the triage summary and the risk flags.
import { describe, expect, it, onTestFinished } from "vitest";
import { configureRelay } from "../../src/counselors/feature.ts";
import type { Outbox, PacingClock } from "../../src/counselors/outbox.ts";
import type { TestCounselor, TestUser } from "../support/harness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, deskCastHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("transfer hand-over on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_007_301, username: "anna_k" }, (cast) => {
    ({ h, dana, erlan, anna } = cast);
  });

  /** Anna and Dana talk, Dana writes notes (topic and private), then hands the case to Erlan. */
  async function talkThenTransfer(keepHistory: boolean) {
    await askForHuman(anna);
    await anna.press(say("ru", keepHistory ? "consent-allow" : "consent-decline"));
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    await dana.pressInGroup("✋ Взять", { threadId });
    await anna.send("Сестра ушла в группу");
    await dana.send("Расскажите, когда это началось");
    await anna.send("Полгода назад");
    await dana.send("// давление через работу");
    await erlan.inGroup("Знаю похожий случай", { threadId });
    const before = erlan.texts().length;
    await dana.send("/transfer");
    await dana.press("Ерлан");
    expect(dana.lastText()).toBe(say("ru", "counselors-confirm-transfer", { ref: item.ref, alias: "Ерлан" }));
    await dana.press(say("ru", "counselors-confirm-yes"));
    return { item, received: erlan.texts().slice(before) };
  }

  it("with consent 2: the whole conversation, both sides, then the notes", async () => {
    const { item, received } = await talkThenTransfer(true);
    const all = received.join("\n");
    expect(all).toContain(say("ru", "counselors-private-transferred", { ref: item.ref, alias: "Дана" }));
    // The triage summary and the priority are in the opening notice.
    expect(all).toContain(say("ru", "counselors-head-title", { ref: item.ref, priority: "🟢 P2" }));
    expect(received).toContain(say("ru", "counselors-handover-history", { count: 3 }));
    const person = say("ru", "counselors-handover-person");
    expect(received).toContain(
      [
        `${person}: Сестра ушла в группу`,
        "Дана: Расскажите, когда это началось",
        `${person}: Полгода назад`,
      ].join("\n"),
    );
    expect(all).not.toContain(say("ru", "counselors-handover-no-history"));
    // The notes, then the person's latest messages last: nothing of the hand-over follows them.
    const notes = received.indexOf(say("ru", "counselors-handover-notes", { count: 2 }));
    expect(received.slice(notes + 1, notes + 4)).toEqual([
      "📝 Дана: давление через работу",
      "Знаю похожий случай",
      say("ru", "counselors-handover-latest"),
    ]);
    expect(received.slice(-2)).toEqual(["Сестра ушла в группу", "Полгода назад"]);
    // The person's latest messages are copies Erlan can reply to.
    const copy = erlan.messages().find((m) => m.text === "Полгода назад")!;
    await erlan.send("Здравствуйте, я Ерлан, продолжу", { replyTo: copy.messageId });
    expect(anna.lastText()).toBe("Здравствуйте, я Ерлан, продолжу");
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("answers the button and tells the person before the paced copies, which follow after the update", async () => {
    await askForHuman(anna);
    await anna.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await anna.send("Сестра ушла в группу");
    await dana.send("Расскажите, когда это началось");
    await anna.send("Полгода назад");
    await dana.send("// давление через работу");
    await dana.send("/transfer");
    await dana.press("Ерлан");
    // From here Telegram's pace holds: a private chat takes three messages at once, then one a second.
    const clock = new ParkedClock();
    const outbox = configureRelay(h.app, { pacing: clock });
    onTestFinished(() => {
      configureRelay(h.app, { pacing: null });
    });
    const question = h.telegram.lastMessageWithButtons(dana.id)!;
    const yes = h.telegram.pressButton(
      dana.user,
      dana.id,
      question.messageId,
      say("ru", "counselors-confirm-yes"),
    );
    const first = h.telegram.calls.length;
    // The update ends with no time passing: nothing in it waits for the pace.
    await h.bot.handleUpdate(yes);
    expect(clock.elapsedMs).toBe(0);
    const answered = h.telegram.calls.slice(first);
    const answer = answered.findIndex((call) => call.method === "answerCallbackQuery");
    const toAnna = answered.findIndex(
      (call) => call.method === "sendMessage" && call.payload.chat_id === anna.id,
    );
    // Dana's membership is checked, and Erlan's (still in the group?), then her button answered, then Anna
    // told: before any other send.
    expect(answered.slice(0, toAnna + 1).map((call) => call.method)).toEqual([
      "getChatMember",
      "getChatMember",
      "answerCallbackQuery",
      "sendMessage",
    ]);
    expect(answer).toBe(2);
    expect(answered[toAnna]!.payload.text).toBe(say("ru", "counselors-transferred", { alias: "Ерлан" }));
    expect(erlan.lastText()).not.toContain(say("ru", "counselors-handover-notes", { count: 1 }));
    expect(outbox.idle).toBe(false);

    await clock.runOut(outbox);
    const received = erlan.texts();
    const opened = received.findIndex((text) =>
      text.includes(
        say("ru", "counselors-private-transferred", {
          ref: item.ref,
          alias: "Дана",
        }),
      ),
    );
    expect(received.slice(opened + 1)).toEqual([
      say("ru", "counselors-handover-history", { count: 3 }),
      [
        `${say("ru", "counselors-handover-person")}: Сестра ушла в группу`,
        "Дана: Расскажите, когда это началось",
        `${say("ru", "counselors-handover-person")}: Полгода назад`,
      ].join("\n"),
      say("ru", "counselors-handover-notes", { count: 1 }),
      "📝 Дана: давление через работу",
      say("ru", "counselors-handover-latest"),
      "Сестра ушла в группу",
      "Полгода назад",
    ]);
    // Seven messages after the announcement: the burst's other two at once, then one a second.
    expect(clock.elapsedMs).toBeGreaterThanOrEqual(5000);
  });

  it("without consent 2: only the person's latest messages, and why; the notes all the same", async () => {
    const { received } = await talkThenTransfer(false);
    expect(received).toContain(say("ru", "counselors-handover-no-history"));
    // Plain words, not the consent's internal number (explore2's defect 17).
    expect(received.join("\n")).not.toMatch(/согласие 2|consent 2|2-келісім/);
    expect(received).not.toContain("Дана: Расскажите, когда это началось");
    expect(received).not.toContain("Расскажите, когда это началось");
    expect(received).toContain("Сестра ушла в группу");
    expect(received).toContain("Полгода назад");
    expect(received).toContain(say("ru", "counselors-handover-notes", { count: 2 }));
    expect(received).toContain("📝 Дана: давление через работу");
    expect(await h.db.prisma.caseHistory.count()).toBe(0);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("says nothing of notes when there are none (no '📝 Internal notes: 0')", async () => {
    await askForHuman(anna);
    await anna.press(say("ru", "consent-decline"));
    const item = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await anna.send("Сестра ушла в группу");
    const before = erlan.texts().length;
    await dana.send("/transfer");
    await dana.press("Ерлан");
    await dana.press(say("ru", "counselors-confirm-yes"));
    const received = erlan.texts().slice(before);
    expect(received.join("\n")).not.toContain(say("ru", "counselors-handover-notes", { count: 0 }));
    expect(received.slice(-2)).toEqual([say("ru", "counselors-handover-latest"), "Сестра ушла в группу"]);
  });

  it("speaks to the new holder in their own language, whoever transfers", async () => {
    await erlan.send("/lang en");
    const { received } = await talkThenTransfer(false);
    expect(received).toContain(say("en", "counselors-handover-no-history"));
    expect(received).toContain(say("en", "counselors-handover-latest"));
    expect(received).toContain(say("en", "counselors-handover-notes", { count: 2 }));
    expect(received).not.toContain(say("ru", "counselors-handover-latest"));
  });

  it("tells the new holder about a crisis and an overridden block", async () => {
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    await h.db.prisma.counselCase.update({
      where: { id: item.id },
      data: { blockedInCrisis: true, summary: { ...item.summary, crisis: "self-harm" } },
    });
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await dana.pressInGroup("↪️ Передать", { threadId: topicOf(item) });
    await dana.pressInGroup("Ерлан", { threadId: topicOf(item) });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId: topicOf(item) });
    const all = erlan.texts().join("\n");
    expect(all).toContain(
      say("ru", "counselors-head-crisis", { category: say("ru", "counselors-crisis-self-harm") }),
    );
    expect(all).toContain(say("ru", "counselors-head-blocked-in-crisis"));
  });
});

/** Telegram's pace on a clock that moves only when told: a send that must wait stays parked until then. */
class ParkedClock implements PacingClock {
  elapsedMs = 0;
  private timers: { at: number; wake: () => void }[] = [];
  now = () => this.elapsedMs;
  sleep = (ms: number) =>
    new Promise<void>((wake) => {
      this.timers.push({ at: this.elapsedMs + ms, wake });
    });

  /** Moves time from one parked send to the next until the outbox has nothing left. */
  async runOut(outbox: Outbox): Promise<void> {
    while (!outbox.idle) {
      const next = this.timers.sort((a, b) => a.at - b.at).shift();
      if (next) {
        this.elapsedMs = Math.max(this.elapsedMs, next.at);
        next.wake();
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
