/**
 * The verb pattern dictionary: data/events/verbs.jsonl and synonyms.json (generated from
 * PETRARCH2's CAMEO.2.0.txt by scripts/build-event-data.mjs), plus users' verb files in the same
 * JSON Lines format. data/events/README.md describes the format for dictionary authors.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { UserError } from "../model/index.js";
import { PACKAGE_ROOT } from "../paths.js";
import { cameoCode } from "./codes.js";

/**
 * A word ("talks"), a marker ("+" target, "$" source, "%" compound actor, "^" any noun phrase),
 * a synonym set ("@military"), consecutive elements ({seq}) or a prepositional phrase ({pp}, the
 * preposition first).
 */
export type PatternElement =
  string | { readonly seq: readonly PatternElement[] } | { readonly pp: readonly PatternElement[] };

export interface VerbPattern {
  /** Elements before the verb, in text order. */
  readonly pre: readonly PatternElement[];
  /** Elements after the verb. */
  readonly post: readonly PatternElement[];
  /** The CAMEO code when the pattern matches; null: it matches and codes no event. */
  readonly code: string | null;
  /** The event with source and target swapped (PETRARCH's "[042:043]": the host's side), or null. */
  readonly reverse: string | null;
  /** The line in PETRARCH's CAMEO.2.0.txt (users' files: their "line", else the file line). */
  readonly line: number;
  /** Where it was loaded from: "data/events/verbs.jsonl:12", "my-verbs.jsonl:3". */
  readonly source: string;
}

export interface VerbEntry {
  /** The base form, lower-case words: ["bring", "out"]. */
  readonly words: readonly string[];
  /** Every form to look for, base form included: ["met"], ["brought", "out"]. */
  readonly forms: readonly (readonly string[])[];
  /** The verb's own code; null: its block's; NO_EVENT: the bare verb codes nothing. */
  readonly code: string | null;
  readonly reverse: string | null;
}

export interface VerbBlock {
  /** The block's name: "MEET_PEOPLE". */
  readonly block: string;
  /** What its verbs code when no pattern matches, or null for no event. */
  readonly code: string | null;
  readonly reverse: string | null;
  readonly verbs: readonly VerbEntry[];
  readonly patterns: readonly VerbPattern[];
}

export type Synonyms = ReadonlyMap<string, readonly (readonly string[])[]>;

export interface VerbDictionary {
  /** Bundled blocks in file order, then blocks users' files add. */
  readonly blocks: readonly VerbBlock[];
  /** Synonym sets by name (without "@"): each phrase a list of consecutive words. */
  readonly synonyms: Synonyms;
}

/** What bareCode() needs of a block. */
type BlockCode = Pick<VerbBlock, "code" | "reverse">;

/** A verb's code meaning "no event", though its block has a code: HOLD in CONFINE [170]. */
export const NO_EVENT = "---";

/**
 * What a verb codes when none of its block's patterns matches: its own code, else its block's.
 * @example bareCode({ code: "170", ... }, { code: NO_EVENT, ... }) // null: "held" alone
 */
export function bareCode(block: BlockCode, verb: VerbEntry): string | null {
  if (verb.code === NO_EVENT) return null;
  return verb.code ?? block.code;
}

/** The swapped-roles event of a bare verb, as bareCode() gives its code. */
export function bareReverse(block: BlockCode, verb: VerbEntry): string | null {
  if (verb.code === NO_EVENT) return null;
  return verb.code === null ? block.reverse : verb.reverse;
}

const VERBS_FILE = "data/events/verbs.jsonl";
const SYNONYMS_FILE = "data/events/synonyms.json";
/** Hand-written, not generated: see data/events/README.md. */
const DYAD_VERBS_FILE = "data/events/dyad-verbs.jsonl";

let bundled: { lines: ParsedLine[]; synonyms: Synonyms; dictionary: VerbDictionary } | undefined;

