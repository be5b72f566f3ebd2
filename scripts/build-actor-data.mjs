// Generates dyad's actor dictionaries (data/actors/*.jsonl and SOURCES.md) from the reference
// tables beside the repository (PETRARCH2 and ICEWS dictionaries) and the countries-list package.
//
//   npm run build && node scripts/build-actor-data.mjs ../shared/reference
//
// Deterministic: the same inputs give the same bytes. It prints what it wrote and what it dropped.
import { Buffer } from "node:buffer";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getCountryDataList } from "countries-list";
import { parseDyadDictionary } from "../dist/actors/dictionary/dyad-format.js";
import {
  parsePetrarchActors,
  parsePetrarchAgents,
  regularPlural,
  titleCase,
} from "../dist/actors/dictionary/petrarch.js";

const REFERENCE = resolve(process.argv[2] ?? "../shared/reference");
const OUT = fileURLToPath(new URL("../data/actors/", import.meta.url));
// The package's exports hide its package.json, so read it where npm installed it.
const PACKAGE = JSON.parse(
  readFileSync(new URL("../node_modules/countries-list/package.json", import.meta.url), "utf8"),
);
const PACKAGE_LABEL = `countries-list@${PACKAGE.version}`;

// Where each reference file comes from, as /work/shared/reference/README.md records it.
const PETRARCH = "openeventdata/petrarch2 @ 676801c";
const ICEWS = "openeventdata/text_to_CAMEO @ 6d7b3ab";
const FILES = {
  countries: {
    path: "petrarch2/Phoenix.Countries.actors.txt",
    from: PETRARCH,
    upstream: "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt",
  },
  international: {
    path: "petrarch2/Phoenix.International.actors.txt",
    from: PETRARCH,
    upstream: "petrarch2/data/dictionaries/Phoenix.International.actors.txt",
  },
  milNonState: {
    path: "petrarch2/Phoenix.MilNonState.actors.txt",
    from: PETRARCH,
    upstream: "petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt",
  },
  agents: {
    path: "petrarch2/Phoenix.agents.txt",
    from: PETRARCH,
    upstream: "petrarch2/data/dictionaries/Phoenix.agents.txt",
  },
  icewsAgents: { path: "icews/agentnames.txt", from: ICEWS, upstream: "agentnames.txt" },
  icewsCountries: { path: "icews/countrynames.txt", from: ICEWS, upstream: "countrynames.txt" },
};

// ---------------------------------------------------------------- text helpers

/** A comparison key: no accents, case, dots, apostrophes or leading "the"; "u. s." → "us". */
function key(text) {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "")
    .split(" ");
  // Initials written apart ("u s", from "U. S." or "U,S,") are one word.
  return words.join(" ").replace(/\b([a-z0-9]) (?=[a-z0-9]\b)/g, "$1");
}

/** Optimal string alignment distance (Levenshtein with transpositions), capped for speed. */
function distance(a, b, cap) {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How many edits still count as a misspelling of a name of this length. */
function typoAllowance(length) {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 14) return 2;
  return 3;
}

/** A readable form of an all-capitals dictionary phrase; acronyms without vowels stay capitals. */
function display(phrase) {
  return titleCase(phrase)
    .split(" ")
    .map((w) => (/^\(?[^aeiouy()]{2,5}\)?$/i.test(w) && /[a-z]/i.test(w) ? w.toUpperCase() : w))
    .map((w) => (/^\(.*\)$/.test(w) ? w.toUpperCase() : w))
    .join(" ");
}

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function readReference(file) {
  return readFileSync(join(REFERENCE, file.path), "utf8");
}

// ---------------------------------------------------------------- countries

/** code → { code, names, adjectives, capitals, sources }, with keys that are already taken. */
class Countries {
  byCode = new Map();
  /** name key → set of codes it names (so a name of one country is never given to another). */
  nameOwners = new Map();

  country(code) {
    let c = this.byCode.get(code);
    if (!c) {
      c = { code, names: [], adjectives: [], capitals: [], seen: new Set(), sources: new Set() };
      this.byCode.set(code, c);
    }
    return c;
  }

