/** Hand-made story features for tests: words instead of a coded document. */

import type { StoryFeatures } from "./features.js";

export interface FeaturesSpec {
  readonly article: string;
  readonly published?: string | null;
  readonly title?: string | null;
  /** Space-separated terms, heaviest first; each weighs 1 unless listed in `heavy`. */
  readonly words: string;
  readonly heavy?: readonly string[];
  readonly named?: readonly string[];
  readonly countries?: readonly string[];
  readonly eventKeys?: readonly string[];
}

/**
 * @example featuresOf({ article: "a1", published: "2024-08-12", words: "border clash troops" })
 */
export function featuresOf(spec: FeaturesSpec): StoryFeatures {
  const terms = spec.words.split(/\s+/).filter((word) => word !== "");
  return {
    kind: "story-features",
    version: 1,
    article: spec.article,
    published: spec.published ?? null,
    title: spec.title ?? null,
    terms,
    termWeights: terms.map((term) => (spec.heavy?.includes(term) ? 3 : 1)),
    named: spec.named ?? [],
    namedWeights: (spec.named ?? []).map(() => 1),
    countries: [...(spec.countries ?? [])].sort(),
    eventKeys: [...(spec.eventKeys ?? [])].sort(),
  };
}

/** Twenty words of one happening, so that articles sharing them are near-duplicates. */
export const SUMMIT_WORDS =
  "summit almaty treaty article commission delimit withdrawal draft tevosyan rustamli " +
  "dauletov residence foothills round closed sessions proposal wording recognition integrity";
export const CLASH_WORDS =
  "clash mortar sniper soldier killed wounded village tavush gazakh school evacuated " +
  "shelling positions fire monitors patrol houses damaged funeral private";
export const VISIT_WORDS =
  "state visit wirasakti azlan putrajaya borneo border memorandum sebatik sinapad " +
  "surveyors pillars palm oil deforestation workers domestic banquet penang guard";
export const PARLIAMENT_WORDS =
  "speaker rosli dewi delegation parliament friendship group lawmakers committee senayan " +
  "dewan rakyat amendments employment passports hearings observers research staff visit";
