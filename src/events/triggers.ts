/** Finds the verb (and event noun) forms of the verb dictionary in a sentence: the triggers. */

import type { VerbBlock, VerbEntry } from "./verb-dictionary.js";

export interface Trigger {
  /** First word of the form in the sentence. */
  readonly first: number;
  /** One past its last word. */
  readonly end: number;
  readonly block: VerbBlock;
  readonly verb: VerbEntry;
  /**
   * The other blocks the same verb is listed in (PETRARCH lists some verbs in several): their
   * patterns are tried too, but the verb is one trigger, one event.
   */
  readonly alternatives: ReadonlyArray<{ readonly block: VerbBlock; readonly verb: VerbEntry }>;
}

interface FormNode {
  readonly next: Map<string, FormNode>;
  entries: Array<{ block: VerbBlock; verb: VerbEntry }>;
}

/**
 * Every inflected form of every verb, as a word trie: "held talks" and "brought out" are matched
 * as whole forms, the longest one winning.
 */
export class TriggerIndex {
  readonly #root: FormNode = { next: new Map(), entries: [] };

  constructor(blocks: Iterable<VerbBlock>) {
    for (const block of blocks) {
      for (const verb of block.verbs) {
        for (const form of verb.forms) this.#add(form, block, verb);
      }
    }
  }

  #add(form: readonly string[], block: VerbBlock, verb: VerbEntry): void {
    let node = this.#root;
    for (const word of form) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => e.block === block && e.verb === verb)) {
      node.entries.push({ block, verb });
    }
  }

  /** Triggers in a sentence's folded words, longest form first at each position, no overlaps. */
  find(words: readonly string[]): Trigger[] {
    const found: Trigger[] = [];
    for (let i = 0; i < words.length;) {
      let node: FormNode | undefined = this.#root;
      let end = -1;
      let entries: FormNode["entries"] | undefined;
      for (let j = i; j < words.length; j++) {
        node = node.next.get(words[j] as string);
        if (!node) break;
        if (node.entries.length > 0) {
          end = j + 1;
          entries = node.entries;
        }
      }
      if (!entries) {
        i++;
        continue;
      }
      const [primary, ...alternatives] = entries as [FormNode["entries"][number]];
      found.push({ first: i, end, block: primary.block, verb: primary.verb, alternatives });
      i = end;
    }
    return found;
  }
}