/**
 * The bundled dictionary, then each of `extraFiles` (verbs.jsonl format) in order: a line for a
 * block that exists adds verbs and patterns to it (a pattern with the same elements as one there
 * replaces it), a new block is appended. The bundled dictionary is read once per process.
 * A bad line in a user's file is a UserError "FILE:LINE: reason".
 * @example loadVerbDictionary().blocks.find((b) => b.block === "VISIT")?.code // "042"
 */
export function loadVerbDictionary(extraFiles: readonly string[] = []): VerbDictionary {
  const base = loadBundled();
  if (extraFiles.length === 0) return base.dictionary;
  const builder = new DictionaryBuilder();
  builder.addAll(base.lines);
  for (const file of extraFiles) {
    builder.addAll(parseVerbLines(readUserFile(file), file, base.synonyms));
  }
  return { blocks: builder.blocks(), synonyms: base.synonyms };
}

function loadBundled(): NonNullable<typeof bundled> {
  if (bundled) return bundled;
  const synonyms = bundledSynonyms();
  const lines = readBundledLines(readData(VERBS_FILE));
  const blocks = lines.map(({ block, code, verbs, patterns }) => ({
    block,
    code: code?.code ?? null,
    reverse: code?.reverse ?? null,
    verbs,
    patterns,
  }));
  if (new Set(blocks.map((b) => b.block)).size !== blocks.length) {
    throw new Error(`bundled verb dictionary ${VERBS_FILE}: a block name repeats`);
  }
  // dyad's own additions (verbs and patterns of 2020s news PETRARCH2 lacks) extend the
  // generated blocks the way a user's file would, and are checked as strictly.
  const additions = parseVerbLines(readData(DYAD_VERBS_FILE), DYAD_VERBS_FILE, synonyms);
  const builder = new DictionaryBuilder();
  builder.addAll(lines);
  builder.addAll(additions);
  const all = [...lines, ...additions];
  bundled = { lines: all, synonyms, dictionary: { blocks: builder.blocks(), synonyms } };
  return bundled;
}

function bundledSynonyms(): Synonyms {
  try {
    return parseSynonyms(readData(SYNONYMS_FILE), SYNONYMS_FILE);
  } catch (error) {
    // A bad bundled file is a bug in dyad's data, not something the user can act on.
    if (error instanceof UserError) throw new Error(`bundled verb dictionary ${error.message}`);
    throw error;
  }
}

/** The bundled verbs.jsonl line as the build script writes it. */
interface BundledLine {
  block: string;
  code: string | null;
  reverse?: string;
  verbs: Array<{ words: string[]; forms: string[][]; code: string | null; reverse?: string }>;
  patterns: Array<{
    pre: PatternElement[];
    post: PatternElement[];
    code: string | null;
    reverse?: string;
    line: number;
  }>;
}

/**
 * The bundled lines without the full check, which costs ~50 ms per start: the file is generated
 * by scripts/build-event-data.mjs and checked by the tests (validateBundledVerbs).
 */
function readBundledLines(text: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  text.split("\n").forEach((body, index) => {
    if (body.trim() === "") return;
    const where = `${VERBS_FILE}:${index + 1}`;
    const line = JSON.parse(body) as BundledLine;
    lines.push({
      block: line.block,
      code: { code: line.code, reverse: line.reverse ?? null },
      verbs: line.verbs.map((v) => ({ ...v, reverse: v.reverse ?? null })),
      patterns: line.patterns.map((p) => ({ ...p, reverse: p.reverse ?? null, source: where })),
      where,
    });
  });
  return lines;
}

/**
 * Every problem the full check finds in the bundled verbs.jsonl, and whether the fast reader
 * reads the same thing: [] when all is well.
 */
export function validateBundledVerbs(): string[] {
  const text = readData(VERBS_FILE);
  try {
    const checked = parseVerbLines(text, VERBS_FILE, bundledSynonyms());
    const fast = readBundledLines(text);
    return isDeepStrictEqual(checked, fast)
      ? []
      : ["the fast reader and the full check read the file differently"];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

function readData(file: string): string {
  return readFileSync(join(PACKAGE_ROOT, file), "utf8");
}

function readUserFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      file,
      code === "ENOENT" ? "no such verb dictionary" : `cannot read (${code})`,
    );
  }
}

