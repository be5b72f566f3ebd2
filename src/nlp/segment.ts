/** Fast rule-based segmentation of English news text into paragraphs, sentences and tokens. */

import type { Paragraph, Sentence, Token } from "../model/document.js";
import { dataLines, readDataLines } from "../word-lists.js";

/**
 * The word lists the sentence splitter consults, built by `parseAbbreviations` or
 * `loadAbbreviations`. Keys are stored without the final period.
 */
export interface AbbreviationSet {
  /** Abbreviations matched exactly ("Gen", "GEN"). */
  readonly exact: ReadonlySet<string>;
  /** Lower-case abbreviations matched in any capitalisation ("etc" matches "Etc"). */
  readonly anyCase: ReadonlySet<string>;
  /** Abbreviations (in the forms of `exact`/`anyCase`) after which a sentence may still end. */
  readonly final: ReadonlySet<string>;
  /** Capitalised function words that begin a sentence after "U.S." or a final abbreviation. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Length of the longest abbreviation, so longer words skip the lookup entirely. */
  readonly maxLength: number;
}

/** What `segment` returns; all offsets are UTF-16 code units into the text, end exclusive. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Builds an `AbbreviationSet` from the text of the two data files (see their header comments for
 * the format). Throws on entries the segmenter could never match, so a typo does not fail silently.
 * @example
 * const set = parseAbbreviations("Gen.\nInc. final\netc. final", "The\nHe");
 * set.exact.has("Gen"); // true
 */
export function parseAbbreviations(
  abbreviationsText: string,
  startersText: string,
): AbbreviationSet {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  const final = new Set<string>();
  let maxLength = 0;
  for (const line of dataLines(abbreviationsText)) {
    const [entry = "", flag, ...rest] = line.split(/\s+/);
    const word = entry.endsWith(".") ? entry.slice(0, -1) : entry;
    if (
      word === "" ||
      word.includes(".") ||
      rest.length > 0 ||
      (flag !== undefined && flag !== "final")
    ) {
      throw new Error(`abbreviations: cannot use entry "${line}"`);
    }
    const forms = word === word.toLowerCase() ? [word] : [word, word.toUpperCase()];
    for (const form of forms) {
      (word === word.toLowerCase() ? anyCase : exact).add(form);
      if (flag === "final") final.add(form);
    }
    maxLength = Math.max(maxLength, word.length);
  }
  const sentenceStarters = new Set<string>();
  for (const line of dataLines(startersText)) {
    if (/\s/.test(line)) throw new Error(`sentence starters: cannot use entry "${line}"`);
    sentenceStarters.add(line);
  }
  return { exact, anyCase, final, sentenceStarters, maxLength };
}

let loaded: AbbreviationSet | undefined;

/**
 * Reads `data/abbreviations.txt` and `data/sentence-starters.txt` once and caches the result.
 * @example
 * const { tokens } = segment("Gen. Lam arrived.", loadAbbreviations());
 */
export function loadAbbreviations(): AbbreviationSet {
  if (loaded === undefined) {
    const read = (name: string) => readDataLines(name).join("\n");
    loaded = parseAbbreviations(read("abbreviations.txt"), read("sentence-starters.txt"));
  }
  return loaded;
}

// ---- Character classes -------------------------------------------------------------------------

const SPACE = 1;
const BREAK = 2;
const LETTER = 4;
const DIGIT = 8;
const UPPER = 16;
const MARK = 32;
const KNOWN = 128;
const WORD = LETTER | DIGIT | MARK;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 10 || c === 13) ASCII[c] = SPACE | BREAK;
  else if (c === 9 || c === 11 || c === 12 || c === 32) ASCII[c] = SPACE;
  else if (c >= 48 && c <= 57) ASCII[c] = DIGIT;
  else if (c >= 65 && c <= 90) ASCII[c] = LETTER | UPPER;
  else if (c >= 97 && c <= 122) ASCII[c] = LETTER;
}

// Filled lazily: classifying all 65,536 code units up front would cost more than most documents.
const BMP = new Uint8Array(65536);
const ASTRAL = new Map<number, number>();
const RE_LETTER = /\p{L}/u;
const RE_UPPER = /\p{Lu}|\p{Lt}/u;
const RE_NUMBER = /\p{N}/u;
const RE_MARK = /\p{M}/u;

