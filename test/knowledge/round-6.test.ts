// Round 6's probes (tuning-6.yaml: for every entry, two short canonical questions per language, the way a person
// types them into a search box, written before the router ran on them): well formed, new, and scored the way
// `npm run eval` scores a set.
import { describe, it } from "vitest";
import { DEVELOPMENT_SET, DEVELOPMENT_SET_5, TUNING_SETS } from "../../scripts/eval/faq-dev.ts";
import { testContent } from "../support/content.ts";
import { expectNewTuningSet, readPhrasings } from "./phrasings.ts";

const knowledgeBase = testContent().knowledge.base;
const tuning = readPhrasings("tuning-6.yaml");

describe("round 6's probes", () => {
  it("name only outcomes that exist, copy no question or keyword, and repeat no earlier phrasing", () => {
    expectNewTuningSet(knowledgeBase, tuning, [
      ...TUNING_SETS.filter((file) => file !== "tuning-6.yaml"),
      DEVELOPMENT_SET,
      DEVELOPMENT_SET_5,
    ]);
  });
});
