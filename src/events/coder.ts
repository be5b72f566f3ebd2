/** Codes the events of one article: triggers, their patterns, actors, modality, date and place. */

import type {
  ActorRef,
  Document,
  EventMention,
  EventPlace,
  Evidence,
  Span,
} from "../model/index.js";
import { readDataLines } from "../word-lists.js";
import type { DateMention } from "./dates.js";
import { sentenceDates } from "./sentence-dates.js";
import { modalityOf, codeUnder, loadModalityWords, type ModalityWords } from "./modality.js";
import { bestPattern, type PatternMatch } from "./patterns.js";
import {
  datelinePlace,
  findPlaces,
  type Gazetteer,
  loadGazetteer,
  type PlaceMention,
} from "./places.js";
import { placeKey } from "./gazetteer.js";
import { type PlacedMention, type SentenceView, sentenceViews } from "./sentence-view.js";
import {
  type Found,
  loadStructureWords,
  mentionStartingNear,
  objectAfter,
  type StructureWords,
  subjectBefore,
  between,
  sentenceSubject,
} from "./structure.js";
import { toAfter } from "./frames.js";
import { type Trigger, TriggerIndex } from "./triggers.js";
import { loadTriggerUseWords, type TriggerUseWords, triggerUse } from "./trigger-use.js";
import {
  bareCode,
  bareReverse,
  type PatternElement,
  type Synonyms,
  type VerbDictionary,
  type VerbPattern,
} from "./verb-dictionary.js";

export interface EventCoder {
  code(document: Document): EventMention[];
}

interface Resources {
  readonly triggers: TriggerIndex;
  readonly synonyms: Synonyms;
  readonly structure: StructureWords;
  readonly modality: ModalityWords;
  readonly reciprocal: ReadonlyMap<string, string>;
  readonly be: ReadonlySet<string>;
  readonly gazetteer: Gazetteer;
  readonly use: TriggerUseWords;
  /** Codes a bare verb does not emit: "said" reports speech, it is not the event. */
  readonly silentBareCodes: ReadonlySet<string>;
  /** Roots coded only with a target (data/events/target-required-roots.txt). */
  readonly targetRequired: ReadonlySet<string>;
  /** Code prefixes whose target may be the place named after the trigger. */
  readonly placeTargets: ReadonlySet<string>;
  /** Nouns that only propose the event noun after them: "an offer of talks". */
  readonly proposalNouns: ReadonlySet<string>;
  /** Participles that are passive when "of" follows: "companies accused of supplying drones". */
  readonly objectBeforeOf: ReadonlySet<string>;
}

export function createEventCoder(dictionary: VerbDictionary): EventCoder {
  const structure = loadStructureWords();
  const modality = loadModalityWords(structure.boundaries);
  const resources: Resources = {
    triggers: new TriggerIndex(dictionary.blocks),
    synonyms: dictionary.synonyms,
    structure,
    modality,
    reciprocal: new Map(
      readDataLines("events/reciprocal-codes.tsv").map((l) => l.split("\t") as [string, string]),
    ),
    be: new Set(readDataLines("events/be-forms.txt")),
    gazetteer: loadGazetteer(),
    placeTargets: new Set(readDataLines("events/place-target-codes.txt")),
    targetRequired: new Set(readDataLines("events/target-required-roots.txt")),
    use: loadTriggerUseWords(modality.frames),
    silentBareCodes: new Set(readDataLines("events/silent-bare-codes.txt")),
    proposalNouns: new Set(readDataLines("events/proposal-nouns.txt")),
    objectBeforeOf: new Set(readDataLines("events/object-before-of.txt")),
  };
  return { code: (document) => codeDocument(document, resources) };
}

