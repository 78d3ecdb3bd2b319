// A transfer hands over what the person agreed to keep: with consent 2 the whole conversation
// (both sides), without it the person's latest messages and a line saying what is missing;
// in both cases the internal notes, the triage summary and the risk flags.
import { describe, expect, it } from "vitest";
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
    expect(received).toContain(say("ru", "counselors-handover-notes", { count: 2 }));
    expect(received.slice(-2)).toEqual(["📝 Дана: // давление через работу", "Знаю похожий случай"]);
    // The person's latest messages are copies Erlan can reply to.
    const copy = erlan.messages().find((m) => m.text === "Полгода назад")!;
    await erlan.send("Здравствуйте, я Ерлан, продолжу", { replyTo: copy.messageId });
    expect(anna.lastText()).toBe("Здравствуйте, я Ерлан, продолжу");
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("without consent 2: only the person's latest messages, and why; the notes all the same", async () => {
    const { received } = await talkThenTransfer(false);
    expect(received).toContain(say("ru", "counselors-handover-no-history"));
    expect(received).not.toContain("Дана: Расскажите, когда это началось");
    expect(received).not.toContain("Расскажите, когда это началось");
    expect(received).toContain("Сестра ушла в группу");
    expect(received).toContain("Полгода назад");
    expect(received).toContain(say("ru", "counselors-handover-notes", { count: 2 }));
    expect(received).toContain("📝 Дана: // давление через работу");
    expect(await h.db.prisma.caseHistory.count()).toBe(0);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
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
