// Generates dyad's event tables (data/events/) from the reference tables beside the repository:
//
//   cameo.jsonl    every CAMEO code with its name, Goldstein value, quad class and PLOVER
//                  category, mode and context (GDELT's CAMEO lookup + PLOVER's CAMEO2PLOVER-2021)
//   verbs.jsonl    PETRARCH2's verb dictionary (CAMEO.2.0.txt), one verb block a line
//   synonyms.json  its synonym sets (&NAME), with the plurals PETRARCH generates
//   SOURCES.md, README.md
//
//   node scripts/build-event-data.mjs ../shared/reference
//
// Deterministic: the same inputs give the same bytes. It prints what it wrote and what it skipped;
// README.md lists every kind of skipped line with its count.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REFERENCE = resolve(process.argv[2] ?? "../shared/reference");
const OUT = fileURLToPath(new URL("../data/events/", import.meta.url));

// Where each reference file comes from, as the reference folder's README.md records it.
const SOURCES = {
  cameo: {
    path: "cameo/cameo_codes_goldstein_quad.tsv",
    from: "mpiccirilli/UNDP-BCPR-Project @ e009a80",
    upstream: "CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt",
    licence: "none stated (a copy of GDELT's CAMEO lookup tables)",
  },
  plover: {
    path: "plover/cameo2plover_2021.tsv",
    from: "openeventdata/PLOVER @ 5e0c24f",
    upstream: "CAMEO2PLOVER-2021.txt",
    licence: "CC BY-SA 4.0",
  },
  ploverModes: {
    path: "plover/plover_categories_modes_scores.tsv",
    from: "openeventdata/PLOVER @ 5e0c24f",
    upstream: "PLOVER_MANUAL.tex (mode tables)",
    licence: "CC BY-SA 4.0",
  },
  verbs: {
    path: "petrarch2/CAMEO.2.0.txt",
    from: "openeventdata/petrarch2 @ 676801c",
    upstream: "petrarch2/data/dictionaries/CAMEO.2.0.txt",
    licence: "MIT",
  },
};

// ============================================================== CAMEO codes and PLOVER

/** Rows of a tab-separated file with a header line, as objects keyed by column name. */
function readTsv(path) {
  const [header = "", ...rows] = readFileSync(join(REFERENCE, path), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const columns = header.split("\t");
  return rows.map((row) => {
    const cells = row.split("\t");
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? "").trim()]));
  });
}

/** The code one level up: 0311 → 031 → 03 → null. */
function parentCode(code) {
  return code.length > 2 ? code.slice(0, -1) : null;
}

// Names the GDELT lookup spells wrongly; everything else is cleaned by cleanName().
const NAME_CORRECTIONS = {
  "033": "Express intent to provide material aid, not specified below", // "matyerial"
  "0355": "Express intent to allow international involvement (not mediation)", // "intent allow"
  "044": "Meet at a third location", // mis-decoded quotation marks around "third"
  183: "Conduct suicide, car, or other non-military bombing, not specified below", // "not spec below"
  2041: "Use chemical, biological, or radiological weapons", // "radiologicalweapons"
};

/** Sentence case (the cue categories are in capitals), single spaces, CAMEO's ", not specified below". */
function cleanName(code, raw) {
  const corrected = NAME_CORRECTIONS[code] ?? raw;
  let name = corrected.replace(/\s+/g, " ").trim();
  if (name === name.toUpperCase()) name = name.charAt(0) + name.slice(1).toLowerCase();
  return name.replace(/([^,]) not specified below$/, "$1, not specified below");
}

/**
 * PLOVER modes the 2021 mapping uses but the manual's mode tables do not list (retired, or a
 * context in the mode column): the manual's equivalent, or null where it has none.
 */
const MODE_CORRECTIONS = {
  "THREATEN ban": { mode: "restrict", why: "THREATEN restrict covers banning political activity" },
  "THREATEN political": {
    mode: "restrict",
    why: "THREATEN restrict covers restricting political activity",
  },
  "COERCE ban": {
    mode: "restrict",
    why: "COERCE restrict covers banning individuals or organisations from political life",
  },
  "ASSAULT assassinate": {
    mode: "targeted",
    why: "ASSAULT targeted: targeted killings, including assassinations",
  },
  "ASSAULT massacre": {
    mode: "targeted",
    why: "the manual retired massacre; targeted covers deliberate mass killings",
  },
  "ASSAULT cleansing": { mode: null, why: "the manual retired cleansing and has no equivalent" },
  "ASSAULT pro_autocracy": { mode: null, why: "pro_autocracy is a context, not a mode" },
  "ASSAULT seize": {
    mode: "destroy",
    why: "ASSAULT has no seize; destroy is intentional destruction of property (1712)",
  },
  "RETREAT return": { mode: null, why: "the manual retired return (property)" },
  "RETREAT ease": { mode: null, why: 'the mapping itself notes "ease" is no longer a mode' },
};

/**
 * dyad's PLOVER decisions for CAMEO 01 (statements), which PLOVER drops on purpose; 02 (appeals) is
 * derived from 10 (demands) in ploverForAppeal(). README.md explains each.
 */
const STATEMENT_DECISIONS = {
  "01": { plover: null, why: "PLOVER eliminates comments (manual, CAMEO vs. PLOVER)" },
  "016": {
    plover: "REJECT",
    why: "the manual's own example: deny responsibility might be REJECT (all rejections and refusals)",
  },
  "019": {
    plover: "SUPPORT",
    why: "SUPPORT: express support for, commend, approve policy, action, or actor",
  },
};

/** Every CAMEO code, in code order, with the PLOVER columns decided. */
function buildCameoCodes(report) {
  const codes = readTsv(SOURCES.cameo.path);
  const known = new Set(codes.map((row) => row.cameo_code));
  const mapping = ploverMapping(known, report);
  const modes = ploverModes();
  const entries = codes.map((row) => {
    const code = row.cameo_code;
    const plover = ploverFor(code, mapping, modes, report);
    return {
      code,
      root: row.root,
      name: cleanName(code, row.name_gdelt_lookup),
      goldstein: Number(row.goldstein_gdelt),
      quad_class: Number(row.quadclass_gdelt),
      plover: plover.category,
      plover_mode: plover.mode,
      plover_context: plover.context,
      plover_source: plover.source,
    };
  });
  for (const entry of entries) {
    if (!/^\d{2,4}$/.test(entry.code) || !Number.isFinite(entry.goldstein)) {
      throw new Error(`cameo code ${entry.code}: bad code or Goldstein value`);
    }
    if (![1, 2, 3, 4].includes(entry.quad_class)) {
      throw new Error(`cameo code ${entry.code}: quad class ${entry.quad_class}`);
    }
  }
  return entries.sort((a, b) => compareStrings(a.code, b.code));
}

/** CAMEO2PLOVER-2021 rows by code; the first row wins where a code has two (08, 175). */
function ploverMapping(known, report) {
  const mapping = new Map();
  for (const row of readTsv(SOURCES.plover.path)) {
    const code = row.cameo_code;
    if (!known.has(code)) {
      report.ploverRowsNotInCameo.push(code);
      continue;
    }
    if (mapping.has(code)) {
      report.ploverDuplicateRows.push(`${code} ${row.plover_category}`);
      continue;
    }
    mapping.set(code, {
      category: row.plover_category,
      mode: row.plover_mode || null,
      context: row.plover_context || null,
    });
  }
  return mapping;
}

