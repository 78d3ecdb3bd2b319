// Kazakh puts a date's case ending on the month's name: "3 қаңтарға дейін" (until 3 January),
// "3 қаңтарда" (on 3 January). Intl gives only the bare name ("3 қаңтар"), so the ending is added
// here, from a table (the endings follow vowel harmony and the last sound; twelve words need no rules).

const MONTH_CASES: Record<string, { dative: string; locative: string }> = {
  қаңтар: { dative: "қаңтарға", locative: "қаңтарда" },
  ақпан: { dative: "ақпанға", locative: "ақпанда" },
  наурыз: { dative: "наурызға", locative: "наурызда" },
  сәуір: { dative: "сәуірге", locative: "сәуірде" },
  мамыр: { dative: "мамырға", locative: "мамырда" },
  маусым: { dative: "маусымға", locative: "маусымда" },
  шілде: { dative: "шілдеге", locative: "шілдеде" },
  тамыз: { dative: "тамызға", locative: "тамызда" },
  қыркүйек: { dative: "қыркүйекке", locative: "қыркүйекте" },
  қазан: { dative: "қазанға", locative: "қазанда" },
  қараша: { dative: "қарашаға", locative: "қарашада" },
  желтоқсан: { dative: "желтоқсанға", locative: "желтоқсанда" },
};

const monthName = new RegExp(`(${Object.keys(MONTH_CASES).join("|")})(?![\\p{L}])`, "u");

/** "3 қаңтар" → "3 қаңтарға" (dative: before "дейін") or "3 қаңтарда" (locative: "on"). */
export function kazakhDateCase(formatted: string, grammaticalCase: "dative" | "locative"): string {
  return formatted.replace(monthName, (month) => MONTH_CASES[month]?.[grammaticalCase] ?? month);
}
