import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.ts";
import { flatTranscript, playScript } from "../support/simulate.ts";
import { deskHarness, say } from "./helpers.ts";

const flat = flatTranscript;

describe("the counselor script through the simulator", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await deskHarness("pglite");
    // As `npm start` sets it up: the simulator's counselors are members of the group.
    h.counselor({ id: 200001, first_name: "Counselor 1" });
  });
  afterAll(() => h.close());

  it("ru: a case reaches the counselor in the group, the reply reaches the person, then close and rating", async () => {
    const transcript = await playScript(h, "counselor-ru.txt", "ru");
    const text = flat(transcript);
    // The person's words reach the counselor in the case's topic (no private chat in the simulator)…
    expect(text).toMatch(
      /group #\d+ › Здравствуйте\. Брат вернулся из поездки и перестал общаться с семьёй\./,
    );
    expect(text).toMatch(/group #\d+ › \[photo\]\nего новые книги/);
    // …and the counselor's reply reaches the person, signed by no one but the bot.
    expect(text).toContain("bot → Guest › Здравствуйте, я консультант. Расскажите, что изменилось?");
    expect(text).toContain(`bot → Guest › ${say("ru", "counselors-joined", { alias: "Дана" })}`);
    expect(text).not.toContain("bot → Guest › // брат после поездки");
    expect(text).toContain(`bot → Guest › ${say("ru", "counselors-closed-by-counselor")}`);
    expect(text).toMatch(/group › topic #\d+ “[A-Z2-9]{4} · ru · — · — · 🟢 P2” deleted/);
    expect(text).toContain(`bot › ${say("ru", "counselors-rate-thanks")}`);
    // The last word, with the way back to the menu under it.
    expect(text.trimEnd()).toMatch(
      new RegExp(`${say("ru", "counselors-comment-thanks")}\\n\\[1\\] ${say("ru", "menu-button")}$`),
    );
    // Nothing in the group names the person (the simulator's person is "Guest", id 100001).
    const groupLines = text.split("\n").filter((line) => line.startsWith("group"));
    expect(groupLines.length).toBeGreaterThan(3);
    expect(groupLines.join("\n")).not.toMatch(/Guest|100001/);
  });

  it("ru: after Take the conversation runs in the counselor's private chat (:private)", async () => {
    const transcript = await playScript(h, "counselor-private-ru.txt", "ru");
    const text = flat(transcript);
    const sinceTake = text.slice(text.indexOf("Counselor 1 (private) › Здравствуйте, я консультант Дана"));
    // The waiting message reaches the counselor privately, not the group…
    expect(text).toMatch(/bot › Здравствуйте\. Брат вернулся из поездки/);
    // …the counselor's private reply reaches the person, and the person's answer comes back privately.
    expect(sinceTake).toContain(
      "bot → Guest › Здравствуйте, я консультант Дана. Расскажите, что изменилось?",
    );
    expect(sinceTake).toContain("bot → Counselor 1 › Он говорит, что мы неверные.");
    expect(sinceTake).not.toMatch(/group #\d+ › Он говорит/);
  });
});
