/** dyad's own dictionary model: the entries every dictionary format is read into. */

/**
 * A CAMEO code with the days it holds, both ends inclusive; null means unbounded.
 * @example { code: "CHNGOV", from: "2012-11-15", to: null }
 */
export type DatedCode = {
  readonly code: string;
  /** "YYYY-MM-DD" or null. */
  readonly from: string | null;
  /** "YYYY-MM-DD" or null. */
  readonly to: string | null;
};

/**
 * A named actor (person, organisation, place coded as an actor) and the phrases that name it.
 * Phrases are lower-case words separated by single spaces, as they appear in text.
 * @example { kind: "actor", name: "Xi Jinping", phrases: ["xi jinping"], codes: [...], source: "petrarch2/Phoenix.Countries.actors.txt:9828" }
 */
export type ActorEntry = {
  readonly kind: "actor";
  readonly name: string;
  readonly phrases: readonly string[];
  readonly codes: readonly DatedCode[];
  readonly source: string;
};

/**
 * A sector noun ("foreign minister", "rebels") and its CAMEO agent code, kept as given
 * (GOV, MIL, GOVAGR, ...).
 * @example { kind: "agent", phrases: ["soldier", "soldiers"], sector: "MIL", source: "agents.txt:12" }
 */
export type AgentEntry = {
  readonly kind: "agent";
  readonly phrases: readonly string[];
  readonly sector: string;
  readonly source: string;
};

/**
 * A country or territory by ISO 3166 alpha-3 code, with the words news uses for it. The first
 * name is the preferred one; all strings are written as in text ("Vietnam", "Vietnamese", "Hanoi").
 * @example { kind: "country", code: "VNM", names: ["Vietnam", "Viet Nam"], adjectives: ["Vietnamese"], capitals: ["Hanoi"], source: "countries-list" }
 */
export type CountryEntry = {
  readonly kind: "country";
  readonly code: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  readonly capitals: readonly string[];
  readonly source: string;
};

export type DictionaryEntry = ActorEntry | AgentEntry | CountryEntry;

/**
 * One problem with one line of a dictionary file; the CLI prints it as `dyad: FILE:LINE: reason`.
 * @example { line: 12, reason: "invalid date 2004017 in [KORGOV 2004017-20061201]; code skipped" }
 */
export type DictionaryDiagnostic = {
  readonly line: number;
  readonly reason: string;
};

/** What a dictionary parser returns: the entries it could read and a diagnostic per bad line. */
export type ParsedDictionary<E extends DictionaryEntry = DictionaryEntry> = {
  readonly entries: E[];
  readonly diagnostics: DictionaryDiagnostic[];
};
