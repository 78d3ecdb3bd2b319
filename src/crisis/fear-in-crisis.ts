// "я боюсь, он опять пришёл": fear, a threat come back, or a cry for help, which alone is no crisis signal (the
// detector rightly leaves "I'm scared of the exam" alone) but is one from someone whose case is 🔴 already: their
// danger was told before, and this says it goes on. src/crisis-reply answers it as a crisis only then.
import { fearOfPolice } from "./fear-of-police.ts";

const FEAR = new RegExp(
  [
    "бою[сc]ь|страшн|напуган|испуган|паник",
    "boyus|strashn",
    "\\bafraid\\b|\\bscared\\b|\\bfrightened\\b|terrified|\\bpanic",
    "қорқамын|қорқып|қорқынышты|үрейім|qorqamyn|qorqyp|korkamyn",
  ].join("|"),
  "iu",
);

/** The one who harmed or threatened is here again, or coming ("он опять пришёл", "тағы келді", "he's back"). */
const BACK_AGAIN = new RegExp(
  [
    "(?:опять|снова|вновь)\\s+(?:\\S+\\s+)?(?:пришёл|пришел|пришла|пришли|здесь|тут|дома|приш[её]л|вернул|ломит|стучит|идёт|идет)",
    "(?:пришёл|пришел|пришли|вернулся|вернулись)\\s+(?:опять|снова)",
    "тағы\\s+(?:\\S+\\s+)?(?:келді|келіп|келе жатыр|үйде|осында)|қайта\\s+келді",
    "\\b(?:he|she|they)(?:'s|'re| is| are)? (?:back|here again|coming back)|\\bcame back\\b|\\bat the door\\b",
  ].join("|"),
  "iu",
);

/** "помогите", "көмектесіңіз", "help me": a cry for help, never a question about the service. */
const CRY =
  /помогите|помоги мне|спасите|көмектесіңіз|көмектесіңдер|құтқарыңыз|\bhelp me\b|\bplease help\b|\bsave me\b/iu;

/** Whether the message carries fear, a threat come back or a cry for help (a fear of the police is not one). */
export function fearInCrisis(text: string): boolean {
  if (fearOfPolice(text)) return false;
  return FEAR.test(text) || BACK_AGAIN.test(text) || CRY.test(text);
}
