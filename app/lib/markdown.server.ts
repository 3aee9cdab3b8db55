import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

// The one Markdown renderer for story text: marked, then sanitize-html with an explicit
// allow-list. It runs once when a revision is saved; the sanitized HTML is stored.
// No images or embeds (a remote image would reveal every reader's address to its host),
// no raw HTML (escaped, not passed through), links marked as user content.

export const MAX_MARKDOWN_LENGTH = 50_000;
const WORDS_PER_MINUTE = 230;

export interface RenderedStory {
  html: string;
  wordCount: number;
  readingMinutes: number;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

// A private instance: the global `marked` object is never configured.
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Raw HTML in the source is shown as text, never passed through.
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    // Images become their description: nothing is ever fetched from elsewhere.
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "del", "blockquote", "ul", "ol", "li",
    "code", "pre", "a", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedStyles: {},
  // Everything not allowed is dropped with its contents where it could only be code.
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template"],
  transformTags: {
    // The story title is the page's only h1.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.href ? { href: attribs.href, rel: "nofollow ugc noopener noreferrer" } : ({} as Record<string, string>),
    }),
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href && !frame.text.trim(),
};

export function countWords(markdown: string): number {
  const words = markdown.replace(/[#>*_`~[\]()!|-]+/g, " ").match(/[\p{L}\p{N}'’]+/gu);
  return words ? words.length : 0;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Renders story Markdown to sanitized HTML. Callers validate length; this guards anyway. */
export function renderStoryMarkdown(markdown: string): RenderedStory {
  if (markdown.length > MAX_MARKDOWN_LENGTH * 2) {
    throw new RangeError(`Story text is longer than ${MAX_MARKDOWN_LENGTH * 2} characters`);
  }
  const raw = marked.parse(markdown.replace(/\r\n?/g, "\n")) as string;
  const html = sanitizeHtml(raw, SANITIZE_OPTIONS).trim();
  const wordCount = countWords(markdown);
  return { html, wordCount, readingMinutes: readingMinutes(wordCount) };
}
