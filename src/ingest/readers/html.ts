/** Reads an HTML news page: Readability's article body as paragraphs, plus its metadata. */

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import {
  type ArticleMeta,
  type Diagnostic,
  diagnostic,
  EMPTY_META,
  newDocument,
  type PublishedSource,
} from "../../model/index.js";
import { isoDay } from "../iso-date.js";
import type { DecodedInput, Reader, ReadResult } from "../reader.js";

/*
 * The few DOM members this reader touches. The project compiles without the DOM lib, and linkedom's
 * own typings lean on it, so we describe the shape we rely on instead of importing one.
 */
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

interface DomElement extends DomNode {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  append(...nodes: DomNode[]): void;
  prepend(...nodes: DomNode[]): void;
}

interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  createElement(name: string): DomElement;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  append(...nodes: DomNode[]): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_TYPE_NODE = 10;

/**
 * Readability retries with looser rules (re-parsing the page each time) while its result is shorter
 * than this; news items are often short, and the strict first pass is the one that drops clutter.
 */
const CHAR_THRESHOLD = 200;
/** Below this many non-space characters the "article" is a caption or a menu, not a story. */
const MIN_BODY_CHARS = 40;
/**
 * Above this share of text inside links the "article" is a menu: on a page with no story,
 * Readability's last, loosest pass returns whatever block is longest, usually the navigation.
 */
const MAX_LINK_DENSITY = 0.5;

const SOURCE = "read";

/** Elements that start and end a paragraph; containers too, so loose text in them stands alone. */
const BLOCK_TAGS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "FIGCAPTION",
  "PRE",
  "TD",
  "TH",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "CAPTION",
  "TR",
  "FIGURE",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
  "FIELDSET",
  "FORM",
  "HR",
]);

/** Elements whose text is never prose, should Readability leave one in place. */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH"]);

/** Elements that belong in <head> when a page omits it; used to repair the skeleton. */
const HEAD_TAGS = new Set(["TITLE", "META", "LINK", "BASE", "STYLE", "SCRIPT"]);

/** schema.org types whose `headline` is the story's headline. */
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNews",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
]);

const DATE_META_NAMES = ["date", "pubdate", "publish-date", "dc.date", "dc.date.issued"];

/** Inter-word whitespace as HTML defines it; a no-break space is content and stays. */
const HTML_SPACES = /[ \t\n\f\r]+/g;

/** Everything read from the page before Readability rewrites it. */
interface PageMeta {
  readonly metas: ReadonlyMap<string, string>;
  readonly canonical: string | null;
  readonly htmlTitle: string | null;
  readonly lang: string | null;
  readonly jsonLd: JsonLdArticle;
  readonly articleTime: string | null;
}

interface JsonLdArticle {
  readonly headline: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly datePublished: string | null;
}

interface DateCandidate {
  readonly value: string | null;
  readonly source: PublishedSource;
  readonly where: string;
}

/**
 * Reads one HTML page as one article. A page without an article body yields no document and an
 * `ingest/html-no-body` error; an unreadable publication date yields an `ingest/bad-date` warning.
 * @example
 * const { documents, diagnostics } = readHtml({ path: "a.html", text: html });
 * documents[0]?.text // "First paragraph.\n\nSecond paragraph."
 * documents[0]?.meta.published // "2024-03-14", from <meta property="article:published_time">
 */
export const readHtml: Reader = (input: DecodedInput): ReadResult => {
  try {
    return readPage(input);
  } catch (error) {
    // Malformed markup can still trip the parser or Readability; a bad page must not stop a batch.
    const message = error instanceof Error ? error.message : String(error);
    return noBody(`no article body found in HTML (extraction failed: ${message})`);
  }
};

