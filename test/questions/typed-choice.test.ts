// What a reply typed to a numbered list of questions chooses (src/questions/typed-choice.ts); the bot's side:
// did-you-mean.test.ts.
import { describe, expect, it } from "vitest";
import { typedChoice } from "../../src/questions/typed-choice.ts";

const LISTED = ["Как поговорить с сыном?", "Что грозит по закону?", "Where do I find a lawyer?"];

describe("a reply typed to a list of questions", () => {
  it("chooses by number, ordinal or the question's words, in kk, ru and en", () => {
    const chosen: [string, number][] = [
      ["2", 1],
      ["2.", 1],
      ["№2", 1],
      ["2-й", 1],
      ["2-ші", 1],
      ["второй", 1],
      ["второй вариант", 1],
      ["екіншісі", 1],
      ["ekinshisi", 1],
      ["the second one", 1],
      ["3rd", 2],
      ["последний", 2],
      ["соңғысы", 2],
      ["первое", 0],
      ["бірінші сұрақ", 0],
      ["one", 0],
      ["Что грозит по закону", 1],
      ["2. Что грозит…", 1],
      ["как поговорить с сыном", 0],
      ["where do i find", 2],
    ];
    for (const [text, index] of chosen) expect(typedChoice(text, LISTED), text).toBe(index);
  });

  it("reads 'none of these'", () => {
    for (const text of [
      "ничего из этого",
      "ни один не подходит",
      "нет",
      "ешқайсысы",
      "жоқ",
      "None of these",
      "neither",
    ])
      expect(typedChoice(text, LISTED), text).toBe("none");
  });

  it("leaves anything else to be a new question, and a number the list does not have", () => {
    for (const text of ["5", "0", "что делать если сын ушёл из дома", "где центр в Алматы", "my son"])
      expect(typedChoice(text, LISTED), text).toBeUndefined();
  });
});
