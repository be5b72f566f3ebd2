/** A trie over lower-cased token sequences: finds the longest dictionary phrase at each position. */

/** What a dictionary phrase means; `rule` names the entry so every coded actor can say why. */
export type LexiconSense =
  | { readonly kind: "country"; readonly country: string; readonly rule: string }
  | { readonly kind: "adjective"; readonly country: string; readonly rule: string }
  | { readonly kind: "capital"; readonly country: string; readonly rule: string }
  | { readonly kind: "agent"; readonly sector: string; readonly rule: string }
  | {
      readonly kind: "actor";
      readonly type: "person" | "organisation";
      readonly name: string;
      readonly codes: ReadonlyArray<{ code: string; from: string | null; to: string | null }>;
      readonly rule: string;
    };

interface TrieNode {
  /** Null at the end of every phrase no longer one continues: most nodes, each a Map saved. */
  next: Map<string, TrieNode> | null;
  senses: LexiconSense[];
}

export interface LexiconMatch {
  /** Index of the first matched word. */
  readonly start: number;
  /** Index one past the last matched word. */
  readonly end: number;
  readonly senses: readonly LexiconSense[];
}

/**
 * Phrases are stored as words; text is matched word by word, so "people's republic of china"
 * matches the tokens people, 's, republic, of, china once both sides are split the same way.
 * @example
 * const lexicon = new Lexicon();
 * lexicon.add(["viet", "nam"], { kind: "country", country: "VNM", rule: "countries:Viet Nam" });
 * lexicon.longestAt(["viet", "nam", "said"], 0)?.end; // 2
 */
export class Lexicon {
  readonly #root: TrieNode = { next: new Map(), senses: [] };
  readonly #sectors = new Set<string>();
  #size = 0;

  /** The 3-letter sector codes the agent senses use (GOV, MIL, ...). */
  get sectors(): ReadonlySet<string> {
    return this.#sectors;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Adds a sense for a phrase. With `replace`, it supersedes the phrase's senses of the same kind:
   * how dyad's own corrections and a user's dictionary take precedence over the bundled data.
   */
  add(words: readonly string[], sense: LexiconSense, replace = false): void {
    if (words.length === 0) return;
    if (sense.kind === "agent") this.#sectors.add(sense.sector.slice(0, 3));
    let node = this.#root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, senses: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (replace) node.senses = node.senses.filter((s) => s.kind !== sense.kind);
    if (node.senses.length === 0) this.#size++;
    // A rule names one dictionary entry, so the same kind and rule is the same sense.
    const duplicate = node.senses.some((s) => s.kind === sense.kind && s.rule === sense.rule);
    if (!duplicate) node.senses.push(sense);
  }

  /** The longest phrase starting at `start`, or undefined. */
  longestAt(words: readonly string[], start: number): LexiconMatch | undefined {
    let node: TrieNode | undefined = this.#root;
    let end = -1;
    let senses: LexiconSense[] | undefined;
    for (let i = start; i < words.length; i++) {
      node = node.next?.get(words[i] as string);
      if (!node) break;
      if (node.senses.length > 0) {
        end = i + 1;
        senses = node.senses;
      }
    }
    // One object for the longest match only: this runs for every word of every article.
    return senses && { start, end, senses };
  }

  /** Left-to-right greedy longest matches over a word sequence, without overlaps. */
  matchAll(words: readonly string[]): LexiconMatch[] {
    const matches: LexiconMatch[] = [];
    for (let i = 0; i < words.length;) {
      const match = this.longestAt(words, i);
      if (match) {
        matches.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return matches;
  }
}

type ActorSense = Extract<LexiconSense, { kind: "actor" }>;

/**
 * The actor a match names, with the codes of every entry for that name: dictionaries often list
 * one person twice (one entry per office), and the date decides between the offices.
 */
export function actorOf(senses: readonly LexiconSense[]): ActorSense | undefined {
  const actors = senses.filter((s): s is ActorSense => s.kind === "actor");
  const [first] = actors;
  if (!first || actors.length === 1) return first;
  const same = actors.filter((a) => a.name === first.name);
  return { ...first, codes: same.flatMap((a) => a.codes) };
}
