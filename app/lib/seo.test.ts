import { describe, expect, it } from "vitest";
import { canonicalQuery, forTitle, normaliseQuery, pageMeta } from "./seo";

// Canonical addresses of browse and search (issue 13, item 9): one spelling per page, whatever
// order, repetition or spacing its query came with.

const alcohol = { slug: "alcohol", facet: "SUBSTANCE" };
const opioids = { slug: "opioids", facet: "SUBSTANCE" };
const parenting = { slug: "parenting", facet: "SITUATION" };

describe("canonicalQuery", () => {
  it("orders tags by facet and slug, drops repeats and unknown facets", () => {
    expect(canonicalQuery([parenting, opioids, alcohol, opioids, { slug: "x", facet: "NOPE" }])).toBe(
      "?substance=alcohol&substance=opioids&situation=parenting",
    );
    expect(canonicalQuery([alcohol, parenting])).toBe(canonicalQuery([parenting, alcohol]));
  });

  it("puts the normalised search first and the page last; nothing at all is no query", () => {
    expect(canonicalQuery([parenting], { q: "  sleep \t\n problems ", page: 3 })).toBe("?q=sleep+problems&situation=parenting&page=3");
    expect(canonicalQuery([], { q: "sleep", page: 1 })).toBe("?q=sleep");
    expect(canonicalQuery([], { q: "   " })).toBe("");
    expect(canonicalQuery([], { after: "abc" })).toBe("?after=abc");
    expect(canonicalQuery([])).toBe("");
  });

  it("encodes what a reader typed", () => {
    expect(canonicalQuery([], { q: 'a&b=c "d" <e>' })).toBe("?q=a%26b%3Dc+%22d%22+%3Ce%3E");
  });
});

describe("titles and descriptions", () => {
  it("normalises and shortens a search for a title", () => {
    expect(normaliseQuery("  sleep\n\nafter  detox ")).toBe("sleep after detox");
    expect([...forTitle("word ".repeat(40))].length).toBeLessThanOrEqual(60);
  });

  it("pageMeta gives a title and a description", () => {
    expect(pageMeta("Log in · Kindred", "Log in to Kindred.")).toEqual([{ title: "Log in · Kindred" }, { name: "description", content: "Log in to Kindred." }]);
  });
});
