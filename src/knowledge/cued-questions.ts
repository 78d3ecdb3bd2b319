// The questions told by small words or by what a message tells (cues/), and the entries that answer them: the
// router (routing.ts) keeps those entries' scores and lowers the others'.
import type { Cues } from "./cues/index.ts";

/**
 * Questions whose telling words are small ones the matcher drops (or a negation the stemmers drop),
 * read as cues (cues/questions.ts, cues/service.ts, cues/situations.ts): the entries that answer them keep their score, the
 * others count `factor` of theirs; `topic`, a word of those entries, is added to the message so that the
 * matcher finds them when nothing else in it does; `missingTopic` only when the message alone does not
 * find them at all, or below the weak bound (a cue as broad as "a bad idea" must not pull its entry over one
 * the message names).
 */
export const CUED_QUESTIONS: readonly {
  asks: (cues: Cues) => boolean;
  entries: ReadonlySet<string>;
  factor: "otherTopic" | "otherAudience";
  topic?: string;
  missingTopic?: string;
}[] = [
  // "What is this chat, who is it for?"
  // ("what is this thing for" names no bot: then "bot" is what it asks about)
  {
    asks: (cues) => cues.asksWhatServiceIs,
    entries: new Set(["what-this-bot-is"]),
    factor: "otherTopic",
    topic: "бот",
  },
  // "Do you have a phone line?", "сіздерге қоңырау шалуға бола ма": how to reach this service, not what 114 is.
  {
    asks: (cues) => cues.asksToCallUs,
    entries: new Set(["how-to-reach-us"]),
    factor: "otherAudience",
    topic: "телефон",
  },
  // "Am I chatting with a person or a program?", "who are the counselors?": who answers here.
  {
    asks: (cues) => cues.asksWhoAnswers,
    entries: new Set(["who-are-counselors"]),
    factor: "otherTopic",
    topic: "консультант",
  },
  // "Nobody here can tell who I am?": anonymity, the group, the family.
  {
    asks: (cues) => cues.asksIdentity,
    entries: new Set(["is-this-anonymous", "will-they-find-me", "parents-will-find-out"]),
    factor: "otherTopic",
    topic: "anonymous",
  },
  // "Не істемеу керек?", "не істемеген дұрыс", "что нельзя делать", "как не навредить", "is it a bad idea".
  {
    asks: (cues) => cues.asksWhatNotToDo,
    entries: new Set(["what-not-to-do"]),
    factor: "otherTopic",
    missingTopic: "ошибки",
  },
  // "Олар әдетте қалай бастайды?", "what tactics do they use": how recruiters work, before protecting a child.
  {
    asks: (cues) => cues.asksHowRecruitersWork,
    entries: new Set(["online-recruitment"]),
    factor: "otherAudience",
    topic: "вербовка",
  },
  // "Балама бөтен адамдар жазбасын деп что поставить на телефон?": protecting a child online (parental control).
  {
    asks: (cues) => cues.asksWhatToInstall,
    entries: new Set(["child-online-safety"]),
    factor: "otherAudience",
    // "қандай бағдарлама орнатамын" names a program, which is the bot's word
    missingTopic: "parental control родительский контроль қауіпсіздік",
  },
  // "Internette bireu magan jazyp jur, shetelge barsan jaqsy omir boladi deidi": someone online urging one abroad is
  // how recruiters work (or the trip's own entries), not a marriage promised, which the message does not tell.
  {
    asks: (cues) => cues.luredAbroadOnline,
    entries: new Set(["online-recruitment", "study-abroad", "hijra-conflict-zone"]),
    factor: "otherAudience",
  },
  // "In what situations would you share it?", "will you tell my parents?": the limits of confidentiality.
  {
    asks: (cues) => cues.asksPassOn,
    entries: new Set(["when-confidentiality-ends", "parents-will-find-out"]),
    factor: "otherAudience",
    topic: "конфиденциальность",
  },
  // "Вы не сообщите моей семье?", "will you tell my parents?": whether the family finds out.
  {
    asks: (cues) => cues.asksPassOnToFamily,
    entries: new Set(["parents-will-find-out"]),
    factor: "otherAudience",
  },
  // "Can they come after me?", "мені іздеп таба ма": being tracked down, not who may read what one wrote.
  {
    asks: (cues) => cues.fearsBeingFound,
    entries: new Set(["will-they-find-me"]),
    factor: "otherAudience",
    topic: "найдут",
  },
  // "Сын боится идти в органы", "ұлым органдарға баруға қорқады", "scared of the cops": the fear of the police, not
  // an invitation ("идти") nor reporting someone ("going there" stands back after a word of fear: reporting.ts).
  {
    asks: (cues) => cues.fearsPolice,
    entries: new Set(["fear-of-police"]),
    factor: "otherAudience",
    topic: "полиция",
  },
  // "They forbid telling family what we learn."
  {
    asks: (cues) => cues.toldToKeepSecret,
    entries: new Set(["secret-knowledge"]),
    factor: "otherAudience",
    topic: "избранные",
  },
  // "Хочу уйти, но живу у них", "шыққым келеді", "how do I leave without it blowing up?": how to leave, before what
  // the story around it names (converting, a marriage, fear).
  {
    asks: (cues) => cues.wantsToLeave,
    entries: new Set(["leave-a-group"]),
    factor: "otherAudience",
    topic: "уйти",
  },
  // "Меня смущает, что говорят в кружке, можно ли сомневаться?", "is it ok to have doubts": doubting one's group.
  {
    asks: (cues) => cues.doubts && !cues.wantsToLeave,
    entries: new Set(["doubts-about-my-group"]),
    factor: "otherAudience",
    missingTopic: "сомнения",
  },
  // "And then what happens?", "енді не болады?": once one has written.
  {
    asks: (cues) => cues.asksWhatNext,
    entries: new Set(["after-i-write"]),
    factor: "otherAudience",
    topic: "очередь",
  },
  // "Не понимаю, что сюда писать", "неден бастаймын", "no idea what to say": where to begin.
  {
    asks: (cues) => cues.asksWhereToStart,
    entries: new Set(["how-to-start"]),
    factor: "otherAudience",
    topic: "начать",
  },
  // "Кореш подсел на проповедников, что делать?": how to help a friend, whatever the friend got into.
  {
    asks: (cues) => cues.helpsFriend,
    entries: new Set(["friend-in-trouble"]),
    factor: "otherAudience",
    // the friend's entry has the word the message says in slang ("кореш", "my bro"): without it, online-preachers
    // led (round 13)
    topic: "друг",
  },
  // "How do I know if my son is being recruited?": the signs, or faith against radicalisation.
  {
    asks: (cues) => cues.asksHowToTell,
    entries: new Set(["warning-signs", "devout-or-radical"]),
    factor: "otherAudience",
  },
  // Asked about someone close ("how would I know my son is being recruited", "балам сақал қойды, белгі екенін қалай
  // білемін"): the signs a family can see, before the ways recruiters work or what faith is.
  {
    asks: (cues) => cues.asksHowToTellOfRelative,
    entries: new Set(["warning-signs"]),
    factor: "otherAudience",
    // what a family sees ("stopped seeing his friends, grew a beard") is told in words the entry may not have
    missingTopic: "признаки",
  },
  // "Will I get in trouble for a repost?": what one risks under the law, not what to do with a video.
  {
    asks: (cues) => cues.asksConsequences,
    entries: new Set(["chats-and-reposts", "legal-consequences", "fear-of-police", "returnees"]),
    factor: "otherAudience",
  },
  // "What do I say to my son?", "не деп айтамын": how to talk to someone close.
  {
    asks: (cues) => cues.asksWhatToSay,
    entries: new Set(["talk-to-relative"]),
    factor: "otherAudience",
    topic: "разговор",
  },
  // "Ұлым менімен сөйлеспей қойды": the negation the stemmer drops says contact was cut; unless the reason
  // given is that the family are not real Muslims, which is the doctrine's demand to cut ties (below).
  {
    asks: (cues) => cues.stoppedContact && !cues.notRealMuslims,
    entries: new Set(["how-to-keep-contact"]),
    factor: "otherAudience",
    topic: "байланыс",
  },
  // "Сын говорит, что мы не настоящие мусульмане": cutting ties with parents, or takfir.
  {
    asks: (cues) => cues.notRealMuslims,
    entries: new Set(["parents-disobedience", "takfir"]),
    factor: "otherAudience",
  },
  // "Бір бала бәрімізді кәпір деп жүр", "calls everyone kafir": takfir, not the child's duty to parents the story's
  // "бала" names (with a parent named, cutting ties with them may be the question: above).
  {
    asks: (cues) => cues.callsKafir,
    entries: new Set(["takfir"]),
    factor: "otherAudience",
    topic: "такфир",
  },
  // "A guy online wants to marry me and take me to another country": the promises made to women (or, for a
  // marriage across faiths, mixed-marriage), not a relative's trip.
  {
    asks: (cues) => cues.promisedMarriage,
    entries: new Set(["promises-to-women", "mixed-marriage"]),
    factor: "otherAudience",
  },
  // "Мужа посадили по статье, кто нам поможет": the family of a convict, not what the law does.
  {
    asks: (cues) => cues.relativeImprisoned,
    entries: new Set(["convict-family"]),
    factor: "otherAudience",
  },
  // "Should I tell the police about my friend?": reporting someone, not helping the friend.
  // Asked outright ("should I tell the police about a classmate"), the question is the reporting, whoever the
  // person is: the other entries count as little as under a question about the service.
  // "If I report my coworker, will they lock him up?" names neither the police nor a word of the entry: "report" is
  // read beside it.
  {
    asks: (cues) => cues.tellsPolice,
    entries: new Set(["reporting-someone"]),
    factor: "otherTopic",
    topic: "report",
  },
  // "I came across a video calling for jihad: where do I report it?": what to do with a material.
  {
    asks: (cues) => cues.reportsMaterial,
    entries: new Set(["extremist-materials"]),
    factor: "otherAudience",
    topic: "материал",
  },
  // "Меня заставляют ходить на собрания", "мені мешітке баруға мәжбүрлейді": the pressure (forced-to-attend; the
  // niqab's when dress is the doctrine asked about) or how to leave, never a doctrine's answer.
  {
    asks: (cues) => cues.coerced,
    entries: new Set(["forced-to-attend", "niqab-and-pressure", "leave-a-group"]),
    factor: "otherAudience",
    topic: "заставляют",
  },
  // "Is it fine to go to the mosque?", "мешітке бару дұрыс па": ordinary practice, told so by devout-or-radical;
  // not the pressure's entry (held back without force) nor whether one may learn from preachers online.
  {
    asks: (cues) => cues.asksIfPracticeIsOrdinary,
    entries: new Set(["devout-or-radical"]),
    factor: "otherAudience",
    topic: "набожный",
  },
  // "Сын слушает только какого-то шейха на ютубе": a family's worry (the signs, how to talk), not whether one
  // may learn from preachers online.
  {
    asks: (cues) => cues.relativeFollowsPreacher,
    entries: new Set(["warning-signs", "talk-to-relative", "devout-or-radical", "how-to-keep-contact"]),
    factor: "otherAudience",
  },
  // "My cousin is flying out to study overseas, red flag?": a relative's trip (the worried family's entry, or what
  // the trip may be, a marriage promised there too), before the warning signs in general.
  {
    asks: (cues) => cues.relativeGoesAbroad,
    entries: new Set([
      "relative-wants-to-travel",
      "study-abroad",
      "hijra-conflict-zone",
      "promises-to-women",
      "returnees",
    ]),
    factor: "otherAudience",
  },
  // "Я боюсь, что брат уедет", "сестра скоро уедет": going away, no country named, is the family's trip question.
  {
    asks: (cues) => cues.relativeGoesAway,
    entries: new Set(["relative-wants-to-travel"]),
    factor: "otherAudience",
    topic: "уехать",
  },
  // "Сын постоянно удаляет историю", "my son deletes his history": a relative hiding their phone, not delete-my-data.
  {
    asks: (cues) => cues.relativeDeletes,
    entries: new Set(["family-member-hides-phone"]),
    factor: "otherAudience",
    topic: "прячет",
  },
  // "My son keeps getting invited to closed lessons": an invitation, whoever it is for; to a job or feared ("мені
  // жұмысқа шақырып жатыр, қорқамын", "меня зовут на работу"), its entry is the question even where the words around
  // it name none (not online: "зовет в группу" in a chat may be recruitment).
  {
    // (someone close who changed and is invited: "новые друзья зовут его куда-то, он стал молчаливым", the signs)
    asks: (cues) => cues.invited && !cues.invitedAfraidOrToWork && !cues.asksHowToTellOfRelative,
    entries: new Set(["invited-to-meeting"]),
    factor: "otherAudience",
  },
  {
    asks: (cues) => cues.invitedAfraidOrToWork,
    entries: new Set(["invited-to-meeting"]),
    factor: "otherAudience",
    topic: "приглашают",
  },
  // "If I bring my husband to your center, what will they do?": a center named without asking where.
  {
    asks: (cues) => cues.namesCenter && !cues.asksWhere,
    entries: new Set(["what-centers-do"]),
    factor: "otherTopic",
  },
];

/**
 * Entries held back (0.75) unless the message says what they are about: whether parents find out only when a parent
 * or the family is named ("will the group find out it's me?"); being forced to attend only when force or pressure
 * is told ("можно ли ходить на пятничную молитву" is ordinary practice, not pressure).
 */
export const HELD_BACK_UNLESS: readonly { entry: string; unless: (cues: Cues) => boolean }[] = [
  { entry: "parents-will-find-out", unless: (cues) => cues.namesParents },
  { entry: "forced-to-attend", unless: (cues) => cues.toldForce },
];
