// Two classes round 15 raised without a crisis, through the real bot on both databases: a relative jailed by the
// law ("our son got locked up, is there help for the family") and being made to attend a mosque ("my parents force
// me to go to the mosque every friday"). Pressure without violence or confinement is not a crisis: the person gets
// no safety reply and no crisis is stored; the jailed relative's family gets the answer for convicts' families,
// the mosque the answer for someone forced to attend (FAQ round 14), first or as the first choice.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { firstMessage } from "./crisis-bot.ts";

const KNOWN_FALSE_RAISES: { locale: Locale; text: string; entry: string }[] = [
  { locale: "en", text: "our son got locked up, is there help for the family", entry: "convict-family" },
  { locale: "ru", text: "нашего сына посадили, есть ли помощь для семьи", entry: "convict-family" },
  { locale: "kk", text: "ұлымызды түрмеге қамады, отбасына көмек бар ма", entry: "convict-family" },
  { locale: "en", text: "my parents force me to go to the mosque every friday", entry: "forced-to-attend" },
  {
    locale: "ru",
    text: "родители заставляют меня ходить в мечеть каждую пятницу",
    entry: "forced-to-attend",
  },
  { locale: "kk", text: "мені мешітке баруға мәжбүрлеп жатыр", entry: "forced-to-attend" },
];

describe.each(DATABASE_KINDS)("pressure without violence or confinement on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(KNOWN_FALSE_RAISES)(
    "$locale: $text gets its answer, not the crisis reply",
    async ({ locale, text, entry }) => {
      const { replies, buttons, crisis, storedCategory } = await firstMessage(h, locale, text);
      expect(replies).toHaveLength(1);
      expect(crisis).toBe(false);
      // The entry answered in full (rated by its buttons) or offered as the first choice.
      expect(buttons[0]!.find((data) => /^faq-(?:rate:yes|open):/.test(data ?? ""))).toMatch(
        new RegExp(`:${entry}$`),
      );
      expect(storedCategory).toBeUndefined();
    },
  );
});
