/** Reads TABARI/PETRARCH actor and agent dictionaries into dyad's dictionary model. */

import { isCalendarDay } from "../../ingest/iso-date.js";
import type {
  ActorEntry,
  AgentEntry,
  DatedCode,
  DictionaryDiagnostic,
  ParsedDictionary,
} from "./types.js";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** A line that carries content: comments removed, trimmed, never empty. */
interface ContentLine {
  readonly line: number;
  readonly text: string;
}

/**
 * The lines that carry content, numbered from 1. As in PETRARCH, `#` starts a comment anywhere
 * on a line and `<!-- ... -->` comments may span lines. Control characters (a stray U+001A sits
 * inside two names of the real country file) are removed and reported.
 */
function contentLines(text: string, diagnostics: DictionaryDiagnostic[]): ContentLine[] {
  const out: ContentLine[] = [];
  let inXmlComment = false;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    let raw = lines[index] as string;
    if (inXmlComment) {
      const close = raw.indexOf("-->");
      if (close < 0) continue;
      raw = raw.slice(close + 3);
      inXmlComment = false;
    }
    raw = raw.replace(/<!--.*?-->/g, " ");
    const open = raw.indexOf("<!--");
    if (open >= 0) {
      inXmlComment = true;
      raw = raw.slice(0, open);
    }
    const hash = raw.indexOf("#");
    let body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (CONTROL.test(body)) {
      diagnostics.push({ line: index + 1, reason: "control character removed" });
      body = body.replace(new RegExp(CONTROL.source, "g"), "");
    }
    if (body !== "") out.push({ line: index + 1, text: body });
  }
  return out;
}

/** A dictionary phrase: its lower-cased words, and whether it was written with a trailing `_`. */
export interface PetrarchPhrase {
  readonly words: readonly string[];
  /**
   * A trailing `_` asks TABARI for a match that ends at a word boundary. dyad always matches
   * whole words, so both forms are treated the same; the flag is kept for tools that care.
   */
  readonly wordBoundary: boolean;
}

/**
 * Splits a PETRARCH phrase on `_` and blanks; a `{...}` noun-phrase marker is ignored.
 * Returns the reason as a string when the phrase cannot be read.
 * @example parsePetrarchPhrase("PEOPLE'S_REPUBLIC_OF_CHINA_") // { words: ["people's", "republic", "of", "china"], wordBoundary: true }
 */
export function parsePetrarchPhrase(raw: string): PetrarchPhrase | string {
  const trimmed = raw.replace(/\{[^}]*\}/g, " ").trim();
  const words = trimmed
    .split(/[\s_]+/)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
  if (words.length === 0) return "empty phrase";
  const stray = words.find((w) => /[[\]{}~:;<>|\p{Cc}]/u.test(w));
  if (stray !== undefined) return `unexpected character in phrase word "${stray}"`;
  return { words, wordBoundary: trimmed.endsWith("_") };
}

/** The phrase as dyad stores it: lower-case words joined by single spaces. */
function phraseText(phrase: PetrarchPhrase): string {
  return phrase.words.join(" ");
}

// Particles stay lower-case inside a title ("Secretary General of the United Nations").
const SMALL_WORDS = new Set(["of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la"]);

/**
 * A readable title for an all-capitals dictionary phrase: each word capitalised, initials kept
 * ("u.n." → "U.N."), particles lower-case after the first word.
 * @example titleCase("people's republic of china") // "People's Republic of China"
 */
export function titleCase(phrase: string): string {
  return phrase
    .split(" ")
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      if (/^(al|el)-./.test(word)) return `${word.slice(0, 3)}${capitalise(word.slice(3))}`;
      return word.replace(
        /(^|\.)(\p{L})/gu,
        (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
      );
    })
    .join(" ");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A TABARI date: YYYYMMDD, or YYMMDD where 00–29 mean 2000–2029 and 30–99 mean 1930–1999.
 * (PETRARCH itself reads 30 as 2030; its dictionaries use 30 for the 1930s, so dyad does not.)
 * @example tabariDate("121115") // "2012-11-15"
 */