function classifyCodePoint(cp: number): number {
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return SPACE | BREAK;
  // Zero-width space is invisible padding in scraped text, never part of a word.
  if (cp === 0x200b) return SPACE;
  // A soft hyphen sits inside words ("inter\u00ADnational") and must not split them.
  if (cp === 0xad) return MARK;
  const s = String.fromCodePoint(cp);
  if (cp < 0x10000 && /\s/.test(s)) return SPACE;
  if (RE_LETTER.test(s)) return RE_UPPER.test(s) ? LETTER | UPPER : LETTER;
  if (RE_NUMBER.test(s)) return DIGIT;
  if (RE_MARK.test(s)) return MARK;
  return 0;
}

/** Class of the non-ASCII BMP code unit `c` (a lone surrogate is a symbol). */
function bmpClass(c: number): number {
  let k = BMP[c] as number;
  if (k === 0) {
    k = (c >= 0xd800 && c <= 0xdfff ? 0 : classifyCodePoint(c)) | KNOWN;
    BMP[c] = k;
  }
  return k;
}

function astralClass(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classifyCodePoint(cp);
    ASTRAL.set(cp, k);
  }
  return k;
}

/** Class of the code point at `i` (whose first unit is `c`); astral points need both units. */
function classAt(text: string, i: number, c: number, n: number): number {
  if (c < 128) return ASCII[c] as number;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + d - 0xdc00 + 0x10000);
  }
  return bmpClass(c);
}

/** Length in code units of the word character at `i`, or 0 when there is none. */
function wordLength(text: string, i: number, n: number): number {
  if (i >= n) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (ASCII[c] as number) & WORD ? 1 : 0;
  if ((classAt(text, i, c, n) & WORD) === 0) return 0;
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

// ---- Token flags -------------------------------------------------------------------------------

const F_UPPER = 1; // a word starting with an upper-case letter
const F_DIGIT = 2;
const F_OPENER = 4;
const F_CLOSER = 8;
const F_TERM = 16; // . ? ! … and runs of them: may end a sentence
const F_STRONG = 32; // CJK full stops end a sentence whatever follows
const F_DOTTED = 64; // "U.S.", "a.m.": a word with internal periods ending in one
const F_ABBR = 128;
const F_ABBR_FINAL = 256;
const F_INITIAL = 512;
const F_CURRENCY = 1024;
const F_WORD = 2048;
const F_QUESTION = 4096; // ? and ! (a subset of F_TERM)
const F_QUOTE = 8192; // a closing quotation mark
const F_STARTS_SENTENCE = F_UPPER | F_DIGIT | F_OPENER | F_CURRENCY;

function punctuationFlags(c: number): number {
  switch (c) {
    case 0x2e: // .
    case 0x2026: // …
      return F_TERM;
    case 0x3f: // ?
    case 0x21: // !
    case 0x203c: // ‼
    case 0x2047: // ⁇
    case 0x2048: // ⁈
    case 0x2049: // ⁉
      return F_TERM | F_QUESTION;
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
      return F_STRONG;
    case 0x22: // " and ' open or close depending on the side they stand
    case 0x27:
      return F_OPENER | F_CLOSER | F_QUOTE;
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x201a: // ‚
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0xab: // «
    case 0x2039: // ‹
      return F_OPENER;
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xbb: // »
    case 0x203a: // ›
      return F_CLOSER | F_QUOTE;
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
      return F_CLOSER;
    case 0x24: // $
    case 0x20ac: // €
    case 0xa3: // £
    case 0xa5: // ¥
      return F_CURRENCY;
    default:
      return 0;
  }
}

/**
 * Whether a run of `c` ("...", "--", "——") forms one token. Quotes and brackets stay single so
 * they can be paired; currency and percent signs are always their own tokens.
 */
function runs(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (punctuationFlags(c) & (F_OPENER | F_CLOSER | F_CURRENCY)) === 0 && c !== 0x25;
}

// ---- Scratch buffers ---------------------------------------------------------------------------

// Reused across calls: segment() is synchronous, and per-call typed arrays would dominate the cost
// of short articles.
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);
let flags = new Uint16Array(4096);
/** Line breaks in the whitespace before each token: 0, 1 (new line) or 2 (new paragraph). */
let breaks = new Uint8Array(4096);
/** 1 when a sentence ends after the token inside a line. */
let sentenceEnds = new Uint8Array(4096);

