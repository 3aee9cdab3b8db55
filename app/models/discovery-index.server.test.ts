import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { countAnd, countBits, discoveryIndex, emptyBitset, fullBitset, has, matching, positions, tagCounts } from "./discovery-index.server";
import { storyChanged } from "./lifecycle.server";
import { makeSnippet } from "./search.server";
import { createStory, publishRevision, submitStory, withdrawStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";

describe("bitsets", () => {
  it.each([0, 1, 31, 32, 33, 64, 100])("a full set of %i has exactly that many members", (size) => {
    const bits = fullBitset(size);
    expect(countBits(bits)).toBe(size);
    expect(positions(bits)).toEqual(Array.from({ length: size }, (_, i) => i));
  });

  it("lists members from a position on, up to a limit, and counts intersections", () => {
    const a = emptyBitset(100);
    const b = emptyBitset(100);
    for (const p of [0, 5, 31, 32, 63, 64, 99]) a[p >>> 5] |= 1 << (p & 31);
    for (const p of [5, 32, 33, 99]) b[p >>> 5] |= 1 << (p & 31);
    expect(positions(a)).toEqual([0, 5, 31, 32, 63, 64, 99]);
    expect(positions(a, 6)).toEqual([31, 32, 63, 64, 99]);
    expect(positions(a, 32, 2)).toEqual([32, 63]);
    expect(positions(a, 100)).toEqual([]);
    expect(countAnd(a, b)).toBe(3);
    expect(has(a, 31)).toBe(true);
    expect(has(a, 30)).toBe(false);
  });
});

describe("makeSnippet", () => {
  const text =
    "It was a long winter. Every morning I walked to the bakery before the meeting, and the baker, who never asked, " +
    "always had a coffee ready for me. Mornings became the part of the day I trusted.";

  it("marks words that begin with a searched word, around the first match, and escapes the rest", () => {
    const html = makeSnippet(text, ["baker"], 14);
    expect(html).toContain("<mark>bakery</mark>");
    expect(html).toContain("<mark>baker</mark>");
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(makeSnippet("Tom & Jerry <b>bold</b> morning", ["morning"])).toBe("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; <mark>morning</mark>");
  });

  it("folds case and accents, and starts at the beginning when nothing in the text matches", () => {
    expect(makeSnippet("Café mornings", ["cafe"])).toBe("<mark>Café</mark> mornings");
    expect(makeSnippet(text, ["zebra"], 5)).toBe("It was a long winter…");
  });
});

describe("the discovery index against the database", () => {
  let authorId: string;
  const BODY = "I learned to ask for help before things got bad, one quiet morning at a time. ".repeat(4);
  const TAGS = [
    ["alcohol", "parenting"],
    ["opioids", "parenting", "early-recovery"],
    ["alcohol", "workplace"],
    ["opioids", "rural"],
    ["alcohol", "parenting", "twelve-step"],
  ];
  const WARNINGS = [[], ["relapse"], [], ["detailed-use"], ["relapse", "overdose"]];
  const stories: string[] = [];

  beforeAll(async () => {
    await ensureVocabulary();
    authorId = newId();
    await db.user.create({ data: { id: authorId, username: "index_author", usernameKey: "index_author", passwordHash: "x" } });
    for (const [i, tags] of TAGS.entries()) {
      const { storyId, revisionId } = await createStory({
        authorId,
        input: { title: `Index story ${i}`, body: BODY, anonymity: "ANONYMOUS", penName: undefined, tags, warnings: WARNINGS[i] },
      });
      await submitStory({ storyId, authorId });
      await publishRevision({ storyId, revisionId, at: new Date(Date.UTC(2026, 0, 1 + i)) });
      await storyChanged(storyId);
      stories.push(storyId);
    }
  });

  /** What SQL says: published stories whose live version has every tag and none of the warnings. */
  async function truth(tagSlugs: string[], hidden: string[]) {
    const rows = await db.story.findMany({
      where: {
        status: "PUBLISHED",
        liveRevision: {
          AND: tagSlugs.map((slug) => ({ tags: { some: { tag: { slug } } } })),
          warnings: { none: { warning: { in: hidden } } },
        },
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  it.each([
    [[], []],
    [["alcohol"], []],
    [["opioids", "parenting"], []],
    [["alcohol", "parenting"], ["relapse"]],
    [[], ["relapse", "detailed-use"]],
    [["rural", "alcohol"], []],
  ])("finds what SQL finds for tags %j without warnings %j, newest first", async (slugs, hidden) => {
    const index = await discoveryIndex();
    const tags = await db.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
    const bits = matching(index, { tagIds: tags.map((t) => t.id), hidden });
    expect(positions(bits).map((p) => index.ids[p])).toEqual(await truth(slugs, hidden));
    // Every tag's count is what adding it to the filter would give.
    const counts = tagCounts(index, bits);
    for (const tag of await db.tag.findMany({ where: { slug: { in: ["alcohol", "parenting", "opioids", "workplace"] } } })) {
      expect(counts[tag.id] ?? 0, tag.slug).toBe((await truth([...slugs, tag.slug], hidden)).length);
    }
  });

  it("drops a withdrawn story as soon as the lifecycle hook has run", async () => {
    const before = await discoveryIndex();
    expect(before.positionOf.has(stories[0])).toBe(true);
    await withdrawStory({ storyId: stories[0], authorId });
    const after = await discoveryIndex();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.positionOf.has(stories[0])).toBe(false);
    expect(after.size).toBe(before.size - 1);
  });
});
