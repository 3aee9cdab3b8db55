import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { hotRead } from "~/lib/hot-read.server";
import { timeMillis } from "~/lib/sqlite-reader.server";
import { lockForWrite } from "~/lib/write-lock.server";
import {
  REASON_PREFIX,
  candidatePlan,
  queryWeights,
  readerMultipliers,
  reasonText,
  rankCandidates,
  scoreAgainst,
  compareCandidates,
  type CandidateAttempt,
  type RankedCandidate,
  type TagStats,
} from "~/lib/ranking";
import { cardsFor, discoveryIndex, discoveryIndexSince, has, matching, tagIdsOf, topScored, topScoredCached } from "./discovery-index.server";
import type { StoryCardModel } from "./story.server";

// "Stories like this" and "For you" (docs/product.md, "Reading and discovery").
//
// Stories like this are computed when a story or the tags change (refreshRelatedFor, called by
// the lifecycle hook; refreshAllRelated after tag merges and renames) and stored in
// RelatedStory; a page only reads them (storiesLikeThis). For you is computed per request from
// the reader's private profile and the stories that helped them, with the same scoring.
//
// Scoring lives in app/lib/ranking.ts. Candidates are generated in SQL: JavaScript computes the
// integer weight of each query tag, the database sums them over the live revisions of published
// stories and returns only the best few. The SQL is plain (CTEs, CASE, correlated subqueries,
// `AS MATERIALIZED`, which SQLite ≥ 3.35 and PostgreSQL ≥ 12 both accept) so the PostgreSQL
// version can follow.
//
// Privacy: the author never takes part in "stories like this" — no boost and no exclusion, so
// the picks can't reveal that two stories share an account. (For you, which only its reader
// sees, leaves out the reader's own stories.) Nothing returned here carries a story id, an
// author id, or a username other than through publicIdentity.

/** Picks stored per story: enough that warning filters at read time still leave five. */
export const STORED_PICKS = 20;
/** At most this many other stories get their picks updated when one story changes. */
export const MAX_NEIGHBOURS = 50;
/** Tag document frequencies are cached this long per process (one grouped query refreshes them). */
const STATS_TTL_MS = 5 * 60_000;

export type RelatedStoryCard = StoryCardModel & { reason: string };

// ---------------------------------------------------------------------------------------------
// Tag statistics

interface TagInfo {
  id: string;
  slug: string;
  name: string;
  facet: string;
  mergedIntoId: string | null;
}

interface TagIndex extends TagStats {
  loadedAt: number;
  byId: Map<string, TagInfo>;
  bySlug: Map<string, TagInfo>;
}

let cachedIndex: TagIndex | null = null;

/** Drops the cached tag statistics (after an admin edits tags; refreshAllRelated does it too). */
export function forgetTagStats(): void {
  cachedIndex = null;
}

async function loadTagIndex(): Promise<TagIndex> {
  const tags = await db.tag.findMany({ select: { id: true, slug: true, name: true, facet: true, mergedIntoId: true } });
  const rows = await db.$queryRaw<{ tagId: string; n: number | bigint }[]>`
    SELECT rt."tagId" AS "tagId", COUNT(*) AS "n"
    FROM "Story" s
    JOIN "RevisionTag" rt ON rt."revisionId" = s."liveRevisionId"
    WHERE s."status" = 'PUBLISHED'
    GROUP BY rt."tagId"`;
  const total = await db.story.count({ where: { status: "PUBLISHED", liveRevisionId: { not: null } } });
  return {
    loadedAt: Date.now(),
    total,
    df: new Map(rows.map((r) => [r.tagId, Number(r.n)])),
    byId: new Map(tags.map((t) => [t.id, t])),
    bySlug: new Map(tags.map((t) => [t.slug, t])),
  };
}

async function tagIndex({ fresh = false, needIds = [] }: { fresh?: boolean; needIds?: string[] } = {}): Promise<TagIndex> {
  const stale = !cachedIndex || Date.now() - cachedIndex.loadedAt > STATS_TTL_MS;
  const unknown = cachedIndex ? needIds.some((id) => !cachedIndex?.byId.has(id)) : true;
  if (fresh || stale || unknown) cachedIndex = await loadTagIndex();
  return cachedIndex as TagIndex;
}