  /**
   * Adds `text` to a list unless the country already has it (ignoring case). Only exact
   * duplicates go: "U.S." and "US" are different words to the tokenizer.
   */
  add(code, list, text, source) {
    const c = this.country(code);
    const k = key(text);
    if (k === "") return false;
    c.sources.add(source);
    if (list === "names") {
      if (!this.nameOwners.has(k)) this.nameOwners.set(k, new Set());
      this.nameOwners.get(k).add(code);
    }
    const folded = `${list}:${text.toLowerCase()}`;
    if (c.seen.has(folded)) return false;
    c.seen.add(folded);
    c[list].push(text);
    return true;
  }

  /** The one country `text` names, if exactly one does. */
  ownerOf(text) {
    const owners = this.nameOwners.get(key(text));
    return owners && owners.size === 1 ? [...owners][0] : null;
  }

  nameKeys(code) {
    return this.country(code).names.map(key);
  }

  /** Fixes the names PETRARCH's synonyms are judged against, so one accepted guess never vouches for the next. */
  trust() {
    for (const c of this.byCode.values()) c.trusted = [...new Set(c.names.map(key))];
  }
}

function addPackage(countries) {
  for (const data of getCountryDataList()) {
    for (const name of [data.name, ...(data.alias ?? [])]) {
      countries.add(data.iso3, "names", name, PACKAGE_LABEL);
    }
    if (data.capital) countries.add(data.iso3, "capitals", data.capital, PACKAGE_LABEL);
  }
}

/** ICEWS names: a name the package knows decides; else an ISO code, or the ISO half of USAASM. */
function addIcews(countries, report) {
  const lines = readReference(FILES.icewsCountries).split(/\r?\n/);
  lines.forEach((line, index) => {
    const [name, code] = line.split("\t");
    if (!name || !code || name === "NULL") return;
    const known = (c) => countries.byCode.has(c);
    const target =
      countries.ownerOf(name) ??
      (known(code) ? code : code.length === 6 && known(code.slice(3)) ? code.slice(3) : null);
    const source = `${FILES.icewsCountries.path}:${index + 1}`;
    if (target === null) report.push(`${source}: no ISO 3166 country for "${name}" (${code})`);
    else countries.add(target, "names", name, source);
  });
}

