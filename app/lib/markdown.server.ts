// The one Markdown renderer for story text. Stories are rendered once, when a revision
// is saved (StoryRevision.bodyHtml), and the stored HTML is what readers get.
//
// Pipeline: Markdown → marked (GFM, raw HTML disabled) → sanitize-html (explicit
// allow-list) → HTML. marked is configured so it never emits anything dangerous, and
// sanitize-html is the second, independent line of defence in case it ever does.
//
// What a story may contain: paragraphs, line breaks, rules, headings (h2–h4: the story
// title is the page's only h1), strong, em, del, blockquotes, lists, inline code, code
// blocks, tables, and links to http, https and mailto addresses (or to a path on this
// site). No images (a remote image would reveal readers' IP addresses to whoever hosts
// it), no raw HTML (it is shown as text), no classes, ids or styles.
//
// Pathological input. Callers validate stories at MAX_MARKDOWN_LENGTH characters; this
// module refuses anything over twice that. marked is NOT safe against super-linear
// behaviour with its stock tokenizers, whatever the options (measured with 16.4.2 on
// 50,000-character inputs):
//   - `[](` or `[a](` repeated: the inline `link` regex backtracks cubically (a title
//     may follow the destination without whitespace, so every `(` or `"` inside a long
//     failed destination starts a scan to the end). 8,000 characters took 28 s; 50,000
//     did not finish in 15 minutes.
//   - unclosed `_a`, `__a`, `` `a ``, `~a`, `*a` openers: each scans to the end of the
//     paragraph for a closer, and the e-mail look-ahead of the `url` and `text` rules
//     rescans runs like `a_a_a_…` from every `_`: quadratic, 1–5 s.
//   - `> > > …`, `- - - …`, `1. 1. …`: one nesting level per 2–3 characters, a second
//     of work and then a stack overflow.
// What this module does about it (see the tokenizer overrides below):
//   - inline links are scanned by scanInlineLink, a single pass with every scan bounded
//     by INLINE_WINDOW and destinations limited to 32 nested parentheses (as in cmark);
//   - the emphasis, code span, strikethrough and reference-link tokenizers only see a
//     window of the remaining text (INLINE_WINDOW, shrinking to SMALL_INLINE_WINDOW once
//     FAILED_SCAN_BUDGET characters have been spent on openers that found no closer), and
//     runs of more than 32 `*`/`_` are text; the `url` and text rules see small windows;
//   - blockquotes and lists nest at most MAX_NESTING deep.
// Each tokenizer call is then bounded by a window, so the work is linear in the input
// up to that constant. What remains super-linear is marked's own masking in
// Lexer.inlineTokens (it rebuilds the paragraph string for every backslash escape,
// code span and reference link), a memcpy with a tiny constant: the worst inputs we
// found render in ~0.2 s at 50,000 characters and ~0.6 s at 100,000.
// Belt and braces: a rough time budget (RENDER_BUDGET_MS) is checked at every tokenizer
// call; if it runs out, or marked throws for any reason (e.g. a stack overflow we did
// not anticipate), the story is rendered as plain escaped paragraphs instead (still
// sanitized). Nothing is lost: the Markdown source is stored and can be re-rendered.
//
// Known differences from stock marked, all deliberate: raw HTML is text; images are
// their alt text; links need a whitespace before a title and balanced parentheses in
// the destination (CommonMark; marked is laxer); emphasis, code spans and strikethrough
// spanning more than INLINE_WINDOW characters stay literal; task-list checkboxes are
// the text "[x]"/"[ ]".

import { Marked, Tokenizer, type Token, type Tokens, type TokenizerObject, type RendererObject } from "marked";
import sanitizeHtml from "sanitize-html";

export const MAX_MARKDOWN_LENGTH = 50_000;

/** Hard limit for renderStoryMarkdown: callers validate at MAX_MARKDOWN_LENGTH. */
export const HARD_LIMIT = MAX_MARKDOWN_LENGTH * 2;

