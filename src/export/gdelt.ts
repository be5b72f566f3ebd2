/**
 * GDELT 2.0 Events and Mentions rows (tab-separated, no header, columns in GDELT's order), so
 * dyad's events load wherever GDELT's files load. Columns dyad has no data for stay empty: tone,
 * actor geography, and FIPS country codes (dyad's places carry ISO 3166 codes, not FIPS 10-4).
 */

import type { EventRecord } from "../aggregate/event-record.js";
import type { ActorRef } from "../model/index.js";
import type { EventMentionRecord, StoredArticle } from "../store/store.js";
import { readDataLines } from "../word-lists.js";

export const GDELT_EVENT_COLUMNS: readonly string[] = readDataLines("gdelt/events-columns.txt");
export const GDELT_MENTION_COLUMNS: readonly string[] = readDataLines("gdelt/mentions-columns.txt");

type Row = Record<string, string | number | null>;

/** GDELT's integer event id: the first 52 bits of dyad's hex id (exact in a double). */
export function gdeltEventId(id: string): number {
  return Number.parseInt(id.slice(0, 13), 16);
}

export function gdeltEventRow(event: EventRecord, firstArticle: StoredArticle | undefined): string {
  const day = compactDay(event.date);
  const row: Row = {
    GLOBALEVENTID: gdeltEventId(event.id),
    SQLDATE: day,
    MonthYear: day ? day.slice(0, 6) : null,
    Year: day ? day.slice(0, 4) : null,
    FractionDate: event.date ? fractionDate(event.date) : null,
    ...actorColumns("Actor1", event.source),
    ...actorColumns("Actor2", event.target),
    IsRootEvent: event.mentions.some((m) => m.sentence === 0) ? 1 : 0,
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.root,
    QuadClass: event.quad_class,
    GoldsteinScale: event.goldstein,
    NumMentions: event.num_mentions,
    NumSources: event.num_sources,
    NumArticles: event.num_articles,
    ActionGeo_Type: event.location ? 4 : null,
    ActionGeo_FullName: event.location?.name ?? null,
    ActionGeo_Lat: event.location?.lat ?? null,
    ActionGeo_Long: event.location?.lon ?? null,
    DATEADDED: firstArticle?.published ? `${compactDay(firstArticle.published)}000000` : null,
    SOURCEURL: firstArticle ? (firstArticle.url ?? firstArticle.paths[0]?.path ?? null) : null,
  };
  return tsvLine(GDELT_EVENT_COLUMNS, row);
}

export function gdeltMentionRow(
  record: EventMentionRecord,
  eventDate: string | null,
  article: StoredArticle | undefined,
): string {
  const { mention } = record;
  const eventDay = compactDay(eventDate);
  const mentionDay = compactDay(article?.published ?? null);
  const row: Row = {
    GLOBALEVENTID: gdeltEventId(record.event),
    EventTimeDate: eventDay ? `${eventDay}000000` : null,
    MentionTimeDate: mentionDay ? `${mentionDay}000000` : null,
    MentionType: 1,
    MentionSourceName: record.outlet,
    MentionIdentifier: article ? (article.url ?? article.paths[0]?.path ?? article.id) : null,
    SentenceID: mention.sentence + 1,
    Actor1CharOffset: mention.sourceEvidence?.start ?? -1,
    Actor2CharOffset: mention.targetEvidence?.start ?? -1,
    ActionCharOffset: mention.trigger.start,
    InRawText: 1,
    // dyad has no calibrated confidence: a specific pattern counts more than a bare verb.
    Confidence: mention.rules[0]?.startsWith("pattern:") ? 80 : 50,
    MentionDocLen: article?.chars ?? null,
  };
  return tsvLine(GDELT_MENTION_COLUMNS, row);
}

function actorColumns(prefix: string, actor: ActorRef | null): Row {
  if (!actor) return {};
  const group = actor.code && /^(IGO|NGO|IMG|MNC)/.test(actor.code) ? actor.code.slice(3, 6) : null;
  return {
    [`${prefix}Code`]: actor.code ?? actor.country,
    [`${prefix}Name`]: actor.name.toUpperCase(),
    [`${prefix}CountryCode`]: actor.country && actor.country.length === 3 ? actor.country : null,
    [`${prefix}KnownGroupCode`]: group,
    [`${prefix}Type1Code`]: actor.sector,
  };
}

/** "2024-08-19" → "20240819"; a month or year is given its first day, as GDELT has only days. */
function compactDay(date: string | null): string | null {
  if (!date) return null;
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}${month}${day}`;
}

function fractionDate(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const start = Date.UTC(year, 0, 1);
  const dayOfYear = (Date.UTC(year, month - 1, day) - start) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}

function tsvLine(columns: readonly string[], row: Row): string {
  const cells = columns.map((column) => {
    const value = row[column];
    if (value === null || value === undefined) return "";
    return String(value).replace(/[\t\r\n]+/g, " ");
  });
  return `${cells.join("\t")}\n`;
}
