// docs/COUNSELORS.md walks a new counselor through one shift and quotes what the bot shows
// (the digest, a topic's head message before and after Take, /queue, the handover). Those
// quotes are rendered here from the real bot on a fixed clock, and must equal the document:
// `WRITE_DOCS=1 npx vitest run test/counselors/walkthrough.test.ts` rewrites them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { COUNSELOR_OUTCOMES } from "../../src/counselors/case-rules.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { testI18n } from "../support/content.ts";
import type { Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHarness, openCaseOf, topicOf } from "./helpers.ts";

const DOC = path.resolve(import.meta.dirname, "../../docs/COUNSELORS.md");
/** Monday 23 November 2026, hh:mm in Almaty (UTC+5). */
const monday = (hours: number, minutes = 0) => Date.UTC(2026, 10, 23, hours - 5, minutes);

/** The fenced block after `<!-- rendered: name -->` in the document. */
const BLOCK = (name: string) =>
  new RegExp(`(<!-- rendered: ${name} -->\\n\`\`\`text\\n)([\\s\\S]*?)(\\n\`\`\`)`);

describe("the shift walk-through in docs/COUNSELORS.md", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await deskHarness("pglite");
  });
  afterAll(() => h.close());

  it("quotes what the bot really shows", async () => {
    const rendered: Record<string, string> = {};
    const refs = new Map<string, string>();
    const head = (threadId: number) => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]?.text ?? "";
    const groupLast = () => h.telegram.lastMessageIn(h.counselorChatId)?.text ?? "";

    // Before the shift: someone leaves a message; the counselors set up.
    h.clock.set(monday(8, 30));
    const night = h.user({ first_name: "Night", language_code: "kk" });
    await askForHuman(night, "kk");
    await night.send("Кешке қарай жазамын");
    refs.set((await openCaseOf(h, night)).ref, "Q9M2");
    h.clock.set(monday(8, 50));
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    await dana.inGroup("/speak ru kk");
    rendered.speak = dana.groupTexts().at(-1)!;
    const erlan = await counselor(h, { first_name: "Erlan" }, "Ерлан");
    await erlan.inGroup("/speak ru");

    h.clock.set(monday(9, 5));
    await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    rendered.digest = groupLast();
    h.clock.set(monday(9, 10));
    await erlan.inGroup(`/take ${(await openCaseOf(h, night)).ref}`);

    h.clock.set(monday(9, 20));
    const person = h.user({ first_name: "Aigerim", language_code: "ru" });
    await askForHuman(person, "ru");
    await person.send("Здравствуйте, сестра перестала с нами общаться");
    const item = await openCaseOf(h, person);
    refs.set(item.ref, "K7F3");
    rendered["head-queued"] = head(topicOf(item));
    rendered.waiting =
      person.messages().find((message) => message.messageId === item.waitMessageId)?.text ?? "";

    h.clock.set(monday(9, 24));
    await dana.inGroup("/queue");
    rendered.queue = dana.groupTexts().at(-1)!;

    h.clock.set(monday(9, 25));
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    rendered["head-taken"] = head(topicOf(item));
    rendered.private = dana.texts().slice(-2).join("\n\n");

    // Both conversations go on through the day, so both are open at the handover.
    h.clock.set(monday(17, 30));
    await person.send("Спасибо, я подумаю");
    await night.send("Рахмет");
    h.clock.set(monday(17, 50));
    await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    rendered.handover = groupLast();

    let doc = readFileSync(DOC, "utf8");
    for (const [name, raw] of Object.entries(rendered)) {
      let text = raw;
      for (const [ref, shown] of refs) text = text.replaceAll(ref, shown);
      const pattern = BLOCK(name);
      if (process.env.WRITE_DOCS)
        doc = doc.replace(pattern, (_all, open, _old, close) => `${open}${text}${close}`);
      expect(pattern.exec(doc)?.[2], `the "${name}" quote in docs/COUNSELORS.md`).toBe(text);
    }
    if (process.env.WRITE_DOCS) writeFileSync(DOC, doc);
  });
});

describe("the close outcomes docs/COUNSELORS.md lists", () => {
  it("are those /close offers, and no other", () => {
    const doc = readFileSync(DOC, "utf8");
    const i18n = testI18n();
    const listed = doc.match(/the outcomes \(([^)]*)\)/)?.[1]?.replace(/\s+/g, " ") ?? "";
    expect(listed).toBe(
      COUNSELOR_OUTCOMES.map((outcome) => i18n.t("ru", `counselors-outcome-${outcome}`)).join(", "),
    );
    expect(doc).not.toMatch(/Дубликат|duplicate\./);
  });
});
