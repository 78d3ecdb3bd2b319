import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "../../../src/config/index.ts";
import { createHarness, type Harness } from "../../support/harness.ts";
import { flatTranscript, playScript } from "../../support/simulate.ts";
import { say } from "../../support/words.ts";

const transcriptOf = (h: Harness, locale: Locale) => playScript(h, `first-contact-${locale}.txt`, locale);
const flat = flatTranscript;

describe("first-contact scripts through the simulator", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("pglite");
  });
  // Each script is played by the simulator's same first person: each starts as a first visit.
  beforeEach(() => h.db.reset());
  afterAll(() => h.close());

  it("en: wrong input, a location, consent, /privacy, /mydata, /forget", async () => {
    const transcript = flat(await transcriptOf(h, "en"));
    expect(transcript).toContain(say("en", "emergency-line"));
    expect(transcript).toContain(say("en", "triage-maybe-this"));
    expect(transcript).toContain("✓ Karaganda Region");
    expect(transcript).toContain(say("en", "triage-result-family"));
    expect(transcript).toContain("📍 Centers: Karaganda Region");
    expect(transcript).toContain("✅ Anonymous statistics: allowed on");
    expect(transcript).toContain(say("en", "mydata-footer"));
    expect(transcript).toContain("[document my-data.json]");
    expect(transcript).toMatch(/bot deleted message 1 \(“\/start”\)/);
    expect(transcript.trimEnd().endsWith(say("en", "forget-done"))).toBe(true);
  });

  it("ru: a crisis phrase mid-triage, an answer typed, a region typed, a returning visit", async () => {
    const transcript = flat(await transcriptOf(h, "ru"));
    const crisis = transcript.indexOf(say("ru", "crisis-call-112"));
    expect(crisis).toBeGreaterThan(transcript.indexOf("you › хочу умереть"));
    expect(transcript).toContain(say("ru", "triage-urgent-first-on"));
    expect(transcript).toContain("✓ город Шымкент");
    expect(transcript).toContain(say("ru", "triage-result-urgent"));
    // Someone in danger is not asked about statistics on the way to help.
    expect(transcript).not.toContain(say("ru", "consent-statistics-explain"));
    expect(transcript.slice(transcript.lastIndexOf("you › /start"))).toContain(say("ru", "welcome-back"));
  });

  it("kk: Back, a region typed, consent declined, /forget", async () => {
    const transcript = flat(await transcriptOf(h, "kk"));
    expect(transcript).toContain(say("kk", "welcome-first"));
    expect(transcript).toContain("✓ Өзім үшін");
    expect(transcript).toContain("✓ Ақтөбе облысы");
    expect(transcript).toContain(say("kk", "triage-result-self"));
    expect(transcript).toContain(say("kk", "consent-declined"));
    expect(transcript.trimEnd().endsWith(say("kk", "forget-done"))).toBe(true);
  });
});
