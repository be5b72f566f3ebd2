/**
 * The place finder: where an event happened, from the gazetteer names a sentence gives after a
 * cue, an article's dateline, or a landmark. Decisions (cue words live in data/places/cues.txt):
 *
 * - A bare city, country or region name is a place only after a cue: a locative ("in", "at",
 *   "near", "outside", ...; "the" and a direction word may stand between: "in eastern Ukraine"),
 *   "to"/"from" after a travel word ("a visit to Hanoi", "withdrew from Kherson"; not "exports to
 *   China", "pressure from Washington"), a visiting verb ("visited Hanoi"), "<city|outskirts|...>
 *   of" or an apposition ("the Vietnamese capital, Hanoi"), or as a conjunct of such a place ("in
 *   Hanoi, Da Nang and Hue"). Its first letter must be a capital, as must every word the name
 *   capitalises.
 * - A dateline ("HANOI (VNA) –", "BEIJING, Aug 19 (Reuters) -", "Nairobi, Kenya —") at the start
 *   of the article (or of the body after a one-sentence headline) is a place with cue "dateline",
 *   even though the actor stage codes the capital as its government there.
 * - A landmark is a place anywhere, unless it usually stands for a government ("the White House
 *   said"); those need a cue ("at the White House").
 * - Never a person, nor a capital or country the actor stage coded as a government ("Beijing
 *   said", "in Hanoi and Beijing said"); see `blockedByActor`.
 * - Longest match wins ("Ho Chi Minh City" over "Ho"); "City, Country" keeps the country in the
 *   mention and picks the namesake in it.
 * - Namesakes: a country over a same-named city, else the most populous city in a country the
 *   article mentions (unless the largest namesake is over 50 times larger), else the most
 *   populous. A country's point is its capital's.
 * - Names are GeoNames' (local spelling: "Huế"), or a preferred English form ("Geneva"); matching
 *   ignores case and accents ("Hue", "Hà Nội").
 */

import type { ActorMention, Document, Sentence, Token } from "../model/index.js";
import { foldWord } from "../actors/words.js";
import {
  type Gazetteer,
  headOf,
  type PlaceEntry,
  type PlaceKind,
  placeKey,
  startsCapital,
} from "./gazetteer.js";

export { type Gazetteer, loadGazetteer, type PlaceEntry } from "./gazetteer.js";

export interface PlaceMention {
  /** Offsets into the whole article text; `text` is exactly that slice. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The gazetteer's canonical name ("Hanoi", "Huế", "Geneva"); for a country, its dyad name. */
  readonly name: string;
  /** ISO 3166 alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: PlaceKind;
  /** What made it a place: the cue word ("in", "to", "visited", "city of"), "dateline" or "landmark". */
  readonly cue: string;
  /** How it was found, then (after "/") how an ambiguous name was resolved, if it was. */
  readonly rule: string;
}

/** How a cue was found: a word before the name, or a conjunct of a place ("in Hanoi and Hue"). */
type CueKind = "locative" | "movement" | "object" | "noun-of" | "coordinated";

interface Cue {
  readonly word: string;
  readonly kind: CueKind;
  readonly rule: string;
  /** A conjunct after a bare comma ("in Hanoi, Da Nang and Hue"). */
  readonly comma?: boolean;
  /**
   * A cue that may also precede a subject (a conjunct, an apposition after a comma): an actor
   * over the name then wins unless the phrase ends right after it ("in Hanoi and Beijing on
   * Monday", not "in Hanoi and Beijing said").
   */
  readonly weak?: boolean;
}

interface Found {
  readonly mention: PlaceMention;
  readonly firstToken: number;
  readonly endToken: number;
  /** The direct cue it came by (a conjunct inherits it), or null for a landmark or dateline. */
  readonly cue: Cue | null;
}

interface Match {
  /** Token range of the name itself (no article, no ", Country"). */
  readonly first: number;
  readonly end: number;
  readonly entries: readonly PlaceEntry[];
}