function addExtras(countries) {
  const path = join(OUT, "countries.extra.jsonl");
  const { entries, diagnostics } = parseDyadDictionary(readFileSync(path, "utf8"), path);
  if (diagnostics.length > 0) {
    throw new Error(diagnostics.map((d) => `${path}:${d.line}: ${d.reason}`).join("\n"));
  }
  for (const entry of entries) {
    const source = entry.source.replace(/^.*\//, "");
    for (const list of ["names", "adjectives", "capitals"]) {
      for (const text of entry[list]) countries.add(entry.code, list, text, source);
    }
  }
}

// Words that turn a country's name into its official long form ("Islamic Republic of X").
const STATE_FORM = new Set(
  (
    "republic of the kingdom state states federal democratic peoples islamic socialist united " +
    "arab federation commonwealth principality grand duchy sultanate union popular hashemite " +
    "plurinational bolivarian independent cooperative oriental sovereign emirate emirates " +
    "federative and"
  ).split(" "),
);

// A demonym from one word of the name adds little: saudi, salvador-an, afghan.
const SHORT_REST = /^[a-z]{0,3}(an|ese|i)$/;
// Endings of foreign or misspelt names, not demonyms: kazastan, belgien, vietman, uruguai.
const FOREIGN_FORM = /(tan|en|man|[aeu]i)$/;
// What a demonym adds to the shared start of the name: israel-i, chin-ese, hungar-ian, pol-ish.
const DERIVED_REST = /^(ese|nese|an|ian|ean|n|i|ni|ic|ot|iot|ish)$/;

/**
 * Which PETRARCH country-level entries there are: those with a bare country code (or a
 * territory code such as FRAGUF) whose phrases include a known name of that country. Mayotte
 * [FRA] becomes MYT because its own name says so; KOSOVO [KSV] becomes XKX the same way.
 */
function countryLevel(countries, entry) {
  const candidates = new Set();
  for (const { code } of entry.codes) {
    if (/^[A-Z]{3}$/.test(code)) candidates.add(code);
    else if (/^[A-Z]{6}$/.test(code) && countries.byCode.has(code.slice(3))) {
      candidates.add(code.slice(3));
    }
  }
  if (candidates.size === 0) return null;
  const byName = countries.ownerOf(entry.phrases[0]);
  if (byName !== null) return byName;
  for (const code of candidates) {
    if (!countries.byCode.has(code)) continue;
    const keys = new Set(countries.nameKeys(code));
    if (entry.phrases.some((p) => keys.has(key(p)))) return code;
  }
  return null;
}

/** What one synonym of a country-level entry is for `code`: a list name, or why it is dropped. */
function classifyVariant(countries, code, phrase) {
  const k = key(phrase);
  const other = countries.nameOwners.get(k);
  if (other && !other.has(code)) return "another country's name";
  const c = countries.country(code);
  const names = c.trusted;
  if (names.includes(k)) return "names";
  if (c.capitals.some((cap) => key(cap) === k)) return "capitals";
  if (isDerivedDemonym(k, names)) return "adjectives";
  if (!/ers?$/.test(k) && isMisspelling(countries, code, k, names)) return "names";
  if (isShortDemonym(k, names)) return "adjectives";
  if (isOfficialForm(k, phrase, names)) return "names";
  return "not a name of the country (a city, region, person or foreign-language form)";
}

// "Englishman", "Scotsman", "Dutchwoman": people, not adjectives ("German" is not one of them).
const DEMONYM_NOUN = /(sh|ch|s)(wo)?m[ae]n$/;
// Name words too general to make a demonym from ("United" does not give "Unitedstatian").
const GENERIC_NAME_WORDS = new Set(
  "united states republic islands island kingdom saint new north south east west central democratic arab federal and of the".split(
    " ",
  ),
);

/**
 * The name with a demonym ending: "israel" → "israeli", "china" → "chinese", "germany" →
 * "german", "poland" → "polish", "south korea" → "south korean" (leading words must match).
 */
function isDerivedDemonym(k, names) {
  if (DEMONYM_NOUN.test(k)) return false;
  const [kHead, kLast] = splitLast(k);
  return names.some((name) => {
    const [nHead, nLast] = splitLast(name);
    if (kHead !== nHead) return false;
    const shared = commonPrefix(nLast, kLast);
    if (shared < 3) return false;
    const rest = kLast.slice(shared);
    // "german" (germany), "thai" (thailand), "somali" (somalia); not "ukrain" or "beliz".
    if (rest === "") {
      return (
        /(i|an|ese)$/.test(kLast) || (nLast.endsWith("y") && kLast.length === nLast.length - 1)
      );
    }
    if (/^n?ish$/.test(rest)) return true;
    // "turkei", "uruguai": the name's own vowel plus "i" is a foreign spelling, not a demonym.
    if (rest === "i" && /[aeiouy]$/.test(kLast.slice(0, -1))) return false;
    return DERIVED_REST.test(rest) && shared >= nLast.length - 2;
  });
}

/**
 * A demonym made from one distinctive word of the name: "saudi" (saudi arabia), "salvadoran"
 * (el salvador), or a shortened "-stan"/"-ia" name: "afghan", "tajik", "czech". Checked after
 * misspellings, which look alike ("afghanestan"); foreign names ("belgien", "kazastan") are not.
 */
function isShortDemonym(k, names) {
  if (DEMONYM_NOUN.test(k) || k.includes(" ") || FOREIGN_FORM.test(k)) return false;
  return names.some((name) =>
    name.split(" ").some((word) => {
      if (GENERIC_NAME_WORDS.has(word)) return false;
      const shared = commonPrefix(word, k);
      if (shared < 4) return false;
      const rest = k.slice(shared);
      if (rest === "" ? /(an|ese|i)$/.test(k) : SHORT_REST.test(rest)) return true;
      const shortened = k.length < word.length && k.length >= word.length - 5;
      return shortened && /(stan|ia)$/.test(word) && /[^aeiouy]$/.test(k) && shared === k.length;
    }),
  );
}

function splitLast(text) {
  const i = text.lastIndexOf(" ");
  return i < 0 ? ["", text] : [text.slice(0, i), text.slice(i + 1)];
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "islamic republic of afghanistan", "china (prc)": state-form words before, or a note after. */
function isOfficialForm(k, phrase, names) {
  return names.some((name) => {
    if (k.startsWith(`${name} `)) return /\)$/.test(phrase);
    if (!k.endsWith(` ${name}`)) return false;
    const before = k.slice(0, -name.length - 1).split(" ");
    return before.every((w) => STATE_FORM.has(w));
  });
}

/** Close to one of this country's names, and not as close to another country's name. */
function isMisspelling(countries, code, k, names) {
  const cap = typoAllowance(k.length);
  if (cap === 0) return false;
  const own = Math.min(...names.map((n) => (n[0] === k[0] ? distance(n, k, cap) : cap + 1)));
  if (own > cap) return false;
  for (const [nameKey, owners] of countries.nameOwners) {
    if (owners.has(code)) continue;
    if (distance(nameKey, k, own) <= own) return false;
  }
  return true;
}

function addPetrarchCountries(countries, entries, stats) {
  const levelCodes = new Map();
  for (const entry of entries) {
    const code = countryLevel(countries, entry);
    if (code !== null) countries.add(code, "names", display(entry.phrases[0]), entry.source);
  }
  countries.trust();
  for (const entry of entries) {
    const code = countryLevel(countries, entry);
    if (code === null) continue;
    levelCodes.set(entry, code);
    for (const phrase of entry.phrases.slice(1)) {
      const verdict = classifyVariant(countries, code, phrase);
      if (["names", "adjectives", "capitals"].includes(verdict)) {
        countries.add(code, verdict, display(phrase), entry.source);
        stats.kept[verdict]++;
      } else {
        stats.dropped.set(verdict, (stats.dropped.get(verdict) ?? 0) + 1);
      }
    }
  }
  return levelCodes;
}

function countryLines(countries) {
  return [...countries.byCode.values()]
    .filter((c) => c.names.length > 0)
    .sort((a, b) => byText(a.code, b.code))
    .map((c) => ({
      kind: "country",
      code: c.code,
      names: [c.names[0], ...c.names.slice(1).sort(byText)],
      adjectives: [...c.adjectives].sort(byText),
      capitals: [c.capitals[0], ...c.capitals.slice(1).sort(byText)].filter(Boolean),
      source: sortedSources(c.sources),
    }));
}

/** "countries-list@3.4.1; petrarch2/...:53446; ..." — files first by name, lines in order. */
function sortedSources(sources) {
  const parse = (s) => {
    const m = /^(.*):(\d+)$/.exec(s);
    return m ? [m[1], Number(m[2])] : [s, 0];
  };
  return [...sources]
    .sort((a, b) => {
      const [fa, la] = parse(a);
      const [fb, lb] = parse(b);
      return fa === fb ? la - lb : byText(fa, fb);
    })
    .join("; ");
}

// ---------------------------------------------------------------- people and organisations

// Words that mark an institution or an office, never a person's name.
const ORG_WORDS = new Set(
  (
    "ministry minister ministers department dept office party army forces force military police " +
    "council congress assembly parliament government administration bureau agency committee " +
    "commission union front alliance movement organization organisation association reserve " +
    "court tribunal bank fund institute institution authority brigade brigades battalion group " +
    "secretary president vice-president chief chairman senate house cabinet politburo federal " +
    "state states united international national nations world republic kingdom federation " +
    "league board service services corps guard navy command company corporation corp inc ltd " +
    "news media network radio television times post foundation society center centre church " +
    "university school college program programme project mission initiative watch rights " +
    "relief forum conference treaty pact liberation revolutionary jihad intelligence palace " +
    "administration holdings industries trust bancorp partners limited plc systems council " +
    "cooperation development leader leadership regime officials opposition rebels militants " +
    "embassy consulate delegation security defense defence affairs"
  ).split(" "),
);

// Titles before a name ("President Bashar al-Assad") mark the entry as a person.
const TITLES = new Set(
  (
    "president prime minister premier chancellor king queen prince princess sheikh sheik emir " +
    "general gen. gen colonel col. lieutenant major admiral marshal mr mr. mrs mrs. ms ms. dr " +
    "dr. secretary senator sen. rep. representative governor ambassador chairman former " +
    "ayatollah cardinal pope bishop leader foreign defense finance vice sir lord"
  ).split(" "),
);

/** A person: a leader list said so, or a name-like primary phrase with person-like codes. */
function isPerson(entry, comment, countryWords) {
  if (/CountryInfo|IGOrulers/.test(comment)) return true;
  const words = entry.phrases[0].split(" ");
  const nameLike =
    words.length >= 2 &&
    words.length <= 5 &&
    words.every(
      (w) => /^\p{L}[\p{L}.'-]*$/u.test(w) && !ORG_WORDS.has(w) && !countryWords.has(key(w)),
    );
  if (!nameLike) return false;
  const business = entry.codes.every((c) => /^(MNC|NGO)/.test(c.code));
  const titled = entry.phrases.some((p) => isTitled(p, words));
  if (business) return titled;
  const eli = entry.codes.some((c) => c.code.slice(3, 6) === "ELI" || c.code.endsWith("ELI"));
  const dated = entry.codes.some((c) => c.from !== null || c.to !== null);
  return titled || eli || dated;
}

/** "president bashar al-assad", "mr. assad": a title, then a word of the name. */
function isTitled(phrase, nameWords) {
  const words = phrase.split(" ");
  const bare = (w) => w.replace(/^(al|el)-/, "");
  const name = new Set(nameWords.map(bare));
  return words.length > 1 && TITLES.has(words[0]) && name.has(bare(words[words.length - 1]));
}

/** A bare country code (MDA) or a territory code (PSEGZA, GBRIMY): no sector, so a place. */
function isPlaceCode(code, sectorRoots) {
  return code.length === 3 || (code.length === 6 && !sectorRoots.has(code.slice(3)));
}

/** The comment text on each line of a reference file, for the leader-list markers. */
function commentsOf(text) {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const hash = line.indexOf("#");
    return hash < 0 ? "" : line.slice(hash);
  });
}

