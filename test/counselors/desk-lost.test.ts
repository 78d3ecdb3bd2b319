// The bot demoted or removed in the counselors' group (outsider 30, item 12): besides the mark that keeps new
// requests (desk-reach.test.ts), the group is told once while the bot may still post there, and the supervisors
// in private, with what to do; a second change while still out of reach repeats nothing, and a return is quiet.
import type { ChatMember } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { deskProblem } from "../../src/counselors/desk-reach.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { botAdministrator, botMembershipChange, deskHooks, say } from "./helpers.ts";

const SUPERVISOR_ID = 4_200_011;

describe.each(DATABASE_KINDS)("the counselors' group lost, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { config: { SUPERVISOR_IDS: [SUPERVISOR_ID], COUNSELOR_LOCALE: "kk" } }, (harness) => {
    h = harness;
  });

  const bot = () => ({ id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name });
  const lostIn = (chatId: number) =>
    h.telegram.messagesIn(chatId).filter((message) => message.text === say("kk", "counselors-desk-lost"));

  it("demoted to a member: the group and the supervisor are told once, in the group's language", async () => {
    const supervisor = h.counselor({ id: SUPERVISOR_ID, first_name: "Saule" }, { admin: true });
    await supervisor.send("/start");
    const member: ChatMember = { status: "member", user: bot() };
    await botMembershipChange(h, botAdministrator(h), member, true);
    expect(await deskProblem(h.app)).toMatch(/member/);
    expect(lostIn(h.counselorChatId)).toHaveLength(1);
    expect(lostIn(SUPERVISOR_ID)).toHaveLength(1);
    // Still out of reach, for another reason: nothing new is said.
    await botMembershipChange(h, member, botAdministrator(h, false), true);
    expect(lostIn(h.counselorChatId)).toHaveLength(1);
    expect(lostIn(SUPERVISOR_ID)).toHaveLength(1);
    // Put right: the mark goes, and nobody is told anything is lost.
    await botMembershipChange(h, botAdministrator(h, false), botAdministrator(h), true);
    expect(await deskProblem(h.app)).toBeUndefined();
    expect(lostIn(h.counselorChatId)).toHaveLength(1);
  });

  it("removed: the group cannot be written to, the supervisor still is; every language has the text", async () => {
    const supervisor = h.counselor({ id: SUPERVISOR_ID, first_name: "Saule" }, { admin: true });
    await supervisor.send("/start");
    const groupMessages = h.telegram.messagesIn(h.counselorChatId).length;
    const toldBefore = lostIn(SUPERVISOR_ID).length;
    await botMembershipChange(h, botAdministrator(h), { status: "left", user: bot() }, true);
    expect(h.telegram.messagesIn(h.counselorChatId)).toHaveLength(groupMessages);
    expect(lostIn(SUPERVISOR_ID)).toHaveLength(toldBefore + 1);
    for (const locale of LOCALES) expect(say(locale, "counselors-desk-lost")).toMatch(/114[\s\S]*112/);
  });
});
