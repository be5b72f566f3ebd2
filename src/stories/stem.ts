/** A light English stemmer for story terms: "visits", "visited", "visiting" all count as "visit". */

/**
 * The stem of a lower-case word: plural and -ed/-ing endings and a final "e" removed, so that the
 * forms a follow-up article uses for the same happening meet. It only ever shortens the word, and
 * it does not need to produce real words, only the same stem for the forms of one word.
 * @example stem("seizures") // "seizur"
 * @example stem("agreed") === stem("agree") // true
 */
export function stem(word: string): string {
  let end = word.length;
  if (end <= 3) return word;
  const at = (i: number) => word.charCodeAt(i);
  const endsWith = (suffix: string) => word.endsWith(suffix, end);

  if (endsWith("ies") && end > 4) {
    end -= 2;
  } else if (endsWith("sses")) {
    end -= 2;
  } else if (at(end - 1) === S && !endsWith("ss") && !endsWith("us") && !endsWith("is")) {
    end -= 1;
  }

  if (endsWith("ing") && end - 3 >= 3 && hasVowel(word, end - 3)) end -= 3;
  // "agreed", "freed" are "agree", "free" plus "d".
  else if (endsWith("eed") && end > 4) end -= 1;
  else if (endsWith("ed") && end - 2 >= 3 && hasVowel(word, end - 2)) end -= 2;
  else if (endsWith("y") && end > 3) end -= 1;
  // "policies" became "polici" above and "policy" became "polic": the same stem once "i" goes.
  if (endsWith("i") && end > 3) end -= 1;

  // "stopped"/"stopping" → "stop", but "killed" keeps its "ll" like "kill".
  if (end >= 4) {
    const last = at(end - 1);
    if (last === at(end - 2) && isConsonant(last) && last !== L && last !== S && last !== Z)
      end -= 1;
  }
  if (endsWith("e") && end > 4) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}

const S = 115; // "s"
const L = 108; // "l"
const Z = 122; // "z"

function isConsonant(code: number): boolean {
  return code >= 97 && code <= 122 && !VOWELS.has(code);
}

const VOWELS = new Set([97, 101, 105, 111, 117, 121]);

/** A vowel before `end`: "sing" is not "s" + "ing", "meeting" is "meet" + "ing". */
function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (VOWELS.has(word.charCodeAt(i))) return true;
  return false;
}
