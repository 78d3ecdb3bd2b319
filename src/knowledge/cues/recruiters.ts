// How recruiters work, and keeping a child's phone from them. How recruiters work, asked outright ("с чего они начинают", "олар әдетте қалай бастайды", "what tactics do they
// use", "which apps do recruiters use to get to kids"): the ways recruiters work online (online-recruitment), before
// how a parent protects a child, which a story of games and TikTok names too. As word starts in folded text (fold.ts).
import { cues } from "./fold.ts";

export const ASKS_HOW_RECRUITERS_WORK = cues(
  // ru
  "с чего (?:\\p{L}+ ){0,2}начина(?:ют|ется)",
  "как (?:\\p{L}+ ){0,2}(?:это|они|вербовщики) (?:\\p{L}+ ){0,2}(?:происходит|действуют|вербуют|затягивают|заманивают|втираются|подходят)",
  "как (?:\\p{L}+ )?вербуют",
  "(?:какие|какими) (?:\\p{L}+ )?(?:методы|методами|при[её]мы|при[её]мами|уловки|уловками)",
  // kk
  "(?:олар|жалдаушылар) (?:\\p{L}+ ){0,3}калай (?:бастайды|тартады|арбайды|жалдайды|азгырады)",
  "(?:olar|jaldaushylar) (?:\\p{L}+ ){0,3}(?:qalai|kalai) (?:bastaidy|tartady|arbaidy|jaldaidy)",
  "(?:кандай|qandai|kandai) (?:\\p{L}+ )?(?:адис|тасил|айла|adis|tasil|aila)",
  // en
  "what (?:\\w+ )?(?:tactics|methods|tricks|techniques)\\b",
  "how do (?:they|recruiters|extremists|these people|such people) (?:\\w+ )?(?:start|approach|work|recruit|operate|lure|groom|pull|draw|get to|reach)\\b",
  "(?:apps?|games?|sites?|platforms?)(?: and \\w+)? (?:do|does) \\w+ use (?:to|for)\\b",
);

/**
 * Asks what to install or set on a phone ("что поставить на телефон", "телефонына қандай бағдарлама орнатамын", "what
 * app should I put on his phone"): for a child, how to protect them online (parental control), not what hiding is.
 */
export const ASKS_WHAT_TO_INSTALL = cues(
  "(?:что|какое|какую|какие) (?:\\p{L}+ )?(?:поставить|установить|скачать) (?:\\p{L}+ )?(?:на )?(?:\\p{L}+ )?(?:телефон|смартфон)",
  "(?:chto|kakoe) (?:\\p{L}+ )?(?:postavit|ustanovit) (?:\\p{L}+ )?(?:na )?(?:\\p{L}+ )?telefon",
  "(?:кандай|не) (?:\\p{L}+ )?(?:багдарлама|косымша|\\p{L}+) орнат",
  "(?:qandai|kandai|ne) (?:\\p{L}+ )?(?:bagdarlama|qosymsha|\\p{L}+) ornat",
  "what (?:\\w+ ){0,3}(?:install|put|set up) on (?:\\w+ ){0,2}(?:phone|tablet)",
  "(?:install|put) (?:\\w+ ){0,3}on (?:his|her|their|my (?:kid|child|son|daughter)'?s?) (?:phone|tablet)",
);

/** A suitor ("жігіт", "парень", "boyfriend"): someone online calling one abroad may be promising marriage. */
export const NAMES_SUITOR = cues(
  "жигит",
  "jigit",
  "zhigit",
  "парен",
  "жених",
  "ухажер",
  "boyfriend",
  "(?:a|this|some) (?:\\w+ )?(?:guy|man)\\b",
);
