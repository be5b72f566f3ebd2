/** Compares dyad's segmenter with wink-nlp: tokens per second and sentence-boundary agreement. */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence } from "wink-nlp";
import { loadAbbreviations, segment } from "../nlp/segment.js";
import { mulberry32 } from "./prng.js";

const SEED = 20240819;
const SENTENCES = 200;
const MIN_SECONDS = 1.5;

// Invented names and phrases: the benchmark must not depend on any real article text.
const WORDS: Readonly<Record<string, readonly string[]>> = {
  title: ["Mr.", "Mrs.", "Dr.", "Gen.", "Lt. Gen.", "Col.", "Sen.", "Gov.", "Prof.", "Rep."],
  name: [
    "Nguyen Van Binh",
    "Tran Thi Mai",
    "Li Wei",
    "Anna Kowal",
    "James O'Neill",
    "Pham Duc Long",
  ],
  surname: ["Binh", "Mai", "Li", "Kowal", "O'Neill", "Long", "Okafor", "Haddad"],
  initial: ["J.", "F.", "R.", "M.", "T."],
  country: ["Vietnam", "China", "Laos", "Japan", "India", "Brazil", "Kenya", "Poland", "Chile"],
  city: ["Hanoi", "Beijing", "Vientiane", "Tokyo", "New Delhi", "Brasilia", "Nairobi", "Warsaw"],
  agency: ["VNA", "Xinhua", "Reuters", "AP", "AFP"],
  month: ["Jan.", "Feb.", "March", "April", "May", "June", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
  weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  company: ["Delta Shipping", "Red River Power", "Lotus Steel", "Harbor Trade"],
  suffix: ["Inc.", "Corp.", "Co.", "Ltd."],
  org: ["the trade ministry", "the central bank", "the customs office", "the port authority"],
};

const TEMPLATES: readonly string[] = [
  "{title} {name} met {title} {name} in {city} on {month} {day}.",
  "{country} and {country} signed {n} agreements worth {usd} billion, officials said.",
  "“We agree on the need for dialogue,” {name} told reporters.",
  "Exports from {country} to the U.S. rose {dec}% in {year}, {org} said.",
  "Talks resumed at {hour} a.m. on {weekday} and ended at {hour} p.m.",
  "{name}, a spokesman for {company} {suffix}, declined to comment.",
  "U.S. officials did not respond to a request for comment.",
  "{initial} {surname} said the deal was “a milestone.”",
  "Why did {country} act now?",
  "Shipments fell by {n},{thousand} tonnes, according to {org}.",
  "{country} accused {country} of violating the ceasefire near {city}.",
  "{title} {surname} said troops would withdraw by {month} {day}.",
  "The minister, who holds a Ph.D. in economics, flew to the U.K. on {weekday}.",
  "Prices rose {dec}%, e.g. for rice and fuel, the report said.",
  "He called the talks “frank and constructive.”",
  "The delegation arrived in the U.S. on {weekday}.",
  "(The figures could not be independently verified.)",
  "{title} {surname} said the vote was {n} vs. {n}.",
  "It wasn't clear whether {country}'s envoy would attend.",
  "The contract went to {company} {suffix}",
  "Analysts expect growth of {dec}% next year...",
  "“Will they keep their promise?” {surname} asked.",
];

const HEADLINES: readonly string[] = [
  "{country}, {country} agree to expand trade ties",
  "Border talks resume in {city}",
  "Photo: {agency}",
];

function pick(random: () => number, list: readonly string[]): string {
  return list[Math.floor(random() * list.length)] as string;
}

function fill(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const int = (low: number, high: number) => String(low + Math.floor(random() * (high - low)));
    switch (key) {
      case "n":
        return int(2, 99);
      case "day":
        return int(1, 29);
      case "year":
        return int(2015, 2025);
      case "hour":
        return int(1, 12);
      case "thousand":
        return int(100, 999);
      case "dec":
        return `${int(1, 20)}.${int(0, 9)}`;
      case "usd":
        return `$${int(1, 20)}.${int(0, 9)}`;
      default:
        return pick(random, WORDS[key] ?? [key]);
    }
  });
}

/** A synthetic article and the offsets where its sentences really end. */
interface Synthetic {
  readonly text: string;
  readonly gold: ReadonlySet<number>;
}

/**
 * Builds ~`count` sentences in paragraphs of one to five, with headlines, captions and datelines.
 * @example synthetic(200, 1).text.length > 0
 */