/** Words per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

/**
 * How far (in characters) a single inline construct may reach: a link's label,
 * destination and title, an emphasis span, a code span, a strikethrough. Longer
 * constructs render as literal text. Bounds the work per tokenizer call.
 */
const INLINE_WINDOW = 4_096;

/** Once a render has spent this many characters on failed delimiter scans… */
const FAILED_SCAN_BUDGET = 2_000_000;

/** …delimiter scans use this smaller window (see delimiterWindow). */
const SMALL_INLINE_WINDOW = 256;

/** Longer runs of `*` or `_` are text, not emphasis delimiters. */
const MAX_DELIMITER_RUN = 32;

/** Window for marked's e-mail autolink rule (an address is at most 254 characters). */
const EMAIL_WINDOW = 256;

/** Window for plain text runs (they are merged again by marked). */
const TEXT_WINDOW = 1_024;

const WEB_ADDRESS_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/i;

/** Nesting of parentheses in a link destination, as in cmark. */
const MAX_DESTINATION_PARENS = 32;

/** Maximum depth of nested blockquotes and lists; deeper markers become text. */
const MAX_NESTING = 16;

/** Rough wall-clock budget for one render before falling back to plain text. */
const RENDER_BUDGET_MS = 3_000;

/** Added to every link: user-generated content, no referrer, no opener. */
export const LINK_REL = "nofollow ugc noopener noreferrer";

const ALLOWED_TAGS = [
  "p",
  "br",
  "hr",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "del",
  "blockquote",
  "ul",
  "ol",
  "li",
  "code",
  "pre",
  "a",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

const ALLOWED_SCHEMES = ["http", "https", "mailto"];

export interface RenderedStory {
  html: string;
  wordCount: number;
  readingMinutes: number;
}

// ---------------------------------------------------------------------------------------
// Small helpers

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Named character references worth decoding in link destinations and when counting
// words. Anything else is left as written (and then escaped, so it stays literal).
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  bsol: "\\",
  lpar: "(",
  rpar: ")",
  num: "#",
  excl: "!",
  quest: "?",
  period: ".",
  comma: ",",
  semi: ";",
  equals: "=",
  plus: "+",
  percnt: "%",
  commat: "@",
  dollar: "$",
  ast: "*",
  lowbar: "_",
  grave: "`",
  hat: "^",
  verbar: "|",
  vert: "|",
  lsqb: "[",
  rsqb: "]",
  lbrack: "[",
  rbrack: "]",
  lcub: "{",
  rcub: "}",
  lbrace: "{",
  rbrace: "}",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
};

/** Decodes numeric character references (with or without `;`, as browsers do) and a few named ones. */
function decodeCharacterReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{0,31});)/g, (match, hex, dec, name) => {
    if (hex !== undefined || dec !== undefined) {
      const codePoint = hex !== undefined ? parseInt(hex as string, 16) : parseInt(dec as string, 10);
      if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        return "\ufffd";
      }
      return String.fromCodePoint(codePoint);
    }
    const decoded = NAMED_ENTITIES[(name as string).toLowerCase()];
    return decoded ?? match;
  });
}

/**
 * The href to emit for a link destination, or null if it must not be a link.
 *
 * Character references are decoded first (CommonMark semantics, and what a browser would
 * do with an unescaped attribute), then the URL is percent-encoded like marked does, and
 * the result — exactly what the browser will parse after the attribute is unescaped — is
 * checked: a scheme must be http, https or mailto; without a scheme only a path on this
 * site (`/…`, not `//host` or `/\host`) is accepted.
 */
export function safeHref(destination: string): string | null {
  const decoded = decodeCharacterReferences(destination).trim();
  if (decoded === "") return null;
  let encoded: string;
  try {
    encoded = encodeURI(decoded).replace(/%25/g, "%");
  } catch {
    return null; // lone surrogates
  }
  // encodeURI leaves no whitespace or control characters, so the URL parser will not
  // strip anything: the scheme it sees is the one matched here.
  // An address no browser can parse (e.g. a GFM autolink that swallowed the `>` of some
  // raw HTML, `https://host>`) would be a dead link: keep it as text.
  if (!URL.canParse(encoded, "https://kindred.invalid/")) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(encoded);
  if (scheme) {
    return ALLOWED_SCHEMES.includes(scheme[1].toLowerCase()) ? encoded : null;
  }
  // A path on this site; `//host` and `/\host` would be protocol-relative.
  if (/^\/(?![/\\])/.test(decoded)) return encoded;
  return null;
}