function readPage(input: DecodedInput): ReadResult {
  const { document } = parseHTML(input.text) as { document: DomDocument };
  const html = ensureSkeleton(document);
  // Readability strips scripts and rewrites the tree: read metadata first, from the same parse.
  const page = readPageMeta(document, html);
  const article = new Readability<DomElement>(document, {
    charThreshold: CHAR_THRESHOLD,
    // The JSON-LD is already parsed above; letting Readability parse it again is wasted work.
    disableJSONLD: true,
    serializer: (node: DomElement) => node,
  }).parse();
  const content = article?.content;
  if (!content) return noBody("no article body found in HTML");
  const body = bodyText(content);
  const length = nonSpaceLength(body.paragraphs.join(""));
  if (length < MIN_BODY_CHARS || body.linkChars > length * MAX_LINK_DENSITY) {
    return noBody("no article body found in HTML");
  }
  const text = body.paragraphs.join("\n\n");

  const diagnostics: Diagnostic[] = [];
  const meta = articleMeta(page, article.title ?? null, content, diagnostics);
  const doc = newDocument({ path: input.path, format: "html" }, text, meta, diagnostics);
  return { documents: [doc], diagnostics: [] };
}

function noBody(reason: string): ReadResult {
  const error = diagnostic("ingest/html-no-body", "error", reason, { source: SOURCE });
  return { documents: [], diagnostics: [error] };
}

function nonSpaceLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

// ---------------------------------------------------------------------------------------------
// Skeleton repair

/**
 * linkedom builds the tree exactly as written: a fragment has no <html>, and a <head> that is not
 * the first child makes `document.body` a new empty element. Readability only looks at
 * `document.body`, so give it the <html><head/><body/></html> shape a browser would.
 */
function ensureSkeleton(document: DomDocument): DomElement {
  let html = document.documentElement;
  if (html === null || html.tagName !== "HTML") {
    html = document.createElement("html");
    for (const node of Array.from(document.childNodes)) {
      if (node.nodeType !== DOCUMENT_TYPE_NODE) html.append(node);
    }
    document.append(html);
  }
  const head = html.firstElementChild;
  if (head?.tagName === "HEAD" && head.nextElementSibling?.tagName === "BODY") return html;
  repairHeadAndBody(document, html);
  return html;
}

function repairHeadAndBody(document: DomDocument, html: DomElement): void {
  const children = Array.from(html.childNodes);
  const head = children.find((n) => tagOf(n) === "HEAD") ?? document.createElement("head");
  const body = children.find((n) => tagOf(n) === "BODY") ?? document.createElement("body");
  const beforeBody: DomNode[] = [];
  const afterBody: DomNode[] = [];
  let inBody = false;
  let pastBody = false;
  for (const node of children) {
    if (node === head) continue;
    if (node === body) {
      pastBody = true;
      continue;
    }
    const tag = tagOf(node);
    if (!inBody && !pastBody && tag !== null && HEAD_TAGS.has(tag)) {
      (head as DomElement).append(node);
    } else if (!inBody && !pastBody && isBlankText(node)) {
      // Whitespace between head elements is not body content.
    } else if (pastBody) {
      afterBody.push(node);
    } else {
      inBody = true;
      beforeBody.push(node);
    }
  }
  const bodyElement = body as DomElement;
  bodyElement.prepend(...beforeBody);
  bodyElement.append(...afterBody);
  html.prepend(head, body);
}

function tagOf(node: DomNode): string | null {
  return node.nodeType === ELEMENT_NODE ? (node as DomElement).tagName : null;
}

function isBlankText(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE && !/\S/.test(node.textContent ?? "");
}

// ---------------------------------------------------------------------------------------------
// Body text

/** Accumulates inline text into lines (split by <br>) and lines into paragraphs. */
class ParagraphSink {
  readonly paragraphs: string[] = [];
  /** Non-space characters of text inside links, to tell a story from a menu. */
  linkChars = 0;
  linkDepth = 0;
  private lines: string[] = [];
  private line = "";

  text(value: string): void {
    this.line += value;
    if (this.linkDepth > 0) this.linkChars += nonSpaceLength(value);
  }

  lineBreak(): void {
    this.endLine();
  }

  endParagraph(): void {
    this.endLine();
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join("\n"));
    this.lines = [];
  }

  private endLine(): void {
    const collapsed = this.line.replace(HTML_SPACES, " ");
    this.line = "";
    // Lines of nothing but (no-break) spaces would be empty paragraphs downstream.
    if (/\S/.test(collapsed)) this.lines.push(trimAsciiSpace(collapsed));
  }
}

