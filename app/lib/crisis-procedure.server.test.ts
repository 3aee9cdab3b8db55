import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CRISIS_PROCEDURE_SOURCE, CRISIS_PROCEDURE_TITLE, crisisProcedureHtml } from "./crisis-procedure.server";

// The moderators' crisis and concern procedure has one source, docs/moderation/crisis-procedure.md;
// the page and the panel beside flagged items are rendered from it.

const doc = fs.readFileSync("docs/moderation/crisis-procedure.md", "utf8");
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("the crisis procedure", () => {
  it("is the document in docs/moderation, every section of it", () => {
    expect(CRISIS_PROCEDURE_SOURCE).toBe(doc);
    expect(CRISIS_PROCEDURE_TITLE).toBe("Crisis and concern procedure");
    const html = crisisProcedureHtml(2);
    const sections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const section of sections) expect(html).toContain(`<h2>${section}</h2>`);
    // The title is the page's own h1, not repeated in the text.
    expect(html).not.toContain(CRISIS_PROCEDURE_TITLE);
  });

  it("covers what a moderator must know: act within minutes, read in context, reply with resources, escalate, advisory, self-care", () => {
    const words = text(crisisProcedureHtml(2));
    for (const phrase of [
      "Act within minutes",
      "Read the highlighted sentence in context",
      "include the crisis resources shown beside this procedure",
      "Tell the staff on duty",
      "emergency services",
      "The check is advisory",
      "never blocks a story",
      "Look after yourself",
      "Take a break after a crisis item",
    ]) {
      expect(words).toContain(phrase);
    }
  });

  it("sits one level down beside an item, so its headings never skip a level under the panel's h2", () => {
    const html = crisisProcedureHtml(3);
    expect(html).not.toMatch(/<h2\b/);
    expect(html).toContain("<h3>Look after yourself</h3>");
    expect(text(html)).toBe(text(crisisProcedureHtml(2)));
  });
});
