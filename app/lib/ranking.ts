// The scoring behind "Stories like this" and "For you" (docs/product.md, "Reading and discovery"):
// pure functions, shared by the SQL candidate generation in app/models/recommendation.server.ts
// (which sums the weights computed here) and by the tests.
//
// A story scores the sum of the weights of the tags it shares with the query (another story,
// or a reader's profile and the stories that helped them). A tag's weight is its facet's weight
// times an IDF-like rarity factor over published stories. Ties go to the story more readers
// marked "This helped me", then to the newer one. The author plays no part anywhere here.

export const FACET_WEIGHT: Record<string, number> = {
  SUBSTANCE: 3,
  SITUATION: 3,
  PATHWAY: 2,
  STAGE: 1,
};

/** Reason lines list substances first, then situations, pathway, stage. */
const FACET_ORDER: Record<string, number> = { SUBSTANCE: 0, SITUATION: 1, PATHWAY: 2, STAGE: 3 };

/**
 * Weights are integers (the real weight times this) so that sums are exact: two stories sharing
 * the same tags always tie exactly, in JavaScript and in SQL, and the tie-breaks decide.
 */
export const WEIGHT_SCALE = 1000;

/** How many tags a reason line names. */
export const REASON_TAGS = 3;

export const REASON_PREFIX = {
  related: "also about",
  profile: "matches your",
  helped: "like stories that helped you",
} as const;

/**
 * Rarity: smoothed inverse document frequency, always at least 1. `df` is how many published
 * stories carry the tag, `total` how many published stories there are.
 */
export function idf(df: number, total: number): number {
  const n = Math.max(0, total);
  const d = Math.min(Math.max(0, df), n);
  return 1 + Math.log((n + 1) / (d + 1));
}

/** A tag's integer weight: facet weight × rarity × multiplier (how strongly the query holds it). */
export function tagWeight(facet: string, df: number, total: number, multiplier = 1): number {
  return Math.round((FACET_WEIGHT[facet] ?? 1) * idf(df, total) * multiplier * WEIGHT_SCALE);
}

export interface TagStats {
  /** Published stories. */
  total: number;
  /** Published stories per tag id. */
  df: Map<string, number>;
}

export interface WeightedTag {
  id: string;
  name: string;
  facet: string;
  weight: number;
}

/** Integer weights for the query's tags. `multipliers` maps tag id to strength (1 = a plain tag). */
export function queryWeights<T extends { id: string; name: string; facet: string }>(
  tags: T[],
  stats: TagStats,
  multipliers?: Map<string, number>,
): (T & { weight: number })[] {
  const seen = new Set<string>();
  const out: (T & { weight: number })[] = [];
  for (const tag of tags) {
    if (seen.has(tag.id)) continue;
    seen.add(tag.id);
    const m = multipliers ? (multipliers.get(tag.id) ?? 0) : 1;
    const weight = tagWeight(tag.facet, stats.df.get(tag.id) ?? 0, stats.total, m);
    if (weight > 0) out.push({ ...tag, weight });
  }
  return out;
}

/** The score of a candidate carrying `candidateTagIds` against the weighted query. */
export function scoreAgainst<T extends WeightedTag>(query: T[], candidateTagIds: Iterable<string>): { score: number; shared: T[] } {
  const ids = new Set(candidateTagIds);
  const shared = query.filter((t) => ids.has(t.id));
  return { score: shared.reduce((sum, t) => sum + t.weight, 0), shared };
}

/**
 * Strengths for a reader's query: each profile tag counts 1; each tag of the stories they
 * marked "This helped me" counts the share of those stories carrying it. A profile tag that
 * is also on helped stories counts both.
 */
export function readerMultipliers(profileTagIds: string[], helpedStoryTagIds: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of new Set(profileTagIds)) m.set(id, 1);
  const n = helpedStoryTagIds.length;
  if (n) {
    const counts = new Map<string, number>();
    for (const tags of helpedStoryTagIds) for (const id of new Set(tags)) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, count] of counts) m.set(id, (m.get(id) ?? 0) + count / n);
  }
  return m;
}

export interface RankedCandidate {
  id: string;
  score: number;
  /** "This helped me" reactions. */
  helped: number;
  /** Milliseconds since the epoch; 0 when unknown. */
  publishedAt: number;
}

/** Best first: score, then helpfulness, then recency; the id only makes the order total. */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return b.score - a.score || b.helped - a.helped || b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function rankCandidates<T extends RankedCandidate>(candidates: T[]): T[] {
  return [...candidates].sort(compareCandidates);
}

/** Shared tags in the order a reason names them: substance, situation, pathway, stage; rarer first. */
export function orderForReason<T extends { name: string; facet: string; weight: number }>(tags: T[]): T[] {
  return [...tags].sort(
    (a, b) =>
      (FACET_ORDER[a.facet] ?? 9) - (FACET_ORDER[b.facet] ?? 9) || b.weight - a.weight || a.name.localeCompare(b.name),
  );
}

