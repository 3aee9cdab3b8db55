// "Stories like this" for every published story at once, for the benchmark data set.
//
// The app computes picks per story with SQL (app/models/recommendation.server.ts
// refreshRelatedFor, about as long per story as one request), far too slow for 100,000
// stories in the seed's two-minute budget. This computes exactly the same picks in memory:
// the same integer tag weights (app/lib/ranking.ts tagWeight), the same order (score, then
// "This helped me" count, then newer, then id) and the same reason lines, so that
// refreshRelatedFor on a seeded story finds nothing to change (the seed checks a sample).
//
// How: stories are numbered in tie-break order (more helped first, then newer, then id), so
// between equal scores the lower number wins. Each tag has a posting list of story numbers.
// For one story, walk the posting lists of its tags, rarest first, scoring every story met
// against all of the query's tags; after walking a tag, stories not yet met can score at most
// the weights of the tags not yet walked, so once the 20th best beats that bound, the rest
// can be skipped (Fagin-style threshold). Rare tags have the largest weights, so the bound
// falls fast and most stories stop after one or two lists.

import { REASON_PREFIX, reasonText, tagWeight } from "~/lib/ranking";

export const STORED_PICKS = 20;
/** Same spacing as recommendation.server.ts RANK_STEP. */
const RANK_STEP = 1024;

export interface RelatedInput {
  tags: { name: string; facet: string }[];
  /** Published stories in tie-break order; tag indexes into `tags` per story. */
  storyTags: Uint8Array[];
  /**
   * The order to emit stories' picks in (story numbers); by default tie-break order. The
   * seed passes id order so that RelatedStory's indexes are filled by appending.
   */
  emitOrder?: Int32Array;
}

export interface RelatedRow {
  story: number;
  related: number;
  rank: number;
  score: number;
  reason: string;
}

export function computeRelated(input: RelatedInput, onRow: (row: RelatedRow) => void): void {
  const { tags, storyTags, emitOrder } = input;
  const n = storyTags.length;
  const tagCount = tags.length;
  if (tagCount > 53) throw new Error("Tag masks hold at most 53 tags");

  // Document frequency and weight per tag, as the app's tag statistics would compute them.
  const df = new Int32Array(tagCount);
  for (const list of storyTags) for (const t of list) df[t]++;
  const weight = Array.from({ length: tagCount }, (_, t) => tagWeight(tags[t].facet, df[t], n));

  // Posting lists in story-number order, and each story's tags as a bit mask (two words).
  const postings = Array.from({ length: tagCount }, (_, t) => new Int32Array(df[t]));
  const fillAt = new Int32Array(tagCount);
  const maskLo = new Uint32Array(n);
  const maskHi = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    for (const t of storyTags[s]) {
      postings[t][fillAt[t]++] = s;
      if (t < 32) maskLo[s] |= 1 << t;
      else maskHi[s] |= 1 << (t - 32);
    }
  }

  const reasons = new Map<number, string>();
  const reasonFor = (sharedLo: number, sharedHi: number): string => {
    const key = sharedHi * 4294967296 + (sharedLo >>> 0);
    let reason = reasons.get(key);
    if (reason === undefined) {
      const shared = [];
      for (let t = 0; t < tagCount; t++) {
        const has = t < 32 ? (sharedLo >>> t) & 1 : (sharedHi >>> (t - 32)) & 1;
        if (has) shared.push({ ...tags[t], weight: weight[t] });
      }
      reason = reasonText(REASON_PREFIX.related, shared);
      reasons.set(key, reason);
    }
    return reason;
  };

  // Stories with the same tags get the same picks (less themselves), and about half of all
  // stories share their tag set with another: compute one list of K + 1 per tag set.
  const K = STORED_PICKS + 1;
  const byTagSet = new Map<number, { scores: Float64Array; stories: Int32Array; found: number }>();
  const table = new Int32Array(6 * 256);
  for (let k = 0; k < n; k++) {
    const s = emitOrder ? emitOrder[k] : k;
    const key = maskHi[s] * 4294967296 + maskLo[s];
    let top = byTagSet.get(key);
    if (!top) {
      top = topFor(storyTags[s], maskLo[s], maskHi[s]);
      byTagSet.set(key, top);
    }
    let rank = 0;
    for (let i = 0; i < top.found && rank < STORED_PICKS; i++) {
      const c = top.stories[i];
      if (c === s) continue;
      rank++;
      onRow({
        story: s,
        related: c,
        rank: rank * RANK_STEP,
        score: top.scores[i],
        reason: reasonFor(maskLo[c] & maskLo[s], maskHi[c] & maskHi[s]),
      });
    }
  }

  /** The best K stories for a tag set, best first (the story itself included). */
  function topFor(queryTags: Uint8Array, lo: number, hi: number) {
    const query = [...queryTags].sort((a, b) => df[a] - df[b] || weight[b] - weight[a]);
    fillScoreTable(table, lo, hi);
    const scores = new Float64Array(K);
    const stories = new Int32Array(K);
    let remaining = query.reduce((sum, t) => sum + weight[t], 0);
    let found = 0;
    let walkedLo = 0;
    let walkedHi = 0;
    for (const q of query) {
      if (remaining <= 0) break;
      if (found === K && scores[K - 1] > remaining) break;
      const list = postings[q];
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        if (found === K) {
          // Unmet stories score at most `remaining`; at equal score the lower number wins.
          const minScore = scores[K - 1];
          if (minScore > remaining || (minScore === remaining && c > stories[K - 1])) break;
        }
        const cLo = maskLo[c];
        const cHi = maskHi[c];
        if ((cLo & walkedLo) !== 0 || (cHi & walkedHi) !== 0) continue;
        const score =
          table[cLo & 255] +
          table[256 + ((cLo >>> 8) & 255)] +
          table[512 + ((cLo >>> 16) & 255)] +
          table[768 + (cLo >>> 24)] +
          table[1024 + (cHi & 255)] +
          table[1280 + ((cHi >>> 8) & 255)];
        found = insertTop(scores, stories, found, score, c);
      }
      if (q < 32) walkedLo |= 1 << q;
      else walkedHi |= 1 << (q - 32);
      remaining -= weight[q];
    }
    return { scores, stories, found };
  }

  /** table[byte * 256 + v]: the query weight of the tags in bits `v` of that byte of a mask. */
  function fillScoreTable(out: Int32Array, lo: number, hi: number) {
    for (let b = 0; b < 6; b++) {
      const queryBits = b < 4 ? (lo >>> (8 * b)) & 255 : (hi >>> (8 * (b - 4))) & 255;
      out[b * 256] = 0;
      for (let v = 1; v < 256; v++) {
        const lowest = v & -v;
        const bit = 31 - Math.clz32(lowest);
        const t = b * 8 + bit;
        out[b * 256 + v] = out[b * 256 + (v & (v - 1))] + (queryBits & lowest && t < tagCount ? weight[t] : 0);
      }
    }
  }
}

/** Inserts into the sorted top list (best first); returns the new length. */
function insertTop(scores: Float64Array, stories: Int32Array, found: number, score: number, story: number): number {
  const k = scores.length;
  if (found === k) {
    const last = k - 1;
    if (score < scores[last] || (score === scores[last] && story > stories[last])) return found;
  }
  let at = found < k ? found : k - 1;
  while (at > 0 && (scores[at - 1] < score || (scores[at - 1] === score && stories[at - 1] > story))) {
    scores[at] = scores[at - 1];
    stories[at] = stories[at - 1];
    at--;
  }
  scores[at] = score;
  stories[at] = story;
  return found < k ? found + 1 : found;
}