function actorLine(entry) {
  return {
    kind: "actor",
    name: display(entry.phrases[0]),
    phrases: entry.phrases,
    codes: entry.codes,
    source: entry.source,
  };
}

function byNameThenSource(a, b) {
  return byText(a.name, b.name) || byText(a.source, b.source);
}

// ---------------------------------------------------------------- agents

// ICEWS sector labels that are taxonomy, not words of news text.
const ICEWS_SKIP = /^(other|unaffiliated|undefined)\b|\(/i;
const ADJECTIVE_ENDING = /(al|ive|ary|ic|ous|ar|ed)$/;

/**
 * ICEWS agent names are category labels: "Agriculture / Fishing / Forestry Ministry" means three
 * phrases sharing the head noun "ministry". Returns [phrase, hasSharedHead] pairs.
 */
function expandIcewsLabel(label) {
  const parts = label
    .toLowerCase()
    .split("/")
    .map((p) => p.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const last = parts[parts.length - 1].split(" ");
  const shared =
    parts.length > 1 && last.length > 1 && parts.slice(0, -1).every((p) => !p.includes(" "));
  return parts.map((p, i) => {
    const withHead = shared && i < parts.length - 1;
    return [withHead ? `${p} ${last.at(-1)}` : p, shared];
  });
}

/**
 * The ICEWS labels that read as news phrases: several words, not ending in an adjective, not
 * already in the PETRARCH file (its nouns win). Only nouns with a shared head ("... ministry")
 * get a plural: the others are often mass nouns ("army support").
 */
function icewsAgents(known, sectorRoots, stats) {
  const out = [];
  readReference(FILES.icewsAgents)
    .split(/\r?\n/)
    .forEach((line, index) => {
      const [label, code] = line.split("\t").map((s) => s?.trim());
      if (!label || !code || !/^[A-Z]{3,}$/.test(code) || code === "ETN") return;
      if (ICEWS_SKIP.test(label) || !sectorRoots.has(code.slice(0, 3))) return;
      for (const [phrase, headed] of expandIcewsLabel(label)) {
        if (!phrase.includes(" ") || ADJECTIVE_ENDING.test(phrase) || known.has(phrase)) {
          stats.icewsSkipped++;
          continue;
        }
        const words = phrase.split(" ");
        const plural = headed ? regularPlural(words.at(-1)) : null;
        const phrases = [phrase];
        if (plural) phrases.push([...words.slice(0, -1), plural].join(" "));
        const fresh = phrases.filter((p) => !known.has(p));
        fresh.forEach((p) => known.add(p));
        out.push({
          kind: "agent",
          phrases: fresh,
          sector: code,
          source: `${FILES.icewsAgents.path}:${index + 1}`,
        });
      }
    });
  return out;
}

/** PETRARCH agents; a phrase defined twice keeps its last definition, as in PETRARCH. */
function petrarchAgents(entries, stats) {
  const owner = new Map();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const previous = owner.get(phrase);
      if (previous && previous.sector !== entry.sector) stats.conflicts++;
      owner.set(phrase, entry);
    }
  }
  return entries
    .map((entry) => ({ ...entry, phrases: entry.phrases.filter((p) => owner.get(p) === entry) }))
    .filter((entry) => entry.phrases.length > 0);
}

