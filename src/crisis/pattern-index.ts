// Patterns compiled once and indexed by their first word (whole, or the first letters of a stem
// before *), so that a message only tries the few patterns that can start at each of its words.
import type { CompiledPattern } from "./patterns.ts";
import type { CrisisLanguage } from "./phrases.ts";
import type { Token } from "./text.ts";

export interface Entry {
  pattern: CompiledPattern;
  language: CrisisLanguage;
}

export class PatternIndex<T extends Entry> {
  /**
   * Per script: `exact` files a pattern under its first word when that word has no *; `prefixes[n]`
   * files one under the first n letters of a stem before * (n up to 3), so that "топор*" is not
   * tried on "то" or "только". Kazakh words are filed with the Cyrillic ones under their loose
   * form (ы read as и), which a token is looked up by too where it differs from its bare form.
   */
  private readonly maps = {
    latin: { exact: new Map<string, T[]>(), prefixes: [1, 2, 3].map(() => new Map<string, T[]>()) },
    cyrillic: { exact: new Map<string, T[]>(), prefixes: [1, 2, 3].map(() => new Map<string, T[]>()) },
  };

  /** Files the pattern under each spelling of its first word, once per place. */
  add(entry: T): void {
    for (const word of entry.pattern.words[0]!) {
      const maps = this.maps[word.script];
      // A Kazakh word is filed as written too, where a word typed in Cyrillic looks for it.
      const stems =
        word.writtenStem === undefined || word.writtenStem === word.stem
          ? [word.stem]
          : [word.stem, word.writtenStem];
      for (const stem of stems) {
        const length = Math.min(3, stem.length);
        const map = word.anyEnding ? maps.prefixes[length - 1]! : maps.exact;
        const key = word.anyEnding ? stem.slice(0, length) : stem;
        const list = map.get(key);
        if (list?.at(-1) === entry) continue;
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
    }
  }

  /** Replaces the contents of `into` with the patterns whose first word may match this token. */
  collect(token: Token, into: T[]): void {
    into.length = 0;
    collectFrom(this.maps.latin, token.latin, into, 1);
    collectFrom(this.maps.cyrillic, token.bare, into, 1);
    // A word typed in Latin letters ("alyp", "alıp") is also looked for by its loose form, with
    // only the keys that form does not share with the bare one, so that each pattern comes once.
    if (token.loose !== token.bare && token.latin !== token.bare) {
      const shared = token.bare.indexOf("ы") + 1;
      collectFrom(this.maps.cyrillic, token.loose, into, shared);
    }
  }
}

/** Looks up the whole form and its first 1 to 3 letters, from `shortest` letters on. */
function collectFrom<T>(
  maps: { exact: Map<string, T[]>; prefixes: Map<string, T[]>[] },
  form: string,
  into: T[],
  shortest: number,
): void {
  append(into, maps.exact.get(form));
  for (let length = shortest; length <= 3 && length <= form.length; length++) {
    append(into, maps.prefixes[length - 1]!.get(form.slice(0, length)));
  }
}

function append<T>(into: T[], list: readonly T[] | undefined): void {
  if (list) for (const item of list) into.push(item);
}