export function tabariDate(digits: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 29 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (!isCalendarDay(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

type Restriction = { from: string | null; to: string | null };

/** `>D` (from D), `<D` (until D), `A-B` (from A until B); both ends inclusive. */
function parseRestriction(token: string): Restriction | string {
  const bound = /^([<>])(\d+)$/.exec(token);
  if (bound) {
    const date = tabariDate(bound[2] as string);
    if (date === null) return `invalid date ${bound[2]}`;
    return bound[1] === ">" ? { from: date, to: null } : { from: null, to: date };
  }
  const range = /^(\d+)-(\d+)$/.exec(token);
  if (!range) return `date restriction "${token}" is not >DATE, <DATE or DATE-DATE`;
  const from = tabariDate(range[1] as string);
  if (from === null) return `invalid date ${range[1]}`;
  const to = tabariDate(range[2] as string);
  if (to === null) return `invalid date ${range[2]}`;
  if (to < from) return `date range ${token} ends before it starts`;
  return { from, to };
}

// TABARI's null code: the phrase is recognised but codes nothing.
const NULL_CODE = "---";

/** One `[CODE]` or `[CODE DATES]` group: a code, null for `[---]`, or the reason it is bad. */
function parseCodeGroup(inner: string): DatedCode | null | string {
  // "[EGYGOV > 140608]" occurs in the real files; the blank changes nothing.
  const fields = inner
    .trim()
    .replace(/([<>])\s+(?=\d)/g, "$1")
    .split(/\s+/);
  const code = fields[0] ?? "";
  if (code === "") return "empty code []";
  if (code === NULL_CODE) return null;
  if (!/^[A-Z0-9]{3,}$/.test(code)) return `code "${code}" is not upper-case letters and digits`;
  if (fields.length > 2) return "too many fields";
  if (fields.length === 1) return { code, from: null, to: null };
  const restriction = parseRestriction(fields[1] as string);
  if (typeof restriction === "string") return restriction;
  return { code, ...restriction };
}

/**
 * Every bracketed code group in `text`, a reason for each one that cannot be read, and how many
 * groups there were (a `[---]` or a bad group still counts: the author gave a code).
 */
function parseCodeGroups(text: string): { codes: DatedCode[]; problems: string[]; groups: number } {
  const codes: DatedCode[] = [];
  const problems: string[] = [];
  let groups = 0;
  let rest = text;
  for (;;) {
    const open = rest.indexOf("[");
    const before = (open < 0 ? rest : rest.slice(0, open)).trim();
    if (before !== "") problems.push(`unexpected text "${before}" outside [...]`);
    if (open < 0) break;
    const close = rest.indexOf("]", open);
    if (close < 0) {
      problems.push(`missing "]" after "${rest.slice(open).trim()}"`);
      break;
    }
    const inner = rest.slice(open + 1, close);
    groups++;
    const parsed = parseCodeGroup(inner);
    if (typeof parsed === "string") problems.push(`${parsed} in [${inner.trim()}]; code skipped`);
    else if (parsed !== null) codes.push(parsed);
    rest = rest.slice(close + 1);
  }
  return { codes, problems, groups };
}

/** An actor being read: its first line, phrases and codes so far, and its last line. */
interface ActorDraft {
  readonly line: number;
  readonly phrases: string[];
  readonly codes: DatedCode[];
  /** Code groups written for it, read or not. */
  groups: number;
  lastLine: number;
}

/**
 * Reads a PETRARCH actor dictionary: a primary phrase line (optionally with `[CODE]` groups),
 * `+SYNONYM` lines, and indented `[CODE DATES]` lines; a synonym or code line belongs to the
 * last primary phrase above it, as in PETRARCH. Two quirks of the real files are read the way
 * their authors meant, with a diagnostic: primary lines written directly one under the other,
 * without a code between them, name one actor ("IVO_JOSIPOVIC_" / "JOSIPOVIC_" / "[HRVGOV ...]");
 * and "[X > 140608]" reads as "[X >140608]". Nothing throws: a line that cannot be read, or an
 * actor left without a code, becomes a diagnostic naming its line.
 * @example
 * parsePetrarchActors("XI_JINPING\n+PRESIDENT_XI_JINPING\n\t[CHNGOV >20121115]\n", "my.actors").entries[0]
 * // { kind: "actor", name: "Xi Jinping", phrases: ["xi jinping", "president xi jinping"],
 * //   codes: [{ code: "CHNGOV", from: "2012-11-15", to: null }], source: "my.actors:1" }
 */
export function parsePetrarchActors(text: string, source: string): ParsedDictionary<ActorEntry> {
  const entries: ActorEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  let draft: ActorDraft | null = null;
  const finish = (): void => {
    if (draft === null) return;
    const entry = actorEntry(draft, source);
    if (entry) entries.push(entry);
    else diagnostics.push({ line: draft.line, reason: noCodeReason(draft) });
    draft = null;
  };
  for (const { line, text: body } of contentLines(text, diagnostics)) {
    const report = (reason: string): void => void diagnostics.push({ line, reason });
    if (body.startsWith("[")) {
      const { codes, problems, groups } = parseCodeGroups(body);
      problems.forEach(report);
      if (draft === null) {
        report("code line without an actor phrase above it; skipped");
      } else {
        draft.codes.push(...codes);
        draft.groups += groups;
        draft.lastLine = line;
      }
      continue;
    }
    const synonym = body.startsWith("+");
    const { phrases, codes, problems, groups } = readPhraseLine(body.slice(synonym ? 1 : 0));
    problems.forEach(report);
    if (typeof phrases === "string") {
      report(`${phrases}; line skipped`);
      if (!synonym) finish();
      continue;
    }
    const [phrase] = phrases as [string, ...string[]];
    if (synonym && draft === null) {
      report("synonym without an actor phrase above it; skipped");
      continue;
    }
    if (!synonym && !continuesUncoded(draft, line)) finish();
    else if (!synonym && draft !== null) {
      diagnostics.push({
        line: draft.lastLine,
        reason: `"${draft.phrases.at(-1)}" has no code before the next phrase; read as one actor with "${phrase}"`,
      });
    }
    draft ??= { line, phrases: [], codes: [], groups: 0, lastLine: line };
    draft.phrases.push(...phrases);
    draft.codes.push(...codes);
    draft.groups += groups;
    draft.lastLine = line;
  }
  finish();
  return { entries, diagnostics };
}

/** A phrase line after its "+": its phrases (or why not) and the code groups written after them. */
function readPhraseLine(text: string): {
  phrases: string[] | string;
  codes: DatedCode[];
  problems: string[];
  groups: number;
} {
  const bracket = text.indexOf("[");
  const { codes, problems, groups } = parseCodeGroups(bracket < 0 ? "" : text.slice(bracket));
  // "+TAIOAN_ +TAWIAN_": two synonyms written on one line.
  const parsed = (bracket < 0 ? text : text.slice(0, bracket))
    .split(/\s\+/)
    .map(parsePetrarchPhrase);
  const bad = parsed.find((p): p is string => typeof p === "string");
  const phrases = bad ?? (parsed as PetrarchPhrase[]).map(phraseText);
  return { phrases, codes, problems, groups };
}

function noCodeReason(draft: ActorDraft): string {
  const what = draft.groups > 0 ? "no usable code (only [---] or bad codes)" : "no code";
  return `${what} for "${draft.phrases[0]}"; skipped`;
}

/** A primary line right under an actor that has no code yet is another name of that actor. */
function continuesUncoded(draft: ActorDraft | null, line: number): boolean {
  return draft !== null && draft.groups === 0 && line === draft.lastLine + 1;
}

function actorEntry(draft: ActorDraft, source: string): ActorEntry | null {
  const primary = draft.phrases[0];
  if (primary === undefined || draft.codes.length === 0) return null;
  return {
    kind: "actor",
    name: titleCase(primary),
    phrases: [...new Set(draft.phrases)],
    codes: dedupeCodes(draft.codes),
    source: `${source}:${draft.line}`,
  };
}

function dedupeCodes(codes: readonly DatedCode[]): DatedCode[] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    const key = `${c.code} ${c.from} ${c.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The regular English plural PETRARCH generates for an agent noun (S, ES, Y→IES), with two
 * refinements so the generated forms are words: "-man" → "-men", and a noun already ending in a
 * single "s" ("forces", "rebels") gets no further plural. Null when no plural should be made.
 * @example regularPlural("secretary") // "secretaries"
 */
export function regularPlural(word: string): string | null {
  if (!/\p{Ll}$/u.test(word)) return null;
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`;
  if (/(ss|us|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/s$/.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const MARKER_DEFINITION = /^!([^!\s]+)!\s*=\s*(.*)$/;
const MARKER = /!([^!\s]+)!/;

/** `!NAME!` in `phrase` replaced by every member of its set (several markers multiply). */
function expandMarkers(
  phrase: string,
  sets: ReadonlyMap<string, readonly string[]>,
): string[] | string {
  const match = MARKER.exec(phrase);
  if (!match) {
    return phrase.includes("!") ? `unpaired "!" in "${phrase.trim()}"` : [phrase];
  }
  const name = match[1] as string;
  const members = sets.get(name);
  if (members === undefined) return `substitution set !${name}! is not defined above this line`;
  const out: string[] = [];
  for (const member of members) {
    const expanded = expandMarkers(phrase.replace(match[0], member), sets);
    if (typeof expanded === "string") return expanded;
    out.push(...expanded);
  }
  return out;
}

/** An agent line's phrase part: its singular forms and plural forms, or why it is bad. */
function agentPhrases(
  phrasePart: string,
  sets: ReadonlyMap<string, readonly string[]>,
): string[] | string {
  if (phrasePart.includes("{") && !/\{[^}]*\}/.test(phrasePart)) return 'missing "}"';
  const braces = /\{([^}]*)\}/.exec(phrasePart);
  const stem = phrasePart.replace(/\{[^}]*\}/g, " ");
  const expanded = expandMarkers(stem, sets);
  if (typeof expanded === "string") return expanded;
  // Substitution sets list every form they mean, so PETRARCH adds no plural to them.
  const withPlural = expanded.length === 1 && expanded[0] === stem;
  const phrases: string[] = [];
  for (const form of expanded) {
    const parsed = parsePetrarchPhrase(form);
    if (typeof parsed === "string") return parsed;
    phrases.push(phraseText(parsed));
  }
  if (withPlural) {
    const plural = braces ? explicitPlural(braces[1] as string) : pluralOf(phrases[0] as string);
    if (typeof plural === "object" && plural !== null) return plural.problem;
    if (plural !== null) phrases.push(plural);
  }
  return [...new Set(phrases)];
}

/** `{PLURAL}` spelled out; `{}` means none. */
function explicitPlural(inside: string): string | null | { problem: string } {
  if (inside.trim() === "") return null;
  const parsed = parsePetrarchPhrase(inside);
  return typeof parsed === "string" ? { problem: `plural: ${parsed}` } : phraseText(parsed);
}

function pluralOf(phrase: string): string | null {
  const words = phrase.split(" ");
  const plural = regularPlural(words[words.length - 1] as string);
  return plural === null ? null : [...words.slice(0, -1), plural].join(" ");
}

/** `~CODE` (a sector after the actor code) or `CODE~` (before it, e.g. IGO~): the code itself. */
function agentSector(inner: string): string | null {
  const match = /^(?:~([A-Z]{3,})|([A-Z]{3,})~)$/.exec(inner.trim());
  return match ? ((match[1] ?? match[2]) as string) : null;
}

/**
 * Reads a PETRARCH agent dictionary: `PHRASE {PLURAL} [~CODE]` lines and `!NAME! = A, B, C`
 * substitution sets. Regular plurals are generated unless `{}` or `{PLURAL}` says otherwise;
 * phrases made from a substitution set get no plural (the set lists its plural forms). Both
 * `~CODE` and `CODE~` (IGO~, NGO~) give the sector as written. Bad lines become diagnostics.
 * @example
 * parsePetrarchAgents("FOREIGN_MINISTER [~GOV]\n", "my.agents").entries[0]
 * // { kind: "agent", phrases: ["foreign minister", "foreign ministers"], sector: "GOV", source: "my.agents:1" }
 */
export function parsePetrarchAgents(text: string, source: string): ParsedDictionary<AgentEntry> {
  const entries: AgentEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  const sets = new Map<string, string[]>();
  for (const { line, text: body } of contentLines(text, diagnostics)) {
    const report = (reason: string): void => void diagnostics.push({ line, reason });
    if (body.includes("!") && body.includes("=")) {
      const definition = MARKER_DEFINITION.exec(body);
      const members = (definition?.[2] ?? "")
        .split(",")
        .map((m) => m.trim())
        .filter((m) => m !== "");
      if (!definition || members.length === 0) report("substitution set must be !NAME! = A, B, C");
      else sets.set(definition[1] as string, members);
      continue;
    }
    const open = body.indexOf("[");
    if (open < 0) {
      report("agent line has no [~CODE]; skipped");
      continue;
    }
    const close = body.indexOf("]", open);
    const after = close < 0 ? "" : body.slice(close + 1).trim();
    if (close < 0 || after !== "") {
      report(close < 0 ? 'missing "]"; skipped' : `unexpected text "${after}" after ]; skipped`);
      continue;
    }
    const sector = agentSector(body.slice(open + 1, close));
    if (sector === null) {
      report(`agent code must be ~CODE or CODE~, got [${body.slice(open + 1, close)}]; skipped`);
      continue;
    }
    const phrases = agentPhrases(body.slice(0, open), sets);
    if (typeof phrases === "string") report(`${phrases}; skipped`);
    else entries.push({ kind: "agent", phrases, sector, source: `${source}:${line}` });
  }
  return { entries, diagnostics };
}
