// `/case` alone in a counselor's private chat (typed at night without its reference): which case is current now and
// how to switch, with the cases they hold, in their language; not "— is not yours". Both databases.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("/case alone on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: the current case's header and how to switch, with the cases held", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
    await dana.send("/case");
    expect(dana.lastText()).toBe(say(locale, "counselors-case-usage", { refs: "—" }));

    const refs: string[] = [];
    for (const name of ["Anna", "Bota"]) {
      const person = h.user({ first_name: name, language_code: "ru" });
      await askForHuman(person, "ru");
      const item = await openCaseOf(h, person);
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(item) });
      refs.push(item.ref);
    }
    const before = dana.messages().length;
    await dana.send("/case");
    const row = await h.db.prisma.counselor.findFirstOrThrow({ where: { alias: "Дана" } });
    const current = await h.db.prisma.counselCase.findFirstOrThrow({
      where: { id: row.currentCaseId ?? -1 },
    });
    expect(current.ref).toBe(refs[1]);
    const texts = dana.texts().slice(before);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(current.ref);
    expect(texts[0]?.endsWith(say(locale, "counselors-case-usage", { refs: refs.join(", ") }))).toBe(true);
    // Nothing changed: still the same current case.
    expect((await h.db.prisma.counselor.findFirstOrThrow({ where: { alias: "Дана" } })).currentCaseId).toBe(
      current.id,
    );
  });
});