function synthetic(count: number, seed: number): Synthetic {
  const random = mulberry32(seed);
  const gold = new Set<number>();
  let text = "";
  let written = 0;
  const add = (sentence: string, separator: string) => {
    text += sentence;
    gold.add(text.length);
    text += separator;
    written++;
  };
  while (written < count) {
    if (random() < 0.15) add(fill(pick(random, HEADLINES), random), "\n");
    const size = 1 + Math.floor(random() * 5);
    for (let s = 0; s < size; s++) {
      let sentence = fill(pick(random, TEMPLATES), random);
      if (s === 0 && random() < 0.2) {
        const city = fill("{city}", random).toUpperCase();
        sentence = `${city}, ${fill("{month} {day} ({agency})", random)} – ${sentence}`;
      }
      add(sentence, s === size - 1 ? "\n\n" : " ");
    }
  }
  return { text, gold };
}

const nlp = winkNLP(model, ["sbd"]);

/** Where wink's sentences end, as offsets into `text` (wink tokens carry no offsets). */
function winkSentenceEnds(text: string): { ends: Set<number>; tokens: number } {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tokenEnds: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    // wink normalises nothing in values for these texts; if it ever did, keep the last position.
    if (at >= 0) cursor = at + value.length;
    tokenEnds.push(cursor);
  }
  const ends = new Set<number>();
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens = sentence.tokens();
    // Line-break tokens ("\n\n") can close a wink sentence; the boundary is the last real token.
    for (let k = tokens.length() - 1; k >= 0; k--) {
      const item = tokens.itemAt(k);
      if (item.out().trim() !== "") {
        ends.add(tokenEnds[item.index()] ?? -1);
        break;
      }
    }
  });
  return { ends, tokens: values.length };
}

function dyadSentenceEnds(text: string): { ends: Set<number>; tokens: number } {
  const result = segment(text, loadAbbreviations());
  return { ends: new Set(result.sentences.map((s) => s.end)), tokens: result.tokens.length };
}

/** Tokens per second of `run` over `texts`, counting the tokens it reports itself. */
function throughput(texts: readonly string[], run: (text: string) => number): number {
  for (const text of texts) run(text); // warm-up: JIT and lazy tables
  let tokens = 0;
  const started = process.hrtime.bigint();
  let seconds = 0;
  do {
    for (const text of texts) tokens += run(text);
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
  } while (seconds < MIN_SECONDS);
  return tokens / seconds;
}

function share(of: ReadonlySet<number>, foundIn: ReadonlySet<number>): string {
  if (of.size === 0) return "n/a";
  let hits = 0;
  for (const end of of) if (foundIn.has(end)) hits++;
  return `${((100 * hits) / of.size).toFixed(1)}% (${hits}/${of.size})`;
}

function report(label: string, texts: readonly string[], gold?: ReadonlySet<number>): void {
  const abbreviations = loadAbbreviations();
  const dyadRate = throughput(texts, (text) => segment(text, abbreviations).tokens.length);
  const winkRate = throughput(texts, (text) => nlp.readDoc(text).tokens().length());
  let dyadTokens = 0;
  let winkTokens = 0;
  // Offsets are made unique across texts so one set can hold them all.
  const dyadEnds = new Set<number>();
  const winkEnds = new Set<number>();
  let base = 0;
  for (const text of texts) {
    const d = dyadSentenceEnds(text);
    const w = winkSentenceEnds(text);
    dyadTokens += d.tokens;
    winkTokens += w.tokens;
    for (const end of d.ends) dyadEnds.add(base + end);
    for (const end of w.ends) winkEnds.add(base + end);
    base += text.length + 1;
  }
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`${label}: ${texts.length} text(s), ${chars} chars`);
  console.log(
    `  tokens/s   dyad ${(dyadRate / 1e6).toFixed(2)} M (${dyadTokens} tokens)` +
      `   wink ${(winkRate / 1e6).toFixed(2)} M (${winkTokens} tokens, incl. line-break tokens)` +
      `   ratio ${(dyadRate / winkRate).toFixed(1)}x`,
  );
  console.log(`  sentences  dyad ${dyadEnds.size}   wink ${winkEnds.size}`);
  console.log(`  wink's sentence ends that dyad also has: ${share(winkEnds, dyadEnds)}`);
  console.log(`  dyad's sentence ends that wink also has: ${share(dyadEnds, winkEnds)}`);
  if (gold) {
    console.log(
      `  true ends found (recall)       dyad ${share(gold, dyadEnds)}   wink ${share(gold, winkEnds)}`,
    );
    console.log(
      `  ends that are true (precision) dyad ${share(dyadEnds, gold)}   wink ${share(winkEnds, gold)}`,
    );
  }
}

function main(): void {
  console.log(
    `segmenter comparison: dyad vs wink-nlp (pipe ["sbd"]), ${MIN_SECONDS}s per measurement`,
  );
  const { text, gold } = synthetic(SENTENCES, SEED);
  report(`synthetic (seed ${SEED}, ${SENTENCES} sentences)`, [text], gold);
  const dir = process.argv[2];
  if (dir) {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .sort();
    if (files.length === 0) console.log(`${dir}: no .txt files`);
    else
      report(
        dir,
        files.map((name) => readFileSync(join(dir, name), "utf8")),
      );
  }
}

main();