// ---------------------------------------------------------------------------------------
// Render state (rendering is synchronous, so module state is safe)

class RenderBudgetExceeded extends Error {
  constructor() {
    super("Markdown render budget exceeded");
    this.name = "RenderBudgetExceeded";
  }
}

let deadline = Number.POSITIVE_INFINITY;
let nesting = 0;
let failedScanBudget = FAILED_SCAN_BUDGET;

function checkBudget(): void {
  if (performance.now() > deadline) throw new RenderBudgetExceeded();
}

function withBudget<T>(fn: () => T): T {
  deadline = performance.now() + RENDER_BUDGET_MS;
  nesting = 0;
  failedScanBudget = FAILED_SCAN_BUDGET;
  try {
    return fn();
  } finally {
    deadline = Number.POSITIVE_INFINITY;
    nesting = 0;
    failedScanBudget = FAILED_SCAN_BUDGET;
  }
}

/**
 * Window for the delimiter scans (emphasis, code spans, strikethrough, reference links).
 * An opener that finds no closer costs a scan of the whole window; once a render has
 * spent FAILED_SCAN_BUDGET characters on such failures (hundreds of stray `*` or `_`
 * in long paragraphs — only hostile input gets there) the window shrinks to
 * SMALL_INLINE_WINDOW for the rest of that render.
 */
function delimiterWindow(): number {
  return failedScanBudget > 0 ? INLINE_WINDOW : SMALL_INLINE_WINDOW;
}

function windowed(src: string, window: number): string {
  return src.length > window ? src.slice(0, window) : src;
}

function chargeFailure<T>(token: T | undefined, scanned: number): T | undefined {
  if (token === undefined) failedScanBudget -= scanned;
  return token;
}

