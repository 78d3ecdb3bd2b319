// A counselor who leaves the counselors' group, or is removed from it (outsider 26, defects 1 and 12): the
// cases they hold go back to the queue at once, first in line, with a note in the topic; the person is told
// kindly that another counselor will continue; nothing more is copied to the removed account, whether
// Telegram said so (chat_member) or the relay found out (getChatMember "left"); and the removed counselor
// writing to the bot is told they are no longer in the group, not to choose an alias.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { STAFF_ROLE_TTL_MS } from "../../src/counselors/staff-directory.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import {
  askForHuman,
  caseByRef,
  counselor,
  deskHooks,
  identityLeaks,
  memberChange,
  openCaseOf,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

const WORDS = {
  kk: ["сіз қайдасыз?", "маған қорқынышты"],
  ru: ["вы где?", "мне страшно"],
  en: ["where are you?", "I am scared"],
} as const;

describe.each(DATABASE_KINDS)("a holder who leaves the counselors' group on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Every call that would put something in front of the removed counselor. */
  const toAccount = (id: number, from: number) =>
    h.telegram.calls
      .slice(from)
      .filter((call) => Number(call.payload.chat_id) === id)
      .map((call) => call.method);

  it.each(LOCALES)(
    "%s: removed (chat_member): the case is back first in line, the person told, nothing more copied to her",
    async (locale) => {
      const asel = await counselor(h, { first_name: "Asel", language_code: locale }, "Асель");
      const marat = await counselor(h, { first_name: "Marat", language_code: locale }, "Марат");
      const teen = h.user({ first_name: "Aigerim", username: "aigerim_15", language_code: locale });
      const { item, threadId } = await takenCase(h, teen, asel, locale);
      // Another person waits already: the returned case goes before her (she was already talking).
      const other = h.user({ language_code: locale });
      await askForHuman(other, locale);
      await teen.send("сәлем");
      expect(asel.lastText()).toBe("сәлем");

      const from = h.telegram.calls.length;
      const seenBefore = teen.messages().length;
      await memberChange(h, asel.user, "kicked");

      // Stored: queued, nobody holding it, first in the queue; the log says why.
      const back = await caseByRef(h, item.ref);
      expect(back).toMatchObject({ status: "queued", counselorId: null });
      const queue = await h.db.prisma.counselCase.findMany({ where: { status: "queued" } });
      expect(queue).toHaveLength(2);
      const order = await import("../../src/db/cases.ts").then((cases) => cases.queue(h.app.db));
      expect(order.map((queued) => queued.ref)[0]).toBe(item.ref);
      const audit = await h.db.prisma.caseAudit.findMany({ where: { caseRef: item.ref } });
      expect(audit.map((entry) => entry.action)).toContain("holder-left");

      // The person: told kindly that another counselor will continue, with her place (first).
      const told = teen.texts().slice(seenBefore);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(say(locale, "counselors-holder-left"));
      expect(told[0]).toContain(say(locale, "counselors-position", { position: 1 }));
      // The topic: a note that the case is back and why (the group speaks ru).
      expect(h.telegram.messagesIn(h.counselorChatId, { threadId }).map((m) => m.text)).toContain(
        say("ru", "counselors-topic-holder-left", { ref: item.ref, alias: "Асель" }),
      );

      // She writes on: nothing reaches Asel; it waits for the next counselor.
      for (const line of WORDS[locale]) await teen.send(line);
      expect(toAccount(asel.id, from)).toEqual([]);
      expect((await caseByRef(h, item.ref)).waiting).toBe(2);

      // Asel, removed, writes to the bot: told why, not "choose an alias"; nothing goes to the person.
      const teenSeen = teen.messages().length;
      await asel.send("Я здесь, напишите мне");
      expect(asel.lastText()).toBe(say(locale, "counselors-removed"));
      await asel.send("/cases");
      expect(asel.lastText()).toBe(say(locale, "counselors-removed"));
      expect(teen.messages().length).toBe(teenSeen);

      // Marat takes it: the conversation so far (as a transfer hands it over), then what she wrote meanwhile.
      await marat.pressInGroup("✋ Взять", { threadId: topicOf(back) });
      expect(marat.texts()).toContain("сәлем");
      expect(marat.texts().slice(-2)).toEqual([...WORDS[locale]]);
      expect(await openCaseOf(h, teen)).toMatchObject({ status: "active", waiting: 0 });
      expect(identityLeaks(h, teen.user, [asel, marat])).toEqual([]);
    },
  );

  it("removal never told: the relay asks Telegram, finds 'left', and copies nothing to her", async () => {
    const asel = await counselor(h, { first_name: "Asel" }, "Асель");
    const teen = h.user({ language_code: "ru" });
    const { item } = await takenCase(h, teen, asel);
    await teen.send("первое");
    expect(asel.lastText()).toBe("первое");
    // Left while the bot was not told (another instance got the update); the remembered answer grows old.
    h.telegram.setMember(h.counselorChatId, asel.user, "left");
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const from = h.telegram.calls.length;
    await teen.send("вы где?");
    await teen.send("мне страшно");
    const calls = h.telegram.calls.slice(from);
    expect(calls.filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(calls.filter((call) => Number(call.payload.chat_id) === asel.id)).toEqual([]);
    expect(await openCaseOf(h, teen)).toMatchObject({ id: item.id, status: "queued", waiting: 2 });
    expect(teen.texts().join("\n")).toContain(say("ru", "counselors-holder-left"));
  });

  it("a holder still in the group: the relay asks Telegram at most once per period, and keeps relaying", async () => {
    const asel = await counselor(h, { first_name: "Asel" }, "Асель");
    const teen = h.user({ language_code: "ru" });
    await takenCase(h, teen, asel);
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const from = h.telegram.calls.length;
    for (const line of ["раз", "два", "три"]) await teen.send(line);
    expect(h.telegram.calls.slice(from).filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(asel.texts().slice(-3)).toEqual(["раз", "два", "три"]);
    expect((await openCaseOf(h, teen)).status).toBe("active");
  });
});
