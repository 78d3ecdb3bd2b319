// The alias is the only name people know a counselor by (outsider 30): another counselor's alias would make two
// people one (the journal, /cases, the transfer buttons, "the conversation continues with Дана"), and a role word
// ("Полиция", "Imam") speaks for an office the desk is not, to people whose first fear is often the police. The
// canned greeting the person reads has no "(а)" of a form to fill in.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { deskCastHooks, say, takenCase } from "./helpers.ts";

describe.each(DATABASE_KINDS)("choosing an alias on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_030_111, username: "anna_alias" }, (cast) => {
    ({ h, dana, anna } = cast);
  });

  const aliases = async () =>
    (await h.db.prisma.counselor.findMany({ select: { alias: true } })).map((row) => row.alias);

  it("refuses another counselor's alias, in any letter case, and keeps nobody's row changed", async () => {
    const aset = h.counselor({ first_name: "Aset", username: "aset_c", language_code: "ru" });
    await aset.send("/start");
    await aset.inGroup("/alias дана");
    expect(aset.groupTexts().at(-1)).toBe(say("ru", "counselors-alias-taken", { alias: "дана" }));
    expect((await aliases()).sort()).toEqual(["Дана", "Ерлан"]);
    // With an initial it is a different name.
    await aset.inGroup("/alias Дана К.");
    expect(aset.groupTexts().at(-1)).toContain("Дана К.");
    expect((await aliases()).sort()).toEqual(["Дана", "Дана К.", "Ерлан"]);
    // Her own alias again is hers.
    await dana.inGroup("/alias Дана");
    expect(dana.groupTexts().at(-1)).not.toBe(say("ru", "counselors-alias-taken", { alias: "Дана" }));
  });

  it("refuses role words in kk, ru and en, never a name that only begins like one", async () => {
    const aset = h.counselor({ first_name: "Aset", username: "aset_r", language_code: "kk" });
    await aset.send("/start");
    for (const alias of ["Полиция", "police officer", "Имам", "Admin", "Бот", "Тергеуші Асан", "Әкім"]) {
      await aset.inGroup(`/alias ${alias}`);
      expect(aset.groupTexts().at(-1), alias).toBe(say("kk", "counselors-alias-role", { alias }));
    }
    expect(await aliases()).not.toContain("Полиция");
    for (const alias of ["Ботагөз", "Әкімжан"]) {
      await aset.inGroup(`/alias ${alias}`);
      expect(aset.groupTexts().at(-1), alias).not.toBe(say("kk", "counselors-alias-role", { alias }));
      expect(await aliases(), alias).toContain(alias);
    }
  });

  it("greets the person with a sentence that fits any counselor", async () => {
    const { item } = await takenCase(h, anna, dana);
    await dana.inGroup("/t greeting", { threadId: item.threadId ?? undefined });
    expect(anna.lastText()).toContain("Дана");
    expect(anna.lastText()).not.toContain("(а)");
  });
});