/** What is worked out once per document: the dateline and the countries the article is about. */
interface DocumentContext {
  readonly gazetteer: Gazetteer;
  dateline: Found | null | undefined;
  articleCountries: ReadonlySet<string> | undefined;
  mentionsBySentence: Map<number, ActorMention[]> | undefined;
}

const contexts = new WeakMap<Document, DocumentContext>();

function contextOf(document: Document, gazetteer: Gazetteer): DocumentContext {
  let context = contexts.get(document);
  if (!context || context.gazetteer !== gazetteer) {
    context = {
      gazetteer,
      dateline: undefined,
      articleCountries: undefined,
      mentionsBySentence: undefined,
    };
    contexts.set(document, context);
  }
  return context;
}

/**
 * The places one sentence names, in text order: the dateline if the sentence holds it, names
 * after a cue (and their conjuncts), and landmarks. Empty for an unknown sentence index.
 * @example findPlaces(document, 0, loadGazetteer()) // "Talks were held in Hanoi." → [Hanoi]
 */
export function findPlaces(
  document: Document,
  sentenceIndex: number,
  gazetteer: Gazetteer,
): PlaceMention[] {
  const sentences = document.sentences ?? [];
  const at = sentences[sentenceIndex];
  const sentence =
    at?.index === sentenceIndex ? at : sentences.find((s) => s.index === sentenceIndex);
  const tokens = document.tokens;
  if (!sentence || !tokens) return [];
  const context = contextOf(document, gazetteer);
  const found: Found[] = [];
  let from = sentence.firstToken;
  const dateline = datelineOf(document, context);
  if (
    dateline &&
    dateline.firstToken >= sentence.firstToken &&
    dateline.firstToken < sentence.endToken
  ) {
    found.push(dateline);
    from = dateline.endToken;
  }
  const text = document.text;
  const words = new SentenceWords(document, sentence);
  for (let i = from; i < sentence.endToken; i++) {
    const token = tokens[i] as Token;
    if (!startsCapitalOrDigit(text, token.start)) continue;
    const place = placeAt(document, sentence, words, i, found, context);
    if (place) {
      found.push(place);
      i = place.endToken - 1;
    }
  }
  return found.map((f) => f.mention);
}

/**
 * The place an article's dateline names ("HANOI (VNA) –", "BEIJING, Aug 19 (Reuters) -",
 * "Nairobi, Kenya —"), at the start of the first paragraph or, after a one-sentence headline,
 * of the second; null when there is none.
 */
export function datelinePlace(document: Document, gazetteer: Gazetteer): PlaceMention | null {
  return datelineOf(document, contextOf(document, gazetteer))?.mention ?? null;
}

// ---------------------------------------------------------------- one name after a cue

