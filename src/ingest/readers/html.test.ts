import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ArticleMeta, type Document, EMPTY_META } from "../../model/index.js";
import type { ReadResult } from "../reader.js";
import { readHtml } from "./html.js";

const FIXTURES = new URL("../../../test/fixtures/html/", import.meta.url);

function readFixture(name: string): ReadResult {
  return readHtml({ path: name, text: readFileSync(new URL(name, FIXTURES), "utf8") });
}

/** The one document a page must yield, failing the test with the diagnostics when it does not. */
function only(result: ReadResult): Document {
  expect(result.diagnostics).toEqual([]);
  expect(result.documents).toHaveLength(1);
  const [document] = result.documents;
  if (document === undefined) throw new Error("no document");
  return document;
}

function meta(fields: Partial<ArticleMeta>): ArticleMeta {
  return { ...EMPTY_META, ...fields };
}

/** A small page whose body is long enough to count as an article. */
function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`;
}

const STORY =
  "<p>The Marenland parliament voted on Tuesday to ratify the Grey Sea fisheries accord.</p>" +
  "<p>Opposition deputies abstained, saying the quotas favoured the larger Valdorian fleet.</p>";
const STORY_TEXT =
  "The Marenland parliament voted on Tuesday to ratify the Grey Sea fisheries accord.\n\n" +
  "Opposition deputies abstained, saying the quotas favoured the larger Valdorian fleet.";

const NO_BODY = {
  kind: "diagnostic",
  ruleId: "ingest/html-no-body",
  severity: "error",
  reason: "no article body found in HTML",
  source: "read",
};

describe("readHtml fixtures", () => {
  it("reads an OpenGraph page: body blocks as paragraphs, <br> as a line break", () => {
    const document = only(readFixture("og-article.html"));
    expect(document.origin).toEqual({ path: "og-article.html", format: "html" });
    expect(document.id).toBe("");
    expect(document.text).toBe(
      [
        "Foreign ministers from Valdoria and the Republic of Kesh signed a water-sharing" +
          " agreement on Thursday, ending a two-year dispute over the Amber River dams.",
        "The pact, brokered by the Marenland government, commits both sides to release" +
          " \u201cno less than 40\u00a0per cent\u201d of seasonal flow downstream & to set up" +
          " a joint monitoring commission.",
        "This is a day for farmers on both banks, not for politicians.",
        "Under the agreement:",
        "Valdoria will open the Tessel sluice gates within 30 days.",
        "Kesh will withdraw its complaint from the regional arbitration court.",
        "Next steps",
        "Engineers from both countries are due to meet in the border town of Orvik next month.\n" +
          "The first joint inspection is scheduled for May.",
      ].join("\n\n"),
    );
    // The date part as written: 23:30 at UTC-5 is the 15th in UTC, but the outlet printed the 14th.
    expect(document.meta).toEqual(
      meta({
        title: "Valdoria and Kesh sign Amber River water-sharing pact",
        titleSource: "metadata",
        outlet: "The Northern Ledger",
        url: "https://ledger.example/world/valdoria-kesh-river-pact",
        published: "2024-03-14",
        publishedSource: "html-meta",
        declaredLanguage: "en-GB",
      }),
    );
    expect(document.diagnostics).toEqual([]);
  });

  it("reads a JSON-LD NewsArticle and skips a malformed JSON-LD block", () => {
    const document = only(readFixture("jsonld-article.html"));
    expect(document.text).toBe(
      [
        "Border talks resume",
        "Negotiators from Kesh and Marenland returned to the table in the lakeside city of Pell" +
          " on Wednesday, six months after talks on the disputed Sorrel Valley crossing collapsed.",
        "Kesh's deputy foreign minister, Anselm Dravi, said his delegation had come \"with open" +
          ' hands" and proposed a joint customs post staffed by officers from both states.',
        "Marenland officials declined to comment on the proposal but said a second round would" +
          " follow before the end of the year.",
      ].join("\n\n"),
    );
    expect(document.meta).toEqual(
      meta({
        title: "Kesh and Marenland resume border talks after six-month pause",
        titleSource: "metadata",
        outlet: "Kesh Daily Courier",
        url: "https://courier.example/2023/11/02/border-talks",
        published: "2023-11-02",
        publishedSource: "json-ld",
        declaredLanguage: "en",
      }),
    );
  });

  it("finds the article inside an @graph and follows the publisher's @id", () => {
    const document = only(readFixture("jsonld-graph.html"));
    expect(document.text).toBe(
      "Delegations from five coastal states gathered in the Marenland port of Lisse on Thursday" +
        " for a summit on fishing quotas in the Grey Sea.\n\n" +
        "The host government proposed a shared register of trawlers, which Valdoria welcomed and" +
        " Kesh said it would study.",
    );
    expect(document.meta).toEqual(
      meta({
        title: "Marenland hosts regional summit on fishing rights",
        titleSource: "metadata",
        outlet: "La Gazette de Marenland",
        url: "https://marengazette.example/monde/sommet",
        published: "2022-06-30",
        publishedSource: "json-ld",
        declaredLanguage: "fr",
      }),
    );
  });

  it("finds a ReportageNews in a top-level JSON-LD list", () => {
    const document = only(readFixture("jsonld-list.html"));
    expect(document.meta).toEqual(
      meta({
        title: "Inside the Orvik refugee camp as winter approaches",
        titleSource: "metadata",
        outlet: "The Eastern Dispatch",
        url: "https://dispatch.example/reportage/orvik-camp",
        published: "2021-12-01",
        publishedSource: "json-ld",
      }),
    );
    expect(document.text.startsWith("More than four thousand people displaced")).toBe(true);
  });

  it("reads the date from <meta name=Date> in any case, and the title from <title>", () => {
    const document = only(readFixture("meta-date.html"));
    expect(document.meta).toEqual(
      meta({
        title: "Valdoria recalls ambassador",
        titleSource: "metadata",
        published: "2021-09-07",
        publishedSource: "html-meta",
      }),
    );
  });

  it("takes the first <time datetime> inside the article, not one elsewhere on the page", () => {
    const document = only(readFixture("time-only.html"));
    expect(document.meta.published).toBe("2020-01-15");
    expect(document.meta.publishedSource).toBe("html-meta");
    expect(document.text).toBe(
      [
        "15 January 2020",
        "A ceasefire between Kesh and Marenland forces in the Sorrel Valley held for a third day" +
          " on Wednesday, according to observers from the Lisse Monitoring Mission.",
        "The mission reported no exchanges of fire since Sunday evening and said both sides had" +
          " pulled artillery back from the river line.",
      ].join("\n\n"),
    );
  });

  it("prefers the canonical link over og:url and the JSON-LD url", () => {
    const document = only(readFixture("canonical.html"));
    expect(document.meta).toEqual(
      meta({
        title: "Kesh names new envoy",
        titleSource: "metadata",
        url: "https://gazette.example/world/kesh-envoy",
        declaredLanguage: "en-US",
      }),
    );
  });

  it("keeps scripts, ads, navigation, sharing tools, sidebars and footers out of the text", () => {
    const document = only(readFixture("noisy.html"));
    expect(document.text).toBe(
      [
        "Marenland eases sanctions on Valdoria",
        "Marenland lifted a ban on grain imports from Valdoria on Friday, the first step in" +
          " easing the sanctions imposed after last year's border incident.",
        "The trade ministry in Lisse said remaining restrictions on Valdorian steel would be" +
          " reviewed in the spring, provided inspectors were allowed back into the Tessel plants.",
        'Valdoria\'s government called the decision "overdue but welcome".',
      ].join("\n\n"),
    );
    expect(document.text).not.toMatch(/LEAK|dataLayer|trackPageview|cookies|Subscribe/);
    expect(document.meta.outlet).toBe("World Wire");
    // Readability keeps the whole <title> when the part before the separator is too short.
    expect(document.meta.title).toBe("Sanctions on Valdoria eased | World Wire");
  });

  it("refuses a page whose only content is navigation", () => {
    expect(readFixture("no-body.html")).toEqual({ documents: [], diagnostics: [NO_BODY] });
  });

  it("refuses a page with an empty body", () => {
    expect(readFixture("empty-body.html")).toEqual({ documents: [], diagnostics: [NO_BODY] });
  });
});

describe("readHtml text", () => {
  it("collapses whitespace, decodes entities, keeps no-break spaces and drops empty blocks", () => {
    const html = page(
      "<title>Talks</title>",
      "<p>  Envoys  met\n\tin &quot;Lisse&quot; &amp; Pell&nbsp;today, officials confirmed.  </p>" +
        "<p> </p><p>&nbsp;</p><div></div>" +
        "<p>First line<br>  second line<br><br></p>" +
        "<table><tr><td>Kesh</td><td> 12 </td></tr></table>" +
        "<figure><figcaption>Delegates arrive in Lisse.</figcaption></figure>",
    );
    const document = only(readHtml({ path: "t.html", text: html }));
    expect(document.text).toBe(
      [
        'Envoys met in "Lisse" & Pell\u00a0today, officials confirmed.',
        "First line\nsecond line",
        "Kesh",
        "12",
        "Delegates arrive in Lisse.",
      ].join("\n\n"),
    );
  });

  it("gives loose text between blocks a paragraph of its own", () => {
    const html = page(
      "",
      "<div>The Valdorian delegation arrived in Pell late on Monday evening." +
        "<p>Talks on the Sorrel Valley crossing are expected to last three days.</p>" +
        "Observers from Lisse will attend as guests.</div>",
    );
    expect(only(readHtml({ path: "t.html", text: html })).text).toBe(
      "The Valdorian delegation arrived in Pell late on Monday evening.\n\n" +
        "Talks on the Sorrel Valley crossing are expected to last three days.\n\n" +
        "Observers from Lisse will attend as guests.",
    );
  });

  it("reads a fragment with no <html>, <head> or <body>", () => {
    const head = '<title>Accord ratified</title><meta property="og:site_name" content="Wire">';
    const html = `${head}${STORY}`;
    const document = only(readHtml({ path: "f.html", text: html }));
    expect(document.text).toBe(STORY_TEXT);
    expect(document.meta).toEqual(
      meta({ title: "Accord ratified", titleSource: "metadata", outlet: "Wire" }),
    );
  });

  it("reads a page whose head elements sit directly in <html>", () => {
    const html = `<html lang="de"><title>Accord ratified</title><body>${STORY}</body></html>`;
    const document = only(readHtml({ path: "f.html", text: html }));
    expect(document.text).toBe(STORY_TEXT);
    expect(document.meta.title).toBe("Accord ratified");
    expect(document.meta.declaredLanguage).toBe("de");
  });

  it("refuses a body too short to be an article", () => {
    const html = page("<title>Brief</title>", "<p>Kesh: talks resume.</p>");
    expect(readHtml({ path: "s.html", text: html })).toEqual({
      documents: [],
      diagnostics: [NO_BODY],
    });
  });

  it.each([
    ["an empty string", ""],
    ["whitespace", "   \n\t "],
    ["plain words", "garbage <<<>>> &&& </div></p>"],
    ["binary-ish bytes", "\u0000\u0001\u0002\ufffd\u0089PNG\r\n\u001a\n\u0000IHDR\ufffd\ufffd"],
    ["unclosed markup", "<html><head><title>x</title><body><div><p><a href='"],
    ["a bare closing tag soup", "</html></body></head><html>"],
  ])("never throws on %s", (_label, text) => {
    expect(readHtml({ path: "x.html", text })).toEqual({ documents: [], diagnostics: [NO_BODY] });
  });

  it("reads a story under deeply nested, unclosed markup", () => {
    // Readability's cost grows with the square of the depth, so this stays at a depth broken CMS
    // output really reaches rather than an adversarial one.
    const html = `<html><head></head><body>${"<div>".repeat(120)}${STORY}</body></html>`;
    expect(only(readHtml({ path: "deep.html", text: html })).text).toBe(STORY_TEXT);
  });
});

describe("readHtml metadata", () => {
  it("ranks JSON-LD headline, og:site_name and article:published_time first", () => {
    const head =
      "<title>Page title</title>" +
      '<meta property="og:title" content="OpenGraph title">' +
      '<meta property="og:site_name" content="OpenGraph outlet">' +
      '<meta property="og:url" content="https://og.example/a">' +
      '<meta property="article:published_time" content="2024-05-06">' +
      '<script type="application/ld+json">' +
      JSON.stringify({
        "@type": "https://schema.org/NewsArticle",
        headline: "  JSON-LD\n headline ",
        publisher: { name: "JSON-LD outlet" },
        datePublished: "2024-05-01",
        mainEntityOfPage: "https://ld.example/a",
      }) +
      "</script>";
    const document = only(readHtml({ path: "m.html", text: page(head, STORY) }));
    expect(document.meta).toEqual(
      meta({
        title: "JSON-LD headline",
        titleSource: "metadata",
        outlet: "OpenGraph outlet",
        url: "https://og.example/a",
        published: "2024-05-06",
        publishedSource: "html-meta",
      }),
    );
  });

  it("falls back to JSON-LD publisher and mainEntityOfPage when OpenGraph is silent", () => {
    const head =
      '<script type="application/ld+json">' +
      JSON.stringify({
        "@type": "NewsArticle",
        publisher: [{ "@type": "Organization", name: "Grey Sea Monitor" }],
        mainEntityOfPage: { "@id": "https://monitor.example/accord" },
      }) +
      "</script>";
    const document = only(readHtml({ path: "m.html", text: page(head, STORY) }));
    expect(document.meta.outlet).toBe("Grey Sea Monitor");
    expect(document.meta.url).toBe("https://monitor.example/accord");
  });

  it("reads attribute names in any case", () => {
    const html =
      "<HTML LANG='pt-BR'><HEAD><META PROPERTY='og:title' CONTENT='Shouted title'>" +
      "<LINK REL='Canonical' HREF='https://old.example/story'></HEAD>" +
      `<BODY><ARTICLE>${STORY}</ARTICLE></BODY></HTML>`;
    const document = only(readHtml({ path: "u.html", text: html }));
    expect(document.meta).toEqual(
      meta({
        title: "Shouted title",
        titleSource: "metadata",
        url: "https://old.example/story",
        declaredLanguage: "pt-BR",
      }),
    );
  });

  it("leaves every field empty when the page declares nothing", () => {
    const document = only(readHtml({ path: "n.html", text: page("", STORY) }));
    expect(document.text).toBe(STORY_TEXT);
    expect(document.meta).toEqual(EMPTY_META);
  });

  it("warns about an impossible date and falls back to the next source", () => {
    const head =
      '<meta property="article:published_time" content="2023-02-29T10:00:00Z">' +
      '<meta name="pubdate" content="2023-03-01">';
    const document = only(readHtml({ path: "d.html", text: page(head, STORY) }));
    expect(document.meta.published).toBe("2023-03-01");
    expect(document.meta.publishedSource).toBe("html-meta");
    expect(document.diagnostics).toEqual([
      {
        kind: "diagnostic",
        ruleId: "ingest/bad-date",
        severity: "warning",
        reason:
          'publication date "2023-02-29T10:00:00Z" in meta article:published_time is not a valid' +
          " calendar date; ignored",
        source: "read",
      },
    ]);
  });

  it("leaves the date empty when no source is a calendar date", () => {
    const head =
      '<script type="application/ld+json">{"@type":"Article","datePublished":"last Tuesday"}' +
      "</script>";
    const body = `<time datetime="2024-13-01">Someday</time>${STORY}`;
    const document = only(readHtml({ path: "d.html", text: page(head, body) }));
    expect(document.meta.published).toBeNull();
    expect(document.meta.publishedSource).toBeNull();
    expect(document.diagnostics.map((d) => [d.ruleId, d.severity, d.reason])).toEqual([
      [
        "ingest/bad-date",
        "warning",
        'publication date "last Tuesday" in JSON-LD datePublished is not a valid calendar date;' +
          " ignored",
      ],
      [
        "ingest/bad-date",
        "warning",
        'publication date "2024-13-01" in <time datetime> is not a valid calendar date; ignored',
      ],
    ]);
  });
});
