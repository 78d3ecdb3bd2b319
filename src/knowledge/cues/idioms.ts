// Everyday idioms of death and killing ("killing time", "мама меня убьёт, если узнает", "dying to go", "уақыт
// өлтіру"): they say nothing of death, but their words are the martyrdom entry's. The matcher reads the message
// without them; the crisis detector (src/crisis) reads the message as written and has its own exclusions.

/** Each idiom's words that carry no meaning of death; the words around them (a feeling, a trip) stay. */
const DEATH_IDIOMS = [
  // killing time
  "kill(?:ing|s|ed)? (?:some |the |a bit of |a little )?time(?!\\p{L})",
  "убива\\p{L}* (?:сво\\p{L}+ )?время",
  "убить (?:сво\\p{L}+ )?время",
  "ubiva\\p{L}* vrem\\p{L}*",
  "уа[қк]ыт\\p{L}* [өо]лт[іи]р\\p{L}*",
  "ua[qk]yt\\p{L}* [öo]lt[iı]r\\p{L}*",
  // a parent's anger: "my mom would kill me if…", "мама меня убьёт, если…", "анам білсе мені өлтіреді"
  "(?:would|will|'ll|gonna|going to) (?:literally |just )?kill (?:me|us)(?=,? (?:if|when|for)(?!\\p{L}))",
  "(?:(?:меня|нас) )?(?:убь[её]т|прибь[её]т|убьют|прибьют)(?: (?:меня|нас))?(?=,? (?:если|когда|за)(?!\\p{L}))",
  "(?<=\\p{L}(?:са|се) )(?:(?:мені|бізді) )?[өо]лт[іи]р(?:еді|ер)(?!\\p{L})",
  "(?<=\\p{L}(?:sa|se) )(?:(?:meni|bizdi) )?[öo]lt[iı]r(?:edi|er)(?!\\p{L})",
  // "this traffic is killing me", "this group is killing my family" (wearing down, not death)
  "(?:is|are|was|it's|its) killing (?:me|us|my (?:family|parents|mum|mom|mother|dad|father))(?!\\p{L})",
  // wanting something badly: "dying to go", "до смерти хочет"
  "dying(?= to (?:go|get|see|know|meet|study|leave|move|travel|try|have|talk|ask|visit|marry|join)(?!\\p{L}))",
  "до смерти(?= (?:хоч|хот|бо[яи]|надоел|скучн|устал|напуган|пережива))",
  // a feeling's strength: "die of shame", "умираю от скуки", "scared to death"
  "(?:die|died|dying) (?:of|from)(?= (?:shame|boredom|embarrassment|laughter|laughing|curiosity|fear)(?!\\p{L}))",
  "(?:чуть не )?(?:умира\\p{L}*|умер\\p{L}*|умру|сдохну|помру) (?:от|со)(?= (?:скуки|стыда|смеха|любопытства|страха))",
  "(?<=(?:bored|scared|worried|frightened|sick) )to death(?!\\p{L})",
];

const IDIOM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DEATH_IDIOMS.join("|")})`, "giu");

/** The message without the idioms' words, for the matcher. */
export function withoutDeathIdioms(text: string): string {
  return text.replace(IDIOM, " ");
}