function placeAt(
  document: Document,
  sentence: Sentence,
  words: SentenceWords,
  i: number,
  found: readonly Found[],
  context: DocumentContext,
): Found | null {
  const { gazetteer } = context;
  const tokens = document.tokens as readonly Token[];
  // "in The Hague": a capitalised article belongs to the name.
  const article = words.at(i) === "the" ? i : -1;
  const first = article === i ? i + 1 : i;
  if (first >= sentence.endToken) return null;
  // "in the Netherlands", "in eastern Ukraine", "in the occupied West Bank".
  let before = i - 1;
  if (article === -1 && gazetteer.cues.modifier.has(words.at(before))) before--;
  if (article === -1 && words.at(before) === "the") before--;
  const cue = cueBefore(words, before, found, gazetteer);

  if (!cue) {
    // Without a cue only a landmark that is not also its government's name.
    if (!gazetteer.landmarkHeads.has(headOf(placeKey(words.raw(first))))) return null;
    const match = longestMatch(
      document,
      sentence,
      first,
      gazetteer,
      (e) => isLandmark(e) && !e.metonym,
    );
    if (!match) return null;
    const start = startOf(document, sentence, article, match, gazetteer);
    const end = (tokens[match.end - 1] as Token).end;
    if (blockedByActor(document, sentence, context, start, end, null, match, words)) return null;
    const entry = match.entries[0] as PlaceEntry;
    return build(
      document,
      start,
      end,
      entry,
      "landmark",
      "place:landmark",
      match.first,
      match.end,
      null,
    );
  }

  const match = longestMatch(document, sentence, first, gazetteer, () => true);
  if (!match) return null;
  const previousWasConjunct = found[found.length - 1]?.cue?.kind === "coordinated";
  if (!acceptable(match, words, cue, gazetteer, previousWasConjunct)) return null;

  let entries = match.entries;
  let end = match.end;
  let resolution = "";
  // "Lagos, Nigeria": the country settles which Lagos, and belongs to the mention.
  const withCountry = cityCountry(document, sentence, match, words, context);
  if (withCountry) {
    entries = withCountry.entries;
    end = withCountry.end;
    resolution = "/city-country";
  }
  const start = startOf(document, sentence, article, match, gazetteer);
  const endOffset = (tokens[end - 1] as Token).end;
  if (blockedByActor(document, sentence, context, start, endOffset, cue, match, words)) return null;
  const chosen = choose(entries, document, context);
  if (resolution === "") resolution = chosen.resolution;
  const rule = `${cue.rule}${resolution}`;
  return build(document, start, endOffset, chosen.entry, cue.word, rule, first, end, cue);
}

/** The cue before a name whose preceding word is at `j`, or null. */
function cueBefore(
  words: SentenceWords,
  j: number,
  found: readonly Found[],
  gazetteer: Gazetteer,
): Cue | null {
  const { cues } = gazetteer;
  const word = words.at(j);
  if (word === "") return null;
  if (cues.locative.has(word)) {
    if (cues.target.has(`${words.at(j - 1)} ${word}`)) return null;
    return { word, kind: "locative", rule: "place:after-locative" };
  }
  if (word === "to" || word === "from") {
    const previous = words.at(j - 1);
    const last = found[found.length - 1];
    const moved =
      cues.movement.has(previous) ||
      (cues.adverb.has(previous) && cues.movement.has(words.at(j - 2))) ||
      // "from Hanoi to Tokyo"
      (word === "to" && last?.endToken === j && last.cue?.word === "from");
    return moved ? { word, kind: "movement", rule: "place:after-movement" } : null;
  }
  if (cues.object.has(word)) return { word, kind: "object", rule: "place:object-of-verb" };
  if (word === "of" && cues.placeNoun.has(words.at(j - 1))) {
    return { word: `${words.at(j - 1)} of`, kind: "noun-of", rule: "place:noun-of" };
  }
  // "the port city Haiphong", "the Vietnamese capital, Hanoi".
  const noun = word === "," ? words.at(j - 1) : word;
  if (cues.apposition.has(noun)) {
    return { word: noun, kind: "noun-of", rule: "place:apposition", weak: word === "," };
  }
  if (word === "and" || word === "or" || word === ",") {
    // "in Hanoi, Da Nang and Hue": a conjunct of a place found by a cue.
    const last = found[found.length - 1];
    if (last && last.endToken === j && last.cue) {
      return {
        word: last.cue.word,
        kind: "coordinated",
        rule: "place:coordinated",
        comma: word === ",",
        weak: true,
      };
    }
  }
  return null;
}