// ---------------------------------------------------------------------------------------------
// Candidate generation

type QueryTag = TagInfo & { weight: number };

interface CandidateOptions {
  query: QueryTag[];
  stats: TagStats;
  /** The story the picks are for. */
  excludeStoryId?: string;
  /** For you: leaves out the reader's own stories and the ones they already marked as helped. */
  readerId?: string | null;
  hiddenWarnings?: string[];
  /** The first `need` results are exact; up to `limit` are returned, best first. */
  need: number;
  limit: number;
}

interface CandidateRow {
  id: string;
  score: number | bigint;
  publishedAt: Date | string | null;
  helped: number | bigint;
}

/**
 * The best-scoring published stories for a weighted set of tags, best first (score, then "This
 * helped me" count, then recency). The first `need` are exact, ties included, without touching
 * every story that shares a common tag: see candidatePlan in app/lib/ranking.ts. Each attempt
 * scans only the rows of its essential tags, scores those revisions against every query tag in
 * SQL, keeps scores at or above its threshold, and only then joins Story.
 */
async function topCandidates(options: CandidateOptions): Promise<RankedCandidate[]> {
  const { stats, need, limit } = options;
  const query = options.query.filter((t) => t.weight > 0);
  if (query.length === 0 || limit <= 0) return [];
  const enough = Math.min(need, limit);
  const plan = candidatePlan(
    query.map((t) => ({ id: t.id, weight: t.weight, df: stats.df.get(t.id) ?? 0 })),
    stats.total,
    enough,
  );
  for (const [i, attempt] of plan.entries()) {
    const rows = await candidateSql(options, query, attempt);
    if (rows.length >= enough || i === plan.length - 1) {
      return rows.map((r) => ({ id: r.id, score: Number(r.score), helped: Number(r.helped), publishedAt: timeMillis(r.publishedAt) }));
    }
  }
  return [];
}