function codeDocument(document: Document, resources: Resources): EventMention[] {
  const events: EventMention[] = [];
  const dateline = datelinePlace(document, resources.gazetteer);
  for (const view of sentenceViews(document)) {
    const triggers = resources.triggers.find(view.words);
    if (triggers.length === 0 || view.mentions.length === 0) continue;
    // "If Serbia recognises Kosovo, the EU could open talks": both clauses are hypothetical.
    if (resources.modality.conditional.has(view.words[0] as string)) continue;
    const context: SentenceContext = {
      view,
      triggers,
      triggerStarts: new Set(triggers.map((t) => t.first)),
      resources,
      dateline,
      dates: null,
      places: null,
      consumed: new Set(),
    };
    let directiveEnd = -1;
    for (const trigger of triggers) {
      // "demanded that Japan release the captain", "urged Israel to stop": the complement of a
      // demand or appeal is what is asked for, not an event.
      if (directiveEnd >= 0 && isComplement(view, directiveEnd, trigger.first)) continue;
      if (context.consumed.has(trigger)) continue;
      const coded = codeTrigger(trigger, context);
      // Whether or not the demand itself could be coded, what it asks for did not happen.
      const directive = bareCode(trigger.block, trigger.verb) ?? "";
      if (
        DIRECTIVE_ROOTS.has(directive.slice(0, 2)) ||
        coded.some((e) => DIRECTIVE_ROOTS.has(e.cameo.slice(0, 2)))
      ) {
        directiveEnd = trigger.end;
      }
      events.push(...coded);
    }
  }
  return datedFromArticle(dedupe(events));
}

/**
 * "The talks" later in an article are the talks dated earlier in it: an undated mention takes the
 * date of the one dated mention of the same dyad and root in the article, if there is exactly one.
 */
function datedFromArticle(events: EventMention[]): EventMention[] {
  const key = (e: EventMention) =>
    [
      e.source?.code ?? e.source?.country,
      e.target?.code ?? e.target?.country,
      e.cameo.slice(0, 2),
    ].join("|");
  const dates = new Map<string, Set<string>>();
  const precision = new Map<string, EventMention["datePrecision"]>();
  for (const e of events) {
    if (e.date === null) continue;
    const set = dates.get(key(e)) ?? new Set<string>();
    set.add(e.date);
    dates.set(key(e), set);
    precision.set(key(e), e.datePrecision);
  }
  // A visit an article does not date spans its dated talks: "on a state visit to China" in an
  // article whose talks are dated 2024-08-19 is a visit in 2024-08.
  const visitMonths = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.date === null || !e.cameo.startsWith("04") || e.date.length < 7) continue;
    for (const actor of [e.source, e.target]) {
      if (!actor) continue;
      const months = visitMonths.get(actor.name) ?? new Set<string>();
      months.add(e.date.slice(0, 7));
      visitMonths.set(actor.name, months);
    }
  }
  return events.map((e) => {
    if (e.date !== null) return e;
    const known = dates.get(key(e));
    if ((!known || known.size !== 1) && e.cameo.startsWith("04") && e.source) {
      const months = visitMonths.get(e.source.name);
      if (months?.size === 1) {
        const [month] = months as Set<string>;
        return {
          ...e,
          date: month as string,
          datePrecision: "month" as const,
          rules: [...e.rules, "date:same-visit-in-article"],
        };
      }
    }
    if (!known || known.size !== 1) return e;
    const [date] = known as Set<string>;
    return {
      ...e,
      date: date as string,
      datePrecision: precision.get(key(e)) ?? null,
      rules: [...e.rules, "date:same-event-in-article"],
    };
  });
}

/** Roots whose events ask for something: appeals, demands, threats, rejections. */
const DIRECTIVE_ROOTS = new Set(["02", "10", "12", "13"]);

function isComplement(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = view.words[i] as string;
    if (word === ";" || word === ":") return false;
    if (word === "that" || word === "to") return true;
  }
  return false;
}

interface SentenceContext {
  readonly view: SentenceView;
  readonly triggers: readonly Trigger[];
  /** Where each trigger starts: a verb right after another verb is its object ("struck targets"). */
  readonly triggerStarts: ReadonlySet<number>;
  readonly resources: Resources;
  readonly dateline: PlaceMention | null;
  dates: DateMention[] | null;
  places: PlaceMention[] | null;
  /** Triggers a pattern took in ("declined to comment", "suspended talks"): not coded again. */
  readonly consumed: Set<Trigger>;
}

