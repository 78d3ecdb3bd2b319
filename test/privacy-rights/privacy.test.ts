// The person's rights through the real bot: consent given and withdrawn in /privacy, /mydata,
// /forget (everything erased, the chat's recent messages deleted), and the privacy property
// itself: after whole conversations, no table and no log line holds a raw id, name or username.
import { describe, expect, it } from "vitest";
import { ENCRYPTED, personalDataDocument } from "../../src/privacy-rights/personal-data.ts";
import { DATABASE_KINDS, type Harness, harnessHooks, type TestUser } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

async function runThroughEverything(person: TestUser, locale: "kk" | "ru" | "en"): Promise<void> {
  await person.send("/start");
  await person.press(say(locale, "menu-triage"));
  await person.press(say(locale, "triage-who-family"));
  await person.send(locale === "ru" ? "хочу умереть" : locale === "kk" ? "өлгім келеді" : "i want to die");
  await person.press(say(locale, "triage-concern-changed-behaviour"));
  await person.press(say(locale, "triage-urgency-soon"));
  await person.shareLocation(49.8, 73.1);
  // Right after a crisis signal no statistics question is asked: it is allowed from /privacy instead.
  await person.send("/privacy");
  await person.press(say(locale, "privacy-allow", { purpose: say(locale, "privacy-purpose-statistics") }));
  await person.send("/mydata");
  await person.send("/start");
}

