/** The contract's event record: a summary with its code's meaning and every mention's evidence. */

import { cameoCode } from "../events/codes.js";
import type { ActorRef, DatePrecision, EventPlace } from "../model/index.js";
import type { EventMentionRecord } from "../store/store.js";
import type { EventSummary } from "./summarise.js";

export interface EventRecord {
  readonly id: string;
  readonly date: string | null;
  readonly date_precision: DatePrecision | null;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly cameo: string;
  readonly cameo_name: string | null;
  readonly root: string;
  readonly plover: string | null;
  readonly plover_mode: string | null;
  readonly plover_context: string | null;
  readonly quad_class: number | null;
  readonly goldstein: number | null;
  readonly location: EventPlace | null;
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  readonly mentions: ReadonlyArray<{
    article: string;
    sentence: number;
    start: number;
    end: number;
    text: string;
    rule: string;
    rules: readonly string[];
  }>;
}

export function eventRecord(
  summary: EventSummary,
  mentions: readonly EventMentionRecord[],
): EventRecord {
  const code = cameoCode(summary.cameo);
  return {
    id: summary.id,
    date: summary.date,
    date_precision: summary.datePrecision,
    source: summary.source,
    target: summary.target,
    cameo: summary.cameo,
    cameo_name: code?.name ?? null,
    root: summary.cameo.slice(0, 2),
    plover: code?.plover ?? null,
    plover_mode: code?.ploverMode ?? null,
    plover_context: code?.ploverContext ?? null,
    quad_class: code?.quadClass ?? null,
    goldstein: code?.goldstein ?? null,
    location: summary.location,
    num_mentions: summary.numMentions,
    num_articles: summary.numArticles,
    num_sources: summary.numSources,
    mentions: mentions.map(({ article, mention }) => ({
      article,
      sentence: mention.sentence,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      rule: mention.rules[0] ?? "",
      rules: mention.rules,
    })),
  };
}
