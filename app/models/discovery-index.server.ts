import { db } from "~/lib/db.server";
import { contentVersion } from "~/lib/content-version.server";
import { sqliteReader, timeMillis } from "~/lib/sqlite-reader.server";
import type { RankedCandidate } from "~/lib/ranking";
import { formatMonthYear } from "~/lib/dates";
import { publicIdentity } from "./identity.server";
import type { StoryCardModel } from "./story.server";

// The discovery index: every published story's live tags and warnings as bitsets, in each app
// process's memory, in the order the lists show them (newest first). Browse counts ("how many
// stories would this choice give"), filtered lists, search filters and For you scoring become
// a few passes over bitsets instead of grouped joins that grow with the number of stories
// (at 100,000 stories a two-facet count took seconds in SQL; here it takes about a
// millisecond).
//
// It is rebuilt when the content counter moves (app/lib/content-version.server.ts), which
// every change to a published story does, so it is never staler than the signed-out page
// cache. Whatever it returns is still hydrated through Prisma with the visibility filter, so a
// story that has just gone offline can't be shown even by an index a moment old.
// "This helped me" counts (a tie-break only) are refreshed at most once a minute.

const HELPED_TTL_MS = 60_000;

export type Bitset = Uint32Array<ArrayBufferLike>;

export interface DiscoveryIndex {
  version: number;
  /** Number of published stories. */
  size: number;
  /** Position → story id, newest first (publishedAt desc, id desc). */
  ids: string[];
  positionOf: Map<string, number>;
  /** Position → publishedAt in milliseconds. */
  publishedAt: Float64Array;
  /** Tag id → the positions of the stories whose live version carries it. */
  tags: Map<string, Bitset>;
  /** Warning slug → positions. */
  warnings: Map<string, Bitset>;
  /** Position → "This helped me" count. */
  helped: Uint32Array;
  helpedAt: number;
  /** Position → what its public card shows (the byline already through publicIdentity). */
  cardData: CardData[];
  /** Position → its card, made on first use. */
  cards: (StoryCardModel | undefined)[];
}

interface CardData {
  slug: string;
  title: string;
  anonymity: string;
  penName: string | null;
  /** Only for username stories; null otherwise, so no other identity is ever held here. */
  username: string | null;
  wordCount: number;
  tags: { slug: string; name: string; facet: string }[];
  tagIds: string[];
  warnings: string[];
}

let current: DiscoveryIndex | null = null;
let building: { version: number; promise: Promise<DiscoveryIndex> } | null = null;

// ---------------------------------------------------------------------------------------------
// Bitsets

export function emptyBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size);
  bits.fill(0xffffffff);
  const rest = size & 31;
  if (rest && bits.length) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function countBits(bits: Bitset): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i]) n += popcount32(bits[i]);
  return n;
}

export function countAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i] & b[i];
    if (w) n += popcount32(w);
  }
  return n;
}

/** Positions set in `bits` from `from` on, in order, at most `limit`. */
export function positions(bits: Bitset, from = 0, limit = Infinity): number[] {
  const out: number[] = [];
  for (let word = from >>> 5; word < bits.length && out.length < limit; word++) {
    let w = bits[word];
    if (word === from >>> 5) w &= ~0 << (from & 31);
    while (w && out.length < limit) {
      const low = w & -w;
      out.push((word << 5) + (31 - Math.clz32(low)));
      w ^= low;
    }
  }
  return out;
}

function set(bits: Bitset, position: number) {
  bits[position >>> 5] |= 1 << (position & 31);
}

export function has(bits: Bitset, position: number): boolean {
  return (bits[position >>> 5] & (1 << (position & 31))) !== 0;
}

// ---------------------------------------------------------------------------------------------
// Loading

type Row = unknown[];

/**
 * The rows of a parameterless query as arrays, through the fastest path the database has. On
 * SQLite they are read one at a time, so building the index never holds half a million rows.
 */
async function rows(sql: string): Promise<Iterable<Row>> {
  const sqlite = sqliteReader();
  if (sqlite) return sqlite.prepare(sql).raw().iterate() as Iterable<Row>;
  const objects = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  return (function* () {
    for (const o of objects) yield Object.values(o);
  })();
}


