/**
 * Scores the quotes stage against test/gold/quotes.jsonl: P/R/F1 of quotations found, exact
 * spans, direct/indirect, and the speaker's name and country.
 *
 * Gold format, one invented news text a line (conventions in test/gold/README.md):
 *   {"id": "q001", "published": "2024-03-04" | null, "text": "...", "tags": ["dateline", ...],
 *    "quotes": [{"kind": "direct" | "indirect", "start": 0, "end": 12, "text": "...",
 *                "speaker": {"name": "Peter Kamau", "country": "KEN", "sector": "GOV"} | null}]}
 * `start`/`end` are UTF-16 offsets into `text`, end exclusive, and `text.slice(start, end)` is the
 * quote's `text`: the quoted or reported words only.
 *
 * Scoring: a predicted quote matches the gold quote it overlaps most (one to one). Matched pairs
 * are scored for exact span, kind and speaker. Speaker names match when, lower-cased and without a
 * leading "the", one is the other or a whole-word prefix or suffix of it ("Xi" ~ "Xi Jinping",
 * "foreign ministry" ~ "Japan's Foreign Ministry"); a null speaker matches only null. Countries
 * match exactly; for an IGO/NGO code (IGOUNO) the predicted actor's full code is compared.
 * `--verbose` lists every miss; a path argument scores another file in the same format.
 */

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type ActorRef, EMPTY_META, type QuoteMention, newDocument } from "../model/index.js";
import { PACKAGE_ROOT } from "../paths.js";
import { actorsPipeline } from "../pipeline/stages.js";
import { quotesStage } from "../quotes/quotes-stage.js";

interface GoldSpeaker {
  name: string;
  country: string | null;
  sector: string | null;
}

interface GoldQuote {
  kind: "direct" | "indirect";
  start: number;
  end: number;
  text: string;
  speaker: GoldSpeaker | null;
}

interface GoldItem {
  id: string;
  published: string | null;
  text: string;
  quotes: GoldQuote[];
}

interface Tally {
  right: number;
  total: number;
}

const verbose = process.argv.includes("--verbose");
const fileArgument = process.argv.slice(2).find((argument) => !argument.startsWith("--"));