// ---------------------------------------------------------------- synonyms.json

/**
 * synonyms.json's sets, checked: `{"name": [["word"], ["two", "words"]], ...}`.
 * @example parseSynonyms('{"car": [["car"], ["cars"]]}', "s.json").get("car") // [["car"], ["cars"]]
 */
export function parseSynonyms(text: string, file: string): Synonyms {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(file, "not valid JSON");
  }
  if (!isObject(value)) throw new UserError(file, "must be a JSON object of synonym sets");
  const sets = new Map<string, readonly (readonly string[])[]>();
  for (const [name, phrases] of Object.entries(value)) {
    const problem = synonymSetProblem(name, phrases);
    if (problem) throw new UserError(`${file}:${lineOfKey(text, name)}`, problem);
    sets.set(name, phrases as string[][]);
  }
  return sets;
}

function synonymSetProblem(name: string, phrases: unknown): string | null {
  if (!/^[a-z0-9_-]+$/.test(name)) {
    return `set name "${name}" must be lower-case letters and digits`;
  }
  if (!Array.isArray(phrases) || phrases.length === 0) {
    return `set "${name}" must be a non-empty array of phrases`;
  }
  for (const phrase of phrases as unknown[]) {
    if (!isWordList(phrase)) {
      return `set "${name}": a phrase must be a non-empty array of lower-case words`;
    }
  }
  return null;
}

/** The line of `"name":` in a JSON text (one set a line as the build writes it), else 1. */
function lineOfKey(text: string, name: string): number {
  const at = text.indexOf(`${JSON.stringify(name)}:`);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}

// ---------------------------------------------------------------- verbs.jsonl

/** A checked line: fields left out stay undefined, so a line can extend a block. */
export interface ParsedLine {
  readonly block: string;
  readonly code?: CodePair;
  readonly verbs: readonly VerbEntry[];
  readonly patterns: readonly VerbPattern[];
  readonly where: string;
}

interface CodePair {
  readonly code: string | null;
  readonly reverse: string | null;
}

type Fields = Record<string, unknown>;

const LINE_FIELDS = ["block", "code", "reverse", "verbs", "patterns"];
const VERB_FIELDS = ["words", "forms", "code", "reverse"];
const PATTERN_FIELDS = ["pre", "post", "code", "reverse", "line"];
const MARKERS = new Set(["+", "$", "%", "^"]);

/**
 * The lines of a verbs.jsonl text, every one checked; blank lines and "#" comments are skipped.
 * The first bad line throws a UserError naming `file` and the line.
 */
export function parseVerbLines(text: string, file: string, synonyms: Synonyms): ParsedLine[] {
  const lines: ParsedLine[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const body = raw.trim();
      if (body === "" || body.startsWith("#")) return;
      const where = `${file}:${index + 1}`;
      try {
        lines.push(parseLine(body, where, index + 1, synonyms));
      } catch (error) {
        if (error instanceof LineProblem) throw new UserError(where, error.message);
        throw error;
      }
    });
  return lines;
}

/** What is wrong with a line; parseVerbLines() adds the file and line. */
class LineProblem extends Error {}

function fail(reason: string): never {
  throw new LineProblem(reason);
}

function parseLine(
  body: string,
  where: string,
  lineNumber: number,
  synonyms: Synonyms,
): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    fail("not valid JSON");
  }
  if (!isObject(value)) fail("not a JSON object");
  onlyFields(value, LINE_FIELDS, "a block line");
  if (typeof value.block !== "string" || !/^\S+$/.test(value.block)) {
    fail('block must be a name without spaces, such as "MEET_PEOPLE"');
  }
  const context = { where, lineNumber, synonyms };
  const line: ParsedLine = {
    block: value.block,
    verbs: listOf(value.verbs, "verbs", (v, i) => verbEntry(v, `verbs[${i}]`)),
    patterns: listOf(value.patterns, "patterns", (p, i) => pattern(p, `patterns[${i}]`, context)),
    where,
  };
  if (!("code" in value)) {
    if ("reverse" in value) fail("reverse needs a code beside it");
    return line;
  }
  return { ...line, code: codePair(value, "", false) };
}