/** The manual's modes, as "CATEGORY mode" strings. */
function ploverModes() {
  return new Set(
    readTsv(SOURCES.ploverModes.path)
      .filter((row) => row.mode !== "")
      .map((row) => `${row.category} ${row.mode}`),
  );
}

function ploverFor(code, mapping, modes, report) {
  if (code.startsWith("01")) return ploverForStatement(code);
  if (code.startsWith("02")) {
    const demand = `10${code.slice(2)}`;
    const row = rowFor(demand, mapping);
    const { note, ...plover } = checkedMode(row.found, modes, report, demand);
    return {
      ...plover,
      source: `dyad: appeal as REQUEST, like demand ${row.code} in CAMEO2PLOVER-2021${note}`,
    };
  }
  const row = rowFor(code, mapping);
  if (!row.found) throw new Error(`no PLOVER row for ${code} or its parents`);
  const inherited = row.code === code ? "" : ` (inherited from ${row.code})`;
  const { note, ...plover } = checkedMode(row.found, modes, report, code);
  return { ...plover, source: `CAMEO2PLOVER-2021 ${row.code}${inherited}${note}` };
}

/** The mapping row for a code or its nearest ancestor: 0311 → 031 → 03. */
function rowFor(code, mapping) {
  for (let at = code; at !== null; at = parentCode(at)) {
    const found = mapping.get(at);
    if (found) return { code: at, found };
  }
  return { code, found: undefined };
}

function ploverForStatement(code) {
  for (let at = code; at !== null; at = parentCode(at)) {
    const decision = STATEMENT_DECISIONS[at];
    if (decision) {
      return {
        category: decision.plover,
        mode: null,
        context: null,
        source: `dyad: ${decision.why}`,
      };
    }
  }
  throw new Error(`no decision for statement code ${code}`);
}

/** The row's mode if the manual lists it for that category, else its correction. */
function checkedMode(row, modes, report, code) {
  const { category, mode, context } = row;
  if (mode === null || modes.has(`${category} ${mode}`)) {
    return { category, mode, context, note: "" };
  }
  const correction = MODE_CORRECTIONS[`${category} ${mode}`];
  if (!correction) throw new Error(`PLOVER mode ${category} ${mode} (${code}) has no correction`);
  const change = `${category} ${mode} → ${correction.mode ?? "null"}`;
  report.modeCorrections.add(`${change}: ${correction.why}`);
  return { category, mode: correction.mode, context, note: `, mode ${mode} → ${correction.mode}` };
}

// ============================================================== English verb and noun forms

// Final syllables English stresses, so their consonant doubles: commit → committed, refer →
// referred, compel → compelled (but visit → visited, offer → offered). The dictionary spells out
// most such verbs in {...}; this covers the rest.
const STRESSED_ENDING = /(?:mit|cur|[^f]fer|pel|bet|gret|trol|quit|nul|tol)$/;
const SINGLE_VOWEL_CONSONANT = /(?:^|[^aeiou]|qu)[aeiou][bcdfgklmnprstvz]$/;

function syllables(word) {
  return (
    word
      .replace(/qu/g, "q")
      .replace(/^y/, "")
      .match(/[aeiouy]+/g) ?? []
  ).length;
}

/** stop → stopp(ed), commit → committ(ed): the stem before -ed and -ing. */
function doublesFinalConsonant(stem) {
  if (!SINGLE_VOWEL_CONSONANT.test(stem)) return false;
  return syllables(stem) === 1 || STRESSED_ENDING.test(stem);
}

/** cancel, signal, travel: British English doubles the l, American English does not. */
function hasTwoSpellingsOfL(stem) {
  return /[^aeiou][aeiou]l$/.test(stem) && syllables(stem) > 1 && !STRESSED_ENDING.test(stem);
}

