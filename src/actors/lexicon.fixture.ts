/** A small hand-written lexicon for actor tests; the bundled dictionaries are tested where loaded. */

import { Lexicon, type LexiconSense } from "./lexicon.js";
import { wordsOf } from "./words.js";

export function lexicon(): Lexicon {
  const l = new Lexicon();
  const add = (phrase: string, sense: LexiconSense) => l.add(wordsOf(phrase).words, sense);
  add("Peru", { kind: "country", country: "PER", rule: "countries:Peru" });
  add("Peruvian", { kind: "adjective", country: "PER", rule: "countries:Peruvian" });
  add("Russian", { kind: "adjective", country: "RUS", rule: "countries:Russian" });
  add("Egyptian", { kind: "adjective", country: "EGY", rule: "countries:Egyptian" });
  add("Hanoi", { kind: "capital", country: "VNM", rule: "countries:Hanoi" });
  add("People's Republic of China", { kind: "country", country: "CHN", rule: "countries:PRC" });
  add("interior ministry", { kind: "agent", sector: "GOV", rule: "agents:interior ministry" });
  add("agriculture ministry", { kind: "agent", sector: "GOVAGR", rule: "agents:agriculture" });
  add("warplanes", { kind: "agent", sector: "MIL", rule: "agents:warplane" });
  add("fishermen", { kind: "agent", sector: "CVL", rule: "agents:fisherman" });
  add("China", { kind: "country", country: "CHN", rule: "countries:China" });
  add("Chinese", { kind: "adjective", country: "CHN", rule: "countries:Chinese" });
  add("Vietnam", { kind: "country", country: "VNM", rule: "countries:Vietnam" });
  add("Vietnamese", { kind: "adjective", country: "VNM", rule: "countries:Vietnamese" });
  add("Beijing", { kind: "capital", country: "CHN", rule: "countries:Beijing" });
  add("foreign minister", { kind: "agent", sector: "GOV", rule: "agents:foreign minister" });
  add("president", { kind: "agent", sector: "GOV", rule: "agents:president" });
  add("police", { kind: "agent", sector: "COP", rule: "agents:police" });
  add("Chad", { kind: "country", country: "TCD", rule: "countries:Chad" });
  add("Russia", { kind: "country", country: "RUS", rule: "countries:Russia" });
  add("speaker", { kind: "agent", sector: "LEG", rule: "agents:speaker" });
  add("national assembly", { kind: "agent", sector: "LEG", rule: "agents:national assembly" });
  add("Xi Jinping", {
    kind: "actor",
    type: "person",
    name: "Xi Jinping",
    codes: [
      { code: "CHNELI", from: null, to: "2012-11-14" },
      { code: "CHNGOV", from: "2012-11-15", to: null },
    ],
    rule: "people:Xi Jinping",
  });
  add("United Nations", {
    kind: "actor",
    type: "organisation",
    name: "United Nations",
    codes: [{ code: "IGOUNO", from: null, to: null }],
    rule: "organisations:United Nations",
  });
  return l;
}