function verbEntry(value: unknown, field: string): VerbEntry {
  if (!isObject(value)) fail(`${field} must be an object`);
  onlyFields(value, VERB_FIELDS, field);
  if (!isWordList(value.words)) {
    fail(`${field}.words must be a non-empty array of lower-case words`);
  }
  const words = value.words;
  const forms = listOf(value.forms, `${field}.forms`, (form, i) => {
    if (!isWordList(form)) fail(`${field}.forms[${i}] must be an array of lower-case words`);
    return form;
  });
  if (!forms.some((form) => sameWords(form, words))) {
    fail(`${field}.forms must include the verb's own words`);
  }
  return { words, forms, ...codePair(value, `${field}.`, true) };
}

interface PatternContext {
  readonly where: string;
  readonly lineNumber: number;
  readonly synonyms: Synonyms;
}

function pattern(value: unknown, field: string, context: PatternContext): VerbPattern {
  if (!isObject(value)) fail(`${field} must be an object`);
  onlyFields(value, PATTERN_FIELDS, field);
  if (!("code" in value)) fail(`${field}.code is required (null: the pattern codes no event)`);
  const elements = (key: "pre" | "post") =>
    listOf(value[key], `${field}.${key}`, (e, i) =>
      element(e, `${field}.${key}[${i}]`, context.synonyms),
    );
  const pre = elements("pre");
  const post = elements("post");
  if (pre.length + post.length === 0) fail(`${field} has no elements`);
  const line = value.line ?? context.lineNumber;
  if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
    fail(`${field}.line must be a positive integer`);
  }
  return { pre, post, ...codePair(value, `${field}.`, false), line, source: context.where };
}

function element(value: unknown, field: string, synonyms: Synonyms): PatternElement {
  if (typeof value === "string") {
    if (MARKERS.has(value)) return value;
    if (value.startsWith("@")) {
      if (!synonyms.has(value.slice(1))) fail(`${field}: no synonym set "${value.slice(1)}"`);
      return value;
    }
    if (!isWord(value)) fail(`${field}: "${value}" must be one lower-case word`);
    return value;
  }
  if (!isObject(value)) fail(`${field} must be a word, a marker, {"seq": [...]} or {"pp": [...]}`);
  const keys = Object.keys(value);
  const [kind] = keys;
  if (keys.length !== 1 || (kind !== "seq" && kind !== "pp")) {
    fail(`${field} must be {"seq": [...]} or {"pp": [...]}`);
  }
  const parts = listOf(value[kind], `${field}.${kind}`, (e, i) =>
    element(e, `${field}.${kind}[${i}]`, synonyms),
  );
  if (parts.length === 0) fail(`${field}.${kind} must not be empty`);
  if (kind === "seq") return { seq: parts };
  const [preposition] = parts;
  if (typeof preposition !== "string" || !isWord(preposition)) {
    fail(`${field}.pp must start with its preposition`);
  }
  return { pp: parts };
}

/**
 * The code and reverse code of a line, verb or pattern: a CAMEO code or null, a missing one null
 * (and, for a verb's code, NO_EVENT).
 */
function codePair(value: Fields, prefix: string, verb: boolean): CodePair {
  const code = checkedCode(value.code, `${prefix}code`, verb);
  const reverse = checkedCode(value.reverse, `${prefix}reverse`, false);
  return { code, reverse };
}

function checkedCode(value: unknown, field: string, allowNoEvent: boolean): string | null {
  if (value === undefined || value === null) return null;
  if (allowNoEvent && value === NO_EVENT) return NO_EVENT;
  if (typeof value !== "string" || !/^\d{2,4}$/.test(value)) {
    fail(`${field} must be a CAMEO code such as "042", or null`);
  }
  if (!cameoCode(value)) fail(`${field}: ${value} is not a CAMEO code`);
  return value;
}

function listOf<T>(value: unknown, field: string, item: (value: unknown, index: number) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`${field} must be an array`);
  return (value as unknown[]).map(item);
}