/** Third person singular: meets, watches, goes, carries. */
function thirdPerson(stem) {
  if (/(?:s|x|z|ch|sh)$/.test(stem) || /[^aeiou]o$/.test(stem)) return `${stem}es`;
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ies`;
  return `${stem}s`;
}

// Irregular verbs: past tense and participle. The dictionary writes most of these in {...}; this
// covers those it leaves bare (SET, HIT, TEACH), so no "setted" or "teached" is generated.
const IRREGULAR_PAST = {
  beat: "beat beaten",
  begin: "began begun",
  bring: "brought",
  broadcast: "broadcast",
  build: "built",
  buy: "bought",
  cast: "cast",
  choose: "chose chosen",
  come: "came",
  cut: "cut",
  deal: "dealt",
  draw: "drew drawn",
  drive: "drove driven",
  fall: "fell fallen",
  feel: "felt",
  fight: "fought",
  find: "found",
  flee: "fled",
  forbid: "forbade forbidden",
  forgive: "forgave forgiven",
  get: "got gotten",
  give: "gave given",
  go: "went gone",
  hear: "heard",
  hide: "hid hidden",
  hit: "hit",
  hold: "held",
  hurt: "hurt",
  keep: "kept",
  know: "knew known",
  lay: "laid",
  lead: "led",
  leave: "left",
  lend: "lent",
  let: "let",
  lose: "lost",
  make: "made",
  mean: "meant",
  meet: "met",
  pay: "paid",
  put: "put",
  quit: "quit",
  rise: "rose risen",
  run: "ran",
  say: "said",
  see: "saw seen",
  seek: "sought",
  sell: "sold",
  send: "sent",
  set: "set",
  shake: "shook shaken",
  shoot: "shot",
  shut: "shut",
  speak: "spoke spoken",
  spend: "spent",
  split: "split",
  spread: "spread",
  spring: "sprang sprung",
  stand: "stood",
  steal: "stole stolen",
  strike: "struck",
  swear: "swore sworn",
  swell: "swelled swollen",
  take: "took taken",
  teach: "taught",
  tear: "tore torn",
  tell: "told",
  think: "thought",
  throw: "threw thrown",
  thrust: "thrust",
  understand: "understood",
  undertake: "undertook undertaken",
  unwind: "unwound",
  upset: "upset",
  win: "won",
  withdraw: "withdrew withdrawn",
  write: "wrote written",
};

/** Past tense and participle: visited, agreed, carried, stopped, panicked, cancelled/canceled. */
function pastForms(stem) {
  const irregular = IRREGULAR_PAST[stem];
  if (irregular) return irregular.split(" ").filter((form) => form !== stem);
  if (stem.endsWith("e")) return [`${stem}d`];
  if (/[^aeiou]y$/.test(stem)) return [`${stem.slice(0, -1)}ied`];
  if (stem.endsWith("ic")) return [`${stem}ked`];
  if (doublesFinalConsonant(stem)) return [`${stem}${stem.slice(-1)}ed`];
  if (hasTwoSpellingsOfL(stem)) return [`${stem}led`, `${stem}ed`];
  return [`${stem}ed`];
}

/** Present participle: visiting, dying, agreeing, urging, stopping, cancelling/canceling. */
function ingForms(stem) {
  if (stem.endsWith("ie")) return [`${stem.slice(0, -2)}ying`];
  if (stem.length > 2 && /[^eoy]e$/.test(stem)) return [`${stem.slice(0, -1)}ing`];
  if (stem.endsWith("ic")) return [`${stem}king`];
  if (doublesFinalConsonant(stem)) return [`${stem}${stem.slice(-1)}ing`];
  if (hasTwoSpellingsOfL(stem)) return [`${stem}ling`, `${stem}ing`];
  return [`${stem}ing`];
}

// Verbs whose -s and -ing forms no rule makes (+IS_DETERMINED {+WAS_DETERMINED ...}).
const AUXILIARIES = new Set(["am", "are", "be", "been", "had", "has", "have", "is", "was", "were"]);

// -ize verbs whose -ise spelling is another word or none at all.
const NO_ISE_SPELLING = new Set(["capsize", "downsize", "prize", "resize", "seize", "size"]);

/** criticize → criticise, analyze → analyse (and their forms); null if there is none. */
function britishSpelling(word, stem) {
  if (!/[iy]ze$/.test(stem) || stem.length < 6 || NO_ISE_SPELLING.has(stem)) return null;
  const british = word.replace(/([iy])z(e|es|ed|ing)$/, "$1s$2");
  return british === word ? null : british;
}

/** signalled → signaled (and back), for the -l verbs English spells both ways. */
function otherSpellingOfL(word, stem) {
  if (!hasTwoSpellingsOfL(stem)) return null;
  if (word.startsWith(`${stem}l`)) return `${stem}${word.slice(stem.length + 1)}`;
  if (/(?:ed|ing)$/.test(word)) return `${stem}l${word.slice(stem.length)}`;
  return null;
}

/** A noun's regular plural, or null when it has none or is already plural (as actors' phrases). */
function regularPlural(word) {
  if (!/\p{Ll}$/u.test(word)) return null;
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`;
  if (/(?:ss|us|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/s$/.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Forms the generator must get right (base, -s, past, -ing, other spellings), whether or not the
 * dictionary spells them out in {...}: checked on every build.
 */
const TRICKY_VERBS = {
  visit: "visit visits visited visiting",
  meet: "meet meets met meeting",
  hold: "hold holds held holding",
  set: "set sets setting",
  sign: "sign signs signed signing",
  agree: "agree agrees agreed agreeing",
  urge: "urge urges urged urging",
  accuse: "accuse accuses accused accusing",
  criticize:
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
  criticise: "criticise criticises criticised criticising",
  refer: "refer refers referred referring",
  commit: "commit commits committed committing",
  plan: "plan plans planned planning",
  stop: "stop stops stopped stopping",
  die: "die dies died dying",
  tie: "tie ties tied tying",
  host: "host hosts hosted hosting",
  offer: "offer offers offered offering",
  veto: "veto vetoes vetoed vetoing",
  carry: "carry carries carried carrying",
  panic: "panic panics panicked panicking",
  cancel: "cancel cancels cancelled canceled cancelling canceling",
  compel: "compel compels compelled compelling",
  analyze: "analyze analyzes analyzed analyzing analyse analyses analysed analysing",
  seize: "seize seizes seized seizing",
};

/** The dictionary's own forms of irregular verbs, checked after conversion. */
const DICTIONARY_FORMS = {
  meet: ["met", "meeting"],
  hold: ["held", "holds", "holding"],
  "bring out": ["brought out", "brings out", "bringing out"],
};

function checkTrickyVerbs(lines) {
  for (const [verb, expected] of Object.entries(TRICKY_VERBS)) {
    const forms = verbForms({ words: [verb], head: 0, written: null }, new Set());
    const got = forms.map((form) => form.join(" ")).join(" ");
    if (got !== expected) throw new Error(`forms of ${verb}: ${got}, expected ${expected}`);
  }
  const all = new Set(
    lines.flatMap((line) => line.verbs.flatMap((v) => v.forms.map((f) => f.join(" ")))),
  );
  for (const form of Object.values(DICTIONARY_FORMS).flat()) {
    if (!all.has(form)) throw new Error(`the converted dictionary lacks "${form}"`);
  }
}

// ============================================================== the PETRARCH2 verb dictionary

const SECTION = {
  synonyms: /^#+\s*SYNONYM SETS/,
  verbs: /^#+\s*VERB PATTERNS/,
  transformations: /^#+\s*TRANSFORMATIONS/,
};

/** A line that cannot be mapped: counted by reason in README.md, never silently dropped. */
class Skip extends Error {}

function skip(report, reason, lineNumber, text) {
  tally(report.skipped, reason, lineNumber, text);
}

/** A line folded into another: nothing is lost, but README.md says where it went. */
function merge(report, reason, lineNumber, text) {
  tally(report.merged, reason, lineNumber, text);
}

function tally(reasons, reason, lineNumber, text) {
  const entry = reasons.get(reason) ?? { count: 0, examples: [] };
  entry.count += 1;
  if (entry.examples.length < 3) entry.examples.push(`${lineNumber}: ${text.trim()}`);
  reasons.set(reason, entry);
}

/** The file's lines by section, each with its 1-based line number. */
function splitSections(text) {
  const sections = { header: [], synonyms: [], verbs: [], transformations: [] };
  let current = "header";
  text.split(/\r?\n/).forEach((line, index) => {
    for (const [name, marker] of Object.entries(SECTION)) {
      if (marker.test(line)) current = name;
    }
    sections[current].push({ number: index + 1, text: line });
  });
  return sections;
}

/** The part of a dictionary line before its comment (" #" or TABARI's ";"). */
function stripComment(text) {
  return text.replace(/#.*$/, "").replace(/;.*$/, "").trimEnd();
}

/** "&AUXVERB1_" → "auxverb1": the name dyad writes after "@". */
function synonymName(label) {
  return label.replace(/^&/, "").replace(/_+$/, "").toLowerCase();
}

/** &NAME sets with their phrases as word lists, plurals after each noun phrase. */
function parseSynonyms(lines, report) {
  const sets = new Map();
  let current = null;
  let nouns = true;
  for (const { number, text } of lines) {
    const body = stripComment(text).trim();
    if (body === "" || body.startsWith("#")) continue;
    if (body.startsWith("&")) {
      current = synonymName(body);
      // A label ending in "_" marks a set of non-nouns: no plurals.
      nouns = !body.endsWith("_");
      sets.set(current, []);
    } else if (body.startsWith("+") && current !== null) {
      for (const phrase of synonymPhrases(body.slice(1), nouns))
        addPhrase(sets.get(current), phrase);
    } else {
      skip(report, "synonym-set line outside a set", number, text);
    }
  }
  return sets;
}

/** "+PRIME_MINISTER" → [prime minister], [prime ministers]; a final "_" means no plural. */
function synonymPhrases(entry, nouns) {
  const words = entry
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean);
  const phrases = [words];
  const last = words.at(-1);
  const plural = nouns && !entry.trim().endsWith("_") && last ? regularPlural(last) : null;
  if (plural !== null) phrases.push([...words.slice(0, -1), plural]);
  return phrases;
}

function addPhrase(list, phrase) {
  const key = phrase.join(" ");
  if (!list.some((existing) => existing.join(" ") === key)) list.push(phrase);
}

/** "---  MEET   [040]  ---" → { name, code, reverse }. */
function parseBlockHeader(text) {
  const match = /^---\s+(\S+)\s+(\[[^\]]*\])/.exec(text);
  if (!match) throw new Skip("block header without a name and [code]");
  return { name: match[1], ...parseCode(match[2]) };
}

/**
 * "[042]" → 042; "[---]" → null (no event); "[042:043]" → 042 with reverse code 043: PETRARCH's
 * "active:passive" pair, the second being the event with source and target swapped (the host
 * of a visit); "[:173]" has only the swapped event.
 */
function parseCode(bracketed) {
  const inner = bracketed.replace(/^\[|\]$/g, "").trim();
  const [code = "", reverse = ""] = inner.split(":").map((part) => part.trim());
  const parsed = {
    code: code === "---" || code === "" ? null : code,
    reverse: reverse === "---" || reverse === "" ? null : reverse,
  };
  for (const part of [parsed.code, parsed.reverse]) {
    if (part !== null && !/^\d{2,4}$/.test(part)) throw new Skip(`malformed code [${inner}]`);
  }
  return parsed;
}

/** "+BRING_OUT" → words [bring, out], head 0; "RE_+ARREST" → [re, arrest], head 1. */
function parseVerbWords(token) {
  const parts = token.split("_").filter((part) => part !== "");
  const marked = parts.findIndex((part) => part.startsWith("+"));
  const words = parts.map((part) => part.replace(/^\+/, "").toLowerCase());
  if (words.length === 0 || words.some((word) => !/^[a-z][a-z'-]*$/.test(word))) {
    throw new Skip("verb that is not a word or words");
  }
  return { words, head: Math.max(marked, 0) };
}

/** A verb line: its words, the forms written in {...} (null if none), its own code. */
function parseVerbLine(text) {
  let body = stripComment(text);
  let code = { code: null, reverse: null, given: false };
  const bracket = /\[[^\]]*\]/.exec(body);
  if (bracket) {
    code = { ...parseCode(bracket[0]), given: true };
    body = body.replace(bracket[0], " ");
  }
  let written = null;
  const braces = /\{([^}]*)\}/.exec(body);
  if (braces) {
    written = braces[1]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((token) => parseVerbWords(token).words);
    body = body.replace(braces[0], " ");
  }
  const tokens = body.trim().split(/\s+/).filter(Boolean);
  if (tokens.length !== 1) throw new Skip("verb line with more than one verb");
  return { ...parseVerbWords(tokens[0] ?? ""), written, code };
}

/**
 * Every form of a verb, base first, then those written in {...}, then generated ones. PETRARCH
 * generates -s, -ed and -ing only when nothing is written in {...}; where {...} lists some forms
 * but leaves out the -s or -ing form (always regular in English) dyad adds it. A "{}" means the
 * words take no other forms. -ize verbs also get their -ise spellings, -l verbs both spellings.
 */
function verbForms(verb, primaries) {
  const { words, head, written } = verb;
  const stem = words[head];
  const withHead = (word) => words.map((w, i) => (i === head ? word : w));
  const forms = [words];
  const onlySpellings =
    written !== null &&
    written.length > 0 &&
    written.every((form) => britishSpelling(stem, stem) === form[head]);
  if (written === null || onlySpellings) {
    forms.push(withHead(thirdPerson(stem)));
    for (const past of pastForms(stem)) forms.push(withHead(past));
    for (const ing of ingForms(stem)) forms.push(withHead(ing));
  } else if (written.length > 0) {
    forms.push(...written);
    // The word that inflects, found by comparing with the base form: the dictionary does not
    // always mark it with "+" the same way in {...} (+WIRE_TAP {+WIRE_TAPS ...}).
    const changed = written.map((form) => form.find((word, i) => word !== words[i]) ?? "");
    if (!AUXILIARIES.has(stem)) {
      if (!changed.some((word) => word.endsWith("s"))) forms.push(withHead(thirdPerson(stem)));
      if (!changed.some((word) => word.endsWith("ing"))) {
        for (const ing of ingForms(stem)) forms.push(withHead(ing));
      }
    }
  }
  return withOtherSpellings(unique(forms), head, stem, primaries);
}

/** Adds criticise beside criticize and canceled beside cancelled, unless that is its own verb. */
function withOtherSpellings(forms, head, stem, primaries) {
  const [base = []] = forms;
  const variants = [];
  for (const respell of [britishSpelling, otherSpellingOfL]) {
    const other = respell(stem, stem);
    const otherBase = base.map((w, i) => (i === head ? other : w)).join(" ");
    if (other !== null && primaries.has(otherBase)) continue;
    for (const form of forms) {
      const word = respell(form[head] ?? "", stem);
      if (word !== null) variants.push(form.map((w, i) => (i === head ? word : w)));
    }
  }
  return unique([...forms, ...variants]);
}

function unique(forms) {
  const seen = new Set();
  return forms.filter((form) => {
    const key = form.join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- patterns

/**
 * "- $ * (TO {STATE VISIT}) + [042:043] # comment" → { pre, post, code, reverse }, once for each
 * choice of "A/B" alternatives (PETRARCH would read "TO/FOR" as one word that never matches).
 */
function parsePatternLine(text, synonyms) {
  const body = stripComment(text.replace(/^-/, ""));
  const bracket = /\[[^\]]*\]\s*$/.exec(body);
  if (!bracket) throw new Skip("pattern without a [code]");
  const code = parseCode(bracket[0].trim());
  const tokens = body
    .slice(0, bracket.index)
    // "*SCEPTICAL", "SPY_*_DEAL": the verb marker is a token of its own.
    .replace(/_?\*_?/g, " * ")
    .replace(/([(){}])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean);
  return alternatives(tokens).map((choice) => ({ ...splitAtVerb(choice, synonyms), ...code }));
}

/** Every token list "TO/FOR PROTEST" stands for: [TO PROTEST], [FOR PROTEST]. */
function alternatives(tokens) {
  let lists = [[]];
  for (const token of tokens) {
    const options = token.includes("/") ? token.split("/").filter(Boolean) : [token];
    lists = lists.flatMap((list) => options.map((option) => [...list, option]));
  }
  return lists;
}

function splitAtVerb(tokens, synonyms) {
  const at = tokens.indexOf("*");
  if (at < 0 || tokens.indexOf("*", at + 1) >= 0) throw new Skip("pattern without one verb (*)");
  return {
    pre: parseElements(tokens.slice(0, at), synonyms),
    post: parseElements(tokens.slice(at + 1), synonyms),
  };
}

/** Tokens to pattern elements: words, markers, @synonyms, {"seq": [...]}, {"pp": [...]}. */
function parseElements(tokens, synonyms) {
  const [elements, end] = parseGroup(tokens, 0, null, synonyms);
  if (end !== tokens.length) throw new Skip("unbalanced ( ) or { }");
  return elements;
}

function parseGroup(tokens, start, closer, synonyms) {
  const elements = [];
  let at = start;
  while (at < tokens.length) {
    const token = tokens[at];
    if (token === closer) return [elements, at + 1];
    if (token === ")" || token === "}") throw new Skip("unbalanced ( ) or { }");
    if (token === "(" || token === "{") {
      const [inner, next] = parseGroup(tokens, at + 1, token === "(" ? ")" : "}", synonyms);
      elements.push(token === "(" ? prepositionalPhrase(inner) : sequence(inner));
      at = next;
    } else {
      elements.push(wordElement(token, synonyms));
      at += 1;
    }
  }
  if (closer !== null) throw new Skip("unbalanced ( ) or { }");
  return [elements, at];
}

/** (TO +): a prepositional phrase; its first element is the preposition. */
function prepositionalPhrase(elements) {
  const [preposition] = elements;
  if (typeof preposition !== "string" || !/^[a-z]/.test(preposition)) {
    throw new Skip("prepositional phrase without a preposition");
  }
  return { pp: elements };
}

/** {STATE VISIT}: contiguous words; nested groups ("{AIR_STRIKE}") are flattened. */
function sequence(elements) {
  const flat = elements.flatMap((element) =>
    typeof element === "object" && "seq" in element ? element.seq : [element],
  );
  if (flat.length === 0) throw new Skip("empty { }");
  return flat.length === 1 ? flat[0] : { seq: flat };
}

const MARKERS = new Set(["+", "$", "%", "^"]);

function wordElement(token, synonyms) {
  if (MARKERS.has(token)) return token;
  if (token.startsWith("&") && synonyms.has(synonymName(token))) return `@${synonymName(token)}`;
  if (token.includes("_")) {
    // TABARI's "_" joins words that must be consecutive.
    const parts = token.split("_").filter(Boolean);
    if (parts.length === 0) throw new Skip(`unrecognised token "${token}"`);
    return sequence(parts.map((part) => wordElement(part, synonyms)));
  }
  if (token.startsWith("&")) {
    const name = synonymName(token);
    if (!synonyms.has(name)) throw new Skip("undefined synonym set (PETRARCH ignores these too)");
    return `@${name}`;
  }
  if (!/^[a-z0-9][a-z0-9'.-]*$/i.test(token)) throw new Skip(`unrecognised token "${token}"`);
  return token.toLowerCase();
}

// ---------------------------------------------------------------- blocks

/** The VERB PATTERNS section as blocks: { name, code, reverse, verbs, patterns }. */
function parseVerbSection(lines, synonyms, cameoCodes, report) {
  const blocks = [];
  let block = null;
  for (const { number, text } of lines) {
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#") || SECTION.verbs.test(text)) continue;
    try {
      if (text.startsWith("---")) {
        block = { ...parseBlockHeader(text), verbs: [], patterns: [], line: number };
        checkCodes(block, cameoCodes);
        blocks.push(block);
      } else if (block === null) {
        throw new Skip("line before the first verb block");
      } else if (text.startsWith("-")) {
        addPatterns(block, parsePatternLine(text, synonyms), number, cameoCodes, report);
      } else {
        const verb = { ...parseVerbLine(text), line: number };
        checkCodes(verb.code, cameoCodes);
        block.verbs.push(verb);
      }
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skip(report, error.message, number, text);
    }
  }
  return blocks;
}

function checkCodes({ code, reverse }, cameoCodes) {
  for (const part of [code, reverse]) {
    if (part !== null && !cameoCodes.has(part))
      throw new Skip(`code ${part} not in the CAMEO table`);
  }
}

/**
 * Adds a line's patterns to its block. The same elements with the same code again is dropped;
 * with another code the later line replaces the earlier, as in PETRARCH (which stores patterns
 * in a tree where the last line written for a path wins).
 */
function addPatterns(block, patterns, number, cameoCodes, report) {
  checkCodes(patterns[0], cameoCodes);
  if (patterns.length > 1) report.alternativeLines += 1;
  for (const pattern of patterns) {
    if (pattern.pre.length + pattern.post.length === 0) {
      // "- * [042:043]": the verb by itself, which is what the block's code says.
      merge(report, "pattern with no elements (made the block's code)", number, block.name);
      Object.assign(block, { code: pattern.code, reverse: pattern.reverse });
      continue;
    }
    const key = JSON.stringify([pattern.pre, pattern.post]);
    const earlier = block.patterns.findIndex((p) => p.key === key);
    const found = block.patterns[earlier];
    if (found && sameCode(found, pattern)) {
      merge(report, "the same pattern again in its block", number, `${block.name}: ${key}`);
      continue;
    }
    if (found) {
      const text = `${block.name}: ${key} [${found.code ?? "---"}] → [${pattern.code ?? "---"}]`;
      skip(report, "pattern replaced by a later line with the same elements", found.line, text);
      block.patterns.splice(earlier, 1);
    }
    block.patterns.push({ ...pattern, key, line: number });
  }
}

/**
 * Output lines, one per block in name order. A verb written twice in a block is one verb (its
 * {...} forms win over generated ones: BRING and BRING {BROUGHT ...}); a verb that is a form of
 * another verb in its block (DETERRING beside DETER) is folded into it; a verb listed in several
 * blocks gets the same forms and bare code in each (shareVerbs()).
 */
function blockLines(blocks, report) {
  const primaries = new Set(blocks.flatMap((b) => b.verbs.map((v) => v.words.join(" "))));
  for (const block of blocks) {
    block.merged = foldForms(mergeRepeatedVerbs(block, report), primaries, block, report);
  }
  shareVerbs(blocks, report);
  return blocks
    .filter((block) => {
      if (block.merged.length > 0) return true;
      skip(report, "block without verbs", block.line, block.name);
      return false;
    })
    .sort((a, b) => compareStrings(a.name, b.name))
    .map((block) => ({
      block: block.name,
      code: block.code,
      ...(block.reverse === null ? {} : { reverse: block.reverse }),
      verbs: block.merged.map((verb) => verbLine(block, verb)),
      patterns: block.patterns.map(({ pre, post, code, reverse, line }) => ({
        pre,
        post,
        code,
        ...(reverse === null ? {} : { reverse }),
        line,
      })),
    }));
}

/** One verb per word sequence in a block, in the order first written. */
function mergeRepeatedVerbs(block, report) {
  const byWords = new Map();
  for (const verb of block.verbs) {
    const key = verb.words.join(" ");
    const first = byWords.get(key);
    if (!first) {
      byWords.set(key, { ...verb });
      continue;
    }
    merge(report, "verb written again in its block", verb.line, `${block.name}: ${key}`);
    if (verb.written !== null) first.written = [...(first.written ?? []), ...verb.written];
    if (!first.code.given && verb.code.given) first.code = verb.code;
  }
  return [...byWords.values()];
}

/** Each verb with its forms, a verb that is another's form (with no code of its own) folded in. */
function foldForms(verbs, primaries, block, report) {
  const withForms = verbs.map((verb) => ({ ...verb, forms: verbForms(verb, primaries) }));
  return withForms.filter((verb) => {
    const key = verb.words.join(" ");
    const host = withForms.find(
      (other) =>
        other !== verb &&
        !other.folded &&
        other.forms.some((form) => form.join(" ") === key) &&
        (!verb.code.given || sameCode(verb.code, other.code)),
    );
    if (!host) return true;
    verb.folded = true;
    // Its written forms only: "worried" inflected as a verb of its own would give "worrieds".
    host.forms = unique([...host.forms, verb.words, ...(verb.written ?? [])]);
    const text = `${block.name}: ${key}`;
    merge(report, "verb that is a form of another verb in its block", verb.line, text);
    return false;
  });
}

function sameCode(a, b) {
  return a.code === b.code && a.reverse === b.reverse;
}

/**
 * A verb listed in several blocks: PETRARCH keeps a form's first definition, so the bare verb
 * codes as in the first of its blocks in file order (RISK [---] before ENDANGER [130]: "risked"
 * alone is no threat). dyad keeps the verb in every block, so all their patterns apply, and
 * gives it that first block's bare code in the others (as its own code) and the same forms
 * (the {...} ones where some block writes them), so no order of the blocks matters.
 */
function shareVerbs(blocks, report) {
  const uses = new Map();
  for (const block of blocks) {
    for (const verb of block.merged) {
      const key = verb.words.join(" ");
      uses.set(key, [...(uses.get(key) ?? []), { block, verb }]);
    }
  }
  for (const [key, list] of uses) {
    if (list.length < 2) continue;
    const [home, ...others] = list;
    const written = list.filter(({ verb }) => verb.written !== null);
    const forms = unique((written.length > 0 ? written : list).flatMap(({ verb }) => verb.forms));
    const bare = bareCode(home.block, home.verb);
    for (const { verb } of list) verb.forms = forms;
    for (const { block, verb } of others) {
      if (sameCode(bareCode(block, verb), bare)) continue;
      verb.code = { ...bare, given: true };
      verb.codeFrom = home.block.name;
    }
    report.sharedVerbs.push(`${key} (${list.map(({ block }) => block.name).join(", ")})`);
  }
}

/** What a verb codes with no pattern: its own code if it has one, else its block's. */
function bareCode(block, verb) {
  return verb.code.given ? verb.code : { code: block.code, reverse: block.reverse };
}

/**
 * A verb's own code: null means "the block's"; "---" means the verb alone codes no event even
 * though its block has a code (HOLD [---] in CONFINE [170]: "held talks" is not a detention).
 */
function verbLine(block, verb) {
  const { code, reverse, given } = verb.code;
  const sameAsBlock = code === block.code && reverse === block.reverse;
  const ownCode = !given || sameAsBlock ? null : code === null ? "---" : code;
  return {
    words: verb.words,
    forms: verb.forms,
    code: ownCode,
    ...(reverse === null || sameAsBlock ? {} : { reverse }),
  };
}

function buildVerbDictionary(cameoCodes, report) {
  const text = readFileSync(join(REFERENCE, SOURCES.verbs.path), "utf8");
  const sections = splitSections(text);
  const synonyms = parseSynonyms(sections.synonyms.slice(1), report);
  const blocks = parseVerbSection(sections.verbs, synonyms, cameoCodes, report);
  report.transformationLines = sections.transformations.filter((l) =>
    l.text.startsWith("~"),
  ).length;
  const lines = blockLines(blocks, report);
  checkTrickyVerbs(lines);
  return { lines, synonyms: sortedObject(synonyms) };
}

// ============================================================== output

function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedObject(map) {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

function jsonLines(items) {
  return items.map((item) => JSON.stringify(item)).join("\n") + "\n";
}

/** synonyms.json: one set a line, so diffs stay readable. */
function synonymsJson(synonyms) {
  const entries = Object.entries(synonyms).map(
    ([name, phrases]) => `  ${JSON.stringify(name)}: ${JSON.stringify(phrases)}`,
  );
  return `{\n${entries.join(",\n")}\n}\n`;
}

function counts(cameo, verbs) {
  const verbEntries = verbs.lines.flatMap((line) => line.verbs);
  return {
    codes: cameo.length,
    withPlover: cameo.filter((c) => c.plover !== null).length,
    blocks: verbs.lines.length,
    verbs: verbEntries.length,
    forms: verbEntries.reduce((sum, verb) => sum + verb.forms.length, 0),
    patterns: verbs.lines.reduce((sum, line) => sum + line.patterns.length, 0),
    synonymSets: Object.keys(verbs.synonyms).length,
    synonymPhrases: Object.values(verbs.synonyms).reduce((sum, list) => sum + list.length, 0),
  };
}

function skippedTotal(report) {
  return [...report.skipped.values()].reduce((sum, entry) => sum + entry.count, 0);
}

function sourcesMarkdown(total) {
  const row = (s) => `| \`${s.path}\` | ${s.from} \`${s.upstream}\` | ${s.licence} |`;
  return `# Sources of data/events

Generated by \`scripts/build-event-data.mjs\`: do not edit \`cameo.jsonl\`, \`verbs.jsonl\` or
\`synonyms.json\` by hand. Change the script, then run

    node scripts/build-event-data.mjs ../shared/reference

from the repository (the reference copies live in the project's shared \`reference/\` folder; its
README records where each came from). The output is deterministic: the same inputs give the same
bytes. \`README.md\` describes the formats and every decision the script makes.

| reference file | from (repository @ commit, path) | licence as stated there |
|---|---|---|
${Object.values(SOURCES).map(row).join("\n")}

## Licences

- \`verbs.jsonl\` and \`synonyms.json\` are converted from PETRARCH2's \`CAMEO.2.0.txt\`,
  Copyright (c) 2015 Open Event Data Alliance, MIT licence (the licence text is in the source
  file's header). Each pattern's \`line\` is its line in that file.
- \`cameo.jsonl\`: the columns \`code\`, \`root\`, \`name\`, \`goldstein\` and \`quad_class\` come
  from GDELT's CAMEO lookup tables (CAMEO codes and Goldstein values are facts of the field; no
  licence is stated where they were copied from). The columns \`plover\`, \`plover_mode\`,
  \`plover_context\` and \`plover_source\` are derived from PLOVER's CAMEO2PLOVER-2021 mapping and
  manual, Copyright the PLOVER authors, **CC BY-SA 4.0**
  (https://creativecommons.org/licenses/by-sa/4.0/): those columns keep that licence, with
  dyad's changes (listed in \`README.md\`) shared under the same licence.

## Counts

| what | count |
|---|---|
| CAMEO codes (\`cameo.jsonl\`) | ${total.codes} |
| codes with a PLOVER category | ${total.withPlover} |
| verb blocks (\`verbs.jsonl\` lines) | ${total.blocks} |
| verbs | ${total.verbs} |
| verb forms | ${total.forms} |
| patterns | ${total.patterns} |
| synonym sets (\`synonyms.json\`) | ${total.synonymSets} |
| synonym phrases, plurals included | ${total.synonymPhrases} |
| source lines skipped (see \`README.md\`) | ${total.skipped} |
`;
}

/** A Markdown table body: reason | lines | up to three examples. */
function reasonRows(reasons) {
  const code = (example) => `\`${example.replace(/\|/g, "\\|").replace(/\s+/g, " ")}\``;
  return [...reasons.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([reason, { count, examples }]) => {
      return `| ${reason} | ${count} | ${examples.map(code).join("<br>")} |`;
    })
    .join("\n");
}

function readmeMarkdown(total, report, cameo) {
  const statements = cameo
    .filter((c) => c.code.startsWith("01"))
    .map((c) => `| ${c.code} | ${c.name} | ${c.plover ?? "null"} |`)
    .join("\n");
  return README_TEMPLATE.replace("{{statements}}", statements)
    .replace(
      "{{modes}}",
      [...report.modeCorrections]
        .sort()
        .map((m) => `  - ${m}`)
        .join("\n"),
    )
    .replace("{{dropped}}", report.ploverRowsNotInCameo.join(", ") || "none")
    .replace("{{duplicates}}", report.ploverDuplicateRows.join(", ") || "none")
    .replace("{{skipped}}", reasonRows(report.skipped))
    .replace("{{merged}}", reasonRows(report.merged))
    .replace("{{skippedTotal}}", String(total.skipped))
    .replace("{{transformations}}", String(report.transformationLines))
    .replace("{{alternatives}}", String(report.alternativeLines))
    .replace("{{shared}}", String(report.sharedVerbs.length))
    .replace("{{sharedList}}", report.sharedVerbs.join("; "));
}

const README_TEMPLATE = `# data/events

Generated by \`scripts/build-event-data.mjs\` (do not edit by hand; sources, licences and counts
in \`SOURCES.md\`). Loaded by \`src/events/codes.ts\` (\`cameo.jsonl\`) and
\`src/events/verb-dictionary.ts\` (\`verbs.jsonl\`, \`synonyms.json\`, and users' own verb files in
the same format). Other files in this folder are written by hand; the script leaves them alone:
\`dyad-verbs.jsonl\` (dyad's own verbs and patterns for current news, in the \`verbs.jsonl\`
format, loaded after it), \`event-nouns.tsv\` and the word lists (\`*.txt\`, \`*.tsv\`) the
event coder reads, each with a header comment saying what it is for.

## cameo.jsonl: event codes

One JSON object a line, one per CAMEO code (cue categories such as \`04\` included), in code order:

    {"code":"042","root":"04","name":"Make a visit","goldstein":1.9,"quad_class":1,"plover":"CONSULT","plover_mode":"visit","plover_context":null,"plover_source":"CAMEO2PLOVER-2021 042"}

- \`code\`: the CAMEO code, two to four digits, as a string (leading zeros matter).
- \`root\`: its two-digit cue category.
- \`name\`: CAMEO's name, in sentence case, with the lookup's typos and mis-decoded characters
  fixed (\`044\` "Meet at a third location").
- \`goldstein\`: the Goldstein conflict–cooperation value, -10 to +10 (GDELT's table).
- \`quad_class\`: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
  conflict (GDELT's assignment by cue category).
- \`plover\`: the PLOVER event category, or null where dyad emits none.
- \`plover_mode\`, \`plover_context\`: PLOVER's mode and context, or null. Where the mapping gives
  several contexts they are separated by \`"; "\` (\`"crime; corruption"\`).
- \`plover_source\`: where the three PLOVER columns come from: a CAMEO2PLOVER-2021 row (a code
  without its own row takes its parent's: 0311 → 031 → 03), or a dyad decision below.

Things to know about the lookup's names: for 105–108 GDELT's names ("Demand mediation", "Demand
withdrawal", "Demand ceasefire", "Demand meeting, negotiation") do not line up with their
sub-codes and PLOVER's mapping (105x are demands to yield; CAMEO2PLOVER and PETRARCH2 read 106 as
meet, 107 as settle, 108 as mediation). The names are kept as the table has them; the PLOVER
columns follow the mapping by code.

### CAMEO 01 and 02: dyad's PLOVER decision

PLOVER drops CAMEO 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL) on purpose (manual, "CAMEO vs.
PLOVER"), and asks coders who map any of them to document it. dyad still codes both in CAMEO;
for PLOVER it emits:

**02 appeals → REQUEST.** The 2021 manual defines REQUEST as "all requests, demands, and orders
… all requests are verbal acts"; the older summary (\`plover_reference.html\`) called the
category DEMAND and said appeals were not coded, but the 2021 manual renamed it REQUEST and widened
it to every request. It also says SUPPORT "is distinct from the CAMEO APPEAL category, where the
actor simply requested support", so an appeal is a request, not support. Each 02 code takes the
mode and context CAMEO2PLOVER-2021 gives the matching demand: 02X(Y) ↔ 10X(Y) (0231 appeal for
economic aid ↔ 1031 demand economic aid: REQUEST, assist, economic; 026 appeal to meet ↔ 106:
REQUEST, meet). The manual's own translation table still says "dropped": it describes splicing
old CAMEO data, and CAMEO 02 carries no verbs PLOVER's REQUEST would not.

**01 statements → null, except two.** PLOVER eliminated comments on purpose, so a statement,
comment, optimism or pessimism, a policy option considered, a symbolic act or sympathy yields no
PLOVER event. The manual names two possible exceptions without recommending them; dyad takes one
and adds one whose definition PLOVER already has:

- 016 deny responsibility → REJECT (no mode): REJECT is "all rejections and refusals", and
  denying an accusation rejects it; the manual gives this example.
- 015 acknowledge or claim responsibility → null, not the manual's AGREE: AGREE is willingness to
  cooperate, and in news most claims of responsibility are for attacks, which PLOVER codes as the
  ASSAULT itself.
- 019 express accord → SUPPORT (no mode): SUPPORT is "express support for, commend, approve
  policy, action, or actor", CAMEO 019's definition.

| code | name | plover |
|---|---|---|
{{statements}}

### Other PLOVER decisions

- Modes the 2021 mapping uses but the manual's mode tables do not (retired modes, or a context in
  the mode column) are replaced by the manual's equivalent or null:
{{modes}}
- Mapping rows for codes GDELT's CAMEO table lacks are not used: {{dropped}}.
- Where the mapping has two rows for a code, the first is used (the manual splits YIELD into
  CONCEDE 081–083 and RETREAT 084–087; 08 and 080 are CONCEDE): second rows ignored:
  {{duplicates}}.

## verbs.jsonl: the verb pattern dictionary

One JSON object a line, one per verb block, in block-name order. A block is a set of verbs that
share patterns (PETRARCH's "verb synonym block"):

    {"block":"MEET_PEOPLE","code":"040",
     "verbs":[{"words":["meet","with"],"forms":[["meet","with"],["met","with"],["meets","with"],["meeting","with"]],"code":null},
              {"words":["meet"],"forms":[["meet"],["meets"],["met"],["meeting"]],"code":null}, ...],
     "patterns":[{"pre":[],"post":[{"pp":["by","telephone"]}],"code":"041","reverse":"041","line":5446},
                 {"pre":[],"post":["charge"],"code":null,"reverse":"112","line":5461}, ...]}

(shown on several lines here; in the file each block is one line).

- \`block\`: the block's name (upper case, as PETRARCH writes it). Names are unique.
- \`code\`: the block's CAMEO code, or null (\`[---]\`): what a verb of the block codes when no
  pattern matches. null means the bare verb codes no event.
- \`reverse\` (only when present in the source): see "Reverse codes" below.
- \`verbs\`: the block's verbs.
  - \`words\`: the verb's base form as lower-case words; a multi-word verb (\`+BRING_OUT\`,
    \`RE_+ARREST\`) is split into words. The word that inflects is the one that differs between
    forms.
  - \`forms\`: every form to look for, each as lower-case words: the base form first, then the
    forms the dictionary writes in \`{...}\` (its irregular and consonant-doubling forms: met,
    held, stopped, committed), then the regular forms: third person \`-s\`/\`-es\`/\`-ies\`,
    past \`-ed\`/\`-d\`/\`-ied\` (doubling a final consonant after a single vowel in one-syllable
    verbs and stressed endings such as -mit, -fer, -cur, -pel), and \`-ing\` (dropping a silent
    \`e\`, \`-ie\` → \`-ying\`); irregular verbs the dictionary leaves bare (SET, TEACH) take their
    past from a table in the script. As in PETRARCH, nothing is generated when \`{...}\` is given,
    except that a missing \`-s\` or \`-ing\` form is added (those are always regular), and
    \`{}\` means no other forms. -ize verbs also get their British -ise spellings (criticize,
    criticised, …) and -l verbs both spellings (cancelled, canceled), unless that spelling is a
    verb of its own in the dictionary. A verb written twice in a block is merged (its \`{...}\`
    forms win), and a verb that is a form of another verb in its block is folded into it.
  - \`code\`: the verb's own code, which overrides the block's; null means "use the block's".
    The string \`"---"\` means the verb alone codes no event although its block has a code (the
    dictionary's \`HOLD [---]\` in block CONFINE \`[170]\`: "held talks" is no detention).
  - \`reverse\` (only when present): as for patterns.
- \`patterns\`: the block's patterns, in dictionary order.

  - \`pre\`: elements before the verb, in text order; \`post\`: elements after it.
  - \`code\`: the code when the pattern matches, or null: the pattern matches and codes no event
    (it stops the verb's own code from applying).
  - \`reverse\` (only when present): see below.
  - \`line\`: the pattern's line in \`CAMEO.2.0.txt\` (optional in users' files).

A verb may be listed in several blocks ({{shared}} are: {{sharedList}}). It has the same forms
in each, and all their patterns apply to it. With no pattern matching, PETRARCH codes a form by
its first definition, the first of those blocks in the source file; dyad writes that block's
bare code as the verb's own code in the others (\`"---"\` where it is none), so the blocks agree
and their order does not matter (RISK \`[---]\` comes before ENDANGER \`[130]\`: "risked" alone
is no threat). The loader keeps to this for users' files: a verb added to another block than
its first takes the first block's bare code there, so to change what a verb codes, extend its
first block.

PETRARCH2's dictionary lacks some verbs its predecessor (\`CAMEO.verbpatterns.150430.txt\`) had,
notably URGE: the old block CALLED_FOR \`[020]\` (URGE, BESEECH, REQUIRE, +CALL_UPON) lost its
verb list, and its patterns sit in DEMAND marked \`# URGE\`. The conversion keeps the dictionary
as it is; a user's file can add them.

### Pattern elements

- a plain string such as \`"talks"\`: that word, lower case. PETRARCH2 reads a bare word as the
  head of a noun phrase (or a particle); in TABARI's convention, which the patterns come from,
  other words may stand between consecutive pattern words. Words are not inflected: plurals are
  written out where the dictionary wants them.
- \`"+"\`: the target (recipient) actor; \`"$"\`: the source actor. Most patterns name neither:
  PETRARCH2 takes the source from the verb's subject and the target from its object, and uses
  these markers only where syntax alone would confuse the two.
- \`"%"\`: a compound actor (TABARI): the noun phrase here names several actors, which are each
  other's source and target ("Russian and Chinese aircraft staged exercises": \`% @aircraft *\`
  \`[062:062]\`). One pattern uses it.
- \`"^"\`: skip one noun phrase (TABARI): any noun phrase here, which is neither matched against
  words nor taken as an actor ("opened talks in [Geneva] with …": \`* talks {"pp":["in","^"]}
  {"pp":["with"]}\`).
- \`"@name"\`: any phrase of the synonym set \`name\` in \`synonyms.json\` (the dictionary's
  \`&NAME\`).
- \`{"seq": [...]}\`: elements that must be consecutive: PETRARCH2's \`{A B}\` noun phrase (the last
  word its head, the others modifiers) and TABARI's \`A_B\`.
- \`{"pp": [preposition, ...]}\`: a prepositional phrase: the first element is the preposition,
  the rest what its object must contain (\`(TO)\` is any phrase headed by "to"; \`(TO +)\` one
  whose object is the target; \`(IN @detention)\`).

### Reverse codes

PETRARCH writes some codes as \`[042:043]\`: the first code is the event from source to target, the
second the event with the roles swapped (PETRARCH2's "active" and "passive" meanings; TABARI's
paired events). "A traveled to B" is A visits B (042) and B hosts A (043); \`[046:046]\`
negotiations go both ways; \`[:173]\` (\`APPEAR (BEFORE COURT)\`) has only the swapped event: the
court charges the subject. dyad writes the first part as \`code\` and the second as \`reverse\`,
present only when the source has one; a matcher that does not handle \`reverse\` loses nothing else.

## synonyms.json

    {"aircraft": [["aircraft"],["plane"],["planes"],["helicopter"],["helicopters"], ...], ...}

Every set the dictionary defines, by name (lower case, without \`&\` and a trailing \`_\`), as a
list of lower-case word lists, each a phrase whose words must be consecutive. As PETRARCH does,
each noun phrase is followed by its regular plural (last word only; none after a phrase or label
ending in \`_\`, nor for words already ending in -s); irregular plurals are written out.

## Users' verb files

\`loadVerbDictionary(extraFiles)\` reads more files in the \`verbs.jsonl\` format after the bundled
one. A line whose \`block\` already exists extends that block: its verbs are added (forms of a verb
already there are merged, its code replaced if the line gives one), its patterns appended, and a
\`code\` key, if present, replaces the block's code; \`verbs\` and \`patterns\` may be left out.
A line naming a new block needs \`code\` and at least one verb. Every element must be one of the
kinds above and every \`@name\` a set in \`synonyms.json\`; a bad line stops loading with an error
naming the file and line.

## What the conversion skips

{{skippedTotal}} source lines are not converted, besides the TRANSFORMATIONS section
({{transformations}} \`~\` rules rewriting nested events, such as "a said b attacked" → 015, which
need a parse tree and are left to the matcher). {{alternatives}} pattern lines with \`A/B\`
alternatives are written once per alternative (PETRARCH would read \`TO/FOR\` as one word).

| reason | lines | examples (source line: text) |
|---|---|---|
{{skipped}}

These lines are merged into others, so nothing in them is lost:

| reason | lines | examples (source line: text) |
|---|---|---|
{{merged}}
`;

// ============================================================== main

function main() {
  const report = {
    skipped: new Map(),
    merged: new Map(),
    modeCorrections: new Set(),
    ploverRowsNotInCameo: [],
    ploverDuplicateRows: [],
    transformationLines: 0,
    alternativeLines: 0,
    sharedVerbs: [],
  };
  const cameo = buildCameoCodes(report);
  const verbs = buildVerbDictionary(new Set(cameo.map((c) => c.code)), report);
  const total = { ...counts(cameo, verbs), skipped: skippedTotal(report) };

  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "cameo.jsonl"), jsonLines(cameo));
  writeFileSync(join(OUT, "verbs.jsonl"), jsonLines(verbs.lines));
  writeFileSync(join(OUT, "synonyms.json"), synonymsJson(verbs.synonyms));
  writeFileSync(join(OUT, "SOURCES.md"), sourcesMarkdown(total));
  writeFileSync(join(OUT, "README.md"), readmeMarkdown(total, report, cameo));

  console.log(`data/events: ${total.codes} CAMEO codes (${total.withPlover} with PLOVER)`);
  console.log(
    `  ${total.blocks} verb blocks, ${total.verbs} verbs, ${total.forms} forms, ` +
      `${total.patterns} patterns, ${total.synonymSets} synonym sets`,
  );
  console.log(`  skipped ${total.skipped} source lines:`);
  for (const [reason, entry] of [...report.skipped.entries()].sort(([a], [b]) =>
    compareStrings(a, b),
  )) {
    console.log(`    ${String(entry.count).padStart(4)}  ${reason}`);
  }
}

main();
