import { describe, expect, it } from "vitest";
import {
  parsePetrarchActors,
  parsePetrarchAgents,
  parsePetrarchPhrase,
  regularPlural,
  tabariDate,
  titleCase,
} from "./petrarch.js";

describe("parsePetrarchPhrase", () => {
  it("splits on underscores and blanks, lower-cases, and records a trailing _", () => {
    expect(parsePetrarchPhrase("PEOPLE'S_REPUBLIC_OF_CHINA_")).toEqual({
      words: ["people's", "republic", "of", "china"],
      wordBoundary: true,
    });
    expect(parsePetrarchPhrase("CARLOS SANTOS_CRUZ")).toEqual({
      words: ["carlos", "santos", "cruz"],
      wordBoundary: false,
    });
  });

  it("ignores a {...} noun-phrase marker and refuses stray brackets", () => {
    expect(parsePetrarchPhrase("{NP} HARBOR_COUNCIL_")).toEqual({
      words: ["harbor", "council"],
      wordBoundary: true,
    });
    expect(parsePetrarchPhrase("FAEROYENE]_")).toBe(
      'unexpected character in phrase word "faeroyene]"',
    );
    expect(parsePetrarchPhrase("__")).toBe("empty phrase");
  });
});

describe("tabariDate", () => {
  it("reads YYYYMMDD and YYMMDD with 00–29 as 20xx and 30–99 as 19xx", () => {
    expect(tabariDate("20121115")).toBe("2012-11-15");
    expect(tabariDate("121115")).toBe("2012-11-15");
    expect(tabariDate("290101")).toBe("2029-01-01");
    expect(tabariDate("300101")).toBe("1930-01-01");
    expect(tabariDate("991231")).toBe("1999-12-31");
  });

  it("refuses other lengths and days that do not exist", () => {
    expect(tabariDate("2004017")).toBeNull();
    expect(tabariDate("201005011")).toBeNull();
    expect(tabariDate("20230229")).toBeNull();
    expect(tabariDate("20240229")).toBe("2024-02-29");
    expect(tabariDate("991301")).toBeNull();
  });
});

describe("titleCase", () => {
  it("capitalises words and initials, keeps particles lower-case", () => {
    expect(titleCase("people's republic of china")).toBe("People's Republic of China");
    expect(titleCase("u.n. secretary general")).toBe("U.N. Secretary General");
    expect(titleCase("the harbor league")).toBe("The Harbor League");
    expect(titleCase("omar al-rashid")).toBe("Omar al-Rashid");
  });
});

