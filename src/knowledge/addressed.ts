// Whom an answer speaks to. Entries are written to the person involved ("whom you marry is yours to decide") or to
// someone close to them (`audience` in schema.ts). A relative who asks about the person involved ("моя дочь хочет
// выйти замуж за турка", "ұлым мені кәпір дейді") gets the entry's text for someone close (`family`), and a
// counter-argument of the theologians without one opens with a line for them (src/questions); the person asking for
// themselves never gets the relative's text. The perspective is the router's (routing.ts, cues/perspective.ts).
import type { Perspective } from "./cues/index.ts";
import type { FaqEntry, FaqLocale } from "./schema.ts";

/** The category of the theologians' counter-arguments, whose texts argue with the person who holds the idea. */
const FAITH_CATEGORY = "faith";

export interface AddressedAnswer {
  answer: string;
  /** A counter-argument shown to a relative without a text of its own: opened with a line for them. */
  familyOpening: boolean;
}

/** The text of `entry` for the person the message is about. */
export function addressedAnswer(
  entry: FaqEntry,
  locale: FaqLocale,
  perspective: Perspective | undefined,
): AddressedAnswer {
  const { answer, family } = entry[locale];
  if (perspective !== "family") return { answer, familyOpening: false };
  if (family !== undefined) return { answer: family, familyOpening: false };
  return { answer, familyOpening: entry.category === FAITH_CATEGORY && entry.audience === undefined };
}

/** After "who is it about?": the candidates that speak to that person (or to anyone). */
export function candidatesFor(
  entries: readonly (FaqEntry | undefined)[],
  perspective: Perspective,
): FaqEntry[] {
  return entries.filter(
    (entry): entry is FaqEntry => entry !== undefined && (entry.audience ?? perspective) === perspective,
  );
}