function evaluateQuotes(file = join(PACKAGE_ROOT, "test/gold/quotes.jsonl")): void {
  const items = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldItem);
  const pipeline = actorsPipeline();
  const quotes = quotesStage.create();
  const found = { tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<string, { tp: number; fp: number; fn: number }>();
  const span: Tally = { right: 0, total: 0 };
  const kind: Tally = { right: 0, total: 0 };
  const name: Tally = { right: 0, total: 0 };
  const country: Tally = { right: 0, total: 0 };
  const both: Tally = { right: 0, total: 0 };
  const sector: Tally = { right: 0, total: 0 };
  let goldQuotes = 0;
  for (const item of items) {
    const meta = { ...EMPTY_META, published: item.published, declaredLanguage: "en" };
    const read = pipeline.run(newDocument({ path: item.id, format: "text" }, item.text, meta));
    if (read.text !== item.text) throw new Error(`${item.id}: the pipeline changed the text`);
    const predicted = quotes(read).quotes ?? [];
    goldQuotes += item.quotes.length;
    const pairs = pairUp(predicted, item.quotes);
    found.tp += pairs.length;
    found.fp += predicted.length - pairs.length;
    found.fn += item.quotes.length - pairs.length;
    for (const k of ["direct", "indirect"]) {
      const counts = byKind.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      const sameKind = pairs.filter(([p, g]) => p.quoteKind === k && g.kind === k).length;
      counts.tp += sameKind;
      counts.fp += predicted.filter((p) => p.quoteKind === k).length - sameKind;
      counts.fn += item.quotes.filter((g) => g.kind === k).length - sameKind;
      byKind.set(k, counts);
    }
    for (const [p, g] of pairs) {
      const exact = p.start === g.start && p.end === g.end;
      const nameOk = sameSpeakerName(p.speaker, g.speaker);
      const countryOk = sameCountry(p.speaker, g.speaker);
      tally(span, exact);
      tally(kind, p.quoteKind === g.kind);
      tally(name, nameOk);
      tally(country, countryOk);
      tally(both, nameOk && countryOk);
      tally(sector, (p.speaker?.sector ?? null) === (g.speaker?.sector ?? null));
      if (verbose && (!exact || !nameOk || !countryOk || p.quoteKind !== g.kind)) {
        console.log(`  ${item.id} gold ${describe(g.kind, g.text, g.speaker)}`);
        console.log(
          `  ${" ".repeat(item.id.length)} got  ${describe(p.quoteKind, p.text, p.speaker)}`,
        );
      }
    }
    if (verbose) {
      for (const g of item.quotes.filter((g) => !pairs.some(([, q]) => q === g))) {
        console.log(`  ${item.id} missed ${describe(g.kind, g.text, g.speaker)}`);
      }
      for (const p of predicted.filter((p) => !pairs.some(([q]) => q === p))) {
        console.log(`  ${item.id} extra  ${describe(p.quoteKind, p.text, p.speaker)}`);
      }
    }
  }
  const shown = relative(PACKAGE_ROOT, file);
  console.log(`quotes (${shown}, ${items.length} texts, ${goldQuotes} quotes)`);
  console.log("                    precision  recall     F1   (tp/fp/fn)");
  console.log(`  quotes found      ${prfLine(found)}`);
  for (const [k, counts] of byKind)
    console.log(`  ${`${k}, same kind`.padEnd(17)} ${prfLine(counts)}`);
  console.log(`  span exact, matched quotes    ${percent(span)}`);
  console.log(`  kind right, matched quotes    ${percent(kind)}`);
  console.log(`  speaker name right            ${percent(name)}`);
  console.log(`  speaker country right         ${percent(country)}`);
  console.log(`  speaker name and country      ${percent(both)}`);
  console.log(`  speaker sector right          ${percent(sector)}`);
}

/** Each gold quote is matched once, to the unmatched predicted quote overlapping it most. */
function pairUp(
  predicted: readonly QuoteMention[],
  gold: readonly GoldQuote[],
): Array<[QuoteMention, GoldQuote]> {
  const candidates: Array<[number, QuoteMention, GoldQuote]> = [];
  for (const p of predicted) {
    for (const g of gold) {
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > 0) candidates.push([overlap + (p.quoteKind === g.kind ? 0.5 : 0), p, g]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const pairs: Array<[QuoteMention, GoldQuote]> = [];
  const usedP = new Set<QuoteMention>();
  const usedG = new Set<GoldQuote>();
  for (const [, p, g] of candidates) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    pairs.push([p, g]);
  }
  return pairs;
}

function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the /, "")
    .trim();
}

function sameSpeakerName(predicted: ActorRef | null, gold: GoldSpeaker | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = foldName(predicted.name);
  const g = foldName(gold.name);
  return (
    p === g ||
    p.startsWith(`${g} `) ||
    g.startsWith(`${p} `) ||
    p.endsWith(` ${g}`) ||
    g.endsWith(` ${p}`)
  );
}

function sameCountry(predicted: ActorRef | null, gold: GoldSpeaker | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (gold.country !== null && /^(IGO|NGO|IMG)/.test(gold.country))
    return predicted.code === gold.country;
  return predicted.country === gold.country;
}

function describe(
  kind: string,
  text: string,
  speaker: { name: string; country: string | null } | null,
) {
  const who = speaker === null ? "nobody" : `${speaker.name} (${speaker.country ?? "-"})`;
  return `${kind.padEnd(8)} ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text)} — ${who}`;
}

function tally(counter: Tally, right: boolean): void {
  counter.total++;
  if (right) counter.right++;
}

function prfLine({ tp, fp, fn }: { tp: number; fp: number; fn: number }): string {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}   (${tp}/${fp}/${fn})`;
}

function percent({ right, total }: Tally): string {
  return total === 0 ? "n/a" : `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
}

evaluateQuotes(fileArgument);