/** The checks on the words of and around a match found after a cue. */
function acceptable(
  match: Match,
  words: SentenceWords,
  cue: Cue,
  gazetteer: Gazetteer,
  previousWasConjunct: boolean,
): boolean {
  const { cues } = gazetteer;
  if (match.end - match.first === 1) {
    const word = words.at(match.first);
    if (
      cues.notPlace.has(word) ||
      gazetteer.neverNames.has(word) ||
      gazetteer.functionWords.has(word)
    ) {
      return false;
    }
  }
  const next = words.at(match.end);
  const nextRaw = words.raw(match.end);
  // "in Independence Square", "in the Washington Post": part of a longer name.
  // A capitalised month, weekday or function word ("Meet In Hanoi To Discuss") does not count.
  if (
    /^\p{Lu}/u.test(nextRaw) &&
    !gazetteer.neverNames.has(next) &&
    !gazetteer.functionWords.has(next) &&
    !cues.placeNoun.has(next)
  ) {
    return false;
  }
  // "a shift in China policy", "in US dollars": the name modifies a noun.
  if (cues.follower.has(next)) return false;
  if (cue.kind === "coordinated") {
    // "in Hanoi, Vietnam's capital": a conjunct is not a possessive, and after a bare comma it
    // must continue a list ("Hanoi, Da Nang and Hue"), unless it ends one ("Hanoi, Hue, Vinh").
    if (next === "'s" || next === "'") return false;
    const list = next === "," || next === "and" || next === "or";
    if (cue.comma && !list && !previousWasConjunct) return false;
  }
  if (next === "'s" || next === "'") {
    // "returned from Beijing's" names its government; "in Moscow's view" a point of view.
    if (cue.kind === "movement" || cue.kind === "object") return false;
    if (cues.view.has(words.at(match.end + 1))) return false;
  }
  return true;
}

/** "Lagos, Nigeria": a country after a comma that one of the city's namesakes lies in. */
function cityCountry(
  document: Document,
  sentence: Sentence,
  match: Match,
  words: SentenceWords,
  context: DocumentContext,
): { entries: PlaceEntry[]; end: number } | null {
  if (words.at(match.end) !== ",") return null;
  const cities = match.entries.filter((e) => e.kind === "city");
  if (cities.length === 0) return null;
  const country = longestMatch(
    document,
    sentence,
    match.end + 1,
    context.gazetteer,
    (e) => e.kind === "country",
  );
  if (!country) return null;
  const codes = new Set(country.entries.map((e) => e.country));
  const inCountry = cities.filter((e) => codes.has(e.country));
  if (inCountry.length === 0 || words.at(country.end) === "'s") return null;
  // "talks in Beijing, China said": the country is the subject of the next verb, not a qualifier.
  const tokens = document.tokens as readonly Token[];
  const start = (tokens[match.end + 1] as Token).start;
  const end = (tokens[country.end - 1] as Token).end;
  const actor = mentionsIn(document, context, sentence.index).some(
    (m) => m.start < end && m.end > start,
  );
  if (actor && !endsPhrase(words, country.end, context.gazetteer)) return null;
  return { entries: inCountry, end: country.end };
}

/** Whether the word at `index` ends a conjunct: punctuation, the end, or a "closer" word. */
function endsPhrase(words: SentenceWords, index: number, gazetteer: Gazetteer): boolean {
  const raw = words.raw(index);
  return raw === "" || !/^[\p{L}\p{N}]/u.test(raw) || gazetteer.cues.closer.has(words.at(index));
}

/**
 * Whether an actor mention over the span says it is not a place. A mention strictly inside a
 * longer place name ("Ho Chi Minh" in "Ho Chi Minh City", "People" in "Great Hall of the People")
 * does not count. A person never is a place, except one the actor stage only guessed (a
 * capitalised name, a short name resolved by coreference) after a locative cue: "in Hue" is the
 * city, "visited Hue" may be the man. A country or capital coded as an actor is a place after a
 * cue the actor stage does not know ("visited Beijing"); organisations and groups block, except
 * for a landmark after a cue ("at the White House"). After a weak cue (a conjunct, an apposition
 * after a comma) none of these exceptions holds unless the phrase ends right after the name
 * ("in Hanoi and Beijing on Monday", not "in Hanoi and Beijing said").
 */