describe.each(DATABASE_KINDS)("privacy rights on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("gives and withdraws each consent from /privacy, saying what is kept and until when (en)", async () => {
    const person = h.user({ language_code: "en" });
    const pseudonym = h.app.pseudonymize(person.id);
    await person.send("/privacy");
    const page = person.lastText();
    expect(page).toContain(say("en", "privacy-title"));
    expect(page).toContain("December 23, 2026"); // the session: 30 days after this message
    // The promise, then the same limit of confidentiality as the welcome and the FAQ, said calmly (outsider 30, item
    // 30: the limit alone did not say what it limits).
    expect(page).toContain(
      `What you write to a counselor stays confidential. ${say("en", "confidentiality-limit")}`,
    );
    expect(page).not.toContain("emergency services");
    for (const purpose of ["counselor", "history", "statistics"]) {
      expect(page).toContain(
        say("en", "privacy-consent-off", {
          purpose: say("en", `privacy-purpose-${purpose}`),
          explain: say("en", `privacy-explain-${purpose}`, { days: 30 }),
        }),
      );
    }
    expect(person.buttons()).toEqual([
      "Allow: Counselor connection",
      "Allow: Conversation history",
      "Allow: Anonymous statistics",
    ]);

    await person.press("Allow: Counselor connection");
    expect(person.texts()).toContain(say("en", "privacy-allowed"));
    const [row] = await h.db.sql.query<{ purpose: string; policy_version: number; granted_at: Date }>(
      "SELECT purpose, policy_version, granted_at FROM consent WHERE pseudonym = $1",
      [pseudonym],
    );
    expect(row).toMatchObject({ purpose: "counselor", policy_version: 1 });
    expect(new Date(row!.granted_at).getTime()).toBe(h.clock.now());
    expect(person.lastText()).toContain("✅ Counselor connection: allowed on November 23, 2026.");
    expect(person.buttons()[0]).toBe("Withdraw: Counselor connection");

    // With the consent given, asking for a person opens a case at once.
    await person.send("/start");
    await person.press(say("en", "menu-talk"));
    expect(await h.db.sql.query("SELECT status FROM counsel_case")).toEqual([{ status: "queued" }]);

    await person.send("/privacy");
    await person.press("Withdraw: Counselor connection");
    // The open request is named before it is ended.
    expect(person.lastText()).toBe(say("en", "privacy-withdraw-end-queued"));
    await person.press(say("en", "privacy-withdraw-end-yes"));
    expect(person.texts()).toContain(say("en", "privacy-withdrawn-ended"));
    // What depended on it is deleted at once: the counselors' withdrawal hook closed the case
    // and dropped its link to the person; the consent record is gone.
    expect(await h.db.sql.query("SELECT status, outcome, pseudonym FROM counsel_case")).toEqual([
      { status: "closed", outcome: "withdrawn", pseudonym: null },
    ]);
    expect(await h.db.sql.query("SELECT * FROM consent")).toEqual([]);
  });

  it("opens /privacy from the main menu (kk)", async () => {
    const person = h.user({ language_code: "kk" });
    await person.send("/start");
    await person.press(say("kk", "menu-privacy"));
    expect(person.lastText()).toContain(say("kk", "privacy-title"));
    expect(person.lastText()).toContain(say("kk", "privacy-footer"));
    expect(person.lastText()).toContain(
      `Кеңесшіге жазғаныңыз құпия сақталады. ${say("kk", "confidentiality-limit")}`,
    );
  });

  it("/privacy says what the one limit limits (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/privacy");
    expect(person.lastText()).toContain(
      `Всё, что вы пишете консультанту, остаётся конфиденциальным. ${say("ru", "confidentiality-limit")}`,
    );
  });

  it("/mydata: a readable summary first, then everything as a JSON document on request, sealed values masked (ru)", async () => {
    const person = h.user({ language_code: "ru" });
    const pseudonym = h.app.pseudonymize(person.id);
    await person.send("/start");
    await person.press(say("ru", "menu-triage"));
    await person.press(say("ru", "triage-who-self"));
    await person.send("/mydata");
    // First a summary in plain words: what is kept, until when, and how to erase it; no file yet.
    const summary = person.lastText();
    expect(summary.startsWith(say("ru", "privacy-title"))).toBe(true);
    expect(summary).toContain(
      say("ru", "privacy-consent-off", {
        purpose: say("ru", "privacy-purpose-statistics"),
        explain: say("ru", "privacy-explain-statistics"),
      }),
    );
    expect(summary.endsWith(say("ru", "mydata-footer"))).toBe(true);
    expect(summary).toContain("/forget");
    expect(summary).not.toContain("{");
    expect(h.telegram.callsTo("sendDocument")).toEqual([]);
    // The triage waited while /mydata was answered.
    await person.press(say("ru", "triage-concern-legal"));
    expect(person.lastText()).toBe(say("ru", "triage-ask-urgency"));

    // The document's content, as the command builds it.
    await h.db.sql.query(
      "INSERT INTO consent (pseudonym, purpose, policy_version, granted_at) VALUES ($1, 'statistics', 1, $2)",
      [pseudonym, new Date(h.clock.now())],
    );
    const document = await personalDataDocument(h.app.db, pseudonym, h.clock.now());
    expect(document.pseudonym).toBe(pseudonym);
    expect((document.tables as Record<string, unknown[]>).consent).toEqual([
      expect.objectContaining({ purpose: "statistics", policy_version: 1 }),
    ]);
    const session = document.session as { value: Record<string, unknown>; expiresAt: Date };
    expect(session.value.welcomedAt).toBe(h.clock.now());
    // The open conversation's state is sealed: shown, but not opened.
    expect((document.conversation as { value: unknown }).value).toBe(ENCRYPTED);
    expect(JSON.stringify(document)).not.toContain(String(person.id));

    // The file, on request (the button leaves the triage, as any other feature's button does).
    await person.press(say("ru", "mydata-file"));
    const [call] = h.telegram.callsTo("sendDocument");
    expect(call?.payload.document).toBe("uploaded:my-data.json");
    expect(call?.payload.caption).toBe(say("ru", "mydata-caption"));
    expect(person.messages().at(-1)?.kind).toBe("document");
  });

  it("/forget asks once, then erases everything and the chat's recent messages (kk)", async () => {
    const person = h.user({ language_code: "kk" });
    const pseudonym = h.app.pseudonymize(person.id);
    await person.send("/start");
    await person.press(say("kk", "menu-triage"));
    await person.press(say("kk", "triage-who-self"));
    await person.send("өлгім келеді");
    await person.press(say("kk", "menu-privacy"));
    await person.press(/Анонимді статистика/);
    expect(await h.db.dump()).toContain(pseudonym);

    await person.send("/forget");
    expect(person.lastText()).toBe(say("kk", "forget-confirm"));
    await person.press(say("kk", "forget-no"));
    expect(person.lastText()).toBe(say("kk", "forget-kept"));
    expect(await h.db.dump()).toContain(pseudonym);

    await person.send("/forget");
    await person.press(say("kk", "forget-yes"));
    // Nothing about the pseudonym is left in any table.
    const dump = await h.db.dump();
    expect(dump).not.toContain(pseudonym);
    expect(await h.db.sql.query("SELECT * FROM stored_state")).toEqual([]);
    // Every message of the chat is gone, the person's own too, but the last word.
    const visible = h.telegram.messagesIn(person.id);
    // After the crisis words of this visit, the last word still carries the emergency numbers and 114.
    expect(visible.map((message) => message.text)).toEqual([
      [
        say("kk", "forget-done"),
        say("kk", "crisis-call-112"),
        say("kk", "crisis-call-103"),
        say("kk", "forget-done-safety"),
      ].join("\n\n"),
    ]);
    // The case is closed: the last word tells how to reach a counselor again, it promises no reader.
    expect(say("kk", "forget-done-safety")).toContain(`/start жіберіп, «${say("kk", "menu-talk")}»`);
    expect(say("kk", "forget-done-safety")).not.toContain("көреді");
    const deleteCalls = h.telegram.callsTo("deleteMessages");
    expect(deleteCalls.length).toBeGreaterThan(0);
    expect(deleteCalls.every((call) => (call.payload.message_ids as number[]).length <= 100)).toBe(true);

    // Coming back, the person is new.
    await person.send("/start");
    expect(person.lastText()).toContain(say("kk", "welcome-first"));
  });

  it("/forget works in the middle of a triage and leaves no conversation behind (en)", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/start");
    await person.press(say("en", "menu-triage"));
    await person.press(say("en", "triage-who-other"));
    await person.send("/forget");
    await person.press(say("en", "forget-yes"));
    expect(await h.db.sql.query("SELECT * FROM stored_state")).toEqual([]);
    expect(person.lastText()).toBe(say("en", "forget-done"));
    await person.send("what are warning signs?");
    expect(person.lastText()).not.toBe(say("en", "triage-choose-button"));
  });

  it("keeps no raw id, name or username in any table or log line after whole conversations", async () => {
    const people = [
      h.user({
        id: 987_654_321,
        first_name: "Zarina",
        last_name: "Abdikarimova",
        username: "zarina_k77",
        language_code: "kk",
      }),
      h.user({
        id: 912_345_678,
        first_name: "Dmitriy",
        last_name: "Kovalenkov",
        username: "dima_kov88",
        language_code: "ru",
      }),
      h.user({ id: 934_567_890, first_name: "Margaret", username: "maggie_w_55", language_code: "en" }),
    ];
    await runThroughEverything(people[0]!, "kk");
    await runThroughEverything(people[1]!, "ru");
    // The third person stops in the middle: their conversation is still open in the database.
    await people[2]!.send("/start");
    await people[2]!.press(say("en", "menu-triage"));
    await people[2]!.press(say("en", "triage-who-family"));
    await people[2]!.send("my brother beats me");

    const dump = await h.db.dump();
    // Without the log lines' own clock ("time": milliseconds), which can hold any run of digits.
    const logs = h.logs().replace(/"time":\d+/g, "");
    // There is something to audit, the open conversation included.
    expect(dump).toContain(`c:${h.app.pseudonymize(people[2]!.id)}`);
    expect(logs.length).toBeGreaterThan(0);
    for (const person of people) {
      const { id, first_name, last_name, username } = person.user;
      for (const secret of [String(id), first_name, last_name, username]) {
        if (!secret) continue;
        expect(dump).not.toContain(secret);
        expect(logs).not.toContain(secret);
      }
      // The pseudonym's full form is never logged, only its 8-character tag.
      expect(logs).not.toContain(h.app.pseudonymize(person.id));
    }
    // Nor what they wrote, nor where they were.
    expect(dump + logs).not.toMatch(/өлгім|умереть|beats me|49\.8|73\.1/);
    expect((await storedSession(h, people[0]!))?.triage).toMatchObject({ region: "karaganda" });
  });
});