function codeTrigger(trigger: Trigger, context: SentenceContext): EventMention[] {
  const { view, resources } = context;
  const use = triggerUse(view, trigger, resources.use, context.triggerStarts);
  if (use === "not-a-verb" || modifiesNoun(view, trigger)) return [];
  if (use === "event-noun" && proposed(view, trigger, resources.proposalNouns)) return [];
  const complement = complementOf(context, trigger);
  const match = bestPattern(view, trigger, resources.synonyms);
  // "declined to comment": a frame verb whose own pattern names the complement codes itself;
  // otherwise the complement carries the event.
  if (complement && (!match || match.end <= complement.first)) return [];
  if (match?.pattern.code) consumeNamedTriggers(context, trigger, match);
  const nounCode =
    use === "event-noun" ? resources.use.eventNouns.get(view.words[trigger.first] as string) : null;
  // A matching pattern coded "---" says: this use of the verb is not an event.
  const base = match ? match.pattern.code : (nounCode ?? bareCode(trigger.block, trigger.verb));
  if (!base) return [];
  if (!match && !nounCode && resources.silentBareCodes.has(base)) return [];
  const modality = modalityOf(view, trigger, resources.modality, use === "event-noun");
  const cameo = codeUnder(modality, base, resources.modality);
  if (!cameo) return [];
  // The other side's event ("A visited B": B hosted A) holds only for what happened.
  const reverse =
    modality.kind !== "fact"
      ? null
      : ((match ? match.pattern.reverse : bareReverse(trigger.block, trigger.verb)) ??
        resources.reciprocal.get(cameo) ??
        null);

  const rules = [
    match
      ? `pattern:${match.block.block}:${match.pattern.line}`
      : `verb:${trigger.block.block}/${trigger.verb.words.join(" ")}`,
  ];
  if (modality.kind !== "fact") rules.push(`modality:${modality.kind}:${modality.word}`);

  let sources: Found;
  let targets: Found;
  const passive = passiveAgent(view, trigger, resources);
  // An agentless passive names only who suffered: no event without its actor.
  if (passive === null) return [];
  if (passive) {
    sources = { mentions: [passive], rule: "source:passive-by" };
    targets = subjectBefore(view, trigger.first, resources.structure);
    rules.push("structure:passive");
  } else {
    const agent = use === "event-noun" ? agentAfter(view, trigger) : undefined;
    sources = match?.source
      ? { mentions: [match.source], rule: "source:pattern" }
      : (possessor(view, trigger, resources.structure) ??
        (agent ? { mentions: [agent], rule: "source:noun-by" } : undefined) ??
        (use === "event-noun" ? betweenNear(view, trigger, resources.structure) : undefined) ??
        subjectBefore(view, trigger.first, resources.structure));
    targets = match?.target
      ? { mentions: [match.target], rule: "target:pattern" }
      : objectAfter(view, agent?.end ?? trigger.end, resources.structure);
  }
  let sourceActors = sources.mentions.flatMap((m) => participants(m, context));
  let targetActors = targets.mentions.flatMap((m) => participants(m, context));
  let targetRule = targets.rule;
  // Coordinated actors without an object act on each other ("Pakistani and Afghan border guards
  // exchanged fire near the Chaman crossing"): the place is where, not whom.
  const coordinated = sourceActors.filter((a) => isCoded(a.ref)).length >= 2;
  if (!coordinated && targetActors.every((t) => t.ref.country === null && t.ref.code === null)) {
    // "apologised to Indonesia", "a state visit to China", "deployed troops to Mozambique's
    // Cabo Delgado province": a country or place after the trigger stands for its country.
    const place = placeAfter(context, trigger);
    const recipient = countryAfterPreposition(view, trigger, resources.gazetteer);
    const placeTarget = [...resources.placeTargets].some((prefix) => cameo.startsWith(prefix));
    if (place && (place.kind === "country" || placeTarget)) {
      targetActors = [{ ref: placeActor(place), span: place }];
      targetRule = place.kind === "country" ? "target:country-after" : "target:place-visited";
    } else if (recipient) {
      targetActors = [recipient];
      targetRule = "target:country-after-preposition";
    }
  }
  // "Turkish police detained the mayor": an actor with a sector but no country is domestic.
  const where = placeOf(context, trigger, modality.kind === "intent");
  const placeCountry = where?.country ?? null;
  sourceActors = withCountry(sourceActors, targetActors, placeCountry, rules);
  targetActors = withCountry(targetActors, sourceActors, placeCountry, rules);
  const needsTarget = resources.targetRequired.has(cameo.slice(0, 2));
  const pairs = dyads(sourceActors, targetActors, cameo, reverse).filter(
    (pair) => pair.target !== null || !needsTarget,
  );
  if (pairs.length === 0) return [];
  rules.push(sources.rule);
  if (targetRule) rules.push(targetRule);

  const when = dateOf(context, trigger, modality.kind === "intent");
  const sentence = view.sentence;
  const trig = wordSpan(view, trigger.first, trigger.end);
  return pairs.map(({ source, target, code, reciprocal }) => ({
    kind: "event-mention",
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end,
    text: view.document.text.slice(sentence.start, sentence.end),
    source: source && actorRef(source.ref),
    target: target && actorRef(target.ref),
    cameo: code,
    date: when?.date ?? null,
    datePrecision: when?.precision ?? null,
    location: where ? eventPlace(where) : null,
    rules: reciprocal ? [...rules, `reciprocal:${cameo}->${code}`] : rules,
    trigger: { ...trig, rule: rules[0] as string },
    sourceEvidence: source && evidence(source.span, sources.rule),
    targetEvidence: target && evidence(target.span, targetRule || "target:pair"),
    dateEvidence: when ? { start: when.start, end: when.end, rule: when.rule } : null,
    locationEvidence: where ? { start: where.start, end: where.end, rule: where.rule } : null,
  }));
}

