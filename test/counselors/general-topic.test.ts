// A command that acts on one case, sent in the counselors' group's General topic (outsider 29, item 27): there
// is no case there, so it says where it works (the case's topic, or the private chat with /case), instead of
// "no such open case" or "take a case first" to a counselor who holds two. And /alias while holding a case keeps
// the name the person met (it changed silently before).
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { deskCastHooks, say, takenCase } from "./helpers.ts";

describe.each(DATABASE_KINDS)("case commands in the General topic on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_029_271, username: "anna_g" }, (cast) => {
    ({ h, dana, anna } = cast);
  });

  it("/close, /transfer, /block and /t say where they work; nothing changes", async () => {
    const { item } = await takenCase(h, anna, dana);
    await takenCase(h, h.user({ language_code: "ru" }), dana);
    const annaSaw = anna.texts().length;
    for (const command of ["/close", "/transfer", "/block 7 грубость", "/t greeting"]) {
      await dana.inGroup(command);
      const name = command.split(" ")[0]!;
      expect(dana.groupTexts().at(-1)).toBe(say("ru", "counselors-command-in-general", { command: name }));
    }
    expect(anna.texts().slice(annaSaw)).toEqual([]);
    const row = await h.db.prisma.counselCase.findUnique({ where: { id: item.id } });
    expect(row?.status).toBe("active");
    // In the case's topic the same command still acts.
    await dana.inGroup("/t greeting", { threadId: item.threadId ?? undefined });
    expect(anna.texts().length).toBe(annaSaw + 1);
  });

  it("/alias while holding a case keeps the name the person met, and says so", async () => {
    const { item } = await takenCase(h, anna, dana);
    await dana.inGroup("/alias Даниэла");
    expect(dana.groupTexts().at(-1)).toBe(
      say("ru", "counselors-alias-while-holding", { refs: item.ref, alias: "Дана" }),
    );
    const row = await h.db.prisma.counselor.findFirst({ where: { alias: { in: ["Дана", "Даниэла"] } } });
    expect(row?.alias).toBe("Дана");
    await dana.send("Здравствуйте");
    expect(anna.lastText()).toBe("Здравствуйте");
  });
});