function candidateSql(options: CandidateOptions, query: QueryTag[], { threshold, essential: scan }: CandidateAttempt) {
  const { excludeStoryId, readerId, hiddenWarnings = [], limit } = options;
  const cases = Prisma.join(
    query.map((t) => Prisma.sql`WHEN ${t.id} THEN CAST(${t.weight} AS INTEGER)`),
    " ",
  );
  const essential = Prisma.join(scan);
  // COALESCE keeps SQLite from driving the join through the (status, …) index, which without
  // table statistics it would otherwise prefer, scanning every published story.
  const filters: Prisma.Sql[] = [Prisma.sql`COALESCE(s."status", '') = 'PUBLISHED'`];
  if (excludeStoryId) filters.push(Prisma.sql`s."id" <> ${excludeStoryId}`);
  if (readerId) {
    filters.push(Prisma.sql`s."authorId" <> ${readerId}`);
    filters.push(
      Prisma.sql`s."id" NOT IN (SELECT r."storyId" FROM "Reaction" r WHERE r."userId" = ${readerId} AND r."kind" = 'HELPED')`,
    );
  }
  if (hiddenWarnings.length) {
    filters.push(
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "RevisionWarning" rw WHERE rw."revisionId" = s."liveRevisionId" AND rw."warning" IN (${Prisma.join(hiddenWarnings)}))`,
    );
  }
  return db.$queryRaw<CandidateRow[]>`
    WITH "rs" AS MATERIALIZED (
      SELECT x."revisionId" AS "revisionId",
        (SELECT SUM(CASE rt2."tagId" ${cases} ELSE 0 END)
         FROM "RevisionTag" rt2 WHERE rt2."revisionId" = x."revisionId") AS "score"
      FROM (
        SELECT ${Prisma.raw(scan.length > 1 ? "DISTINCT " : "")}rt."revisionId" AS "revisionId"
        FROM "RevisionTag" rt WHERE rt."tagId" IN (${essential})
      ) x
    ),
    "scored" AS MATERIALIZED (
      SELECT s."id" AS "id", s."publishedAt" AS "publishedAt", rs."score" AS "score"
      FROM "rs" JOIN "Story" s ON s."liveRevisionId" = rs."revisionId"
      WHERE rs."score" >= ${threshold} AND ${Prisma.join(filters, " AND ")}
    ),
    "cut" AS (
      SELECT "score" FROM "scored" ORDER BY "score" DESC LIMIT 1 OFFSET ${limit - 1}
    )
    SELECT sc."id" AS "id", sc."score" AS "score", sc."publishedAt" AS "publishedAt",
      (SELECT COUNT(*) FROM "Reaction" r WHERE r."storyId" = sc."id" AND r."kind" = 'HELPED') AS "helped"
    FROM "scored" sc
    WHERE sc."score" >= COALESCE((SELECT "score" FROM "cut"), 0)
    ORDER BY sc."score" DESC, "helped" DESC, sc."publishedAt" DESC, sc."id" ASC
    LIMIT ${limit}`;
}

/** Query weights for a story's own tags (each counts once). */
function storyQuery(tagIds: string[], index: TagIndex): QueryTag[] {
  const tags = tagIds.flatMap((id) => {
    const tag = index.byId.get(id);
    return tag ? [tag] : [];
  });
  return queryWeights(tags, index);
}

interface LiveStory {
  id: string;
  status: string;
  tagIds: string[];
}

/** Status and live tags of some stories, in one query. */
async function liveStories(ids: string[]): Promise<Map<string, LiveStory>> {
  const out = new Map<string, LiveStory>();
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<{ id: string; status: string; tagId: string | null }[]>`
    SELECT s."id" AS "id", s."status" AS "status", rt."tagId" AS "tagId"
    FROM "Story" s LEFT JOIN "RevisionTag" rt ON rt."revisionId" = s."liveRevisionId"
    WHERE s."id" IN (${Prisma.join(ids)})`;
  for (const row of rows) {
    let story = out.get(row.id);
    if (!story) out.set(row.id, (story = { id: row.id, status: row.status, tagIds: [] }));
    if (row.tagId) story.tagIds.push(row.tagId);
  }
  return out;
}

/**
 * Picks are ordered by `rank`, ascending. Ranks are spaced RANK_STEP apart so that a changed
 * story can be slotted into another story's list with one insert (no renumbering); a list is
 * renumbered only when two neighbouring ranks leave no room.
 */
const RANK_STEP = 1024;

/** Transactions that rewrite stored picks run one at a time on PostgreSQL too (write-lock.server.ts). */
const RELATED_LOCK = "kindred:related-stories";

interface Pick {
  relatedStoryId: string;
  rank: number;
  /** Sum of integer tag weights (ranking.ts, WEIGHT_SCALE): equal shared tags score exactly equal. */
  score: number;
  reason: string;
}

/** The stored rows for a story's best candidates, with the shared tags named in the reason. */
function picksFor(query: QueryTag[], candidates: RankedCandidate[], tags: Map<string, LiveStory>): Pick[] {
  return candidates.slice(0, STORED_PICKS).map((c, i) => {
    const { shared } = scoreAgainst(query, tags.get(c.id)?.tagIds ?? []);
    return {
      relatedStoryId: c.id,
      rank: (i + 1) * RANK_STEP,
      score: c.score,
      reason: reasonText(REASON_PREFIX.related, shared),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Stories like this: computing and storing

type Tx = Prisma.TransactionClient;

/**
 * Recomputes and stores one story's picks, and brings the picks of up to MAX_NEIGHBOURS other
 * stories up to date with it: the stories listing it now, and the ones closest to it (the score
 * is symmetric, so those are the ones most likely to list it). A story that isn't published
 * loses its picks and leaves everyone else's. Writes only what changed.
 */
export async function refreshRelatedFor(storyId: string, { indexSince }: { indexSince?: number } = {}): Promise<void> {
  const story = (await liveStories([storyId])).get(storyId);
  if (!story || story.status !== "PUBLISHED" || story.tagIds.length === 0) {
    await db.relatedStory.deleteMany({ where: { OR: [{ storyId }, { relatedStoryId: storyId }] } });
    return;
  }
  const index = await tagIndex({ needIds: story.tagIds });
  const query = storyQuery(story.tagIds, index);
  // Candidates from the discovery index, exact over every published story (the SQL candidate
  // scan took 40–120 ms at 100,000 stories). `indexSince`: the content counter before the
  // change that asks (lifecycle.server.ts), so an index built since then serves without a
  // rebuild; it can't know of changes made after that point, so candidates are checked against
  // the database below and rescored from their live tags. Stories changed meanwhile place
  // themselves in this story's list when their own refresh runs.
  const discovery = indexSince === undefined ? await discoveryIndex() : await discoveryIndexSince(indexSince);
  const indexed = topScored(
    discovery,
    query.map((t) => ({ id: t.id, weight: t.weight })),
    { exclude: new Set([storyId]), limit: MAX_NEIGHBOURS },
  );

  // Neighbours: stories listing this one now (their entry may be stale), then the closest ones.
  const listers = (
    await db.relatedStory.findMany({ where: { relatedStoryId: storyId }, select: { storyId: true }, take: MAX_NEIGHBOURS })
  ).map((l) => l.storyId);
  const close = indexed.map((c) => c.id).filter((id) => !listers.includes(id));
  const keepListers = Math.max(MAX_NEIGHBOURS - close.length, Math.floor(MAX_NEIGHBOURS / 2));
  const neighbourIds = [...listers.slice(0, keepListers), ...close].slice(0, MAX_NEIGHBOURS);
  const live = await liveStories([...new Set([...indexed.map((c) => c.id), ...neighbourIds])]);
  const candidates = rankCandidates(
    indexed.flatMap((c) => {
      const now = live.get(c.id);
      return now?.status === "PUBLISHED" ? [{ ...c, score: scoreAgainst(query, now.tagIds).score }] : [];
    }),
  ).filter((c) => c.score > 0);
  const picks = picksFor(query, candidates, live);
  const neighbours = neighbourIds
    .filter((id) => live.get(id)?.status === "PUBLISHED")
    .map((id) => {
      const { score, shared } = scoreAgainst(query, live.get(id)?.tagIds ?? []);
      return { id, score, reason: reasonText(REASON_PREFIX.related, shared) };
    });

  await db.$transaction(async (tx) => {
    await lockForWrite(tx, RELATED_LOCK);
    const stored = await storedLists(tx, [storyId]);
    if (!samePicks(stored.get(storyId) ?? [], picks)) {
      await tx.relatedStory.deleteMany({ where: { storyId } });
      await insertPicks(tx, picks.map((p) => ({ storyId, ...p })));
    }
    await placeInNeighbours(tx, storyId, neighbours);
  });
}

async function storedLists(tx: Tx, storyIds: string[]): Promise<Map<string, Pick[]>> {
  const lists = new Map<string, Pick[]>(storyIds.map((id) => [id, []]));
  if (storyIds.length === 0) return lists;
  const rows = await tx.$queryRaw<(Pick & { storyId: string })[]>`
    SELECT "storyId", "relatedStoryId", "rank", "score", "reason" FROM "RelatedStory"
    WHERE "storyId" IN (${Prisma.join(storyIds)})
    ORDER BY "storyId", "rank"`;
  for (const { storyId, ...pick } of rows) {
    lists.get(storyId)?.push({ ...pick, rank: Number(pick.rank), score: Number(pick.score) });
  }
  return lists;
}

type PickRow = Pick & { storyId: string };

/** Multi-row INSERT in plain SQL (Prisma's createMany costs several times more per row here). */
async function insertPicks(client: Tx, rows: PickRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows
      .slice(i, i + 1000)
      .map((r) => Prisma.sql`(${r.storyId}, ${r.relatedStoryId}, ${r.rank}, ${r.score}, ${r.reason})`);
    await client.$executeRaw`INSERT INTO "RelatedStory" ("storyId", "relatedStoryId", "rank", "score", "reason") VALUES ${Prisma.join(values)}`;
  }
}

async function deletePicks(tx: Tx, pairs: { storyId: string; relatedStoryId: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  const values = pairs.map((p) => Prisma.sql`(${p.storyId}, ${p.relatedStoryId})`);
  await tx.$executeRaw`DELETE FROM "RelatedStory" WHERE ("storyId", "relatedStoryId") IN (VALUES ${Prisma.join(values)})`;
}

function samePicks(a: Pick[], b: Pick[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.relatedStoryId === b[i].relatedStoryId && p.score === b[i].score && p.reason === b[i].reason)
  );
}

/**
 * Slots `storyId` into each neighbour's stored list where it now belongs (or takes it out),
 * leaving the other picks where they are. One cheap grouped query finds the lists that need a
 * change; only those are read and written.
 */
async function placeInNeighbours(
  tx: Tx,
  storyId: string,
  neighbours: { id: string; score: number; reason: string }[],
): Promise<void> {
  if (neighbours.length === 0) return;
  const summary = await tx.$queryRaw<
    { storyId: string; n: number | bigint; minScore: number | null; mine: number | null; mineReason: string | null }[]
  >`
    SELECT "storyId", COUNT(*) AS "n", MIN("score") AS "minScore",
      MAX(CASE WHEN "relatedStoryId" = ${storyId} THEN "score" END) AS "mine",
      MAX(CASE WHEN "relatedStoryId" = ${storyId} THEN "reason" END) AS "mineReason"
    FROM "RelatedStory"
    WHERE "storyId" IN (${Prisma.join(neighbours.map((n) => n.id))})
    GROUP BY "storyId"`;
  const byId = new Map(summary.map((s) => [s.storyId, s]));
  const drop: string[] = [];
  const place: typeof neighbours = [];
  for (const n of neighbours) {
    const s = byId.get(n.id);
    const listed = s?.mine !== null && s?.mine !== undefined;
    if (listed && Number(s.mine) === n.score && s.mineReason === n.reason) continue;
    if (n.score <= 0) {
      if (listed) drop.push(n.id);
    } else if (listed || !s || Number(s.n) < STORED_PICKS || n.score >= Number(s.minScore)) {
      place.push(n);
    }
  }
  if (drop.length) await tx.relatedStory.deleteMany({ where: { relatedStoryId: storyId, storyId: { in: drop } } });
  if (place.length === 0) return;

  const lists = await storedLists(tx, place.map((n) => n.id));
  // Equal scores are ordered by helpfulness, then recency: looked up only when there is a tie.
  const tied = new Set<string>();
  for (const n of place) for (const p of lists.get(n.id) ?? []) if (p.score === n.score && p.relatedStoryId !== storyId) tied.add(p.relatedStoryId);
  const tie = tied.size ? await tieData(tx, [storyId, ...tied]) : new Map<string, RankedCandidate>();
  const self = tie.get(storyId) ?? { id: storyId, score: 0, helped: 0, publishedAt: 0 };

  const inserts: PickRow[] = [];
  const deletes: { storyId: string; relatedStoryId: string }[] = [];
  const renumber = new Map<string, Pick[]>();
  for (const n of place) {
    const before = lists.get(n.id) ?? [];
    const list = before.filter((p) => p.relatedStoryId !== storyId);
    if (list.length < before.length) deletes.push({ storyId: n.id, relatedStoryId: storyId });
    const goesBefore = (p: Pick) => {
      if (p.score !== n.score) return p.score < n.score;
      const other = tie.get(p.relatedStoryId);
      return other ? compareCandidates({ ...self, score: n.score }, { ...other, score: p.score }) < 0 : false;
    };
    let at = list.findIndex(goesBefore);
    if (at === -1) at = list.length;
    if (at >= STORED_PICKS) continue; // doesn't make this list
    const prev = at > 0 ? list[at - 1].rank : 0;
    const next = at < list.length ? list[at].rank : prev + 2 * RANK_STEP;
    const pick: Pick = { relatedStoryId: storyId, rank: Math.floor((prev + next) / 2), score: n.score, reason: n.reason };
    const evicted = list.length >= STORED_PICKS ? list[list.length - 1] : null;
    if (next - prev < 2) {
      // No room between the two ranks: renumber this list.
      const full = [...list.slice(0, at), pick, ...list.slice(at)].slice(0, STORED_PICKS);
      renumber.set(n.id, full.map((p, i) => ({ ...p, rank: (i + 1) * RANK_STEP })));
      continue;
    }
    inserts.push({ storyId: n.id, ...pick });
    if (evicted) deletes.push({ storyId: n.id, relatedStoryId: evicted.relatedStoryId });
  }
  await deletePicks(tx, deletes);
  if (renumber.size) {
    await tx.relatedStory.deleteMany({ where: { storyId: { in: [...renumber.keys()] } } });
    inserts.push(...[...renumber].flatMap(([id, list]) => list.map((p) => ({ storyId: id, ...p }))));
  }
  await insertPicks(tx, inserts);
}

async function tieData(tx: Tx, ids: string[]): Promise<Map<string, RankedCandidate>> {
  const [stories, helped] = await Promise.all([
    tx.story.findMany({ where: { id: { in: ids } }, select: { id: true, publishedAt: true } }),
    tx.reaction.groupBy({ by: ["storyId"], where: { storyId: { in: ids }, kind: "HELPED" }, _count: { _all: true } }),
  ]);
  const counts = new Map(helped.map((h) => [h.storyId, h._count._all]));
  return new Map(
    stories.map((s) => [s.id, { id: s.id, score: 0, helped: counts.get(s.id) ?? 0, publishedAt: timeMillis(s.publishedAt) }]),
  );
}

/**
 * Recomputes every published story's picks from fresh tag statistics, and clears picks of and
 * to stories that aren't published. For scripts/recompute-recommendations.ts and after tag
 * merges and renames. Returns how many published stories it recomputed. At scale this is a
 * maintenance job (about as long per story as refreshRelatedFor), not something for a request.
 */
export async function refreshAllRelated({ batchSize = 200 }: { batchSize?: number } = {}): Promise<number> {
  const index = await tagIndex({ fresh: true });
  await db.relatedStory.deleteMany({
    where: { OR: [{ story: { status: { not: "PUBLISHED" } } }, { related: { status: { not: "PUBLISHED" } } }] },
  });
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.story.findMany({
      where: { status: "PUBLISHED", liveRevisionId: { not: null }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, liveRevision: { select: { tags: { select: { tagId: true } } } } },
    });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1].id;
    const computed: { storyId: string; query: QueryTag[]; candidates: RankedCandidate[] }[] = [];
    for (const story of batch) {
      const query = storyQuery(story.liveRevision?.tags.map((t) => t.tagId) ?? [], index);
      const candidates = await topCandidates({
        query,
        stats: index,
        excludeStoryId: story.id,
        need: STORED_PICKS,
        limit: STORED_PICKS,
      });
      computed.push({ storyId: story.id, query, candidates });
    }
    const live = await liveStories([...new Set(computed.flatMap((c) => c.candidates.map((x) => x.id)))]);
    const rows = computed.flatMap(({ storyId, query, candidates }) =>
      picksFor(query, candidates, live).map((p) => ({ storyId, ...p })),
    );
    await db.$transaction(async (tx) => {
      await lockForWrite(tx, RELATED_LOCK);
      await tx.relatedStory.deleteMany({ where: { storyId: { in: batch.map((s) => s.id) } } });
      await insertPicks(tx, rows);
    });
    count += batch.length;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * The stored picks for a story (by id or by public slug), still published and without any of
 * the reader's hidden warnings, as public cards with the reason each was picked.
 */
export async function storiesLikeThis({
  storyId,
  slug,
  hiddenWarnings,
  limit = 5,
}: {
  storyId?: string;
  slug?: string;
  hiddenWarnings: string[];
  limit?: number;
}): Promise<RelatedStoryCard[]> {
  if (!storyId && !slug) return [];
  // Only ids and reasons from the stored picks; the discovery index has the cards and knows
  // which picks are still published and free of the reader's hidden warnings.
  const [rows, index] = await Promise.all([
    db.relatedStory.findMany({
      where: storyId ? { storyId } : { story: { slug, status: "PUBLISHED" } },
      orderBy: { rank: "asc" },
      take: STORED_PICKS,
      select: { reason: true, relatedStoryId: true },
    }),
    discoveryIndex(),
  ]);
  const allowed = matching(index, { hidden: hiddenWarnings });
  const reasons = new Map(rows.map((r) => [r.relatedStoryId, r.reason]));
  const visible = rows.map((r) => r.relatedStoryId).filter((id) => {
    const position = index.positionOf.get(id);
    return position !== undefined && has(allowed, position);
  });
  return cardsFor(index, visible.slice(0, limit)).map(({ id, card }) => ({ ...card, reason: reasons.get(id) ?? "" }));
}

/**
 * For you: stories scored against the reader's private profile (their substances, situations,
 * pathway, stage) and the tags of the stories they marked "This helped me", leaving out those
 * stories and the reader's own. A signed-out reader passes tag slugs instead and gets the same
 * ranking a profile with those tags would; a signed-in reader passing slugs uses them in place
 * of their saved profile.
 */
export async function forYou({
  userId,
  tagSlugs,
  hiddenWarnings,
  limit = 10,
}: {
  userId: string | null;
  tagSlugs?: string[];
  hiddenWarnings: string[];
  limit?: number;
}): Promise<RelatedStoryCard[]> {
  let index = await tagIndex();
  let profileIds: string[] = [];
  let helpedTagSets: string[][] = [];
  if (tagSlugs?.length) {
    profileIds = resolveSlugs(tagSlugs.slice(0, 40), index);
  } else if (userId) {
    const rows = await db.readerProfileTag.findMany({ where: { userId }, select: { tagId: true } });
    profileIds = rows.map((r) => r.tagId);
  }
  const exclude = new Set<string>();
  const discovery = await discoveryIndex();
  if (userId) {
    const [own, helped] = await readerHistory(userId);
    // The tags of the 50 latest published stories that helped, from the discovery index.
    helpedTagSets = helped
      .flatMap(({ storyId }) => {
        const tagIds = tagIdsOf(discovery, storyId);
        return tagIds?.length ? [tagIds] : [];
      })
      .slice(0, 50);
    // Not the reader's own stories, nor the ones they already marked as helped.
    for (const { id } of own) exclude.add(id);
    for (const { storyId } of helped) exclude.add(storyId);
  }
  const multipliers = readerMultipliers(profileIds, helpedTagSets);
  if (multipliers.size === 0) return [];
  index = await tagIndex({ needIds: [...multipliers.keys()] });
  const tags = [...multipliers.keys()].flatMap((id) => {
    const tag = index.byId.get(id);
    return tag ? [tag] : [];
  });
  const query = queryWeights(tags, index, multipliers);
  // Scored over the discovery index: exact, and a pass over bitsets however common the tags.
  const candidates = topScoredCached(discovery, query, { exclude, hidden: hiddenWarnings, limit });
  if (candidates.length === 0) return [];

  const profile = new Set(profileIds);
  return cardsFor(
    discovery,
    candidates.map((c) => c.id),
  ).flatMap(({ card }) => {
    const slugs = new Set(card.tags.map((t) => t.slug));
    const shared = query.filter((t) => slugs.has(t.slug));
    const fromProfile = shared.filter((t) => profile.has(t.id));
    const reason = fromProfile.length
      ? reasonText(REASON_PREFIX.profile, fromProfile)
      : reasonText(REASON_PREFIX.helped, shared);
    return [{ ...card, reason }];
  });
}

/** The reader's own stories, and the ones they marked "This helped me", newest mark first. */
async function readerHistory(userId: string): Promise<[{ id: string }[], { storyId: string }[]]> {
  // On every For you view: hot reads outside the ORM.
  return Promise.all([
    hotRead<[string], { id: string }>(`SELECT "id" FROM "Story" WHERE "authorId" = ?`).all(userId),
    hotRead<[string], { storyId: string }>(`SELECT "storyId" FROM "Reaction" WHERE "userId" = ? AND "kind" = 'HELPED' ORDER BY "createdAt" DESC`).all(
      userId,
    ),
  ]);
}

/** Tag ids for slugs a reader chose; a merged tag stands for the tag it was merged into. */
function resolveSlugs(slugs: string[], index: TagIndex): string[] {
  const ids = new Set<string>();
  for (const slug of slugs) {
    let tag = index.bySlug.get(slug);
    for (let hops = 0; tag?.mergedIntoId && hops < 5; hops++) tag = index.byId.get(tag.mergedIntoId);
    if (tag) ids.add(tag.id);
  }
  return [...ids];
}