function ensureCapacity(size: number): void {
  if (size <= starts.length) return;
  const capacity = Math.max(size, starts.length * 2);
  starts = new Int32Array(capacity);
  ends = new Int32Array(capacity);
  flags = new Uint16Array(capacity);
  breaks = new Uint8Array(capacity);
  sentenceEnds = new Uint8Array(capacity);
}

const DOT = 0x2e;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const ZWJ = 0x200d;
const ZWNJ = 0x200c;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters (at most 3 counted) from `i` on: the next segment of a candidate "U.S."-style word. */
function letterRun(text: string, i: number, n: number): number {
  let k = 0;
  while (i + k < n && k < 3) {
    const c = text.charCodeAt(i + k);
    if ((classAt(text, i + k, c, n) & LETTER) === 0 || c >= 0xd800) break;
    k++;
  }
  return k;
}

/** Verbs that attribute a quotation; only consulted after a quoted question or exclamation. */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "asked",
  "asks",
  "added",
  "told",
  "wrote",
  "replied",
  "shouted",
  "exclaimed",
  "wondered",
  "tweeted",
]);

/** Whether tokens from `k` are one to three capitalised words and then a reporting verb. */
function attributionAt(text: string, k: number, count: number): boolean {
  let m = k;
  while (m < count && m < k + 3 && breaks[m] === 0 && (flags[m] as number) & F_UPPER) m++;
  if (m === k || m >= count || breaks[m] !== 0 || ((flags[m] as number) & F_WORD) === 0)
    return false;
  return REPORTING_VERBS.has(text.slice(starts[m] as number, ends[m] as number));
}

function isAbbreviation(word: string, set: AbbreviationSet): 0 | 1 | 2 {
  let form: string | undefined;
  if (set.exact.has(word)) form = word;
  else {
    const lower = word.toLowerCase();
    if (set.anyCase.has(lower)) form = lower;
  }
  if (form === undefined) return 0;
  return set.final.has(form) ? 2 : 1;
}

/**
 * Splits `text` into paragraphs (at blank lines), sentences (never across a line break) and
 * tokens, in one pass over the character codes. Tokens cover every non-whitespace character
 * exactly once, in order; spans never include surrounding whitespace.
 * @example
 * const { sentences, tokens } = segment("Gen. Lam met Xi. Talks went on.", loadAbbreviations());
 * sentences.length; // 2
 * tokens.map((t) => "Gen. Lam met Xi. Talks went on.".slice(t.start, t.end));
 * // ["Gen.", "Lam", "met", "Xi", ".", "Talks", "went", "on", "."]
 */