describe("parsePetrarchActors", () => {
  it("reads a primary phrase, synonyms and dated code lines", () => {
    const text = [
      "# a comment line",
      "MARA_VELLIN_  # a comment after the phrase",
      "+PRESIDENT_MARA_VELLIN_",
      "+M._VELLIN",
      "\t[KNTELI 880101-120630]",
      "\t[KNTGOV >120701]",
      "\t[KNTELI <19870101]",
      "",
    ].join("\n");
    expect(parsePetrarchActors(text, "test.actors")).toEqual({
      entries: [
        {
          kind: "actor",
          name: "Mara Vellin",
          phrases: ["mara vellin", "president mara vellin", "m. vellin"],
          codes: [
            { code: "KNTELI", from: "1988-01-01", to: "2012-06-30" },
            { code: "KNTGOV", from: "2012-07-01", to: null },
            { code: "KNTELI", from: null, to: "1987-01-01" },
          ],
          source: "test.actors:2",
        },
      ],
      diagnostics: [],
    });
  });

  it("reads codes on the primary line, several groups on one line, and skips [---]", () => {
    const text = [
      "KINAKUTA_  [KNT]",
      "+KINAKUTAN_",
      "OLD_HARBOR_BOARD_\t[KNTGOV 450101-501231] [KNTBUS]\t[---] # NGO_Actors",
    ].join("\n");
    const { entries, diagnostics } = parsePetrarchActors(text, "t");
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.name, e.phrases, e.codes, e.source])).toEqual([
      ["Kinakuta", ["kinakuta", "kinakutan"], [{ code: "KNT", from: null, to: null }], "t:1"],
      [
        "Old Harbor Board",
        ["old harbor board"],
        [
          { code: "KNTGOV", from: "1945-01-01", to: "1950-12-31" },
          { code: "KNTBUS", from: null, to: null },
        ],
        "t:3",
      ],
    ]);
  });

  it("keeps synonyms written after the code lines with the actor above them", () => {
    const text = ["RIVER_PACT_", "\t[IGOKNT]", "+RIVER_TREATY_ORGANIZATION"].join("\n");
    expect(parsePetrarchActors(text, "t").entries[0]?.phrases).toEqual([
      "river pact",
      "river treaty organization",
    ]);
  });

  it("reads two synonyms written on one line", () => {
    const text = ["TAI_REPUBLIC_  [KNT]", "+TAIREP_ +TAI_REP_", "+HARBOR+CITY_"].join("\n");
    expect(parsePetrarchActors(text, "t").entries[0]?.phrases).toEqual([
      "tai republic",
      "tairep",
      "tai rep",
      "harbor+city",
    ]);
  });

  it("reads primary lines stacked without codes as names of one actor, and says so", () => {
    const text = ["TOMAS_ORLEV_", "PRESIDENT_ORLEV_", "ORLEV_", "\t[KNTGOV 100101-141231]"].join(
      "\n",
    );
    const { entries, diagnostics } = parsePetrarchActors(text, "t");
    expect(entries).toEqual([
      {
        kind: "actor",
        name: "Tomas Orlev",
        phrases: ["tomas orlev", "president orlev", "orlev"],
        codes: [{ code: "KNTGOV", from: "2010-01-01", to: "2014-12-31" }],
        source: "t:1",
      },
    ]);
    expect(diagnostics).toEqual([
      {
        line: 1,
        reason:
          '"tomas orlev" has no code before the next phrase; read as one actor with "president orlev"',
      },
      {
        line: 2,
        reason:
          '"president orlev" has no code before the next phrase; read as one actor with "orlev"',
      },
    ]);
  });

  it("reports bad lines with their numbers and keeps going", () => {
    const text = [
      "+ORPHAN_SYNONYM", // 1
      "\t[KNTGOV]", // 2
      "LONE_NAME_", // 3
      "", // 4
      "BAD_DATES_", // 5
      "\t[KNTGOV 2004017-20061201]", // 6
      "\t[KNTGOV 20121207-20120802]", // 7
      "\t[KNTGOV 20121204]", // 8
      "\t[KNTGOV > 140608]", // 9
      "\t[kntgov]", // 10
      "\t[KNTGOV 100101 extra]", // 11
      "\t[KNTGOV", // 12
      "NULL_ONLY_ [---]", // 13
    ].join("\n");
    const { entries, diagnostics } = parsePetrarchActors(text, "t");
    expect(entries).toEqual([
      {
        kind: "actor",
        name: "Bad Dates",
        phrases: ["bad dates"],
        codes: [{ code: "KNTGOV", from: "2014-06-08", to: null }],
        source: "t:5",
      },
    ]);
    expect(diagnostics).toEqual([
      { line: 1, reason: "synonym without an actor phrase above it; skipped" },
      { line: 2, reason: "code line without an actor phrase above it; skipped" },
      { line: 3, reason: 'no code for "lone name"; skipped' },
      { line: 6, reason: "invalid date 2004017 in [KNTGOV 2004017-20061201]; code skipped" },
      {
        line: 7,
        reason:
          "date range 20121207-20120802 ends before it starts in [KNTGOV 20121207-20120802]; code skipped",
      },
      {
        line: 8,
        reason:
          'date restriction "20121204" is not >DATE, <DATE or DATE-DATE in [KNTGOV 20121204]; code skipped',
      },
      {
        line: 10,
        reason: 'code "kntgov" is not upper-case letters and digits in [kntgov]; code skipped',
      },
      { line: 11, reason: "too many fields in [KNTGOV 100101 extra]; code skipped" },
      { line: 12, reason: 'missing "]" after "[KNTGOV"' },
      { line: 13, reason: 'no usable code (only [---] or bad codes) for "null only"; skipped' },
    ]);
  });

  it("removes control characters and XML comments", () => {
    const text = "<!-- header\nstill header -->\nANA\u001A_RUIZ_ [KNTGOV] <!-- note -->\n";
    expect(parsePetrarchActors(text, "t")).toEqual({
      entries: [
        {
          kind: "actor",
          name: "Ana Ruiz",
          phrases: ["ana ruiz"],
          codes: [{ code: "KNTGOV", from: null, to: null }],
          source: "t:3",
        },
      ],
      diagnostics: [{ line: 3, reason: "control character removed" }],
    });
  });
});

