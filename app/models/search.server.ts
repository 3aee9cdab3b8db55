import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { databaseUrl, isPostgresUrl } from "~/lib/env.server";
import { sqliteReader } from "~/lib/sqlite-reader.server";
import { indexedTextPg, reindexAllPg, reindexStoryPg, searchStoryIdsPg } from "./search-pg.server";

// Full-text search over published stories: title, body text and tag names, with highlighted
// snippets. SQLite FTS5 (the StorySearch virtual table, hand-written in a migration) kept in
// step by reindexStory, which the lifecycle hook calls whenever a story's public state
// changes. The PostgreSQL version (tsvector + GIN) implements the same two functions
// (docs/decisions/005-search.md).

/** PostgreSQL keeps its own index, a tsvector column: app/models/search-pg.server.ts. */
const onPostgres = () => isPostgresUrl(databaseUrl());

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
  if (onPostgres()) return reindexStoryPg(storyId);
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
  if (onPostgres()) return reindexAllPg();
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
  /** Where the hit lives in the index (FTS5's rowid), for snippetsFor. */
  key: number;
}

/**
 * Ranking touches at most this many matches: the newest ones in the index. A word in nearly
 * every story ("morning") would otherwise make bm25 score every story on each search — at
 * 100,000 stories that is 150 ms of one core. Results and counts beyond it aren't offered.
 */
export const SEARCH_WINDOW = 2_000;

/**
 * Story ids matching the query, best first (bm25: title weighs most, then tags, then the
 * body), ranked among the newest SEARCH_WINDOW matches. At most `limit`.
 */
export async function searchStoryIds(query: string, limit = SEARCH_WINDOW): Promise<SearchHit[]> {
  if (onPostgres()) return searchStoryIdsPg(query, { limit, window: SEARCH_WINDOW });
  const match = toMatchQuery(query);
  if (!match) return [];
  const sql = `
    WITH "recent" AS (
      SELECT rowid AS "r" FROM "StorySearch" WHERE "StorySearch" MATCH ? ORDER BY rowid DESC LIMIT ?
    )
    SELECT storyId AS "storyId", rowid AS "key"
    FROM "StorySearch"
    WHERE "StorySearch" MATCH ? AND rowid >= (SELECT MIN("r") FROM "recent")
    ORDER BY bm25("StorySearch", 0.0, 8.0, 1.0, 3.0)
    LIMIT ?`;
  // The read-only connection where there is one: the ORM's driver adapter spends several times
  // the query's own time on 2,000 small rows.
  const sqlite = sqliteReader();
  const rows = sqlite
    ? (sqlite.prepare(sql).all(match, SEARCH_WINDOW, match, limit) as { storyId: string; key: number | bigint }[])
    : await db.$queryRawUnsafe<{ storyId: string; key: number | bigint }[]>(sql, match, SEARCH_WINDOW, match, limit);
  return rows.map((row) => ({ storyId: row.storyId, key: Number(row.key) }));
}

/**
 * Highlighted snippets for a page of hits, storyId → safe HTML (the text escaped, <mark>
 * around words that begin with a searched word). Made here from the indexed text rather than
 * by FTS5's snippet(), which re-reads the whole match list of a common word for every row.
 */
export async function snippetsFor(query: string, hits: SearchHit[]): Promise<Map<string, string>> {
  const words = queryWords(query);
  const out = new Map<string, string>();
  if (hits.length === 0) return out;
  const rows = onPostgres()
    ? await indexedTextPg(hits.map((h) => h.key))
    : await db.$queryRaw<{ storyId: string; title: string; body: string }[]>`
    SELECT storyId, title, body FROM "StorySearch" WHERE rowid IN (${Prisma.join(hits.map((h) => h.key))})`;
  for (const row of rows) out.set(row.storyId, makeSnippet(row.body || row.title, words));
  return out;
}

const fold = (word: string) =>
  word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

function queryWords(input: string): string[] {
  return (input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map(fold);
}

/** About `size` words of `text` around the first match, matches marked, the rest escaped. */
export function makeSnippet(text: string, words: string[], size = 24): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  if (tokens.length === 0) return "";
  const matches = (token: string) => {
    const folded = fold(token);
    return words.some((w) => folded.startsWith(w));
  };
  const first = Math.max(0, tokens.findIndex((t) => matches(t[0])));
  const start = Math.max(0, Math.min(first - 6, tokens.length - size));
  const end = Math.min(tokens.length, start + size);
  const from = start === 0 ? 0 : tokens[start].index!;
  const to = end === tokens.length ? text.length : tokens[end - 1].index! + tokens[end - 1][0].length;
  let html = "";
  let at = from;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!matches(token[0])) continue;
    html += escapeHtml(text.slice(at, token.index)) + "<mark>" + escapeHtml(token[0]) + "</mark>";
    at = token.index! + token[0].length;
  }
  html += escapeHtml(text.slice(at, to));
  return `${start > 0 ? "…" : ""}${html.trim()}${end < tokens.length ? "…" : ""}`;
}
