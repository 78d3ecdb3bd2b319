// A counselor writing in their private chat while the database is down, to a process that has not seen them (a
// restart during the outage, or another instance), through the real bot on both databases (outsider 31, item 11):
// the desk's outage text in their language (what happened, nothing lost, what to do), never the people's "try again
// later"; Telegram's word on the group tells who is on the desk, as no row can be read. A person gets the people's.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/desk.ts";
import { counselor, deskHarness, say } from "../counselors/helpers.ts";
import { DATABASE_KINDS, TestUser } from "../support/harness.ts";

describe.each(DATABASE_KINDS)("the database down, a counselor not seen by this process, on %s", (kind) => {
  it("gets the desk's outage text in their language, a person the people's", async () => {
    const h = await deskHarness(kind);
    const restarted = await h.sibling();
    configureRelay(restarted.app, { pacing: null });
    try {
      const team = [];
      for (const locale of LOCALES)
        team.push(
          await counselor(h, { first_name: `C${locale}`, language_code: locale }, `Кеңесші ${locale}`),
        );
      const person = new TestUser(restarted, h.user({ language_code: "ru" }).user);
      await h.db.close();
      for (const [index, locale] of LOCALES.entries()) {
        const member = new TestUser(restarted, team[index]!.user);
        await member.send("Я здесь, продолжим");
        // Was the people's text: this process had never seen them, and no row could say who they are.
        expect(member.lastText()).toBe(say(locale, "counselors-outage-private"));
        expect(member.lastText()).not.toBe(say(locale, "service-unavailable"));
      }
      await person.send("/start");
      expect(person.lastText()).toBe(say("ru", "service-unavailable"));
    } finally {
      await restarted.close().catch(() => {});
      await h.close().catch(() => {});
    }
  }, 120_000);
});