async function loadHelped(index: Pick<DiscoveryIndex, "positionOf" | "size">): Promise<Uint32Array> {
  const helped = new Uint32Array(index.size);
  for (const [storyId, n] of await rows(`SELECT "storyId", COUNT(*) FROM "Reaction" WHERE "kind" = 'HELPED' GROUP BY "storyId"`)) {
    const position = index.positionOf.get(String(storyId));
    if (position !== undefined) helped[position] = Number(n);
  }
  return helped;
}

const FACET_ORDER: Record<string, number> = { SUBSTANCE: 0, SITUATION: 1, PATHWAY: 2, STAGE: 3 };

async function load(version: number): Promise<DiscoveryIndex> {
  // SQLite has no statistics to prefer the covering index over the primary key, and reading the
  // revision rows themselves means reading every story body.
  const published = `"Story" s WHERE s."status" = 'PUBLISHED' AND s."liveRevisionId" IS NOT NULL`;
  const stories = await rows(
    `SELECT s."id", s."publishedAt", s."slug", r."title", r."anonymity", r."penName", r."wordCount",
       CASE WHEN r."anonymity" = 'USERNAME' THEN u."username" END
     FROM "Story" s JOIN "StoryRevision" r${sqliteReader() ? ' INDEXED BY "StoryRevision_card_idx"' : ""} ON r."id" = s."liveRevisionId"
     LEFT JOIN "User" u ON u."id" = s."authorId"
     WHERE s."status" = 'PUBLISHED' ORDER BY s."publishedAt" DESC, s."id" DESC`,
  );
  const ids: string[] = [];
  const positionOf = new Map<string, number>();
  const times: number[] = [];
  const cardData: CardData[] = [];
  for (const [id, at, slug, title, anonymity, penName, wordCount, username] of stories) {
    positionOf.set(String(id), ids.length);
    ids.push(String(id));
    times.push(timeMillis(at));
    cardData.push({
      slug: String(slug),
      title: String(title),
      anonymity: String(anonymity),
      penName: penName == null ? null : String(penName),
      username: username == null ? null : String(username),
      wordCount: Number(wordCount),
      tags: [],
      tagIds: [],
      warnings: [],
    });
  }
  const size = ids.length;
  const publishedAt = Float64Array.from(times);
  // One string per tag id, shared by every story that carries it.
  const tagInfo = new Map<string, { id: string; slug: string; name: string; facet: string }>();
  for (const [id, slug, name, facet] of await rows(`SELECT "id", "slug", "name", "facet" FROM "Tag"`)) {
    tagInfo.set(String(id), { id: String(id), slug: String(slug), name: String(name), facet: String(facet) });
  }
  const tags = new Map<string, Bitset>();
  for (const [storyId, tagId] of await rows(`SELECT s."id", rt."tagId" FROM "RevisionTag" rt JOIN ${published.replace("WHERE", 'ON s."liveRevisionId" = rt."revisionId" WHERE')}`)) {
    const position = positionOf.get(String(storyId));
    const info = tagInfo.get(String(tagId));
    if (position === undefined || !info) continue;
    let bits = tags.get(info.id);
    if (!bits) tags.set(info.id, (bits = emptyBitset(size)));
    set(bits, position);
    cardData[position].tags.push(info);
    cardData[position].tagIds.push(info.id);
  }
  const warnings = new Map<string, Bitset>();
  const warningSlugs = new Map<string, string>();
  for (const [storyId, warning] of await rows(`SELECT s."id", rw."warning" FROM "RevisionWarning" rw JOIN ${published.replace("WHERE", 'ON s."liveRevisionId" = rw."revisionId" WHERE')}`)) {
    const position = positionOf.get(String(storyId));
    if (position === undefined) continue;
    // One string per warning, shared by every story that carries it.
    const name = String(warning);
    const slug = warningSlugs.get(name) ?? (warningSlugs.set(name, name), name);
    let bits = warnings.get(slug);
    if (!bits) warnings.set(slug, (bits = emptyBitset(size)));
    set(bits, position);
    cardData[position].warnings.push(slug);
  }
  const index: DiscoveryIndex = {
    version,
    size,
    ids,
    positionOf,
    publishedAt,
    tags,
    warnings,
    helped: new Uint32Array(size),
    helpedAt: 0,
    cardData,
    cards: new Array(size),
  };
  index.helped = await loadHelped(index);
  index.helpedAt = Date.now();
  return index;
}