// ---------------------------------------------------------------- output

function writeJsonl(name, lines) {
  const text = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
  writeFileSync(join(OUT, name), text);
  return { name, count: lines.length, bytes: Buffer.byteLength(text) };
}

function parseReference(file, parse) {
  const text = readReference(file);
  const parsed = parse(text, file.path);
  return { ...parsed, comments: commentsOf(text) };
}

function lineOf(source) {
  return Number(/:(\d+)$/.exec(source)?.[1] ?? 0);
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const report = [];
  const countries = new Countries();
  addPackage(countries);
  addIcews(countries, report);
  addExtras(countries);

  const countryFile = parseReference(FILES.countries, parsePetrarchActors);
  const variantStats = { kept: { names: 0, adjectives: 0, capitals: 0 }, dropped: new Map() };
  const levels = addPetrarchCountries(countries, countryFile.entries, variantStats);

  const agentFile = parseReference(FILES.agents, parsePetrarchAgents);
  const sectorRoots = new Set(agentFile.entries.map((e) => e.sector.slice(0, 3)));
  // CAMEO sector codes the agent file does not use but actor codes do (insurgents, ...).
  for (const code of ["ELI", "INS", "SEP", "RAD"]) sectorRoots.add(code);
  const countryWords = new Set();
  for (const c of countries.byCode.values()) {
    for (const t of [...c.names, ...c.adjectives])
      if (!key(t).includes(" ")) countryWords.add(key(t));
  }
  const people = [];
  const organisations = [];
  let places = 0;
  for (const [file, parsed] of [
    [FILES.countries, countryFile],
    [FILES.international, parseReference(FILES.international, parsePetrarchActors)],
    [FILES.milNonState, parseReference(FILES.milNonState, parsePetrarchActors)],
  ]) {
    for (const d of parsed.diagnostics) report.push(`${file.path}:${d.line}: ${d.reason}`);
    for (const entry of parsed.entries) {
      if (levels.has(entry)) continue;
      // Regions, provinces and territories (TRANSNISTRIA [MDA], GAZA [PSEGZA]) are places.
      if (file === FILES.countries && entry.codes.every((c) => isPlaceCode(c.code, sectorRoots))) {
        places++;
        continue;
      }
      const comment = parsed.comments[lineOf(entry.source) - 1] ?? "";
      (isPerson(entry, comment, countryWords) ? people : organisations).push(actorLine(entry));
    }
  }

  for (const d of agentFile.diagnostics) report.push(`${FILES.agents.path}:${d.line}: ${d.reason}`);
  const agentStats = { conflicts: 0, icewsSkipped: 0 };
  const fromPetrarch = petrarchAgents(agentFile.entries, agentStats);
  const known = new Set(fromPetrarch.flatMap((e) => e.phrases));
  const agents = [...fromPetrarch, ...icewsAgents(known, sectorRoots, agentStats)].sort(
    (a, b) => byText(a.phrases[0], b.phrases[0]) || byText(a.source, b.source),
  );

  const written = [
    writeJsonl("countries.jsonl", countryLines(countries)),
    writeJsonl("agents.jsonl", agents),
    writeJsonl("organisations.jsonl", organisations.sort(byNameThenSource)),
    writeJsonl("people.jsonl", people.sort(byNameThenSource)),
  ];
  writeFileSync(join(OUT, "SOURCES.md"), sourcesMarkdown());

  for (const w of written) console.log(`${w.name}: ${w.count} entries, ${w.bytes} bytes`);
  const kept = variantStats.kept;
  console.log(
    `PETRARCH country variants kept: ${kept.names} names, ${kept.adjectives} adjectives, ${kept.capitals} capitals`,
  );
  for (const [reason, n] of [...variantStats.dropped].sort((a, b) => b[1] - a[1])) {
    console.log(`  dropped ${n}: ${reason}`);
  }
  console.log(`regions, provinces and territories coded without a sector (dropped): ${places}`);
  console.log(
    `agents: ${agentStats.conflicts} phrases defined twice with different codes (last kept); ` +
      `${agentStats.icewsSkipped} ICEWS label phrases skipped (single words, adjectives or already known)`,
  );
  console.log(`reference lines not read (${report.length}):`);
  for (const line of report) console.log(`  ${line}`);
}

