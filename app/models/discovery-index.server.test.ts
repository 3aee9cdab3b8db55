import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { compareCandidates, type RankedCandidate } from "~/lib/ranking";
import {
  countAnd,
  countBits,
  discoveryIndex,
  emptyBitset,
  fullBitset,
  has,
  matching,
  positions,
  tagCounts,
  topScored,
  topScoredCached,
  type DiscoveryIndex,
} from "./discovery-index.server";
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

describe("topScored", () => {
  // A made-up index with many ties (few tags, small weights, shared dates and helped counts), so
  // that every tie-break matters; checked against scoring every story and sorting.
  function randomIndex(size: number, seed: number): DiscoveryIndex {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ids = Array.from({ length: size }, (_, i) => `s${String(Math.floor(random() * 1e6)).padStart(6, "0")}-${i}`);
    const tags = new Map(["a", "b", "c", "d", "e"].map((id) => [id, emptyBitset(size)]));
    const relapse = emptyBitset(size);
    for (let p = 0; p < size; p++) {
      for (const bits of tags.values()) if (random() < 0.4) bits[p >>> 5] |= 1 << (p & 31);
      if (random() < 0.2) relapse[p >>> 5] |= 1 << (p & 31);
    }
    return {
      version: 1,
      size,
      ids,
      positionOf: new Map(ids.map((id, p) => [id, p])),
      // Seven stories share each date.
      publishedAt: Float64Array.from({ length: size }, (_, p) => 1_000_000 - Math.floor(p / 7) * 1000),
      tags,
      warnings: new Map([["relapse", relapse]]),
      helped: Uint32Array.from({ length: size }, () => Math.floor(random() * 3)),
      helpedAt: 0,
      cardData: [],
      cards: [],
    };
  }

  it.each([
    [1, 5],
    [2, 10],
    [3, 50],
    [4, 1000],
  ])("ranks exactly like scoring every story and sorting (seed %i, limit %i)", (seed, limit) => {
    const index = randomIndex(500, seed);
    const query = [
      { id: "a", weight: 3 },
      { id: "b", weight: 3 },
      { id: "c", weight: 2 },
      { id: "d", weight: 1 },
      { id: "missing", weight: 5 },
    ];
    const exclude = new Set([index.ids[0], index.ids[10], index.ids[499]]);
    const hidden = ["relapse"];
    const allowed = matching(index, { hidden });
    const expected: RankedCandidate[] = [];
    for (let p = 0; p < index.size; p++) {
      if (!has(allowed, p) || exclude.has(index.ids[p])) continue;
      const score = query.reduce((sum, { id, weight }) => {
        const tag = index.tags.get(id);
        return sum + (tag && has(tag, p) ? weight : 0);
      }, 0);
      if (score > 0) expected.push({ id: index.ids[p], score, helped: index.helped[p], publishedAt: index.publishedAt[p] });
    }
    expected.sort(compareCandidates);
    const first = topScored(index, query, { exclude, hidden, limit });
    expect(first).toEqual(expected.slice(0, limit));
    expect(first.length).toBe(Math.min(limit, expected.length));
    // The reused working space keeps nothing for the next call.
    expect(topScored(index, query, { exclude, hidden, limit })).toEqual(first);
    expect(topScored(index, [{ id: "e", weight: 1 }], { limit: 3 }).map((c) => c.score)).toEqual([1, 1, 1]);
  });

  it("remembers an answer until the helped counts or the index change", () => {
    const index = randomIndex(300, 7);
    const query = [{ id: "a", weight: 1 }];
    const first = topScoredCached(index, query, { limit: 5 });
    expect(first).toEqual(topScored(index, query, { limit: 5 }));
    expect(topScoredCached(index, query, { limit: 5 })).toBe(first);
    // A different question is a different answer.
    expect(topScoredCached(index, query, { limit: 5, hidden: ["relapse"] })).toEqual(topScored(index, query, { limit: 5, hidden: ["relapse"] }));
    // New helped counts (the once-a-minute refresh): the story now helped most comes first.
    const last = positionsOf(index, "a").at(-1)!;
    const helped = new Uint32Array(index.size);
    helped[last] = 50;
    index.helped = helped;
    const after = topScoredCached(index, query, { limit: 5 });
    expect(after[0].id).toBe(index.ids[last]);
    expect(after).toEqual(topScored(index, query, { limit: 5 }));
  });

  function positionsOf(index: DiscoveryIndex, tagId: string): number[] {
    return positions(index.tags.get(tagId)!);
  }
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
