import type { Prisma } from "~/generated/prisma/client";
import { FACET_PARAMS, FACETS } from "~/lib/constants";
import { clip } from "~/lib/forms";
import { db } from "~/lib/db.server";
import { hiddenWarnings, visibleStoriesWhere, type ReaderPrefs } from "./preferences.server";
import { searchStoryIds } from "./search.server";
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

/** Newest first, optionally narrowed to stories carrying all `tagIds`. */
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
  const base: Prisma.StoryWhereInput = { AND: [visibleStoriesWhere(prefs), ...withTags(tagIds)] };
  let where = base;
  if (after) {
    const cursor = await db.story.findUnique({ where: { slug: after }, select: { id: true, publishedAt: true } });
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

/**
 * For each tag, how many visible stories would match if the reader added it to `tagIds`.
 * One grouped query over the live revisions of the stories that match now.
 */
export async function facetCounts({ prefs, tagIds }: { prefs: ReaderPrefs; tagIds: string[] }): Promise<Record<string, number>> {
  const hidden = hiddenWarnings(prefs);
  const rows = await db.revisionTag.groupBy({
    by: ["tagId"],
    where: {
      revision: {
        liveOf: { is: { AND: [visibleStoriesWhere(prefs), ...withTags(tagIds)] } },
        ...(hidden.length ? { warnings: { none: { warning: { in: hidden } } } } : {}),
      },
    },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.tagId, r._count._all]));
}

export async function countStories({ prefs, tagIds }: { prefs: ReaderPrefs; tagIds: string[] }): Promise<number> {
  return db.story.count({ where: { AND: [visibleStoriesWhere(prefs), ...withTags(tagIds)] } });
}

export interface SearchResult extends StoryCardModel {
  snippet: string;
}

/** Full-text search combined with facet filters and the reader's preferences, best match first. */
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
}): Promise<{ results: SearchResult[]; total: number; hasMore: boolean }> {
  const hits = await searchStoryIds(q);
  if (hits.length === 0) return { results: [], total: 0, hasMore: false };
  const rows = await db.story.findMany({
    where: { AND: [visibleStoriesWhere(prefs), ...withTags(tagIds), { id: { in: hits.map((h) => h.storyId) } }] },
    select: STORY_CARD_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = hits.flatMap((hit) => {
    const row = byId.get(hit.storyId);
    const card = row ? toStoryCard(row) : null;
    return card ? [{ ...card, snippet: hit.snippet }] : [];
  });
  const start = (Math.max(1, page) - 1) * PAGE_SIZE;
  return { results: ordered.slice(start, start + PAGE_SIZE), total: ordered.length, hasMore: ordered.length > start + PAGE_SIZE };
}

/** The facet choices in a /browse or /search address (`?substance=opioids&situation=parenting`). */
export async function facetFiltersFromUrl(url: URL) {
  const slugs = FACETS.flatMap((facet) => url.searchParams.getAll(FACET_PARAMS[facet]).map((s) => clip(s, 80))).slice(0, 20);
  const tags = await tagsBySlug(slugs);
  return { tags, tagIds: tags.map((t) => t.id), slugs: tags.map((t) => t.slug) };
}