/** The public card of the story at `position` (what STORY_CARD_SELECT + toStoryCard give). */
export function cardAt(index: DiscoveryIndex, position: number): StoryCardModel {
  const cached = index.cards[position];
  if (cached) return cached;
  const data = index.cardData[position];
  const card: StoryCardModel = {
    slug: data.slug,
    title: data.title,
    byline: publicIdentity(data, data.username === null ? null : { username: data.username }),
    published: index.publishedAt[position] ? formatMonthYear(new Date(index.publishedAt[position])) : null,
    wordCount: data.wordCount,
    tags: data.tags
      .map(({ slug, name, facet }) => ({ slug, name, facet }))
      .sort((a, b) => (FACET_ORDER[a.facet] ?? 9) - (FACET_ORDER[b.facet] ?? 9) || a.name.localeCompare(b.name)),
    warnings: [...data.warnings].sort(),
  };
  index.cards[position] = card;
  return card;
}

/** The live tag ids of a published story, or null when it isn't published. */
export function tagIdsOf(index: DiscoveryIndex, storyId: string): string[] | null {
  const position = index.positionOf.get(storyId);
  return position === undefined ? null : index.cardData[position].tagIds;
}

/** Cards for story ids, in the order given; ids no longer published are left out. */
export function cardsFor(index: DiscoveryIndex, ids: string[]): { id: string; card: StoryCardModel }[] {
  return ids.flatMap((id) => {
    const position = index.positionOf.get(id);
    return position === undefined ? [] : [{ id, card: cardAt(index, position) }];
  });
}

/** The index for the current content, rebuilt (once per process, however many ask) when it moved. */
export async function discoveryIndex(): Promise<DiscoveryIndex> {
  const version = await contentVersion();
  if (current?.version === version) {
    if (Date.now() - current.helpedAt > HELPED_TTL_MS) {
      const index = current;
      index.helpedAt = Date.now();
      index.helped = await loadHelped(index);
    }
    return current;
  }
  if (building?.version !== version) {
    const promise = load(version).then((index) => {
      if (!current || current.version <= index.version) current = index;
      return index;
    });
    building = { version, promise };
    promise.finally(() => {
      if (building?.promise === promise) building = null;
    });
  }
  return building.promise;
}

/**
 * An index at least as new as content version `version`: the one in memory when it is, without
 * waiting for a rebuild to the latest version (which takes about a second at 100,000 stories).
 */
export async function discoveryIndexSince(version: number): Promise<DiscoveryIndex> {
  if (current && current.version >= version) return current;
  return discoveryIndex();
}

/** Forgets the index (tests that write rows directly, without the lifecycle hooks). */
export function forgetDiscoveryIndex(): void {
  current = null;
  building = null;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** Positions of the stories carrying every one of `tagIds` and none of `hidden` warnings. */
export function matching(index: DiscoveryIndex, { tagIds = [], hidden = [] }: { tagIds?: string[]; hidden?: string[] }): Bitset {
  const bits = fullBitset(index.size);
  for (const tagId of tagIds) {
    const tag = index.tags.get(tagId);
    if (!tag) return emptyBitset(index.size);
    for (let i = 0; i < bits.length; i++) bits[i] &= tag[i];
  }
  for (const warning of hidden) {
    const w = index.warnings.get(warning);
    if (!w) continue;
    for (let i = 0; i < bits.length; i++) bits[i] &= ~w[i];
  }
  return bits;
}

/** For each tag, how many of `bits` carry it (tags with none left out). */
export function tagCounts(index: DiscoveryIndex, bits: Bitset): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tagId, tag] of index.tags) {
    const n = countAnd(bits, tag);
    if (n) out[tagId] = n;
  }
  return out;
}