const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\]\\^_`{|}~])/g;

function isWhitespace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

// ---------------------------------------------------------------------------------------
// Tokenizers

/**
 * Inline links and images, `[label](destination "title")`, scanned in one bounded pass.
 * Follows CommonMark: destination in `<…>` or a run of non-space characters with
 * balanced parentheses; a title must be separated from it by whitespace.
 */
function scanInlineLink(this: Tokenizer, src: string): Tokens.Link | Tokens.Image | undefined {
  const limit = Math.min(src.length, INLINE_WINDOW);
  const isImage = src.charCodeAt(0) === 33; /* ! */
  let i = isImage ? 1 : 0;
  if (src[i] !== "[") return undefined;
  i++;
  const labelStart = i;

  // Label: like marked's, one level of nested brackets, escapes and code spans.
  let labelEnd = -1;
  while (i < limit) {
    const c = src[i];
    if (c === "\\") {
      i += 2;
    } else if (c === "]") {
      labelEnd = i;
      break;
    } else if (c === "[") {
      i++;
      while (i < limit && src[i] !== "]") {
        if (src[i] === "[") return undefined;
        i += src[i] === "\\" ? 2 : 1;
      }
      if (i >= limit) return undefined;
      i++;
    } else if (c === "`") {
      while (i < limit && src[i] === "`") i++;
      while (i < limit && src[i] !== "`") i++;
      if (i >= limit) return undefined;
      while (i < limit && src[i] === "`") i++;
    } else {
      i++;
    }
  }
  if (labelEnd < 0 || src[labelEnd + 1] !== "(") return undefined;
  i = labelEnd + 2;
  while (i < limit && isWhitespace(src[i])) i++;

  // Destination.
  let destination: string;
  if (src[i] === "<") {
    let j = i + 1;
    while (j < limit) {
      const c = src[j];
      if (c === "\\" && j + 1 < limit && src[j + 1] !== "\n") {
        j += 2;
        continue;
      }
      if (c === ">" || c === "<" || c === "\n") break;
      j++;
    }
    if (src[j] !== ">") return undefined;
    destination = src.slice(i + 1, j);
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    while (j < limit) {
      const code = src.charCodeAt(j);
      if (code <= 0x20) break;
      if (code === 92 /* \ */ && j + 1 < limit && src.charCodeAt(j + 1) > 0x20) {
        j += 2;
        continue;
      }
      if (code === 40 /* ( */) {
        // cmark's limit; also keeps each failed scan short (every `[x](` opens one).
        if (++depth > MAX_DESTINATION_PARENS) return undefined;
      } else if (code === 41 /* ) */) {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    if (depth !== 0) return undefined;
    destination = src.slice(i, j);
    i = j;
  }

  // Optional title, separated by whitespace (at most one line break).
  let title = "";
  let k = i;
  while (k < limit && (src[k] === " " || src[k] === "\t")) k++;
  if (src[k] === "\n") {
    k++;
    while (k < limit && (src[k] === " " || src[k] === "\t")) k++;
  }
  const quote = src[k];
  if (k > i && (quote === '"' || quote === "'" || quote === "(")) {
    const close = quote === "(" ? ")" : quote;
    let m = k + 1;
    while (m < limit && src[m] !== close) {
      if (quote === "(" && src[m] === "(") return undefined;
      m += src[m] === "\\" ? 2 : 1;
    }
    if (m >= limit) return undefined;
    title = src.slice(k + 1, m);
    i = m + 1;
  }
  while (i < limit && isWhitespace(src[i])) i++;
  if (src[i] !== ")") return undefined;

  const raw = src.slice(0, i + 1);
  const text = src.slice(labelStart, labelEnd).replace(/\\([[\]])/g, "$1");
  const href = destination.trim().replace(ESCAPABLE, "$1");
  const lexer = this.lexer;
  lexer.state.inLink = true;
  const tokens = lexer.inlineTokens(text);
  lexer.state.inLink = false;
  if (isImage) {
    return { type: "image", raw, href, title: title ? title.replace(ESCAPABLE, "$1") : null, text, tokens };
  }
  return { type: "link", raw, href, title: title ? title.replace(ESCAPABLE, "$1") : null, text, tokens };
}

function nested<T>(fn: () => T): T | undefined {
  if (nesting >= MAX_NESTING) return undefined;
  nesting++;
  try {
    return fn();
  } finally {
    nesting--;
  }
}

const tokenizer: TokenizerObject = {
  // Raw HTML is never recognised as HTML: it stays in the text and is escaped like any
  // other text. (Returning undefined, not false, means "no match" without falling back.)
  html() {
    return undefined;
  },
  tag() {
    return undefined;
  },
  link(src) {
    checkBudget();
    return scanInlineLink.call(this, src);
  },
  reflink(src, links) {
    checkBudget();
    if (src[0] !== "[" && src[0] !== "!") return undefined;
    const slice = windowed(src, delimiterWindow());
    return chargeFailure(Tokenizer.prototype.reflink.call(this, slice, links), slice.length);
  },
  emStrong(src, maskedSrc, prevChar) {
    checkBudget();
    // The opener rule scans the whole run of `*` or `_`, and it is tried at every
    // character of such a run: treat long runs as text without scanning them.
    const delimiter = src[0];
    if (delimiter !== "*" && delimiter !== "_") return undefined;
    let run = 1;
    while (run <= MAX_DELIMITER_RUN && src[run] === delimiter) run++;
    if (run > MAX_DELIMITER_RUN) return undefined;
    const window = delimiterWindow();
    if (src.length <= window) {
      return chargeFailure(Tokenizer.prototype.emStrong.call(this, src, maskedSrc, prevChar), src.length);
    }
    // marked aligns maskedSrc with src from the end; keep the two windows aligned.
    const offset = maskedSrc.length - src.length;
    const token = Tokenizer.prototype.emStrong.call(
      this,
      src.slice(0, window),
      maskedSrc.slice(offset, offset + window),
      prevChar,
    );
    return chargeFailure(token, window);
  },
  codespan(src) {
    checkBudget();
    if (src[0] !== "`") return undefined;
    const slice = windowed(src, delimiterWindow());
    return chargeFailure(Tokenizer.prototype.codespan.call(this, slice), slice.length);
  },
  del(src) {
    checkBudget();
    if (src[0] !== "~") return undefined;
    const slice = windowed(src, delimiterWindow());
    return chargeFailure(Tokenizer.prototype.del.call(this, slice), slice.length);
  },
  url(src) {
    checkBudget();
    // marked's url rule also looks for an e-mail address: `[A-Za-z0-9._+-]+@…` from
    // wherever it is called, i.e. at every `_` of a long run like `a_a_a_…`. Addresses
    // are at most 254 characters, web addresses get the usual window.
    const window = WEB_ADDRESS_START.test(src) ? INLINE_WINDOW : EMAIL_WINDOW;
    return Tokenizer.prototype.url.call(this, src.length > window ? src.slice(0, window) : src);
  },
  inlineText(src) {
    checkBudget();
    // The text rule starts with a look-ahead for an e-mail address (a scan of the run of
    // address characters), and it is tried after every `_`, `*`, `~`, `` ` ``, `!`…
    if (src.length <= TEXT_WINDOW) return Tokenizer.prototype.inlineText.call(this, src);
    const slice = src.slice(0, TEXT_WINDOW);
    const token = Tokenizer.prototype.inlineText.call(this, slice);
    if (!token || token.raw.length < TEXT_WINDOW) return token;
    // The text ran to the end of the window: end it after the last whitespace instead,
    // so that an address (recognised only from its first character) is not split.
    let cut = slice.length - 1;
    while (cut > 0 && !isWhitespace(slice[cut])) cut--;
    return cut > 0 ? Tokenizer.prototype.inlineText.call(this, src.slice(0, cut + 1)) : token;
  },
  blockquote(src) {
    checkBudget();
    return nested(() => Tokenizer.prototype.blockquote.call(this, src));
  },
  list(src) {
    checkBudget();
    return nested(() => Tokenizer.prototype.list.call(this, src));
  },
  paragraph(_src) {
    checkBudget();
    return false; // no override: fall through to marked's paragraph tokenizer
  },
};

// ---------------------------------------------------------------------------------------
// Renderer

const renderer: RendererObject = {
  // Never called (the tokenizers above are disabled); kept so raw HTML could only ever
  // come out escaped.
  html({ text }) {
    return escapeHtml(text);
  },
  heading({ tokens, depth }) {
    // h1 → h2 (the story title is the page's h1), h5/h6 → h4.
    const level = Math.min(Math.max(depth, 2), 4);
    return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
  },
  link({ href, tokens }) {
    const text = this.parser.parseInline(tokens);
    const safe = safeHref(href);
    if (safe === null) return text;
    return `<a href="${escapeHtml(safe)}" rel="${LINK_REL}">${text}</a>`;
  },
  image({ tokens, text }) {
    // No images: remote images would reveal readers' addresses. Keep the alt text.
    return tokens && tokens.length > 0 ? this.parser.parseInline(tokens) : escapeHtml(text);
  },
  checkbox({ checked }) {
    // Task list items: keep what the author typed instead of a form control.
    return checked ? "[x]" : "[ ]";
  },
};

// A private instance: marked's global defaults are never touched.
const storyMarked = new Marked({
  gfm: true,
  breaks: false,
  pedantic: false,
  async: false,
  silent: false,
  tokenizer,
  renderer,
});

// ---------------------------------------------------------------------------------------
// Sanitizer

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ["href", "rel"] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ALLOWED_SCHEMES,
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: "discard",
  enforceHtmlBoundary: false,
  nestingLimit: 64,
  parser: { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (_tagName, attribs) => {
      const kept: sanitizeHtml.Attributes = {};
      if (typeof attribs.href === "string") {
        kept.href = attribs.href;
        kept.rel = LINK_REL;
      }
      return { tagName: "a", attribs: kept };
    },
  },
  // A link whose href was refused keeps its text but loses the <a>.
  exclusiveFilter: (frame) => (frame.tag === "a" && !frame.attribs.href ? "excludeTag" : false),
};