function eventPlace(place: PlaceMention): EventPlace {
  return { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
}

function evidence(span: Span, rule: string): Evidence {
  return { start: span.start, end: span.end, rule };
}

function placeActor(place: PlaceMention): ActorRef {
  return { name: place.name, code: null, country: place.country, sector: null };
}

/** Prepositions that introduce who an act is aimed at: "apologised to Indonesia". */
const RECIPIENT_PREPOSITIONS = new Set([
  "to",
  "with",
  "against",
  "on",
  "for",
  "from",
  "toward",
  "towards",
]);

/**
 * "apologised to Indonesia on Thursday": the actor stage leaves a country after "to" as a place,
 * and the place finder takes "to" only after travel words; as the recipient of an act it is an
 * actor. Looks up one to three capitalised words after a recipient preposition.
 */
function countryAfterPreposition(
  view: SentenceView,
  trigger: Trigger,
  gazetteer: Gazetteer,
): Participant | null {
  const limit = Math.min(view.words.length - 1, trigger.end + 8);
  for (let i = trigger.end; i < limit; i++) {
    const word = view.words[i] as string;
    if (word === "," || word === ";") return null;
    if (!RECIPIENT_PREPOSITIONS.has(word)) continue;
    let first = i + 1;
    if (view.words[first] === "the") first++;
    for (let length = 3; length >= 1; length--) {
      const end = first + length;
      if (end > view.words.length) continue;
      const raws = view.raw.slice(first, end);
      if (!raws.every((r) => /^\p{Lu}/u.test(r))) continue;
      const entry = gazetteer.entries
        .get(placeKey(raws.join(" ")))
        ?.find((e) => e.kind === "country");
      if (!entry) continue;
      const span = {
        start: (view.spans[first] as Span).start,
        end: (view.spans[end - 1] as Span).end,
      };
      return { ref: { name: entry.name, code: null, country: entry.country, sector: null }, span };
    }
  }
  return null;
}

/** A place named within a few words after the trigger. */
function placeAfter(context: SentenceContext, trigger: Trigger): PlaceMention | undefined {
  const { view } = context;
  const from = (view.spans[trigger.end - 1] as Span).end;
  const until = (view.spans[Math.min(trigger.end + 8, view.spans.length - 1)] as Span).end;
  return placesOf(context).find((p) => p.start >= from && p.start <= until);
}

function placesOf(context: SentenceContext): PlaceMention[] {
  const { view, resources } = context;
  return (context.places ??= findPlaces(view.document, view.sentence.index, resources.gazetteer));
}

function wordSpan(view: SentenceView, first: number, end: number): Span {
  return {
    start: (view.spans[first] as Span).start,
    end: (view.spans[end - 1] as Span).end,
  };
}

/**
 * "agreed to hold talks", "refused to meet": the frame verb is coded through its complement
 * (as an intent or a refusal), not as an event of its own.
 */
/**
 * "suspended talks", "declined to comment": a word the pattern names right after the verb is its
 * own, and a trigger on it ("talks") is not another event. Further away, or past an actor ("said
 * Lam's visit"), the word may head an event of its own.
 */
function consumeNamedTriggers(
  context: SentenceContext,
  trigger: Trigger,
  match: PatternMatch,
): void {
  const { view } = context;
  const named = wordsAfter(match.pattern);
  for (const other of context.triggers) {
    if (other.first < trigger.end || other.first > trigger.end + 2 || other.first >= match.end) {
      continue;
    }
    if (!named.has(view.words[other.first] as string)) continue;
    let actorBetween = false;
    for (let i = trigger.end; i < other.first; i++) actorBetween ||= view.mentionAt[i] !== -1;
    if (!actorBetween) context.consumed.add(other);
  }
}

const patternWords = new WeakMap<VerbPattern, ReadonlySet<string>>();

/** The plain words a pattern names after its verb ("talks" in "suspend talks"). */
function wordsAfter(pattern: VerbPattern): ReadonlySet<string> {
  let words = patternWords.get(pattern);
  if (!words) {
    const found = new Set<string>();
    const collect = (element: PatternElement) => {
      if (typeof element !== "string") {
        for (const part of "seq" in element ? element.seq : element.pp) collect(part);
      } else if (!/^[+$%^@]/.test(element)) {
        found.add(element);
      }
    };
    pattern.post.forEach(collect);
    words = found;
    patternWords.set(pattern, words);
  }
  return words;
}

/** Determiners that open a noun phrase: after "a U.S." a dictionary verb is a noun. */
const OPENING_DETERMINERS = new Set(["a", "an", "another"]);

/**
 * "rejected a U.S. request", "vetoed a European Union aid package": right after an actor named
 * inside a noun phrase the trigger is that phrase's noun, not a verb.
 */
function modifiesNoun(view: SentenceView, trigger: Trigger): boolean {
  const m = view.mentionAt[trigger.first - 1] ?? -1;
  if (m < 0) return false;
  const mention = view.mentions[m] as PlacedMention;
  return OPENING_DETERMINERS.has(view.words[mention.first - 1] ?? "");
}

function complementOf(context: SentenceContext, trigger: Trigger): Trigger | undefined {
  const { view, resources } = context;
  const head = view.words[trigger.end - 1] as string;
  if (!resources.modality.intentVerbs.has(head) && !resources.modality.refusalVerbs.has(head)) {
    return undefined;
  }
  const to = toAfter(view, trigger.end);
  if (to < 0) return undefined;
  return context.triggers.find((t) => t.first > to && t.first <= to + 3);
}

/**
 * The agent of a passive trigger: the actor after "by" ("was welcomed by Xi"), null for a passive
 * without one ("four people were killed": who acted is not said), undefined when not passive.
 */
function passiveAgent(
  view: SentenceView,
  trigger: Trigger,
  resources: Resources,
): PlacedMention | null | undefined {
  const head = view.words[trigger.first] as string;
  const participle = head.endsWith("ed") || head !== trigger.verb.words[0];
  const before = view.words[trigger.first - 1] ?? "";
  const beforeThat = view.words[trigger.first - 2] ?? "";
  const next = view.words[trigger.end] ?? "";
  // Reduced passives: "three companies accused of supplying drones", "..., helped by sales".
  if (next === "of" && resources.objectBeforeOf.has(head)) return null;
  const reduced = participle && before === "," && next === "by";
  if (!reduced && (!participle || (!resources.be.has(before) && !resources.be.has(beforeThat)))) {
    return undefined;
  }
  for (let i = trigger.end; i < view.words.length && i <= trigger.end + 6; i++) {
    const word = view.words[i] as string;
    // "by Ethiopian Prime Minister Abiy Ahmed": titles may stand before the named actor.
    if (word === "by") return mentionStartingNear(view, i + 1, 4) ?? null;
    if (word === "," || resources.structure.boundaries.has(word)) break;
  }
  return null;
}

/** "the visit by Japan's prime minister to Manila": an event noun's agent after "by". */
function agentAfter(view: SentenceView, trigger: Trigger): PlacedMention | undefined {
  if (view.words[trigger.end] !== "by") return undefined;
  return mentionStartingNear(view, trigger.end + 1, 4) ?? undefined;
}

/**
 * "the talks between A and B", "the signing of a defence pact between Fiji and New Zealand":
 * "between" right after an event noun or a few words on, before any actor or clause break.
 */
function betweenNear(
  view: SentenceView,
  trigger: Trigger,
  words: StructureWords,
): Found | undefined {
  for (let i = trigger.end; i < view.words.length && i <= trigger.end + 6; i++) {
    const word = view.words[i] as string;
    if (word === "between") return between(view, { end: i }, words);
    if (word === "," || view.mentionAt[i] !== -1 || words.boundaries.has(word)) return undefined;
  }
  return undefined;
}

/** "calls for talks", "an offer of talks": the event noun names what is proposed. */
function proposed(
  view: SentenceView,
  trigger: Trigger,
  proposalNouns: ReadonlySet<string>,
): boolean {
  const previous = view.words[trigger.first - 1];
  if (previous === "for") return true;
  // Over a determiner or adjective: "an offer of direct talks", "a proposal for a new summit".
  for (let i = trigger.first - 1; i >= 1 && trigger.first - i <= 3; i--) {
    if (view.words[i] === "for") return true;
    if (view.words[i] === "of") return proposalNouns.has(view.words[i - 1] as string);
    if (view.mentionAt[i] !== -1) return false;
  }
  return false;
}

/** "Lam's state visit": the possessor of an event noun is its source. */
function possessor(view: SentenceView, trigger: Trigger, words: StructureWords): Found | undefined {
  for (let i = trigger.first - 1; i >= 0 && trigger.first - i <= 3; i--) {
    const word = view.words[i] as string;
    // "during their meeting": the sentence's coordinated subject.
    if (word === "their" && view.mentionAt[i] === -1) {
      const subject = sentenceSubject(view, words);
      return subject.length >= 2 ? { mentions: subject, rule: "source:their" } : undefined;
    }
    if (word === "'s" || word === "'") {
      const m = view.mentionAt[i - 1] ?? -1;
      if (m < 0) return undefined;
      return { mentions: [view.mentions[m] as PlacedMention], rule: "source:possessive" };
    }
    if (view.mentionAt[i] !== -1) return undefined;
  }
  return undefined;
}

interface Participant {
  readonly ref: ActorRef;
  /** A named person: resolved across the corpus later if the article does not say their country. */
  readonly person?: boolean;
  /** The words that name it: an actor mention's, or a place's for "a visit to Hanoi". */
  readonly span: Span;
}

/**
 * The actors a mention stands for: "the two sides" stands for its members; "Police in Caracas"
 * for Venezuela's police.
 */
function participants(placed: PlacedMention, context: SentenceContext): Participant[] {
  const { mention } = placed;
  if (mention.members && mention.members.length > 0) {
    return mention.members.map((ref) => ({ ref, span: mention }));
  }
  if (mention.country === null && mention.sector !== null) {
    const place = placeRightAfter(context, placed);
    if (place) {
      const ref = {
        ...actorRef(mention),
        country: place.country,
        code: `${place.country}${mention.sector}`,
      };
      return [{ ref, span: { start: mention.start, end: place.end } }];
    }
  }
  return [{ ref: mention, span: mention, person: mention.type === "person" }];
}

/** "Police in Caracas", "prosecutors from Kyiv": the place right after a sector noun. */
function placeRightAfter(
  context: SentenceContext,
  placed: PlacedMention,
): PlaceMention | undefined {
  const { view } = context;
  const preposition = view.words[placed.end];
  if (preposition !== "in" && preposition !== "from" && preposition !== "near") return undefined;
  // "civilians in northern Gaza", "police in the Georgian capital": a few words may come first.
  const next = view.spans[placed.end + 1];
  const last = view.spans[Math.min(placed.end + 4, view.spans.length - 1)];
  if (!next || !last) return undefined;
  return placesOf(context).find((p) => p.start >= next.start && p.start <= last.start);
}

/**
 * Sector-only actors take the country of the place the event happened, else of the other side
 * ("police arrested an opposition politician": both domestic); those still without one are
 * dropped.
 */
function withCountry(
  actors: readonly Participant[],
  others: readonly Participant[],
  placeCountry: string | null,
  rules: string[],
): Participant[] {
  const otherCountry = others.find((o) => o.ref.country !== null)?.ref.country ?? null;
  return actors.flatMap((actor) => {
    if (isCoded(actor.ref)) return [actor];
    // A named person keeps an unknown country: the corpus may know it ("Foreign Minister Wang Yi").
    if (actor.person) return [actor];
    const sector = actor.ref.sector;
    if (sector === null) return [];
    // "Opposition supporters protested in Dakar", "police fired on protesters in Tbilisi": where
    // it happened is the likeliest country, before the other side's ("rallied outside the US
    // embassy in Baghdad" are Iraqis).
    if (placeCountry !== null) {
      rules.push("actor:country-of-place");
      return [coded(actor, placeCountry, sector)];
    }
    // Armed forces without a country are rarely the other side's own ("drone attacks on ...").
    if (sector === "MIL" || otherCountry === null) return [];
    rules.push("actor:domestic");
    return [coded(actor, otherCountry, sector)];
  });
}

function coded(actor: Participant, country: string, sector: string): Participant {
  return { ...actor, ref: { ...actor.ref, country, code: `${country}${sector}` } };
}

interface Dyad {
  readonly source: Participant;
  readonly target: Participant | null;
  readonly code: string;
  readonly reciprocal: boolean;
}

/**
 * Every source with every target; with no target, coordinated sources act on each other
 * ("A and B agreed"), as PLOVER codes compound actors. Reciprocal codes add the other direction.
 */
function dyads(
  sources: readonly Participant[],
  targets: readonly Participant[],
  code: string,
  reverse: string | null,
): Dyad[] {
  const out: Dyad[] = [];
  const add = (source: Participant, target: Participant | null, code: string, rec: boolean) => {
    if (target && sameActor(source.ref, target.ref)) {
      // "Villareal said he was optimistic": the actor is its own object, the act has no target.
      if (rec || out.some((d) => d.source === source && d.target === null)) return;
      target = null;
    }
    out.push({ source, target, code, reciprocal: rec });
  };
  if (targets.length === 0 && sources.length >= 2) {
    for (const a of sources) for (const b of sources) if (a !== b) add(a, b, code, false);
    return out;
  }
  for (const source of sources) {
    if (targets.length === 0) add(source, null, code, false);
    for (const target of targets) {
      add(source, target, code, false);
      if (reverse) add(target, source, reverse, true);
    }
  }
  return out;
}

function isCoded(ref: ActorRef): boolean {
  return ref.country !== null || ref.code !== null;
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.name === b.name || (a.code !== null && a.code === b.code && a.country === b.country);
}

function actorRef(ref: ActorRef): ActorRef {
  return { name: ref.name, code: ref.code, country: ref.country, sector: ref.sector };
}

/** The date expression of the sentence nearest the trigger, preferring one after it. */
function dateOf(context: SentenceContext, trigger: Trigger, intent: boolean): DateMention | null {
  const { view } = context;
  const { document, sentence } = view;
  const published = document.meta.published;
  const dates = (context.dates ??= sentenceDates(document, sentence));
  const at = (view.spans[trigger.first] as Span).start;
  const end = (view.spans[trigger.end - 1] as Span).end;
  let best: DateMention | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    if (date.date === null) continue;
    // An intention is dated when it was stated ("agreed on Tuesday to hold talks next month"):
    // a date after publication is the intended act's, not the event's.
    if (intent && published !== null && date.date.slice(0, 10) > published) continue;
    const distance = date.start >= end ? date.start - end : at - date.end;
    // "fought a war in 1995 and signed a treaty in 1998": a date across another trigger belongs
    // to that trigger's clause.
    const across = context.triggers.some((t) => {
      const start = (view.spans[t.first] as Span).start;
      return (
        t !== trigger &&
        (date.start >= end ? start > end && start < date.start : start > date.end && start < at)
      );
    });
    const cost = distance + (across ? 1000 : 0);
    if (cost < bestCost) {
      best = date;
      bestCost = cost;
    }
  }
  return best;
}

