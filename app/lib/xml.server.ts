// Small, dependency-free helpers for the XML documents Kindred serves (Atom feeds and
// sitemaps): escaping, absolute URLs, and the responses themselves. Every piece of text that
// goes into a document passes through xmlText or xmlAttr; nothing is concatenated raw.

import { RENDERED_FOR_HEADER } from "./rendered-for.server";

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, CR and
 * LF, U+FFFE/U+FFFF, and unpaired surrogates. A story could contain any of them (pasted text);
 * one of them would make the whole feed unreadable, so they are dropped.
 */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, "");
}

/** Text content of an element. */
export function xmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes (whitespace kept as character references so parsers don't fold it). */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** `<name attr="…">text</name>`, everything escaped; `text` undefined makes an empty element. */
export function element(name: string, attrs: Record<string, string | undefined> = {}, text?: string): string {
  const attributes = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttr(value)}"`)
    .join("");
  return text === undefined ? `<${name}${attributes}/>` : `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references sanitize-html writes (named basics and numeric ones). */
export function decodeHtmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/** Plain text of stored, sanitized story HTML: block boundaries become spaces, tags go. */
export function htmlToPlainText(html: string): string {
  const text = html
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|tr|td|th|div)>|<br\s*\/?>|<hr\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "");
  return decodeHtmlEntities(text).replace(/\s+/g, " ").trim();
}

/** At most `max` characters (code points), cut at a word boundary, with an ellipsis if cut. */
export function excerpt(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?—–-]+$/u, "")}…`;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

/**
 * The origin ("https://kindred.example") that absolute URLs in feeds, sitemaps and meta tags
 * start with: the request's own. X-Forwarded-Proto and X-Forwarded-Host are honoured only when
 * TRUST_PROXY is "true" (README, "Configuration"); otherwise they are ignored entirely, even
 * the port that @remix-run/express copies from X-Forwarded-Host into request.url.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  let protocol = url.protocol === "https:" ? "https" : "http";
  let host = request.headers.get("host") ?? url.host;
  if (process.env.TRUST_PROXY === "true") {
    const forwardedProto = firstValue(request.headers.get("x-forwarded-proto"))?.toLowerCase();
    if (forwardedProto === "http" || forwardedProto === "https") protocol = forwardedProto;
    const forwardedHost = firstValue(request.headers.get("x-forwarded-host"));
    if (forwardedHost && HOST.test(forwardedHost)) host = forwardedHost;
  }
  if (!HOST.test(host)) host = url.host;
  return `${protocol}://${host.toLowerCase()}`;
}

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
/** Sitemaps are public and change slowly; five minutes is harmless there. */
export const XML_CACHE_CONTROL = "public, max-age=300";
/**
 * Feeds: any cache may keep one, but must ask again before every use, so a withdrawn or removed
 * story leaves a feed reader's copy at its next poll. Asking is cheap: the page cache answers a
 * repeated request with 304 from its ETag or Last-Modified (server/page-cache.js).
 */
export const FEED_CACHE_CONTROL = "public, no-cache";

export function xmlResponse(body: string | ReadableStream<Uint8Array>, contentType: string, cacheControl = XML_CACHE_CONTROL): Response {
  return new Response(body, {
    status: 200,
    // X-Content-Type-Options and the other security headers come from server/security-headers.js.
    // Feeds and sitemaps read no session: the same for everyone, so they may be cached
    // (app/lib/rendered-for.server.ts).
    headers: { "Content-Type": contentType, "Cache-Control": cacheControl, [RENDERED_FOR_HEADER]: "nobody" },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 3339 without fractional seconds: 2025-03-01T00:00:00Z. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// ---------------------------------------------------------------------------------------
// Atom 1.0 (RFC 4287)
// ---------------------------------------------------------------------------------------

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  authorName: string;
  /** Plain text. */
  summary: string;
  /** HTML, escaped here as the text of `<content type="html">`. */
  contentHtml: string;
  categories: { term: string; label: string; scheme?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  /** xml:base for relative links inside entry content. */
  base: string;
  updated: Date;
  entries: AtomEntry[];
}

function atomEntry(entry: AtomEntry): string {
  return [
    "<entry>",
    element("id", {}, entry.id),
    element("title", { type: "text" }, entry.title),
    element("link", { rel: "alternate", type: "text/html", href: entry.link }),
    element("published", {}, rfc3339(entry.published)),
    element("updated", {}, rfc3339(entry.updated)),
    `<author>${element("name", {}, entry.authorName)}</author>`,
    ...entry.categories.map((c) => element("category", { term: c.term, label: c.label, scheme: c.scheme })),
    element("summary", { type: "text" }, entry.summary),
    element("content", { type: "html" }, entry.contentHtml),
    "</entry>",
  ].join("\n");
}

export function atomDocument(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="${xmlAttr(feed.base)}">`,
    element("id", {}, feed.id),
    element("title", { type: "text" }, feed.title),
    ...(feed.subtitle ? [element("subtitle", { type: "text" }, feed.subtitle)] : []),
    element("updated", {}, rfc3339(feed.updated)),
    element("link", { rel: "self", type: "application/atom+xml", href: feed.selfUrl }),
    element("link", { rel: "alternate", type: "text/html", href: feed.alternateUrl }),
    element("generator", {}, "Kindred"),
    ...feed.entries.map(atomEntry),
    "</feed>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------
// Sitemaps (sitemaps.org 0.9). No <lastmod> anywhere: see app/models/feed.server.ts.
// ---------------------------------------------------------------------------------------

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export const urlSetOpen = `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="${SITEMAP_NS}">\n`;
export const urlSetClose = "</urlset>\n";

export function urlEntry(loc: string): string {
  return `<url>${element("loc", {}, loc)}</url>\n`;
}

export function sitemapIndexDocument(locs: string[]): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n` +
    locs.map((loc) => `<sitemap>${element("loc", {}, loc)}</sitemap>\n`).join("") +
    "</sitemapindex>\n"
  );
}