function blockedByActor(
  document: Document,
  sentence: Sentence,
  context: DocumentContext,
  start: number,
  end: number,
  cue: Cue | null,
  match: Match,
  words: SentenceWords,
): boolean {
  for (const mention of mentionsIn(document, context, sentence.index)) {
    if (mention.start >= end || mention.end <= start) continue;
    const inside =
      mention.start >= start && mention.end <= end && mention.end - mention.start < end - start;
    if (inside) continue;
    // A weak cue counts only when the phrase ends right after the name.
    const cued = cue !== null && (!cue.weak || endsPhrase(words, match.end, context.gazetteer));
    if (mention.type === "person") {
      const guessed = mention.rules.every(
        (r) => r.startsWith("coref:") || r === "person:capitalised-name",
      );
      const possessive = words.at(match.end) === "'s";
      if (guessed && cued && cue.kind !== "object" && !possessive) continue;
      return true;
    }
    const bare = mention.type === "country" && mention.start === start && mention.end === end;
    if ((bare || match.entries.some(isLandmark)) && cued) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- choosing among namesakes

/** A namesake in a mentioned country loses to one more than this many times larger. */
const POPULATION_RATIO = 50;

/**
 * Landmarks and regions first, then a country over a namesake city ("Singapore", "Djibouti"),
 * then cities: the most populous one in a country the article mentions, unless the most populous
 * of all is more than 50 times larger (Madrid, Spain in an article about Colombia), else the most
 * populous.
 */
function choose(
  entries: readonly PlaceEntry[],
  document: Document,
  context: DocumentContext,
): { entry: PlaceEntry; resolution: string } {
  const top = entries[0] as PlaceEntry;
  if (top.kind !== "city") {
    const cities = entries.some((e) => e.kind === "city");
    return { entry: top, resolution: top.kind === "country" && cities ? "/country-over-city" : "" };
  }
  const countries = new Set(entries.map((e) => e.country));
  if (countries.size === 1) return { entry: top, resolution: "" };
  const mentioned = articleCountries(document, context);
  const local = entries.find((e) => mentioned.has(e.country));
  if (local && local !== top && top.population <= POPULATION_RATIO * local.population) {
    return { entry: local, resolution: "/article-country" };
  }
  if (local === top) return { entry: top, resolution: "/article-country" };
  return { entry: top, resolution: "/most-populous" };
}

/** Countries the article names: its actors' countries and country names anywhere in its text. */
function articleCountries(document: Document, context: DocumentContext): ReadonlySet<string> {
  if (context.articleCountries) return context.articleCountries;
  const countries = new Set<string>();
  for (const mention of document.actorMentions ?? []) {
    if (mention.country) countries.add(mention.country);
  }
  const text = document.text;
  const tokens = document.tokens ?? [];
  for (const sentence of document.sentences ?? []) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (!startsCapitalOrDigit(text, (tokens[i] as Token).start)) continue;
      const match = longestMatch(
        document,
        sentence,
        i,
        context.gazetteer,
        (e) => e.kind === "country",
      );
      if (!match) continue;
      for (const entry of match.entries) countries.add(entry.country);
      i = match.end - 1;
    }
  }
  context.articleCountries = countries;
  return countries;
}

// ---------------------------------------------------------------- datelines

const DASHES = new Set(["-", "–", "—", "--", "―", "‒", ":"]);

