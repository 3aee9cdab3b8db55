import { renderStoryMarkdown } from "./markdown.server";
import source from "../../docs/moderation/crisis-procedure.md?raw";

// The moderators' crisis and concern procedure has one source, docs/moderation/crisis-procedure.md:
// the build includes the file and the one Markdown renderer turns it into the page
// (/moderation/crisis-procedure) and the panel beside every flagged item. Edit the document,
// and both change.

/** The document's own text, for tests and anyone who wants the source. */
export const CRISIS_PROCEDURE_SOURCE: string = source;

const titleLine = /^#[ \t]+(.+)\r?\n/;

/** The document's title (its first heading). */
export const CRISIS_PROCEDURE_TITLE = titleLine.exec(source)?.[1]?.trim() ?? "Crisis and concern procedure";

/** The rest of the document as HTML; its sections are h2, for a page whose h1 is the title. */
const bodyHtml = renderStoryMarkdown(source.replace(titleLine, "")).html;

/**
 * The procedure's HTML with its sections at `level` (2 on its own page, under the h1 title;
 * 3 beside an item, under an h2), so headings never skip a level.
 */
export function crisisProcedureHtml(level: 2 | 3 = 2): string {
  if (level === 2) return bodyHtml;
  return bodyHtml.replace(/<(\/?)h([2-5])\b/g, (_, slash: string, n: string) => `<${slash}h${Math.min(Number(n) + 1, 6)}`);
}