function onlyFields(value: Fields, allowed: readonly string[], what: string): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined) fail(`unknown field "${unknown}" in ${what}`);
}

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One lower-case word: no spaces, not a marker or synonym reference. */
function isWord(value: string): boolean {
  return /^[^\s@A-Z]+$/.test(value) && !MARKERS.has(value);
}

function isWordList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((word) => typeof word === "string" && isWord(word))
  );
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

// ---------------------------------------------------------------- merging lines into blocks

interface MutableBlock {
  block: string;
  code: string | null;
  reverse: string | null;
  verbs: VerbEntry[];
  /** By their elements, in the order written (a replaced pattern moves to the end). */
  patterns: Map<string, VerbPattern>;
}

/**
 * Blocks in the order first seen; later lines for a block extend it. A verb's first block is its
 * home: listed in another block, it takes the home's bare code there (PETRARCH codes a form by
 * its first definition), so a later block adds patterns to a verb but does not recode it.
 */
class DictionaryBuilder {
  readonly #blocks = new Map<string, MutableBlock>();
  readonly #homes = new Map<string, MutableBlock>();

  addAll(lines: readonly ParsedLine[]): void {
    for (const line of lines) this.#add(line);
  }

  blocks(): VerbBlock[] {
    return [...this.#blocks.values()].map(({ patterns, ...block }) => ({
      ...block,
      patterns: [...patterns.values()],
    }));
  }

  #add(line: ParsedLine): void {
    let block = this.#blocks.get(line.block);
    if (block) {
      if (line.code) Object.assign(block, line.code);
    } else {
      block = newBlock(line);
      this.#blocks.set(line.block, block);
    }
    for (const verb of line.verbs) this.#addVerb(block, verb);
    for (const pattern of line.patterns) addPattern(block, pattern);
  }

  #addVerb(block: MutableBlock, verb: VerbEntry): void {
    const key = verb.words.join(" ");
    const home = this.#homes.get(key);
    if (!home) this.#homes.set(key, block);
    const homeVerb = home?.verbs.find((v) => sameWords(v.words, verb.words));
    if (home === undefined || home === block || homeVerb === undefined) {
      addVerb(block, verb);
      return;
    }
    addVerb(block, {
      ...verb,
      ...codeIn(block, bareCode(home, homeVerb), bareReverse(home, homeVerb)),
    });
  }
}

/** A new block: it must say its code (null for none) and name a verb. */
function newBlock(line: ParsedLine): MutableBlock {
  if (!line.code) {
    throw new UserError(line.where, `block ${line.block} is new: it needs a code (null for none)`);
  }
  if (line.verbs.length === 0) {
    throw new UserError(line.where, `block ${line.block} is new: it needs at least one verb`);
  }
  return { block: line.block, ...line.code, verbs: [], patterns: new Map() };
}

/** A verb's own code that makes it code `code` (and `reverse`) by itself in `block`. */
function codeIn(block: MutableBlock, code: string | null, reverse: string | null): CodePair {
  if (code === block.code && reverse === block.reverse) return { code: null, reverse: null };
  return code === null ? { code: NO_EVENT, reverse: null } : { code, reverse };
}

/** A verb already in the block takes the new forms, and the new code if one is given. */
function addVerb(block: MutableBlock, verb: VerbEntry): void {
  const at = block.verbs.findIndex((v) => sameWords(v.words, verb.words));
  const old = block.verbs[at];
  if (!old) {
    block.verbs.push(verb);
    return;
  }
  const forms = [...old.forms];
  for (const form of verb.forms) {
    if (!forms.some((f) => sameWords(f, form))) forms.push(form);
  }
  const coded = verb.code === null && verb.reverse === null ? old : verb;
  block.verbs[at] = { words: old.words, forms, code: coded.code, reverse: coded.reverse };
}

/** As in PETRARCH, the last pattern written with the same elements wins. */
function addPattern(block: MutableBlock, pattern: VerbPattern): void {
  const key = JSON.stringify([pattern.pre, pattern.post]);
  block.patterns.delete(key);
  block.patterns.set(key, pattern);
}