function datelineOf(document: Document, context: DocumentContext): Found | null {
  if (context.dateline !== undefined) return context.dateline;
  context.dateline = null;
  const sentences = document.sentences ?? [];
  const paragraphs = document.paragraphs ?? [];
  const starts: number[] = [paragraphs[0]?.start ?? sentences[0]?.start ?? 0];
  // After a headline (one sentence without closing punctuation, or the given title), the body.
  const first = paragraphs[0];
  const second = paragraphs[1];
  if (first && second) {
    const inFirst = sentences.filter((s) => s.start >= first.start && s.end <= first.end);
    const headline = document.text.slice(first.start, first.end).trim();
    if (inFirst.length <= 1 && (!/[.!?"”]$/.test(headline) || headline === document.meta.title)) {
      starts.push(second.start);
    }
  }
  for (const start of starts) {
    const sentence = sentences.find((s) => s.end > start);
    if (!sentence || sentence.start < start) continue;
    const found = datelineAt(document, sentence, context);
    if (found) {
      context.dateline = found;
      break;
    }
  }
  return context.dateline;
}

/** "PLACE[, Country][, date] [(AGENCY)] –" at the start of a sentence. */
function datelineAt(
  document: Document,
  sentence: Sentence,
  context: DocumentContext,
): Found | null {
  const { gazetteer } = context;
  const tokens = document.tokens as readonly Token[];
  const words = new SentenceWords(document, sentence);
  const i = sentence.firstToken;
  const article = words.at(i) === "the" ? i : -1;
  const first = article === i ? i + 1 : i;
  if (!startsCapitalOrDigit(document.text, (tokens[first] as Token | undefined)?.start ?? -1))
    return null;
  const match = longestMatch(document, sentence, first, gazetteer, (e) => e.kind !== "landmark");
  if (!match) return null;
  let entries = match.entries;
  let nameEnd = match.end;
  let resolution = "";
  let k = match.end;
  if (words.at(k) === ",") {
    const country = longestMatch(document, sentence, k + 1, gazetteer, (e) => e.kind === "country");
    const codes = new Set(country?.entries.map((e) => e.country) ?? []);
    const inCountry = entries.filter((e) => e.kind === "city" && codes.has(e.country));
    if (country && inCountry.length > 0) {
      entries = inCountry;
      nameEnd = country.end;
      resolution = "/city-country";
      k = country.end;
    } else {
      // "WASHINGTON, Calif." style qualifiers: up to three capitalised words.
      let j = k + 1;
      while (j < k + 4 && /^\p{Lu}/u.test(words.raw(j))) j++;
      if (j > k + 1 && (words.at(j) === "," || words.at(j) === "(" || DASHES.has(words.at(j))))
        k = j;
    }
  }
  if (words.at(k) === ",") {
    // A date: "Aug 19", "19 August", "Aug. 19, 2024".
    let j = k + 1;
    let dated = false;
    while (j < k + 7 && j < sentence.endToken) {
      const word = words.at(j);
      if (gazetteer.neverNames.has(word) || gazetteer.neverNames.has(`${word}.`)) dated = true;
      else if (!/^\d{1,4}$/.test(word) && word !== "," && word !== ".") break;
      j++;
    }
    if (!dated) return null;
    k = j;
  }
  let agency = false;
  if (words.at(k) === "(") {
    let j = k + 1;
    while (j < k + 7 && j < sentence.endToken && words.at(j) !== ")") j++;
    if (words.at(j) !== ")") return null;
    agency = true;
    k = j + 1;
  }
  if (!DASHES.has(words.at(k)) && !agency) return null;
  const start = startOf(document, sentence, article, match, gazetteer);
  const end = (tokens[nameEnd - 1] as Token).end;
  // Never a person, even here.
  const person = mentionsIn(document, context, sentence.index).some(
    (m) =>
      m.type === "person" &&
      m.start < end &&
      m.end > start &&
      !(m.start >= start && m.end <= end && m.end - m.start < end - start),
  );
  if (person) return null;
  const chosen = choose(entries, document, context);
  if (resolution === "") resolution = chosen.resolution;
  return build(
    document,
    start,
    end,
    chosen.entry,
    "dateline",
    `place:dateline${resolution}`,
    first,
    nameEnd,
    null,
  );
}

// ---------------------------------------------------------------- matching

/**
 * The longest gazetteer name starting at token `first` whose entries pass `keep` and whose words
 * are capitalised where the name's are ("Kuwait city" is Kuwait, not Kuwait City).
 */
function longestMatch(
  document: Document,
  sentence: Sentence,
  first: number,
  gazetteer: Gazetteer,
  keep: (entry: PlaceEntry) => boolean,
): Match | null {
  const tokens = document.tokens as readonly Token[];
  const text = document.text;
  const firstToken = tokens[first];
  if (!firstToken || first >= sentence.endToken) return null;
  const maxLength = gazetteer.maxKeyLength.get(
    headOf(placeKey(text.slice(firstToken.start, firstToken.end))),
  );
  if (maxLength === undefined) return null;
  let best: Match | null = null;
  for (let k = first; k < sentence.endToken; k++) {
    const slice = text.slice(firstToken.start, (tokens[k] as Token).end);
    const key = placeKey(slice);
    if (key.length > maxLength) break;
    const entries = gazetteer.entries.get(key);
    if (!entries) continue;
    const kept = entries.filter(keep);
    if (kept.length === 0 || !capitalisedAsName(slice, gazetteer.capitalised.get(key) ?? 0))
      continue;
    best = { first, end: k + 1, entries: kept };
  }
  return best;
}

function capitalisedAsName(slice: string, mask: number): boolean {
  let word = 0;
  let atStart = true;
  for (let i = 0; i < slice.length && word < 31; i++) {
    const code = slice.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 160) {
      if (!atStart) word++;
      atStart = true;
      continue;
    }
    if (atStart && (mask & (1 << word)) !== 0 && !startsCapital(code, slice, i)) return false;
    atStart = false;
  }
  return true;
}

// ---------------------------------------------------------------- helpers

/**
 * Where a mention starts: at a capitalised "The" before the name when the name is written with
 * it ("The Hague") or the capital is not just the sentence's first letter ("in The Netherlands").
 */
function startOf(
  document: Document,
  sentence: Sentence,
  article: number,
  match: Match,
  gazetteer: Gazetteer,
): number {
  const tokens = document.tokens as readonly Token[];
  const name = tokens[match.first] as Token;
  if (article === -1) return name.start;
  const last = tokens[match.end - 1] as Token;
  const written = gazetteer.articleKeys.has(placeKey(document.text.slice(name.start, last.end)));
  return written || article !== sentence.firstToken ? (tokens[article] as Token).start : name.start;
}

function isLandmark(entry: PlaceEntry): boolean {
  return entry.kind === "landmark";
}

function build(
  document: Document,
  start: number,
  end: number,
  entry: PlaceEntry,
  cueWord: string,
  rule: string,
  firstToken: number,
  endToken: number,
  cue: Cue | null,
): Found {
  return {
    mention: {
      start,
      end,
      text: document.text.slice(start, end),
      name: entry.name,
      country: entry.country,
      lat: entry.lat,
      lon: entry.lon,
      kind: entry.kind,
      cue: cueWord,
      rule,
    },
    firstToken,
    endToken,
    cue,
  };
}

function mentionsIn(
  document: Document,
  context: DocumentContext,
  sentence: number,
): readonly ActorMention[] {
  if (!context.mentionsBySentence) {
    const bySentence = new Map<number, ActorMention[]>();
    for (const mention of document.actorMentions ?? []) {
      const list = bySentence.get(mention.sentence);
      if (list) list.push(mention);
      else bySentence.set(mention.sentence, [mention]);
    }
    context.mentionsBySentence = bySentence;
  }
  return context.mentionsBySentence.get(sentence) ?? [];
}

function startsCapitalOrDigit(text: string, offset: number): boolean {
  return startsCapital(text.charCodeAt(offset), text, offset);
}

/** The folded words of one sentence by token index; "" outside it. */
class SentenceWords {
  private readonly folded = new Map<number, string>();

  constructor(
    private readonly document: Document,
    private readonly sentence: Sentence,
  ) {}

  raw(index: number): string {
    if (index < this.sentence.firstToken || index >= this.sentence.endToken) return "";
    const token = (this.document.tokens as readonly Token[])[index] as Token;
    return this.document.text.slice(token.start, token.end);
  }

  at(index: number): string {
    let word = this.folded.get(index);
    if (word === undefined) {
      word = foldWord(this.raw(index));
      this.folded.set(index, word);
    }
    return word;
  }
}