function trimAsciiSpace(value: string): string {
  const start = value.startsWith(" ") ? 1 : 0;
  const end = value.endsWith(" ") ? value.length - 1 : value.length;
  return value.slice(start, end);
}

/**
 * The paragraphs of an element, one per block element, in document order, and how much of their
 * text is link text. Walks iteratively so a pathologically deep page cannot overflow the stack.
 */
function bodyText(root: DomElement): ParagraphSink {
  const sink = new ParagraphSink();
  let node = root.firstChild;
  while (node !== null) {
    if (enter(node, sink) && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    leave(node, sink);
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === root) {
        node = null;
        break;
      }
      leave(node, sink);
    }
    if (node !== null) node = node.nextSibling;
  }
  sink.endParagraph();
  return sink;
}

/** Handles a node on the way down; true when its children should be visited. */
function enter(node: DomNode, sink: ParagraphSink): boolean {
  if (node.nodeType === TEXT_NODE) {
    sink.text(node.textContent ?? "");
    return false;
  }
  if (node.nodeType !== ELEMENT_NODE) return false;
  const tag = (node as DomElement).tagName;
  if (SKIPPED_TAGS.has(tag)) return false;
  if (tag === "BR") {
    sink.lineBreak();
    return false;
  }
  if (tag === "A") sink.linkDepth++;
  else if (BLOCK_TAGS.has(tag)) sink.endParagraph();
  return true;
}

function leave(node: DomNode, sink: ParagraphSink): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as DomElement).tagName;
  if (tag === "A") sink.linkDepth--;
  else if (BLOCK_TAGS.has(tag)) sink.endParagraph();
}

// ---------------------------------------------------------------------------------------------
// Metadata

function readPageMeta(document: DomDocument, html: DomElement): PageMeta {
  const elements = (tag: string) => Array.from(document.getElementsByTagName(tag));
  const title = html.firstElementChild?.getElementsByTagName("title")[0];
  return {
    metas: metaTags(elements("meta")),
    canonical: canonicalLink(elements("link")),
    htmlTitle: clean(title?.textContent),
    lang: clean(attribute(html, "lang")),
    jsonLd: jsonLdArticle(elements("script")),
    articleTime: firstTimeIn(elements("article")),
  };
}

/** The first non-empty `content` per lower-cased `property` or `name`. */
function metaTags(elements: readonly DomElement[]): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of elements) {
    const content = attribute(meta, "content")?.trim();
    if (!content) continue;
    for (const key of [attribute(meta, "property"), attribute(meta, "name")]) {
      const name = key?.trim().toLowerCase();
      if (name && !metas.has(name)) metas.set(name, content);
    }
  }
  return metas;
}

