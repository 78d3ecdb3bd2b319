// A fear of the police (of being taken, arrested, jailed if one tells) is the fear-of-police answer's question, never
// a danger to send to the police (outsider 30, item 17: "я боюсь, что меня заберут в полицию, если я расскажу" got
// "call 102"). Only the model read it as danger; src/crisis/fear-of-police.ts stops its guess. A rule's match and a
// threat of prison made by someone else stay crisis: a boss who threatens jail and keeps the documents is danger.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { firstMessage, itRaises, itStaysQuiet } from "./crisis-bot.ts";

const FEARS: [Locale, string][] = [
  ["ru", "я боюсь, что меня заберут в полицию, если я расскажу"],
  ["ru", "ya boyus chto menya posadyat esli ya vsyo rasskazhu"],
  ["en", "i'm scared they will take me to the police if i tell"],
  ["kk", "мен айтсам, полиция ұстап әкетеді деп қорқамын"],
  ["kk", "aitsam meni turmege qamap qoia ma dep qorqamyn"],
];

const fearOfPolice = testContent().knowledge.base.entriesById.get("fear-of-police")!;

describe.each(DATABASE_KINDS)("a fear of the police through the bot on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });
  itStaysQuiet(() => h, FEARS);
  itRaises(
    () => h,
    [
      ["kk", "danger", "бастығым кетсең сені түрмеге отырғызамын деп қорқытады, құжаттарым соның сейфінде"],
      ["ru", "danger", "боюсь, муж убьёт меня, полиция не поможет"],
    ],
  );

  it.each(FEARS.slice(0, 1))("%s: %s is answered about the fear of the police", async (locale, text) => {
    const { replies } = await firstMessage(h, locale, text);
    expect(replies.map((reply) => reply.text ?? "").join("\n")).toContain(fearOfPolice[locale].question);
  });
});