/** SOURCES.md: for each generated file, where its entries come from and under which licence. */
function sourcesMarkdown() {
  const ref = (f) => `${f.from}, \`${f.upstream}\` (copy: \`${f.path}\`), MIT`;
  const pkg = `npm package ${PACKAGE_LABEL} (github.com/annexare/Countries), MIT`;
  const extra =
    "`data/actors/countries.extra.jsonl`, written for dyad (news usage the sources lack), MIT";
  const section = (file, what, sources) =>
    `## ${file}\n\n${what}\n\n${sources.map((s) => `- ${s}`).join("\n")}\n`;
  return [
    "# Sources of data/actors",
    "",
    "Generated by `scripts/build-actor-data.mjs`: do not edit the `.jsonl` files below by hand.",
    "Change the script or `countries.extra.jsonl`, then run",
    "`npm run build && node scripts/build-actor-data.mjs ../shared/reference`",
    "(the reference copies live in the project's shared `reference/` folder; see its README).",
    "Every entry's `source` names the file and line it came from.",
    "",
    section(
      "countries.jsonl",
      "Countries and territories by ISO 3166 alpha-3 code (Kosovo: the package's user-assigned XKX): " +
        "names and aliases, adjectives and capitals. PETRARCH synonyms are kept when they are a " +
        "known name, a close misspelling, an official long form, a demonym or the capital; cities, " +
        "regions, persons and foreign-language forms are dropped.",
      [pkg, ref(FILES.icewsCountries), ref(FILES.countries), extra],
    ),
    section(
      "agents.jsonl",
      "Sector nouns and their CAMEO agent codes, as given (GOV, MIL, GOVAGR, ...). Plurals and " +
        "substitution sets expanded; a phrase defined twice keeps its last code, as in PETRARCH. " +
        "ICEWS labels are split into phrases and only add phrases PETRARCH lacks.",
      [ref(FILES.agents), ref(FILES.icewsAgents)],
    ),
    section(
      "organisations.jsonl",
      "International and regional organisations, non-state groups, companies, and the national " +
        "institutions and offices of the country file, with their (dated) codes.",
      [ref(FILES.international), ref(FILES.milNonState), ref(FILES.countries)],
    ),
    section(
      "people.jsonl",
      "Persons with their dated codes: the leader lists of the country file, and entries whose " +
        "name, codes and titled synonyms mark a person.",
      [ref(FILES.countries), ref(FILES.international), ref(FILES.milNonState)],
    ),
    "Licences: PETRARCH2 dictionaries, MIT, Copyright (c) 2014 Open Event Data Alliance; " +
      "ICEWS text_to_CAMEO tables, MIT; countries-list, MIT, Copyright (c) 2014 Annexare Studio.",
    "",
  ].join("\n");
}

main();