function canonicalLink(elements: readonly DomElement[]): string | null {
  for (const link of elements) {
    const rel = attribute(link, "rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = clean(attribute(link, "href"));
    if (rel.includes("canonical") && href !== null) return href;
  }
  return null;
}

/** The first <time datetime> inside any of the given elements. */
function firstTimeIn(containers: ArrayLike<DomElement>): string | null {
  for (const container of Array.from(containers)) {
    for (const time of Array.from(container.getElementsByTagName("time"))) {
      const value = clean(attribute(time, "datetime"));
      if (value !== null) return value;
    }
  }
  return null;
}

function articleMeta(
  page: PageMeta,
  readabilityTitle: string | null,
  content: DomElement,
  diagnostics: Diagnostic[],
): ArticleMeta {
  const { metas, jsonLd } = page;
  const title =
    jsonLd.headline ?? clean(metas.get("og:title")) ?? clean(readabilityTitle) ?? page.htmlTitle;
  const dates: DateCandidate[] = [
    {
      value: metas.get("article:published_time") ?? null,
      source: "html-meta",
      where: "meta article:published_time",
    },
    { value: jsonLd.datePublished, source: "json-ld", where: "JSON-LD datePublished" },
    dateMeta(metas),
    // Pages without <article> markup: the extracted body is the article.
    {
      value: page.articleTime ?? firstTimeIn([content]),
      source: "html-meta",
      where: "<time datetime>",
    },
  ];
  const published = firstValidDate(dates, diagnostics);
  return {
    ...EMPTY_META,
    title,
    titleSource: title === null ? null : "metadata",
    outlet: clean(metas.get("og:site_name")) ?? jsonLd.publisher,
    url: page.canonical ?? clean(metas.get("og:url")) ?? jsonLd.url,
    published: published?.day ?? null,
    publishedSource: published?.source ?? null,
    declaredLanguage: page.lang,
  };
}

function dateMeta(metas: ReadonlyMap<string, string>): DateCandidate {
  for (const name of DATE_META_NAMES) {
    const value = metas.get(name);
    if (value !== undefined) return { value, source: "html-meta", where: `meta ${name}` };
  }
  return { value: null, source: "html-meta", where: "meta" };
}

/** The first candidate that is a real calendar day; each unreadable one before it is reported. */
function firstValidDate(
  candidates: readonly DateCandidate[],
  diagnostics: Diagnostic[],
): { day: string; source: PublishedSource } | null {
  for (const { value, source, where } of candidates) {
    if (value === null) continue;
    const day = isoDay(value);
    if (day !== null) return { day, source };
    const reason = `publication date "${value}" in ${where} is not a valid calendar date; ignored`;
    diagnostics.push(diagnostic("ingest/bad-date", "warning", reason, { source: SOURCE }));
  }
  return null;
}

/** An attribute by name in any case: linkedom keeps names as written, and old pages shout. */
function attribute(element: DomElement, name: string): string | null {
  const value = element.getAttribute(name);
  if (value !== null) return value;
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.toLowerCase() === name) return attr.value;
  }
  return null;
}

/** Whitespace-collapsed and trimmed, or null when nothing is left. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace(/\s+/g, " ").trim();
  return cleaned === "" ? null : cleaned;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

const NO_JSON_LD: JsonLdArticle = {
  headline: null,
  publisher: null,
  url: null,
  datePublished: null,
};

function jsonLdArticle(scripts: readonly DomElement[]): JsonLdArticle {
  const nodes: Record<string, unknown>[] = [];
  for (const script of scripts) {
    const type = attribute(script, "type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/ld+json") continue;
    const parsed = parseJson(script.textContent ?? "");
    if (parsed !== undefined) collectNodes(parsed, nodes);
  }
  const article = nodes.find(isArticleNode);
  if (article === undefined) return NO_JSON_LD;
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && !byId.has(id)) byId.set(id, node);
  }
  return {
    headline: stringField(article.headline),
    publisher: publisherName(article.publisher, byId),
    url: stringField(article.url) ?? idOrString(article.mainEntityOfPage),
    datePublished: stringField(article.datePublished),
  };
}

/** Parsed JSON, or undefined for a malformed block, which is skipped rather than fatal. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every object in a JSON-LD value: a node, a list of nodes, or an @graph of them, nested. */
function collectNodes(value: unknown, nodes: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes);
  } else if (isRecord(value)) {
    nodes.push(value);
    if ("@graph" in value) collectNodes(value["@graph"], nodes);
  }
}

function isArticleNode(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]];
  return types.some((type) => typeof type === "string" && ARTICLE_TYPES.has(schemaName(type)));
}

/** "https://schema.org/NewsArticle" and "schema:NewsArticle" both name NewsArticle. */
function schemaName(type: string): string {
  return type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, "");
}

/** The publisher's name, following a bare {"@id"} reference into the same graph. */
function publisherName(
  value: unknown,
  byId: ReadonlyMap<string, Record<string, unknown>>,
): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return clean(first);
  if (!isRecord(first)) return null;
  const name = stringField(first.name);
  if (name !== null) return name;
  const id = first["@id"];
  return typeof id === "string" ? stringField(byId.get(id)?.name) : null;
}

function idOrString(value: unknown): string | null {
  if (typeof value === "string") return clean(value);
  return isRecord(value) ? stringField(value["@id"]) : null;
}

function stringField(value: unknown): string | null {
  return typeof value === "string" ? clean(value) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