function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

// ---------------------------------------------------------------------------------------
// Words

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+|[.,:]\p{N}+)*/gu;

function countWordsInText(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** The visible text of a token tree (link destinations, markup and definitions excluded). */
function collectText(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
      case "br":
      case "def":
      case "checkbox":
        break;
      case "code":
      case "codespan":
        out.push(token.text);
        break;
      case "list":
        collectText(token.items, out);
        break;
      case "table":
        for (const cell of token.header) collectText(cell.tokens, out);
        for (const row of token.rows) for (const cell of row) collectText(cell.tokens, out);
        break;
      default:
        if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
          collectText(token.tokens as Token[], out);
        } else if ("text" in token && typeof token.text === "string") {
          out.push(token.text);
        }
    }
  }
}

function wordsInTokens(tokens: readonly Token[]): number {
  const out: string[] = [];
  collectText(tokens, out);
  return countWordsInText(decodeCharacterReferences(out.join(" ")));
}

function normalize(source: string): string {
  return source.replace(/\r\n?/g, "\n").replaceAll("\u0000", "\ufffd");
}

function assertString(value: unknown): asserts value is string {
  if (typeof value !== "string") throw new TypeError("Markdown must be a string");
}

/** Number of words a reader sees: link addresses and Markdown punctuation are not words. */
export function countWords(markdown: string): number {
  assertString(markdown);
  const source = normalize(markdown);
  if (source.length > HARD_LIMIT) return countWordsInText(source);
  try {
    return withBudget(() => wordsInTokens(markdownLexer(source)));
  } catch {
    return countWordsInText(source);
  }
}

