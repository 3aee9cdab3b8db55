import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";

// The PostgreSQL twin of app/models/search.server.ts (docs/decisions/005-search.md and
// 008-postgresql.md), which calls these on PostgreSQL: the same operations over a
// "StorySearch" table with a tsvector column and a GIN index
// (prisma/postgresql/supplements/20261125133000_story_search.sql),
// under the "kindred" text search configuration (no stop words, accents removed, English
// stemming), so that a query finds the same stories it finds in SQLite's FTS5 index:
// - text is reduced to runs of letters and digits before indexing, as FTS5's unicode61
//   tokenizer splits it;
// - each word a reader types is a required prefix term (`word:*`), like FTS5's `"word"*`;
// - title, tag names and body are weighted 8 : 3 : 1 as in the bm25 ordering;
// - "seq" plays FTS5's rowid: it grows with every (re)index, so "the newest matches" agree;
// - a snippet, when asked for, is ts_headline over the body, up to 24 words, with the same
//   control-character markers, escaped before the markers become <mark>.

const MARK_OPEN = "\u0001";
const MARK_CLOSE = "\u0002";
const ELLIPSIS = "…";
// One fragment of up to 24 words around the best match, as FTS5's snippet() picks it.
const HEADLINE_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1`;
// ts_headline drops what its parser takes for HTML tags and entities; the body is plain text, so
// "<" and "&" stand in as control characters while it works and come back afterwards.
const LT = "\u0003";
const AMP = "\u0004";
/** ts_rank weights {D, C, B, A}: body (D) 1, tags (B) 3, title (A) 8, as bm25 weighs them for FTS5. */
const RANK_WEIGHTS = "{0.125, 0, 0.375, 1}";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The words FTS5 would see: runs of letters and digits. */
export function searchWords(text: string): string[] {
  return text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

const tokenText = (text: string) => searchWords(text).join(" ");

/** Plain text from stored (already sanitized) story HTML; the same as search.server.ts's. */
function htmlToText(html: string): string {
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
  // One statement: an upsert, so concurrent reindexes of one story can't collide.
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

const WORD = /[\p{L}\p{N}]/u;

/** Adds FTS5-style ellipses where the headline leaves out words before or after it. */
function withEllipses(headline: string, body: string): string {
  const text = headline.replaceAll(LT, "<").replaceAll(AMP, "&").trim();
  const plain = text.replaceAll(MARK_OPEN, "").replaceAll(MARK_CLOSE, "");
  if (!plain) return "";
  const at = body.indexOf(plain);
  const before = at === -1 || WORD.test(body.slice(0, at)) ? ELLIPSIS : "";
  const after = at === -1 || WORD.test(body.slice(at + plain.length)) ? ELLIPSIS : "";
  return `${before}${text}${after}`;
}

export interface PgSearchHit {
  storyId: string;
  /** The row's "seq", as FTS5's rowid is the key of a SQLite hit. */
  key: number;
  /** Safe HTML (escaped, <mark> around matches); only when asked for. */
  snippet: string;
}

/**
 * Story ids matching the query, best first (title, then tags, then body), at most `limit`,
 * ranked among the newest `window` matches when a window is given, with snippets when asked.
 */
export async function searchStoryIdsPg(
  query: string,
  { limit = 500, window, snippets = true }: { limit?: number; window?: number; snippets?: boolean } = {},
): Promise<PgSearchHit[]> {
  const tsquery = toTsQuery(query);
  if (!tsquery) return [];
  const rows = await db.$queryRaw<{ storyId: string; key: number | bigint; body: string; headline: string | null }[]>`
    WITH "q" AS (SELECT to_tsquery('kindred', ${tsquery}) AS "query"),
    "matches" AS (
      SELECT s."seq", s."storyId", s."body", s."document" FROM "StorySearch" s, "q"
      WHERE s."document" @@ q."query"
      ORDER BY s."seq" DESC
      LIMIT ${window ?? null}
    ),
    "hits" AS (
      SELECT m."seq", m."storyId", m."body", ts_rank(${RANK_WEIGHTS}::float4[], m."document", q."query") AS "rank"
      FROM "matches" m, "q"
      ORDER BY "rank" DESC, m."seq" DESC
      LIMIT ${limit}
    )
    SELECT h."storyId", h."seq" AS "key", h."body",
      CASE WHEN ${snippets} THEN ts_headline('kindred', replace(replace(h."body", '<', ${LT}), '&', ${AMP}), q."query", ${HEADLINE_OPTIONS}) END AS "headline"
    FROM "hits" h, "q"
    ORDER BY h."rank" DESC, h."seq" DESC`;
  return rows.map((row) => ({
    storyId: row.storyId,
    key: Number(row.key),
    snippet:
      row.headline === null
        ? ""
        : escapeHtml(withEllipses(row.headline, row.body)).replaceAll(MARK_OPEN, "<mark>").replaceAll(MARK_CLOSE, "</mark>"),
  }));
}

/** The indexed title and body text of some hits, by key, for making snippets of one page. */
export async function indexedTextPg(keys: number[]): Promise<{ storyId: string; title: string; body: string }[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw`SELECT "storyId", "title", "body" FROM "StorySearch" WHERE "seq" IN (${Prisma.join(keys)})`;
}
