/**
 * The events an article reports, as story clustering compares them: by the two countries, the
 * day and the CAMEO root, so that "Japan rejected the protest" (JPN) and "Tokyo's cabinet
 * secretary rejected it" (JPNGOV) on the same day are one event to compare.
 */

import type { EventMention } from "../model/index.js";
import { sortStrings } from "./small-sort.js";

/**
 * "JPN-KOR|2024-06-06|11" for each event: countries sorted, a day date, the root; sorted and
 * distinct. Only events dated to the day with at least one country make keys: "Armenia and
 * Azerbaijan met in 2023" is background that many different stories repeat.
 * @example eventKeys(document.events ?? []) // ["ARM-AZE|2024-05-17|19"]
 */
export function eventKeys(events: readonly EventMention[]): string[] {
  const keys: string[] = [];
  for (const event of events) {
    if (event.datePrecision !== "day" || event.date === null) continue;
    const source = event.source?.country ?? "";
    const target = event.target?.country ?? "";
    if (source === "" && target === "") continue;
    const dyad = source < target ? `${source}-${target}` : `${target}-${source}`;
    const key = `${dyad}|${event.date}|${event.cameo.slice(0, 2)}`;
    // Events come in pairs (A met B, B met A) and repeat across sentences.
    if (!keys.includes(key)) keys.push(key);
  }
  return sortStrings(keys);
}

/**
 * The part of an event key without the root: two events between the same countries on the same
 * day are very likely one happening, even when the coder read them as different kinds.
 * @example dyadDay("JPN-KOR|2024-06-06|11") // "JPN-KOR|2024-06-06"
 */
export function dyadDay(key: string): string {
  return key.slice(0, key.lastIndexOf("|"));
}