/**
 * For you's candidates: every story scored by the summed integer weights of the query tags it
 * carries, best first by compareCandidates (score, "This helped me", recency, id). Exact over
 * all published stories, with no threshold passes: one pass over each query tag's bitset.
 */
// Rankings already made, per index: For you asks the same question each time a reader opens it,
// and the answer only changes with the content (a new index) or the "This helped me" counts (a
// new `helped` array, at most once a minute). Bounded; the oldest question is forgotten first.
const RANKINGS_KEPT = 2_000;
const rankings = new WeakMap<DiscoveryIndex, { helped: Uint32Array; answers: Map<string, RankedCandidate[]> }>();

/** topScored, remembering its answers for as long as the index and its helped counts stay. */
export function topScoredCached(
  index: DiscoveryIndex,
  query: { id: string; weight: number }[],
  options: { exclude?: Set<string>; hidden?: string[]; limit: number },
): RankedCandidate[] {
  const key = JSON.stringify([
    query.map((q) => [q.id, q.weight]),
    [...(options.exclude ?? [])].sort(),
    [...(options.hidden ?? [])].sort(),
    options.limit,
  ]);
  let entry = rankings.get(index);
  if (!entry || entry.helped !== index.helped) {
    entry = { helped: index.helped, answers: new Map() };
    rankings.set(index, entry);
  }
  const known = entry.answers.get(key);
  if (known) return known;
  const answer = topScored(index, query, options);
  if (entry.answers.size >= RANKINGS_KEPT) entry.answers.delete(entry.answers.keys().next().value as string);
  entry.answers.set(key, answer);
  return answer;
}

// topScored's working space, reused across calls: a page view would otherwise allocate a score
// per published story (800 KB at 100,000) and an object per candidate. Safe because topScored
// is synchronous and JavaScript runs one call at a time in a process.
let scratchScores = new Float64Array(0);
let scratchTouched = new Int32Array(0);

export function topScored(
  index: DiscoveryIndex,
  query: { id: string; weight: number }[],
  { exclude = new Set<string>(), hidden = [], limit }: { exclude?: Set<string>; hidden?: string[]; limit: number },
): RankedCandidate[] {
  const allowed = matching(index, { hidden });
  for (const id of exclude) {
    const position = index.positionOf.get(id);
    if (position !== undefined) allowed[position >>> 5] &= ~(1 << (position & 31));
  }
  if (scratchScores.length < index.size) {
    scratchScores = new Float64Array(index.size);
    scratchTouched = new Int32Array(index.size);
  }
  const scores = scratchScores;
  const touched = scratchTouched;
  let touchedCount = 0;
  const { helped, publishedAt, ids } = index;
  // compareCandidates on positions, without making candidates: < 0 when a ranks before b.
  const order = (a: number, b: number) =>
    scores[b] - scores[a] || helped[b] - helped[a] || publishedAt[b] - publishedAt[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  const best: number[] = [];
  try {
    for (const { id, weight } of query) {
      const tag = index.tags.get(id);
      if (!tag || weight <= 0) continue;
      for (let word = 0; word < tag.length; word++) {
        let w = tag[word] & allowed[word];
        while (w) {
          const low = w & -w;
          const position = (word << 5) + (31 - Math.clz32(low));
          if (scores[position] === 0) touched[touchedCount++] = position;
          scores[position] += weight;
          w ^= low;
        }
      }
    }
    // Keep the best `limit` in a small sorted array: touched can be every story, and most fall
    // below the current last on score alone.
    for (let i = 0; i < touchedCount; i++) {
      const position = touched[i];
      if (best.length === limit) {
        const last = best[limit - 1];
        if (scores[position] < scores[last] || order(position, last) >= 0) continue;
      }
      let at = best.length;
      while (at > 0 && order(position, best[at - 1]) < 0) at--;
      best.splice(at, 0, position);
      if (best.length > limit) best.pop();
    }
    return best.map((position) => ({ id: ids[position], score: scores[position], helped: helped[position], publishedAt: publishedAt[position] }));
  } finally {
    for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
  }
}
