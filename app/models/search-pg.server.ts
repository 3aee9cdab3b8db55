import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { htmlToText, type SearchHit } from "./search.server";

// The PostgreSQL half of app/models/search.server.ts, which calls these on PostgreSQL
// (docs/decisions/005-search.md and 008-postgresql.md): a "StorySearch" table with a tsvector
// column and a GIN index (prisma/postgresql/supplements/20261125133000_story_search.sql) under
// the "kindred" text search configuration (no stop words, accents removed, English stemming),
// so that a query finds the stories SQLite's FTS5 index finds:
// - text is reduced to runs of letters and digits before indexing, as FTS5's unicode61
//   tokenizer splits it;
// - each word a reader types is a required prefix term (`word:*`), like FTS5's `"word"*`;
// - title, tag names and body are weighted 8 : 3 : 1 as in the bm25 ordering;
// - "seq" plays FTS5's rowid: it grows with every (re)index, so "the newest matches" agree.
// Snippets are made by search.server.ts from the indexed text, the same way on both engines.

/** ts_rank weights {D, C, B, A}: body (D) 1, tags (B) 3, title (A) 8, as bm25 weighs them for FTS5. */
const RANK_WEIGHTS = "{0.125, 0, 0.375, 1}";

/** The words FTS5 would see: runs of letters and digits. */
function searchWords(text: string): string[] {
  return text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

const tokenText = (text: string) => searchWords(text).join(" ");

/** What a reader typed as a tsquery: every word a required prefix. Null when nothing searchable remains. */
export function toTsQuery(input: string): string | null {
  const words = searchWords(input).slice(0, 12);
  if (words.length === 0) return null;
  // Words are letters and digits only, so nothing in them is tsquery syntax.
  return words.map((w) => `${w}:*`).join(" & ");
}

/** Puts a story's live version in the index, or takes it out when it isn't public. */
export async function reindexStoryPg(storyId: string): Promise<void> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      status: true,
      liveRevision: { select: { title: true, bodyHtml: true, tags: { select: { tag: { select: { name: true } } } } } },
    },
  });
  const live = story?.status === "PUBLISHED" ? story.liveRevision : null;
  if (!live) {
    await db.$executeRaw`DELETE FROM "StorySearch" WHERE "storyId" = ${storyId}`;
    return;
  }
  const tags = live.tags.map((t) => t.tag.name).join(" · ");
  const body = htmlToText(live.bodyHtml);
  // One statement, an upsert, so concurrent reindexes of one story can't collide; "seq" takes
  // the new row's fresh value, as a delete and insert gives FTS5 a new rowid.
  await db.$executeRaw`
    INSERT INTO "StorySearch" ("storyId", "title", "body", "tags", "document")
    VALUES (${storyId}, ${live.title}, ${body}, ${tags},
      setweight(to_tsvector('kindred', ${tokenText(live.title)}), 'A') ||
      setweight(to_tsvector('kindred', ${tokenText(tags)}), 'B') ||
      setweight(to_tsvector('kindred', ${tokenText(body)}), 'D'))
    ON CONFLICT ("storyId") DO UPDATE SET
      "seq" = excluded."seq", "title" = excluded."title", "body" = excluded."body", "tags" = excluded."tags",
      "document" = excluded."document"`;
}

/** Rebuilds the whole index (after a tag rename or merge, or to repair it). */
export async function reindexAllPg(): Promise<number> {
  const ids = await db.story.findMany({ where: { status: "PUBLISHED" }, select: { id: true } });
  await db.$executeRaw`DELETE FROM "StorySearch" WHERE "storyId" NOT IN (SELECT "id" FROM "Story" WHERE "status" = 'PUBLISHED')`;
  for (const { id } of ids) await reindexStoryPg(id);
  return ids.length;
}

/**
 * Story ids matching the query, best first (title, then tags, then body), ranked among the
 * newest `window` matches, at most `limit`; each hit's key is its "seq".
 */
export async function searchStoryIdsPg(query: string, { limit, window }: { limit: number; window: number }): Promise<SearchHit[]> {
  const tsquery = toTsQuery(query);
  if (!tsquery) return [];
  const rows = await db.$queryRaw<{ storyId: string; key: number | bigint }[]>`
    WITH "q" AS (SELECT to_tsquery('kindred', ${tsquery}) AS "query"),
    "recent" AS (
      SELECT s."seq", s."storyId", s."document" FROM "StorySearch" s, "q"
      WHERE s."document" @@ q."query"
      ORDER BY s."seq" DESC
      LIMIT ${window}
    )
    SELECT r."storyId", r."seq" AS "key"
    FROM "recent" r, "q"
    ORDER BY ts_rank(${RANK_WEIGHTS}::float4[], r."document", q."query") DESC, r."seq" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ storyId: row.storyId, key: Number(row.key) }));
}

/** The indexed title and body text of some hits, by key, for the snippets of one page. */
export async function indexedTextPg(keys: number[]): Promise<{ storyId: string; title: string; body: string }[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw`SELECT "storyId", "title", "body" FROM "StorySearch" WHERE "seq" IN (${Prisma.join(keys)})`;
}
