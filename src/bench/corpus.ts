/** Deterministic synthetic news articles for the ingest benchmark: seeded templates, no NLP data. */

import { mulberry32, type Rng } from "./prng.js";

/** One generated plain-text article file: a file name and its content in dyad's text format. */
export interface SyntheticArticle {
  readonly name: string;
  readonly content: string;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pickIndex(rng: Rng, length: number): number {
  return Math.floor(rng() * length);
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`index ${index} outside list of ${list.length}`);
  return value;
}

function shuffle<T>(rng: Rng, list: T[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = pickIndex(rng, i + 1);
    const tmp = at(list, i);
    list[i] = at(list, j);
    list[j] = tmp;
  }
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** "1234567" -> "1,234,567"; Intl is far slower than this in a hot loop. */
function grouped(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

const COUNTRIES: readonly (readonly [string, string])[] = [
  ["Kenya", "Nairobi"],
  ["Ghana", "Accra"],
  ["Vietnam", "Hanoi"],
  ["Indonesia", "Jakarta"],
  ["Brazil", "Brasilia"],
  ["Chile", "Santiago"],
  ["Poland", "Warsaw"],
  ["Turkey", "Ankara"],
  ["Egypt", "Cairo"],
  ["Ethiopia", "Addis Ababa"],
  ["India", "New Delhi"],
  ["Japan", "Tokyo"],
  ["South Africa", "Pretoria"],
  ["Mexico", "Mexico City"],
  ["Norway", "Oslo"],
  ["Malaysia", "Kuala Lumpur"],
  ["Morocco", "Rabat"],
  ["Peru", "Lima"],
];
const FIRST_NAMES = ["Amara", "Daniel", "Leila", "Tomas", "Mei", "Ravi", "Ana", "Kofi", "Sofia"];
const LAST_NAMES = [
  "Diallo",
  "Okafor",
  "Santos",
  "Nguyen",
  "Kowalski",
  "Haddad",
  "Tanaka",
  "Mensah",
];
const HEAD_TITLES = ["President", "Prime Minister"];
const MINISTER_TITLES = ["Foreign Minister", "Defence Minister", "Trade Minister"];

// Vocabulary slots never open a sentence, so lower-case "the" is safe in them.
const ORGS = [
  "the U.N. Security Council",
  "the European Union",
  "the African Union",
  "ASEAN",
  "the World Bank",
  "NATO",
  "the U.N. refugee agency",
  "the International Monetary Fund",
];
const COMPANIES = [
  "Northgate Energy",
  "Kestrel Shipping Ltd.",
  "Sahel Mining Corp.",
  "Baltic Rail Co.",
  "Orinoco Power",
  "Meridian Telecom",
];
const TOPICS = ["trade", "energy", "border security", "fisheries", "migration", "defence", "rail"];
const GROUPS = ["students", "farmers", "opposition supporters", "trade unionists", "fishermen"];
const PROJECTS = ["port expansion", "solar power plant", "railway line", "lithium refinery"];
const INSTITUTES = [
  "the Institute for Regional Studies",
  "the Centre for Strategic Dialogue",
  "Hanover University",
];
const RELATIVE_DAYS = [
  "on Monday",
  "on Tuesday",
  "on Wednesday",
  "on Thursday",
  "late on Friday",
  "on Saturday",
  "on Sunday",
  "last week",
  "earlier this month",
  "on Tuesday evening",
];
// AP style, so the text carries month abbreviations ("Aug. 3") next to unabbreviated ones.
const MONTHS = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

/** Slots fixed for a whole article, so the two countries and their officials stay consistent. */
const ARTICLE_SLOTS = [
  "A",
  "B",
  "capA",
  "capB",
  "headA",
  "headB",
  "ministerA",
  "ministerB",
  "gen",
] as const;
/** Slots drawn afresh each time they occur. */
const FREE_SLOTS = [
  "C",
  "capC",
  "org",
  "company",
  "topic",
  "group",
  "project",
  "institute",
  "person",
  "when",
  "date",
  "year",
  "future",
  "money",
  "pct",
  "count",
  "small",
] as const;
const SLOT_NAMES: readonly string[] = [...ARTICLE_SLOTS, ...FREE_SLOTS];
const FREE_BASE = ARTICLE_SLOTS.length;

interface Template {
  readonly literals: readonly string[];
  readonly slots: readonly number[];
  /** Words with every slot counted as one word; each filled value adds its own words minus one. */
  readonly words: number;
}

function compile(source: string): Template {
  const literals: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const match of source.matchAll(/\{(\w+)\}/g)) {
    const slot = SLOT_NAMES.indexOf(match[1] ?? "");
    if (slot < 0) throw new Error(`unknown slot ${match[0]} in template "${source}"`);
    literals.push(source.slice(last, match.index));
    slots.push(slot);
    last = match.index + match[0].length;
  }
  literals.push(source.slice(last));
  return { literals, slots, words: countWords(source) };
}

const HEADLINES = [
  "{A} and {B} sign {topic} pact as leaders meet in {capB}",
  "{B} summons {A} envoy after border incident",
  "{A} pledges {money} for {B} as talks resume",
  "Protesters rally in {capB} as {A} minister visits",
  "{A} threatens sanctions on {B} over {topic} dispute",
].map(compile);

const LEDES = [
  "{headA} held talks with {headB} in {capB} {when}, the first visit by a leader of {A} in {small} years.",
  "{ministerA} met {ministerB} in {capA} {when} to discuss {topic} and the growing dispute between the two countries.",
  "{B} accused {A} {when} of violating its airspace and summoned the ambassador of {A} to lodge a formal protest.",
].map(compile);

const COOPERATION = [
  "{headA} and {headB} signed {small} agreements covering {topic} and investment during talks in {capB} {when}.",
  "{ministerA} held talks with {ministerB} in {capA} {when} on {topic}, officials from both governments said.",
  "The two sides agreed to raise bilateral trade to {money} by {future}, according to a joint statement released after the meeting.",
  "{company} will invest {money} in a {project} in {B} under a deal announced {when}, the ministry said.",
  '"This visit opens a new chapter in our partnership," {headA} told reporters at a joint news conference in {capB}.',
  "A spokesperson for {org} welcomed the agreement and urged both countries to build on it in the coming months.",
  "{A} also pledged {money} in aid for {B}, where {count} people have been displaced by floods since {date}.",
  "Officials said a joint commission on {topic} would meet in {capA} {when} to draw up a plan for the next {small} years.",
  "Under the accord, {A} will train {count} officials from {B} and open a consulate in {capC} by {future}.",
  "Engineers from {company} are due to begin work on the {project} {when}, with the first phase finished by {future}.",
  "{headB} thanked {A} for its support and said the two nations shared a commitment to open markets and the rule of law.",
  "The agreement, signed in the presence of both leaders, sets out {small} joint projects and a timetable running until {future}.",
].map(compile);

const CONFLICT = [
  "Gen. {gen}, the army chief, said troops had been placed on high alert along the border after the clash.",
  "At least {small} soldiers were killed and {count} people displaced in the fighting, the defence ministry in {capB} said.",
  "A spokesperson for {org} called on both sides to exercise restraint and return to talks before the situation escalated.",
  '"We will respond firmly to any provocation," {ministerB} told parliament {when}, drawing loud applause from lawmakers.',
  "{A} imposed sanctions on {small} officials from {B} and froze assets worth {money}, the finance ministry said.",
  "Hundreds of {group} gathered outside the embassy of {A} in {capB} {when}, burning flags and chanting slogans.",
  "Police used tear gas to disperse the crowd, and {small} people were detained, according to a police spokesman.",
  "{headB} threatened to expel diplomats from {A} if the incursions continued, saying patience in {capB} was running out.",
  "Both governments blamed each other for the shooting near a disputed border village, which left {small} houses burned.",
  "Lt. Gen. {gen} told state television that {small} drones had been shot down over the frontier overnight.",
  "{ministerA} rejected the accusations as baseless and said {A} would not be intimidated by threats from {capB}.",
  "The foreign ministry in {capA} warned its citizens against travel to {B} and advised those already there to leave.",
].map(compile);

const BACKGROUND = [
  "Relations between {A} and {B} have been strained since {year}, when a dispute over {topic} led to the recall of ambassadors.",
  "Trade between the two countries fell {pct} last year to {money}, according to official figures published on {date}.",
  "{ministerA} is expected to travel to {capC} {when} for a meeting of foreign ministers hosted by {C}, diplomats said.",
  "Dr. {person}, a researcher at {institute} in {capA}, said the talks reflected a broader shift in the region.",
  "The U.S. State Department said it supported dialogue and urged all parties to avoid steps that could raise tensions.",
  "A spokesperson for {org} said {pct} of the pledged funds had been delivered so far, well below what aid agencies requested.",
  "The U.N. Secretary-General's office said it was following developments closely and remained in contact with both capitals.",
  "{C} offered {when} to host further talks in {capC}, and officials there said a date could be set within weeks.",
  '"Nobody gains from a long quarrel between neighbours," said {person}, a former ambassador of {A} to {C}.',
  "A U.N. envoy, {person}, is due in the region {when} and is expected to meet officials in both capitals.",
  "Economists estimate that the dispute has already cost {B} about {pct} of its exports to {A} this year.",
  "{person}, a spokesperson for {org}, said the organisation stood ready to help if both governments asked it to.",
].map(compile);

const INDEX_SENTENCE = compile(
  "The ministry said it had processed {count} visa applications from citizens of {B} so far this year.",
);

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAYS = (Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY_MS + 1;
const MIN_SENTENCES = 25;
const MAX_SENTENCES = 35;

/** Per-article state: the fixed slot values and the running word count of what has been filled. */
class Writer {
  readonly fixed: string[] = [];
  readonly fixedExtra: number[] = [];
  words = 0;
  indexCount = "";

  constructor(private readonly rng: Rng) {}

  fill(template: Template): string {
    let out = at(template.literals, 0);
    let words = template.words;
    for (let k = 0; k < template.slots.length; k++) {
      const slot = at(template.slots, k);
      let value: string;
      if (slot < FREE_BASE) {
        value = at(this.fixed, slot);
        words += at(this.fixedExtra, slot);
      } else {
        value = this.free(slot - FREE_BASE);
        words += countWords(value) - 1;
      }
      out += value + at(template.literals, k + 1);
    }
    this.words += words;
    return out;
  }

  private pick(list: readonly string[]): string {
    return at(list, pickIndex(this.rng, list.length));
  }

  private free(slot: number): string {
    const rng = this.rng;
    switch (FREE_SLOTS[slot]) {
      case "C":
        return at(at(COUNTRIES, pickIndex(rng, COUNTRIES.length)), 0);
      case "capC":
        return at(at(COUNTRIES, pickIndex(rng, COUNTRIES.length)), 1);
      case "org":
        return this.pick(ORGS);
      case "company":
        return this.pick(COMPANIES);
      case "topic":
        return this.pick(TOPICS);
      case "group":
        return this.pick(GROUPS);
      case "project":
        return this.pick(PROJECTS);
      case "institute":
        return this.pick(INSTITUTES);
      case "person":
        return `${this.pick(FIRST_NAMES)} ${this.pick(LAST_NAMES)}`;
      case "when":
        return rng() < 0.7
          ? this.pick(RELATIVE_DAYS)
          : `on ${this.pick(MONTHS)} ${intBetween(rng, 1, 28)}`;
      case "date":
        return `${this.pick(MONTHS)} ${intBetween(rng, 1, 28)}`;
      case "year":
        return String(intBetween(rng, 2008, 2019));
      case "future":
        return String(intBetween(rng, 2027, 2035));
      case "money":
        return rng() < 0.5
          ? `$${intBetween(rng, 1, 40)}.${intBetween(rng, 1, 9)} billion`
          : `$${intBetween(rng, 12, 950)} million`;
      case "pct":
        return `${intBetween(rng, 3, 60)} percent`;
      case "count":
        return this.indexCount || grouped(intBetween(rng, 120, 48_000));
      case "small":
        return String(intBetween(rng, 2, 19));
      default:
        throw new RangeError(`no generator for slot ${slot}`);
    }
  }

  setFixed(slot: (typeof ARTICLE_SLOTS)[number], value: string): void {
    const index = ARTICLE_SLOTS.indexOf(slot);
    this.fixed[index] = value;
    this.fixedExtra[index] = countWords(value) - 1;
  }
}

function buildArticle(rng: Rng, index: number): string {
  const w = new Writer(rng);
  const a = pickIndex(rng, COUNTRIES.length);
  // Offsetting by 1..n-1 guarantees two different countries without a retry loop.
  const b = (a + 1 + pickIndex(rng, COUNTRIES.length - 1)) % COUNTRIES.length;
  const [nameA, capA] = at(COUNTRIES, a);
  const [nameB, capB] = at(COUNTRIES, b);
  // Stepping through the first x last name grid from one random start gives the article's five
  // officials distinct names, so "X held talks with X" cannot happen.
  const grid = FIRST_NAMES.length * LAST_NAMES.length;
  const start = pickIndex(rng, grid);
  const person = (k: number) => {
    const cell = (start + 13 * k) % grid;
    return `${at(FIRST_NAMES, cell % FIRST_NAMES.length)} ${at(LAST_NAMES, Math.floor(cell / FIRST_NAMES.length))}`;
  };
  w.setFixed("A", nameA);
  w.setFixed("B", nameB);
  w.setFixed("capA", capA);
  w.setFixed("capB", capB);
  w.setFixed("headA", `${at(HEAD_TITLES, pickIndex(rng, 2))} ${person(0)}`);
  w.setFixed("headB", `${at(HEAD_TITLES, pickIndex(rng, 2))} ${person(1)}`);
  w.setFixed("ministerA", `${at(MINISTER_TITLES, pickIndex(rng, 3))} ${person(2)}`);
  w.setFixed("ministerB", `${at(MINISTER_TITLES, pickIndex(rng, 3))} ${person(3)}`);
  w.setFixed("gen", person(4));

  const day = new Date(FIRST_DAY + pickIndex(rng, DAYS) * DAY_MS).toISOString().slice(0, 10);
  const headline = w.fill(at(HEADLINES, pickIndex(rng, HEADLINES.length)));
  const head = ` date ${day} ${headline}`;
  const dateWords = 2;

  const conflict = rng() < 0.5;
  const targetWords = intBetween(rng, 575, 625) - dateWords;
  const sentences: string[] = [w.fill(at(LEDES, pickIndex(rng, LEDES.length)))];
  // The index becomes a visa count in the first paragraph, so every article text is unique.
  w.indexCount = grouped(1000 + index);
  sentences.push(w.fill(INDEX_SENTENCE));
  w.indexCount = "";
  // Dealing from a shuffled deck instead of drawing freely keeps one sentence from recurring five
  // times in an article, which would make the benchmark text unlike real news.
  const deck = conflict ? [...CONFLICT, ...BACKGROUND] : [...COOPERATION, ...BACKGROUND];
  let dealt = deck.length;
  while (
    sentences.length < MIN_SENTENCES ||
    (w.words < targetWords && sentences.length < MAX_SENTENCES)
  ) {
    if (dealt === deck.length) {
      shuffle(rng, deck);
      dealt = 0;
    }
    sentences.push(w.fill(at(deck, dealt++)));
  }

  const paragraphs = intBetween(rng, 5, 9);
  const base = Math.floor(sentences.length / paragraphs);
  const extra = sentences.length % paragraphs;
  let body = "";
  let next = 0;
  for (let p = 0; p < paragraphs; p++) {
    const size = base + (p < extra ? 1 : 0);
    body += `\n\n${sentences.slice(next, next + size).join(" ")}`;
    next += size;
  }
  return `${head}${body}\n`;
}

/**
 * Yields `count` synthetic plain-text articles (~600 words, 25–35 sentences, 5–9 paragraphs) whose
 * first line is ` date YYYY-MM-DD` followed by the headline. The same `count` and `seed` always give
 * byte-identical output, and article `i` does not depend on `count`.
 * @example
 * for (const { name, content } of syntheticArticles(1000, 42)) {
 *   await writeFile(join(dir, name), content);
 * }
 */
export function* syntheticArticles(count: number, seed: number): Generator<SyntheticArticle> {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const rng = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    yield { name: `synthetic-${String(i).padStart(6, "0")}.txt`, content: buildArticle(rng, i) };
  }
}