/** The place named in the sentence nearest the trigger; in the lead paragraph, the dateline. */
function placeOf(context: SentenceContext, trigger: Trigger, intent: boolean): PlaceMention | null {
  // Where an intended act would happen ("will hold talks in Almaty") is not where anything did.
  if (intent) return null;
  // A place in another clause of the sentence is still the likeliest place of this event.
  const nearest = nearestPlace(context, trigger);
  if (nearest) return nearest;
  return context.view.sentence.paragraph === 0 ? context.dateline : null;
}

/** The place nearest the trigger, preferring one in the trigger's own clause. */
function nearestPlace(context: SentenceContext, trigger: Trigger): PlaceMention | null {
  const { view } = context;
  const at = (view.spans[trigger.first] as Span).start;
  const end = (view.spans[trigger.end - 1] as Span).end;
  let best: PlaceMention | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const place of placesOf(context)) {
    const after = place.start >= end;
    const distance = after ? place.start - end : at - place.end;
    // "..., officials in New Delhi said": a place across another trigger or a reporting verb
    // belongs to that clause.
    const between = after
      ? view.document.text.slice(end, place.start)
      : view.document.text.slice(place.end, at);
    const across =
      REPORTING_PATTERN.test(between) ||
      context.triggers.some((t) => {
        if (t === trigger) return false;
        const start = (view.spans[t.first] as Span).start;
        return after ? start > end && start < place.start : start > place.end && start < at;
      });
    const cost = distance + (across ? 1000 : 0);
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
  }
  return best;
}

