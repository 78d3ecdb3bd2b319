// "Not what you meant?" under an answer numbers its questions (an outsider's defect, issue 10): a number typed ("2")
// opens exactly what the button "2." opens (for a relative, their text), instead of starting a new question. Through
// the real bot on both databases; phrasings of no set.
import { describe, expect, it } from "vitest";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { firstMessageHooks } from "../support/first-message.ts";
import { DATABASE_KINDS } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";
import { say } from "../support/words.ts";

/** Answered with alternatives under the answer: a relative (fear-of-police first) and someone for themselves. */
const ANSWERED_WITH_ALTERNATIVES: readonly (readonly [FaqLocale, string, string])[] = [
  ["ru", "сын боится идти в органы", "fear-of-police"],
  ["kk", "мені радикал чатқа қосып қойды, маған не болады", "chats-and-reposts"],
];

describe.each(DATABASE_KINDS)("a number typed under an answer's alternatives, on %s", (kind) => {
  const written = firstMessageHooks(kind);

  it.each(ANSWERED_WITH_ALTERNATIVES)("%s: %s → '2' opens what '2.' opens", async (locale, text, first) => {
    const pressing = await written(locale, text);
    const answer = pressing.seen.join("\n");
    expect(answer.split("\n")[0]).toBe(entry(first)[locale].question);
    expect(answer).toContain(say(locale, "faq-not-what-you-meant"));
    const listed = answer.split("\n").find((line) => line.startsWith("2. "));
    expect(listed).toBeDefined();
    await pressing.person.press(/^2\. /u);
    const pressed = pressing.person.lastText();
    expect(pressed.split("\n")[0]).toBe(listed?.slice(3));

    const typing = await written(locale, text);
    await typing.person.send("2");
    expect(typing.person.lastText()).toBe(pressed);
    expect(typing.person.buttons()).toEqual(pressing.person.buttons());
  });

  it("a question typed after the answer is still a new question", async () => {
    const { person } = await written("ru", "сын боится идти в органы");
    await person.send("что такое такфир?");
    expect(person.lastText()).toContain(entry("takfir").ru.question);
  });
});
