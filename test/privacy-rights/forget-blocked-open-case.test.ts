// /forget asked by a blocked person whose case is open (a crisis overrides a block): the question says the open
// conversation will be closed, as it is for anyone else, and erasing closes it.
import { describe, expect, it } from "vitest";
import * as cases from "../../src/db/cases.ts";
import { untilDate } from "../../src/i18n/dates.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { blockPerson, counselor, deskHooks, openCaseOf, SELF_HARM } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { say } from "../support/words.ts";

const CLOSED = { kk: "(ол жабылады)", ru: "(он будет закрыт)", en: "(it will be closed)" } as const;

describe.each(DATABASE_KINDS)("/forget by a blocked person with an open case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(["kk", "ru", "en"] as const)("%s: told the case will close, and it does", async (locale) => {
    await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: locale });
    const until = await blockPerson(h, person, 7 * DAY_MS);
    await person.send("/start");
    await person.send(SELF_HARM[locale]);
    await person.press(say(locale, "crisis-talk"));
    await person.press(say(locale, "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item.blockedInCrisis).toBe(true);

    await person.send("/forget");
    const date = untilDate(locale, until, h.app.config.TIME_ZONE);
    expect(person.lastText()).toBe(say(locale, "forget-confirm-blocked", { date }));
    expect(person.lastText()).toContain(CLOSED[locale]);
    await person.press(say(locale, "forget-yes"));
    expect(await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id))).toBeUndefined();
    expect((await h.db.prisma.counselCase.findUnique({ where: { id: item.id } }))?.status ?? "closed").toBe(
      "closed",
    );
  });
});
