// "I'm afraid they'll take me to the police if I tell": a fear of the police (of being taken, arrested, jailed) is
// the question the fear-of-police answer is for, never a danger to send to the police. The model alone reads
// "заберут", "take me" as a person taken away; this class stops its guess when the message is that fear. A rule's
// match stands ("боюсь, муж убьёт меня, полиция не поможет" is still danger). A threat of prison ("frightens
// me", "қорқытады": someone else's fear made) is not this fear: a boss who threatens jail is danger.
const FEAR = new RegExp(
  [
    "бою[сc]ь|боит|боим|боял|страшн|опасаю",
    "boyus|boyu[sc]|boit|boyal|strashn",
    "afraid|scared|fear|worried",
    "қорқ(?!ыт)|қорық|qorq(?!yt)|qoryq|korq(?!yt|it)|koryk|үрей",
  ].join("|"),
  "iu",
);
const POLICE = new RegExp(
  [
    "полиц|милиц|посадят|посадить|посадил|арест|тюрьм|за решётк|за решетк",
    "polic|polits|milits|posadyat|posadit|arest|tyurm",
    "police|cops?\\b|arrest|jail|prison",
    "түрме|қамауға|қамап|turme|qamau|qamap",
  ].join("|"),
  "iu",
);

/** Whether the message tells a fear of the police, arrest or prison. */
export function fearOfPolice(text: string): boolean {
  return FEAR.test(text) && POLICE.test(text);
}