describe("regularPlural", () => {
  it("adds S, ES or IES, and makes -man into -men", () => {
    expect(regularPlural("minister")).toBe("ministers");
    expect(regularPlural("boss")).toBe("bosses");
    expect(regularPlural("secretary")).toBe("secretaries");
    expect(regularPlural("envoy")).toBe("envoys");
    expect(regularPlural("congressman")).toBe("congressmen");
    expect(regularPlural("forces")).toBeNull();
    expect(regularPlural("(un)")).toBeNull();
  });
});

describe("parsePetrarchAgents", () => {
  it("reads phrases with regular, explicit and no plurals", () => {
    const text = [
      "FOREIGN_MINISTER [~GOV] # jap 4/14/01",
      "POLICE {} [~COP]",
      "THIEF {THIEVES} [~CRM]",
      "AGRICULTURE_SECRETARY [~GOVAGR]",
      "TRUCE_MONITOR [IGO~]",
    ].join("\n");
    expect(parsePetrarchAgents(text, "a")).toEqual({
      entries: [
        {
          kind: "agent",
          phrases: ["foreign minister", "foreign ministers"],
          sector: "GOV",
          source: "a:1",
        },
        { kind: "agent", phrases: ["police"], sector: "COP", source: "a:2" },
        { kind: "agent", phrases: ["thief", "thieves"], sector: "CRM", source: "a:3" },
        {
          kind: "agent",
          phrases: ["agriculture secretary", "agriculture secretaries"],
          sector: "GOVAGR",
          source: "a:4",
        },
        {
          kind: "agent",
          phrases: ["truce monitor", "truce monitors"],
          sector: "IGO",
          source: "a:5",
        },
      ],
      diagnostics: [],
    });
  });

  it("expands substitution sets inside words and phrases, without extra plurals", () => {
    const text = [
      "!PERSON! = MAN, MEN, WOMAN",
      "!MINIST! = MINISTER, MINISTRY",
      "CONGRESS!PERSON! [~LEG]",
      "HARBOR_!MINIST! [~GOV]",
      "!MINIST!_OF_!PERSON! [~GOV]",
    ].join("\n");
    const { entries, diagnostics } = parsePetrarchAgents(text, "a");
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => e.phrases)).toEqual([
      ["congressman", "congressmen", "congresswoman"],
      ["harbor minister", "harbor ministry"],
      [
        "minister of man",
        "minister of men",
        "minister of woman",
        "ministry of man",
        "ministry of men",
        "ministry of woman",
      ],
    ]);
  });

  it("reports malformed lines with their numbers", () => {
    const text = [
      "DEPARMENT_OF_ENVIRONMENT [~ENV}", // 1
      "ISLAMIC_EXTREMIST", // 2
      "!BROKEN = A, B", // 3
      "SEA_!CREW! [~MIL]", // 4
      "GUARD [MIL]", // 5
      "ARMY {ARMIES [~MIL]", // 6
      "NAVY [~MIL] extra", // 7
      "HARBOR!MASTER [~GOV]", // 8
    ].join("\n");
    expect(parsePetrarchAgents(text, "a")).toEqual({
      entries: [],
      diagnostics: [
        { line: 1, reason: 'missing "]"; skipped' },
        { line: 2, reason: "agent line has no [~CODE]; skipped" },
        { line: 3, reason: "substitution set must be !NAME! = A, B, C" },
        { line: 4, reason: "substitution set !CREW! is not defined above this line; skipped" },
        { line: 5, reason: "agent code must be ~CODE or CODE~, got [MIL]; skipped" },
        { line: 6, reason: 'missing "}"; skipped' },
        { line: 7, reason: 'unexpected text "extra" after ]; skipped' },
        { line: 8, reason: 'unpaired "!" in "HARBOR!MASTER"; skipped' },
      ],
    });
  });
});