export function segment(text: string, abbreviations: AbbreviationSet): Segmentation {
  const n = text.length;
  ensureCapacity(n + 1);
  const S = starts;
  const E = ends;
  const F = flags;
  const B = breaks;
  const maxAbbreviation = abbreviations.maxLength;
  let count = 0;
  let pendingBreaks = 0;
  let i = 0;

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII[c] as number) : classAt(text, i, c, n);

    if (cls & SPACE) {
      if (cls & BREAK) {
        // CRLF is one line break, and U+2029 is a paragraph separator on its own.
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        pendingBreaks += c === 0x2029 ? 2 : 1;
      }
      i++;
      continue;
    }

    const start = i;
    const before = Math.min(pendingBreaks, 2);
    pendingBreaks = 0;

    if (cls & WORD) {
      let j = start;
      let segmentStart = start;
      let dotted = false;
      let lastApostrophe = -1;
      let tokenFlags = F_WORD | (cls & UPPER ? F_UPPER : 0) | (cls & DIGIT ? F_DIGIT : 0);

      for (;;) {
        // Word characters: ASCII fast path, classification tables for everything else.
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if ((ASCII[d] as number) & WORD) {
              j++;
              continue;
            }
            break;
          }
          const w = wordLength(text, j, n);
          if (w === 0) break;
          j += w;
        }
        if (j >= n) break;
        const d = text.charCodeAt(j);

        if (d === HYPHEN || d === 0x2010 || d === 0x2011) {
          if (wordLength(text, j + 1, n) === 0) break;
          j++;
          segmentStart = j;
          continue;
        }
        if (d === APOSTROPHE || d === RIGHT_QUOTE) {
          if (wordLength(text, j + 1, n) === 0) break;
          lastApostrophe = j;
          j++;
          segmentStart = j;
          continue;
        }
        if (d === ZWJ || d === ZWNJ) {
          // Joiners shape Indic and emoji sequences; inside a word they belong to it.
          if (wordLength(text, j + 1, n) === 0) break;
          j++;
          continue;
        }
        if (d === DOT || d === 0x2c) {
          const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
          const previous = text.charCodeAt(j - 1);
          if (isAsciiDigit(previous) && isAsciiDigit(next)) {
            j++; // 3.5, 1,000
            continue;
          }
          if (d === DOT) {
            // "U.S", "a.m", "Ph.D": short letter segments joined by periods.
            const runBefore = j - segmentStart;
            if (runBefore > 0 && runBefore <= 2 && letterRun(text, segmentStart, n) === runBefore) {
              const runAfter = letterRun(text, j + 1, n);
              if (runAfter > 0 && runAfter <= 2 && wordLength(text, j + 1 + runAfter, n) === 0) {
                dotted = true;
                j++;
                segmentStart = j;
                continue;
              }
            }
            if (next !== DOT) {
              if (dotted) {
                j++; // the final period of "U.S." belongs to it
                tokenFlags |= F_DOTTED;
                if (j < n && text.charCodeAt(j) === HYPHEN && wordLength(text, j + 1, n) > 0) {
                  // "U.S.-China" is one compound.
                  tokenFlags &= ~F_DOTTED;
                  j++;
                  segmentStart = j;
                  dotted = false;
                  continue;
                }
              } else {
                const kind =
                  j - start <= maxAbbreviation
                    ? isAbbreviation(text.slice(start, j), abbreviations)
                    : 0;
                if (kind !== 0) {
                  j++;
                  tokenFlags |= kind === 2 ? F_ABBR | F_ABBR_FINAL : F_ABBR;
                } else if (j - start === 1 && cls & UPPER) {
                  j++; // "John F. Kennedy"
                  tokenFlags |= F_INITIAL;
                }
              }
            }
          }
        }
        break;
      }

      // English clitics become their own tokens: "Vietnam's" → "Vietnam" + "'s".
      let split = -1;
      if (lastApostrophe > start && (tokenFlags & (F_ABBR | F_DOTTED | F_INITIAL)) === 0) {
        const after = j - lastApostrophe - 1;
        if (after === 1) {
          const x = text.charCodeAt(j - 1) | 0x20;
          if (x === 0x74) {
            // n't: "can't" → "ca" + "n't", as the Penn Treebank does.
            if (
              lastApostrophe - 1 > start &&
              (text.charCodeAt(lastApostrophe - 1) | 0x20) === 0x6e
            ) {
              split = lastApostrophe - 1;
            }
          } else if (x === 0x73 || x === 0x64 || x === 0x6d) {
            split = lastApostrophe;
          }
        } else if (after === 2) {
          const x = text.charCodeAt(j - 2) | 0x20;
          const y = text.charCodeAt(j - 1) | 0x20;
          if ((x === 0x72 || x === 0x76) && y === 0x65)
            split = lastApostrophe; // 're, 've
          else if (x === 0x6c && y === 0x6c) split = lastApostrophe; // 'll
        }
      }
      if (split > 0) {
        S[count] = start;
        E[count] = split;
        F[count] = tokenFlags;
        B[count] = before;
        count++;
        S[count] = split;
        E[count] = j;
        F[count] = F_WORD;
        B[count] = 0;
        count++;
      } else {
        S[count] = start;
        E[count] = j;
        F[count] = tokenFlags;
        B[count] = before;
        count++;
      }
      i = j;
      continue;
    }

    // Punctuation and symbols: one code point, or a run of the same one, plus what attaches to it.
    let j = i + 1;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + d - 0xdc00 + 0x10000;
        j++;
        // Two regional indicators make one flag.
        if (cp >= 0x1f1e6 && cp <= 0x1f1ff && j + 1 < n && text.charCodeAt(j) === 0xd83c) {
          const e = text.charCodeAt(j + 1);
          if (e >= 0xdde6 && e <= 0xddff) j += 2;
        }
      }
    } else if (runs(c)) {
      while (j < n && text.charCodeAt(j) === c) j++;
    }
    // Combining marks, variation selectors, skin tones and ZWJ sequences stay with their base.
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 0x300) break;
      if (d === ZWJ) {
        // Only another symbol joins an emoji sequence; a letter after ZWJ starts a word.
        const w = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        const pair = w >= 0xd800 && w <= 0xdbff && isLowSurrogate(text.charCodeAt(j + 2));
        const k = j + 1 < n ? classAt(text, j + 1, w, n) : SPACE;
        if ((k & (SPACE | WORD)) !== 0) break;
        j += pair ? 3 : 2;
        continue;
      }
      if (d === 0xd83c && j + 1 < n) {
        const e = text.charCodeAt(j + 1);
        if (e >= 0xdffb && e <= 0xdfff) {
          j += 2;
          continue;
        }
        break;
      }
      if ((d < 0xd800 || d > 0xdfff) && bmpClass(d) & MARK && d !== 0xad) {
        j++;
        continue;
      }
      break;
    }
    S[count] = start;
    E[count] = j;
    F[count] = cp < 0x10000 ? punctuationFlags(c) : 0;
    B[count] = before;
    count++;
    i = j;
  }

  // Sentence ends inside lines; a line break always ends one, so only same-line cases count here.
  const ends1 = sentenceEnds;
  ends1.fill(0, 0, count);
  for (let t = 0; t < count; t++) {
    let f = F[t] as number;
    if ((f & (F_TERM | F_STRONG | F_DOTTED | F_ABBR_FINAL)) === 0) continue;
    let k = t + 1;
    let quoted = false;
    // Terminator runs ("?!") and closing quotes or brackets right after stay with the sentence.
    while (
      k < count &&
      B[k] === 0 &&
      S[k] === E[k - 1] &&
      ((F[k] as number) & (F_CLOSER | F_TERM | F_STRONG)) !== 0
    ) {
      f |= (F[k] as number) & (F_TERM | F_STRONG | F_QUESTION);
      quoted ||= ((F[k] as number) & F_QUOTE) !== 0;
      k++;
    }
    t = k - 1;
    if (k >= count || B[k] !== 0) continue;
    const next = F[k] as number;
    let end: boolean;
    if (f & F_STRONG) end = true;
    else if (f & F_TERM) {
      end = (next & F_STARTS_SENTENCE) !== 0;
      // “Will they agree?” Lam asked. — a quoted question or exclamation followed by its
      // attribution is one sentence; after a quoted statement ("We agree.” Lam said the deal…")
      // a new one does start, so the exception is limited to ? and !.
      if (end && quoted && f & F_QUESTION && next & F_UPPER) end = !attributionAt(text, k, count);
    } else {
      // After "U.S." or "Inc." only a typical sentence opener signals a new sentence.
      end =
        (next & F_UPPER) !== 0 &&
        abbreviations.sentenceStarters.has(text.slice(S[k] as number, E[k] as number));
    }
    if (end) ends1[t] = 1;
  }

  const tokens: Token[] = new Array(count);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphStart = 0;
  let sentenceStart = 0;
  for (let t = 0; t < count; t++) {
    const start = S[t] as number;
    const end = E[t] as number;
    tokens[t] = { kind: "token", start, end };
    if (t === 0 || B[t] === 2) paragraphStart = start;
    if (t === 0 || B[t] !== 0 || ends1[t - 1] === 1) sentenceStart = t;
    const nextBreak = t + 1 < count ? (B[t + 1] as number) : 2;
    if (nextBreak !== 0 || ends1[t] === 1) {
      sentences.push({
        kind: "sentence",
        index: sentences.length,
        paragraph: paragraphs.length,
        start: S[sentenceStart] as number,
        end,
        firstToken: sentenceStart,
        endToken: t + 1,
      });
    }
    if (nextBreak === 2) {
      paragraphs.push({ kind: "paragraph", index: paragraphs.length, start: paragraphStart, end });
    }
  }
  return { paragraphs, sentences, tokens };
}
