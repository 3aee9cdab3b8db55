import { db } from "~/lib/db.server";

// Full-text search over published stories: title, body text and tag names, with highlighted
// snippets. SQLite FTS5 (the StorySearch virtual table, hand-written in a migration) kept in
// step by reindexStory, which the lifecycle hook calls whenever a story's public state
// changes. The PostgreSQL version (tsvector + GIN) implements the same two functions
// (docs/decisions/005-search.md).

const MARK_OPEN = "\u0001";
const MARK_CLOSE = "\u0002";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Plain text from stored (already sanitized) story HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Puts a story's live version in the index, or takes it out when it isn't public. */
export async function reindexStory(storyId: string): Promise<void> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      status: true,
      liveRevision: { select: { title: true, bodyHtml: true, tags: { select: { tag: { select: { name: true } } } } } },
    },
  });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "StorySearch" WHERE storyId = ${storyId}`;
    const live = story?.status === "PUBLISHED" ? story.liveRevision : null;
    if (live) {
      const tags = live.tags.map((t) => t.tag.name).join(" · ");
      await tx.$executeRaw`INSERT INTO "StorySearch" (storyId, title, body, tags) VALUES (${storyId}, ${live.title}, ${htmlToText(live.bodyHtml)}, ${tags})`;
    }
  });
}

/** Rebuilds the whole index (after a tag rename or merge, or to repair it). */
export async function reindexAll(): Promise<number> {
  const ids = await db.story.findMany({ where: { status: "PUBLISHED" }, select: { id: true } });
  await db.$executeRaw`DELETE FROM "StorySearch"`;
  for (const { id } of ids) await reindexStory(id);
  return ids.length;
}

/**
 * Turns what a reader typed into a safe FTS5 query: words only (no operators a reader could
 * trip over), each matched as a prefix, all required. Null when nothing searchable remains.
 */
export function toMatchQuery(input: string): string | null {
  const words = (input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, "")}"*`).join(" ");
}

export interface SearchHit {
  storyId: string;
  /** Safe HTML: the snippet text escaped, with <mark> around the matches. */
  snippet: string;
}

/** Story ids matching the query, best first, with snippets. At most `limit`. */
export async function searchStoryIds(query: string, limit = 500): Promise<SearchHit[]> {
  const match = toMatchQuery(query);
  if (!match) return [];
  const rows = await db.$queryRaw<{ storyId: string; snip: string }[]>`
    SELECT storyId, snippet("StorySearch", 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 24) AS snip
    FROM "StorySearch"
    WHERE "StorySearch" MATCH ${match}
    ORDER BY bm25("StorySearch", 0.0, 8.0, 1.0, 3.0)
    LIMIT ${limit}`;
  return rows.map((row) => ({
    storyId: row.storyId,
    snippet: escapeHtml(row.snip).replaceAll(MARK_OPEN, "<mark>").replaceAll(MARK_CLOSE, "</mark>"),
  }));
}