/** A country or place standing for its country, without a sector or a name of its own. */
function isBare(actor: ActorRef | null): boolean {
  return actor !== null && actor.sector === null && actor.code === null;
}

const REPORTING_PATTERN = /\b(said|says|told|reported|announced)\b/;

/** The same event twice in one sentence (two triggers, one meeting) is one mention. */
function dedupe(events: EventMention[]): EventMention[] {
  const seen = new Set<string>();
  const targeted = new Set(
    events
      .filter((e) => e.target !== null)
      .map((e) => [e.sentence, e.source?.name, e.cameo.slice(0, 2)].join("\u0000")),
  );
  // "arrived in Tokyo ... was welcomed by Japan's prime minister": Japan the place says less than
  // Japan's prime minister.
  const specific = new Set(
    events.flatMap((e) =>
      [
        ...(isBare(e.target)
          ? []
          : [[e.sentence, "t", e.source?.name, e.target?.country, e.cameo]]),
        ...(isBare(e.source)
          ? []
          : [[e.sentence, "s", e.target?.name, e.source?.country, e.cameo]]),
      ].map((k) => k.join("\u0000")),
    ),
  );
  const lessSpecific = (e: EventMention) =>
    (isBare(e.target) &&
      e.target !== null &&
      specific.has([e.sentence, "t", e.source?.name, e.target.country, e.cameo].join("\u0000"))) ||
    (isBare(e.source) &&
      e.source !== null &&
      specific.has([e.sentence, "s", e.target?.name, e.source.country, e.cameo].join("\u0000")));
  return events.filter((e) => {
    if (lessSpecific(e)) return false;
    const key = [e.sentence, e.source?.name, e.target?.name, e.cameo].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    // "A met B ..., the first such visit": the same act without its target says nothing more.
    return (
      e.target !== null ||
      !targeted.has([e.sentence, e.source?.name, e.cameo.slice(0, 2)].join("\u0000"))
    );
  });
}
