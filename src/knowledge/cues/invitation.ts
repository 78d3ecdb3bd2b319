// An invitation told (for oneself or someone close), to a meeting, a lesson or a job, and what only looks like one: a
// summons by the investigator, a taxi called (routing.ts, CUED_QUESTIONS). As word starts in folded text (fold.ts).
import { cues } from "./fold.ts";

/**
 * Tells of an invitation ("позвали", "зовут на уроки", "шақырды", "invited"), for oneself or someone close, a job
 * offered too ("жұмысқа шақырды", "предложили работу", "offered me a job"). "Меня зовут Айгерим" is a name.
 */
export const INVITED = cues(
  "(?:по)?зва(?:л|ли|ла)(?!\\p{L})",
  "зов(?:ет|ут|ёт) (?:\\p{L}+ )?(?:на|в|во|к|с собой|туда|пойти|сходить|прийти|ходить|поехать|ехать|вступить|присоедин|работ)(?!\\p{L})",
  "предлож\\p{L}* (?:\\p{L}+ )?работ",
  "жумыс\\p{L}* (?:\\p{L}+ )?усын",
  "(?:offered|offering|offers|offer) (?:me|him|her|us|them) (?:a |an )?(?:\\w+ )?(?:job|work)\\b",
  "job offer",
  "пригла(?:сил|сили|сила|шают|шает)",
  "шакыр",
  "(?:s|sh)akyr",
  "shaqyr",
  "invit",
  "(?:keep|keeps|kept) asking (?:me|him|her) to come",
);

/** An invitation to a job ("жұмысқа шақырды", "позвали на работу", "offered me a job"). */
export const INVITED_TO_WORK = cues(
  "(?:жумыс|jumys|zhumys)\\p{L}* (?:\\p{L}+ )?(?:шакыр|усын|shaqyr|shakyr|usyn)",
  "(?:зов|позва|пригла|предлож|zov|pozva|prigla|predloz)\\p{L}* (?:\\p{L}+ ){0,2}(?:на |na )?(?:работ|rabot)",
  "(?:работ|rabot)\\p{L}* (?:\\p{L}+ )?(?:зов|позва|пригла|предлож)",
  "(?:offer|invit)\\w* (?:\\w+ ){0,2}(?:job|work)\\b",
  "job offer",
);

/**
 * Summoned or called rather than invited ("тергеуге шақырды", "вызвали на допрос", "такси шақырып берші", "called in
 * for questioning"): the law's question or an errand, not an invitation to a meeting.
 */
export const SUMMONED = cues(
  "терге",
  "terge",
  "следоват",
  "допрос",
  "повестк",
  "прокурат",
  "шакыру кагаз",
  "такси",
  "taksi",
  "taxi",
  "questioning",
  "interrogat",
  "summon",
);
