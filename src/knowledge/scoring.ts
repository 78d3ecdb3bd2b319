// The matcher's weights (matcher.ts), tuned on test/knowledge/eval-set.yaml and the spent sets since: README.md
// explains each and how it was chosen.
export const SCORING = {
  // BM25 over an entry's question and keywords (what it is about: keywords weigh most) and, a
  // little, over its answer.
  questionWeight: 2,
  keywordsWeight: 3,
  // The other ways to ask an entry (asked-<language>.yaml), a quarter of its question: with 16 lines an entry
  // (README.md, round 11), a word in two of them counts what one in one of eight did at 1 (round 10).
  askedWeight: 0.5,
  k: 2,
  aboutB: 0.3,
  answerB: 0.75,
  answerWeight: 0.3,
  // A word's rarity (IDF, raised to this power: rare words decide) counts an entry whose answer only
  // mentions it as this much of one: answers mention "counselor" everywhere, which does not make it
  // a common topic.
  idfExponent: 1.5,
  answerDocumentFrequency: 0.2,
  // A message that repeats much of an entry's question (its topic words, in any language) is likely
  // asking it; so is a short message most of whose words, small ones too, are the question's own.
  // Each can double the score.
  questionOverlapWeight: 1,
  echoWeight: 1,
  // Two of the message's words side by side that an entry's question or a keyword has together
  // ("промыли мозги", "cut ties") add this share of a word.
  pairWeight: 0.5,
  // A synonym (synonyms.yaml) counts less than the entry's own word; so does every guess: a Latin
  // word read as Kazakh or Russian (less in the language the message is not in), a Cyrillic word read
  // in the language the message is not in, a typo's nearest keys.
  synonymWeight: 0.8,
  transliterationPreferred: 0.9,
  transliterationOther: 0.7,
  otherLanguageWeight: 0.8,
  oneEditWeight: 0.7,
  twoEditsWeight: 0.5,
  prefixWeight: 0.6,
  // A word one typing slip from a word of the base as written (typing-slips.ts) counts this much, and
  // covers this share of itself for the entries whose own words it then has (README.md, "Typing slips").
  slipWeight: 0.9,
  slipCoverage: 0.75,
  // Words every request is full of ("помогите", "question") count this much of a topic word.
  genericWeight: 0.3,
  // In a message that tells a story and asks a question, the story's words count this much.
  storyWeight: 0.6,
  // The raw score is unbounded (it grows with the words matched); it is mapped to 0..1, where this
  // raw score gives 0.5: about what a short question that plainly names one entry's topic gets.
  halfConfidenceRawScore: 18,
};
export type Scoring = typeof SCORING;
