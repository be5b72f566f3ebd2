/**
 * How many recent articles use each term, so that words most articles use ("talks", "border"
 * in a feed about one region; a template's words in a synthetic corpus) count for less when
 * articles are compared.
 */

import type { Vector } from "./profile.js";

/** A word used by at most this share of recent articles is not discounted. */
const RARE_SHARE = 0.02;
/** A word every article uses still counts this much, so near-duplicates stay near-duplicates. */
const FLOOR = 0.05;
/**
 * The discount phases in over this many articles: shares measured on a few dozen articles say
 * little, and a small collection is then clustered the same whatever order it arrives in.
 */
const RAMP_ARTICLES = 1000;

export class TermStatistics {
  private readonly counts = new Map<number, number>();
  /** The term hashes of the last `window` articles, oldest overwritten first. */
  private readonly recent: (readonly number[] | undefined)[];
  private next = 0;
  private articles = 0;

  constructor(private readonly window = 5000) {
    this.recent = new Array<readonly number[] | undefined>(window);
  }

  /** Counts an article's terms (distinct hashes), forgetting the oldest article past the window. */
  add(hashes: readonly number[]): void {
    const oldest = this.recent[this.next];
    if (oldest !== undefined) {
      for (const hash of oldest) {
        const count = (this.counts.get(hash) as number) - 1;
        if (count === 0) this.counts.delete(hash);
        else this.counts.set(hash, count);
      }
    } else {
      this.articles++;
    }
    for (const hash of hashes) this.counts.set(hash, (this.counts.get(hash) ?? 0) + 1);
    this.recent[this.next] = hashes;
    this.next = (this.next + 1) % this.window;
  }

  /**
   * 1 for a rare term, down to `FLOOR` for a term every recent article uses: ln(1/share) scaled
   * so that `RARE_SHARE` gives 1.
   * @example stats.discount(termHash("said")) // 0.05 once every article uses it
   */
  discount(hash: number): number {
    if (this.articles === 0) return 1;
    const share = (this.counts.get(hash) ?? 0) / this.articles;
    if (share <= RARE_SHARE) return 1;
    const full = Math.max(FLOOR, Math.log(1 / share) / Math.log(1 / RARE_SHARE));
    const ramp = Math.min(1, this.articles / RAMP_ARTICLES);
    return 1 - ramp * (1 - full);
  }

  /** The vector with each weight discounted, scaled back to unit length. */
  reweight(vector: Vector): Vector {
    const weights: number[] = [];
    let norm = 0;
    for (let i = 0; i < vector.weights.length; i++) {
      const weight = (vector.weights[i] as number) * this.discount(vector.hashes[i] as number);
      weights.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
    return { hashes: vector.hashes, weights };
  }
}
