// Contact details a person may type into free text that is kept (a rating's comment): phone numbers, e-mail
// addresses, @usernames and links. Removed before storing, so that "kept without any link to you" stays true;
// a name cannot be told from other words, so the prompt asks for none.

const HIDDEN = "***";

const CONTACTS: readonly RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?:https?:\/\/|www\.|t\.me\/)\S+/giu,
  /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]{3,}/gu,
];

/** A run of digits (with spaces, dashes, dots or brackets) long enough to be a phone or an ID number. */
const NUMBER_RUN = /\+?\(?\d[\d\s().-]*\d/g;
const PHONE_DIGITS = 7;

/** The text with every contact-like piece replaced by "***", and whether any was. */
export function withoutContacts(text: string): { text: string; removed: boolean } {
  let removed = false;
  let result = text;
  for (const pattern of CONTACTS)
    result = result.replace(pattern, () => {
      removed = true;
      return HIDDEN;
    });
  result = result.replace(NUMBER_RUN, (run) => {
    if (run.replace(/\D/g, "").length < PHONE_DIGITS) return run;
    removed = true;
    return HIDDEN;
  });
  return { text: result, removed };
}