/** Estimated reading time at ~230 words a minute, never less than one minute. */
export function readingMinutes(wordCount: number): number {
  if (!Number.isFinite(wordCount) || wordCount <= 0) return 1;
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

function markdownLexer(source: string): Token[] {
  return storyMarked.lexer(source);
}

/** Used when marked fails or runs out of time: escaped paragraphs, line breaks kept. */
function renderPlainText(source: string): string {
  return source
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br />")}</p>`)
    .join("\n");
}

/**
 * The fallback rendering on its own, for markdown-pool.server.ts when a render in a worker
 * had to be stopped: escaped paragraphs, linear in the input, sanitized like any other.
 */
export function renderStoryAsPlainText(markdownSource: string): RenderedStory {
  assertString(markdownSource);
  const source = normalize(markdownSource);
  const wordCount = countWordsInText(source);
  return { html: sanitize(renderPlainText(source)).trim(), wordCount, readingMinutes: readingMinutes(wordCount) };
}

/**
 * Renders a story's Markdown to sanitized HTML and counts its words.
 * Throws RangeError for input over twice MAX_MARKDOWN_LENGTH (callers validate at
 * MAX_MARKDOWN_LENGTH; this is only a guard).
 */
export function renderStoryMarkdown(markdownSource: string): RenderedStory {
  assertString(markdownSource);
  if (markdownSource.length > HARD_LIMIT) {
    throw new RangeError(`Story text is too long to render (${markdownSource.length} > ${HARD_LIMIT} characters)`);
  }
  const source = normalize(markdownSource);

  let html: string;
  let wordCount: number;
  try {
    ({ html, wordCount } = withBudget(() => {
      const tokens = markdownLexer(source);
      const words = wordsInTokens(tokens);
      checkBudget();
      return { html: storyMarked.parser(tokens), wordCount: words };
    }));
  } catch (error) {
    // Stack overflow on some nesting we did not anticipate, the time budget, or a bug in
    // marked: the story still renders, as plain text. (Never log the story itself.)
    console.warn(`renderStoryMarkdown: rendered as plain text (${error instanceof Error ? error.name : "error"})`);
    html = renderPlainText(source);
    wordCount = countWordsInText(source);
  }

  return { html: sanitize(html).trim(), wordCount, readingMinutes: readingMinutes(wordCount) };
}