/**
 * A tag name as it reads inside a sentence: "Opioids" → "opioids", but "LGBTQ+", "SMART Recovery"
 * and "Trauma / PTSD" keep the capitals that carry meaning.
 */
export function inlineTagName(name: string): string {
  const trimmed = name.trim();
  if (/^\p{Lu}\p{Lu}/u.test(trimmed)) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase("en-US") + trimmed.slice(1);
}

/** "also about: opioids · parenting" — at most REASON_TAGS names; empty when nothing is shared. */
export function reasonText(prefix: string, shared: { name: string; facet: string; weight: number }[], max = REASON_TAGS): string {
  const names = orderForReason(shared)
    .slice(0, max)
    .map((t) => inlineTagName(t.name));
  return names.length ? `${prefix}: ${names.join(" · ")}` : "";
}

// ---------------------------------------------------------------------------------------------
// Candidate generation plan
//
// The stories scoring at least a threshold θ all carry at least one tag of any set E whose
// complement's weights sum to less than θ (a story sharing only tags outside E scores less).
// So a query can scan just E's rows, score those stories against every query tag, and keep the
// ones at θ or above: that is the complete set above θ, and if it holds `need` stories, the
// best `need` overall are in it, ties included. A high θ lets E be a single, less common tag
// and keeps the rows to join small; if too few stories reach it, the next attempt lowers θ.
// The last attempt is always complete: θ = the smallest weight, every story sharing a tag.

export interface PlanTag {
  id: string;
  weight: number;
  /** Published stories carrying the tag (an estimate of the rows scanned for it). */
  df: number;
}

export interface CandidateAttempt {
  /** Keep stories scoring at least this. */
  threshold: number;
  /** Scan only the stories carrying one of these tags. */
  essential: string[];
}

/** Up to this many query tags, plans enumerate tag subsets exactly (2^12 = 4096). */
const EXACT_PLAN_MAX_TAGS = 12;

export function candidatePlan(tags: PlanTag[], total: number, need: number): CandidateAttempt[] {
  const q = tags
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.df - b.df || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (q.length === 0) return [];
  const attempts: CandidateAttempt[] = [];
  const add = (threshold: number) => {
    const last = attempts[attempts.length - 1];
    if (last && threshold >= last.threshold) return;
    attempts.push({ threshold, essential: essentialTags(q, threshold) });
  };
  const n = Math.max(total, 1);
  if (q.length <= EXACT_PLAN_MAX_TAGS) {
    // How many stories to expect at or above each possible score, if tags were independent.
    const p = q.map((t) => Math.min(1, (t.df + 1) / (n + 1)));
    const mass = new Map<number, number>();
    for (let mask = 1; mask < 1 << q.length; mask++) {
      let score = 0;
      let prob = 1;
      for (let i = 0; i < q.length; i++) {
        if (mask & (1 << i)) {
          score += q[i].weight;
          prob *= p[i];
        } else prob *= 1 - p[i];
      }
      mass.set(score, (mass.get(score) ?? 0) + prob);
    }
    let cumulative = 0;
    const expected = [...mass.keys()]
      .sort((a, b) => b - a)
      .map((score) => {
        cumulative += mass.get(score) ?? 0;
        return { score, stories: cumulative * n };
      });
    for (const factor of [3, 12, 48]) {
      const hit = expected.find((e) => e.stories >= factor * Math.max(1, need));
      if (hit) add(hit.score);
    }
  } else {
    // Many tags (a reader's profile): thresholds just above the weight of all but the top k.
    let rows = 0;
    for (let k = 1; k < q.length; k++) {
      const scanned = q.slice(0, k).reduce((sum, t) => sum + t.df + 1, 0);
      if (scanned < 2 * rows) continue;
      rows = scanned;
      add(q.slice(k).reduce((sum, t) => sum + t.weight, 0) + 1);
    }
  }
  add(q[q.length - 1].weight);
  return attempts;
}

/**
 * The tags to scan for a threshold: leave out the set of tags with the most rows whose weights
 * sum to less than the threshold, scan the rest.
 */
function essentialTags(q: PlanTag[], threshold: number): string[] {
  let skip = new Set<number>();
  if (q.length <= EXACT_PLAN_MAX_TAGS) {
    let best = -1;
    for (let mask = 0; mask < 1 << q.length; mask++) {
      let weight = 0;
      let rows = 0;
      for (let i = 0; i < q.length; i++) {
        if (mask & (1 << i)) {
          weight += q[i].weight;
          rows += q[i].df + 1;
        }
      }
      if (weight < threshold && rows > best) {
        best = rows;
        skip = new Set(q.flatMap((_, i) => (mask & (1 << i) ? [i] : [])));
      }
    }
  } else {
    let weight = 0;
    const byRows = q.map((t, i) => ({ t, i })).sort((a, b) => b.t.df - a.t.df);
    for (const { t, i } of byRows) {
      if (weight + t.weight < threshold) {
        weight += t.weight;
        skip.add(i);
      }
    }
  }
  return q.flatMap((t, i) => (skip.has(i) ? [] : [t.id]));
}
