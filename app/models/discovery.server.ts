import type { Prisma } from "~/generated/prisma/client";
import { FACET_PARAMS, FACETS } from "~/lib/constants";
import { clip } from "~/lib/forms";
import { db } from "~/lib/db.server";
import { cardAt, cardsFor, countBits, discoveryIndex, has, matching, positions, tagCounts } from "./discovery-index.server";
import { hiddenWarnings, visibleStoriesWhere, type ReaderPrefs } from "./preferences.server";
import { SEARCH_WINDOW, searchStoryIds, snippetsFor } from "./search.server";
import { STORY_CARD_SELECT, toStoryCard, type StoryCardModel } from "./story.server";

// What readers browse: the newest stories, a tag, any combination of facets, and search.
// Every list goes through visibleStoriesWhere, so warning preferences apply everywhere.
// Pages are cursor-paginated by the last story's slug (no ids or timestamps in URLs).

export const PAGE_SIZE = 20;

/** Stories carrying every one of these tags on their live version (facets combine with AND). */
function withTags(tagIds: string[]): Prisma.StoryWhereInput[] {
  return tagIds.map((tagId) => ({ liveRevision: { tags: { some: { tagId } } } }));
}

export async function tagsBySlug(slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.tag.findMany({
    where: { slug: { in: slugs.slice(0, 20) } },
    select: { id: true, slug: true, name: true, facet: true, retiredAt: true, mergedIntoId: true },
  });
}

/**
 * Newest first, optionally narrowed to stories carrying all `tagIds`: a page of the discovery
 * index, cards included, with no query per page beyond the cursor's. The query below is kept
 * for a cursor whose story has just gone offline.
 */
export async function listStories({
  prefs,
  tagIds = [],
  after,
  limit = PAGE_SIZE,
}: {
  prefs: ReaderPrefs;
  tagIds?: string[];
  after?: string | null;
  limit?: number;
}): Promise<{ stories: StoryCardModel[]; nextCursor: string | null }> {
  const hidden = hiddenWarnings(prefs);
  const cursor = after ? await db.story.findUnique({ where: { slug: after }, select: { id: true, publishedAt: true } }) : null;
  const index = await discoveryIndex();
  const from = cursor ? index.positionOf.get(cursor.id) : undefined;
  if (!cursor || from !== undefined) {
    const page = positions(matching(index, { tagIds, hidden }), from === undefined ? 0 : from + 1, limit + 1);
    const stories = page.slice(0, limit).map((p) => cardAt(index, p));
    return { stories, nextCursor: page.length > limit ? (stories[stories.length - 1]?.slug ?? null) : null };
  }
  const base: Prisma.StoryWhereInput = { AND: [visibleStoriesWhere(prefs), ...withTags(tagIds)] };
  let where = base;
  if (cursor?.publishedAt) {
    where = {
      AND: [
        base,
        {
          OR: [
            { publishedAt: { lt: cursor.publishedAt } },
            { publishedAt: cursor.publishedAt, id: { lt: cursor.id } },
          ],
        },
      ],
    };
  }
  const rows = await db.story.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: STORY_CARD_SELECT,
  });
  const stories = rows.slice(0, limit).map(toStoryCard).filter((c): c is StoryCardModel => c !== null);
  return { stories, nextCursor: rows.length > limit ? (stories[stories.length - 1]?.slug ?? null) : null };
}

/** For each tag, how many visible stories would match if the reader added it to `tagIds` (from the discovery index). */
export async function facetCounts({ prefs, tagIds }: { prefs: ReaderPrefs; tagIds: string[] }): Promise<Record<string, number>> {
  const index = await discoveryIndex();
  return tagCounts(index, matching(index, { tagIds, hidden: hiddenWarnings(prefs) }));
}

export async function countStories({ prefs, tagIds }: { prefs: ReaderPrefs; tagIds: string[] }): Promise<number> {
  const index = await discoveryIndex();
  return countBits(matching(index, { tagIds, hidden: hiddenWarnings(prefs) }));
}

export interface SearchResult extends StoryCardModel {
  snippet: string;
}

/**
 * Full-text search combined with facet filters and the reader's preferences, best match first.
 * The index ranks (among its newest SEARCH_WINDOW matches); the discovery index applies the
 * filters; only the page's stories are hydrated and get snippets. `capped`: there may be more
 * matches than were ranked.
 */
export async function searchStories({
  q,
  prefs,
  tagIds = [],
  page = 1,
}: {
  q: string;
  prefs: ReaderPrefs;
  tagIds?: string[];
  page?: number;
}): Promise<{ results: SearchResult[]; total: number; hasMore: boolean; capped: boolean }> {
  const hits = await searchStoryIds(q);
  if (hits.length === 0) return { results: [], total: 0, hasMore: false, capped: false };
  const index = await discoveryIndex();
  const allowed = matching(index, { tagIds, hidden: hiddenWarnings(prefs) });
  const visible = hits.filter((hit) => {
    const position = index.positionOf.get(hit.storyId);
    return position !== undefined && has(allowed, position);
  });
  const start = (Math.max(1, page) - 1) * PAGE_SIZE;
  const pageHits = visible.slice(start, start + PAGE_SIZE);
  const cards = cardsFor(
    index,
    pageHits.map((h) => h.storyId),
  );
  const snippets = await snippetsFor(q, pageHits);
  const results = cards.map(({ id, card }) => ({ ...card, snippet: snippets.get(id) ?? "" }));
  return { results, total: visible.length, hasMore: visible.length > start + PAGE_SIZE, capped: hits.length >= SEARCH_WINDOW };
}

/** The facet choices in a /browse or /search address (`?substance=opioids&situation=parenting`). */
export async function facetFiltersFromUrl(url: URL) {
  const slugs = FACETS.flatMap((facet) => url.searchParams.getAll(FACET_PARAMS[facet]).map((s) => clip(s, 80))).slice(0, 20);
  const tags = await tagsBySlug(slugs);
  return { tags, tagIds: tags.map((t) => t.id), slugs: tags.map((t) => t.slug) };
}
