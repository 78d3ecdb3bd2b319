// No internal code ever reaches staff: every triage answer, concern, region, source, urgency,
// crisis kind and outcome a case can carry is rendered (topic name, head message with its log,
// /queue, /cases, /audit, the holder's private summary) in kk, ru and en, and searched for the
// codes themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TALK_SOURCES } from "../../src/bot/links.ts";
import { COUNSELOR_OUTCOMES, SYSTEM_OUTCOMES } from "../../src/counselors/case-rules.ts";
import { deskOf } from "../../src/counselors/desk.ts";
import { newCaseRef } from "../../src/counselors/queue.ts";
import { openTopic, refreshHead } from "../../src/counselors/topic.ts";
import { crisisCategories } from "../../src/crisis/categories.ts";
import * as audit from "../../src/db/audit.ts";
import * as cases from "../../src/db/cases.ts";
import { CONCERNS, URGENCY, WHO } from "../../src/triage/plan.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { counselor, deskHarness, say } from "./helpers.ts";

const LOCALES = ["kk", "ru", "en"] as const;
const OUTCOMES = [...COUNSELOR_OUTCOMES, ...SYSTEM_OUTCOMES];

/** The codes staff must never read, as whole ascii words. */
function codePattern(codes: readonly string[]): RegExp {
  const words = [...new Set(codes)].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`(?<![A-Za-z-])(${words})(?![A-Za-z-])`);
}

describe.each(DATABASE_KINDS)("no internal code on the desk, on %s", (kind) => {
  describe.each(LOCALES)("group language %s", (locale) => {
    let h: Harness;
    beforeAll(async () => {
      h = await deskHarness(kind, { config: { COUNSELOR_LOCALE: locale } });
    });
    afterAll(() => h.close());

    it("names topics, writes heads, logs and lists in words", async () => {
      const regions = h.app.content.directory.regions.map((region) => region.code);
      const desk = deskOf(h.app, h.bot.api)!;
      const dana = await counselor(h, { language_code: locale }, "Дана", { admin: true });
      const count = Math.max(CONCERNS.length, regions.length, OUTCOMES.length);
      const opened: cases.Case[] = [];
      for (let index = 0; index < count; index++) {
        const urgency = URGENCY[index % URGENCY.length]!;
        const crisis = crisisCategories[index % crisisCategories.length]!;
        const { case: item } = await cases.open(h.app.db, {
          pseudonym: `codes-${locale}-${index}`,
          priority: index % 3,
          source: TALK_SOURCES[index % TALK_SOURCES.length]!,
          locale,
          category: CONCERNS[index % CONCERNS.length]!,
          region: regions[index % regions.length]!,
          summary: {
            who: WHO[index % WHO.length]!,
            concern: CONCERNS[index % CONCERNS.length]!,
            urgency,
            crisis,
          },
          afterHours: false,
          keepHistory: false,
          blockedInCrisis: false,
          sealedChat: h.app.cipher.seal(String(900_000 + index)),
          linkExpiresAt: new Date(h.clock.now() + 86_400_000),
          now: new Date(h.clock.now()),
          newRef: newCaseRef,
        });
        const at = new Date(h.clock.now());
        const ref = item.ref;
        await audit.record(h.app.db, { at, caseRef: ref, action: "opened", detail: item.source });
        await audit.record(h.app.db, { at, caseRef: ref, action: "safety-sent", detail: "112, 103" });
        await audit.record(h.app.db, { at, caseRef: ref, action: "crisis-detected", detail: crisis });
        // A block's days are stored as "7d" (src/counselors/block.ts).
        await audit.record(h.app.db, { at, caseRef: ref, action: "blocked", detail: "7d: spam" });
        await audit.record(h.app.db, {
          at,
          caseRef: ref,
          action: "closed",
          detail: OUTCOMES[index % OUTCOMES.length]!,
        });
        await openTopic(desk, item);
        opened.push((await cases.byId(h.app.db, item.id))!);
      }
      // A head as it looks once closed, for every outcome.
      for (const [index, item] of opened.entries()) {
        await h.db.sql.query(`UPDATE counsel_case SET status = 'closed', outcome = $2 WHERE id = $1`, [
          item.id,
          OUTCOMES[index % OUTCOMES.length],
        ]);
        if (index % 2 === 0) await refreshHead(desk, item.id);
      }
      await h.db.sql.query(`UPDATE counsel_case SET status = 'queued' WHERE id = ANY($1)`, [
        opened.filter((_, index) => index % 2 === 1).map((item) => item.id),
      ]);
      await dana.inGroup("/queue");
      await dana.inGroup("/cases");
      await dana.inGroup("/audit");

      const topics = h.telegram.topicsOf(h.counselorChatId).map((topic) => topic.name);
      const heads = opened.map(
        (item) => h.telegram.messagesIn(h.counselorChatId, { threadId: item.threadId! })[0]?.text ?? "",
      );
      const replies = dana.groupTexts().slice(-3);
      const shown = [...topics, ...heads, ...replies].join("\n");
      expect(topics).toHaveLength(count);
      for (const name of topics) expect(name.length).toBeLessThanOrEqual(128);
      expect(heads.every((head) => head.length > 0)).toBe(true);
      // The words are there instead: the concern in the topic's name, the log's entries in the head.
      expect(topics[1]).toContain(say(locale, `counselors-concern-${opened[1]!.category}`));
      expect(heads[0]).toContain(say(locale, "counselors-audit-crisis-detected"));
      expect(heads[0]).toContain(say(locale, `counselors-source-${opened[0]!.source}`));
      // Was "блокировка · 7d: spam" in every language.
      expect(heads[0]).toContain(
        `${say(locale, "counselors-audit-blocked")} · ${say(locale, "counselors-block-days", { days: 7 })}: spam`,
      );
      expect(shown).not.toMatch(/\b7d\b/);

      // Codes that are no word in any of the three languages, and every code with a dash.
      const dashed = [...CONCERNS, ...crisisCategories, ...OUTCOMES, ...regions].filter((code) =>
        code.includes("-"),
      );
      const everywhere = [...dashed, ...regions, "nomatch", "faq", "info"];
      expect(shown).not.toMatch(codePattern(everywhere));
      expect(shown).not.toMatch(/(?<![A-Za-z])[a-z]+(?:-[a-z]+)+(?![A-Za-z])/);
      if (locale !== "en") {
        // In Kazakh and Russian no ascii code at all: not even one that is an English word.
        const all = [...WHO, ...CONCERNS, ...URGENCY, ...TALK_SOURCES, ...crisisCategories, ...OUTCOMES];
        expect(shown).not.toMatch(codePattern([...all, ...regions]));
      }
    });
  });
});
