// The web chat switched off (WEB_CHAT=off at a restart) while a web person's case is open: nothing
// meant for them goes to Telegram under the web chat's internal id. The guard refuses each such
// call and logs the method only; the counselor who writes is told the person can't be reached
// now, and the case stays open. On both databases, through the real bot and the web chat's app.
import { describe, expect, it } from "vitest";
import * as cases from "../../src/db/cases.ts";
import { counselor, deskHarness, say, topicOf } from "../counselors/helpers.ts";
import { DATABASE_KINDS } from "../support/harness.ts";
import { Visitor, webApp } from "./web/visitor.ts";

describe.each(DATABASE_KINDS)("a web person's case after the web chat is switched off, on %s", (kind) => {
  it("sends nothing to Telegram for the web chat, and tells the counselor the person can't be reached", async () => {
    const on = await deskHarness(kind, { web: true });
    const visitor = new Visitor(on, webApp(on));
    await visitor.say("/start");
    await visitor.press(say("ru", "menu-talk"));
    await visitor.press(say("ru", "consent-allow"));
    const item = (await cases.openCaseOf(on.app.db, on.app.pseudonymize(visitor.chatId)))!;

    // Restarted without the web chat, on the same database and Telegram.
    const off = await on.sibling({ web: false });
    const webIds = [String(visitor.chatId)];
    const callsBefore = off.telegram.calls.length;
    const dana = await counselor(off, { first_name: "Dana", username: "dana_c" }, "Дана");
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await dana.send("Здравствуйте, я на связи");

    // No call reached Telegram with the web chat's id in it.
    const sent = JSON.stringify(off.telegram.calls.slice(callsBefore).map((call) => call.payload));
    for (const id of webIds) expect(sent).not.toContain(id);
    // The counselor is told plainly, as a reply to what they wrote; no 👍.
    const written = off.telegram
      .messagesIn(dana.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!;
    expect(dana.lastText()).toBe(say("ru", "counselors-undelivered-channel-off", { ref: item.ref }));
    expect(off.telegram.reactionsOf(dana.id, written.messageId)).toEqual([]);
    // The case stays open and held; the refusal is logged by method, never by id.
    expect(await cases.byId(off.app.db, item.id)).toMatchObject({ status: "active" });
    const logs = off.logs();
    expect(logs).toContain("refused a call for a web chat: the web chat is off");
    for (const id of webIds) expect(logs).not.toContain(id);
    await off.close();
    await on.close();
  }, 120_000);
});
