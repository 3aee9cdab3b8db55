import { describe, expect, it } from "vitest";
import {
  FACET_WEIGHT,
  REASON_PREFIX,
  WEIGHT_SCALE,
  candidatePlan,
  compareCandidates,
  idf,
  inlineTagName,
  orderForReason,
  queryWeights,
  rankCandidates,
  readerMultipliers,
  reasonText,
  scoreAgainst,
  tagWeight,
  type PlanTag,
  type TagStats,
} from "./ranking";

// The pure scoring behind "Stories like this" and "For you".

const TAGS = {
  opioids: { id: "opioids", name: "Opioids", facet: "SUBSTANCE" },
  alcohol: { id: "alcohol", name: "Alcohol", facet: "SUBSTANCE" },
  parenting: { id: "parenting", name: "Parenting", facet: "SITUATION" },
  veteran: { id: "veteran", name: "Veteran", facet: "SITUATION" },
  lgbtq: { id: "lgbtq", name: "LGBTQ+", facet: "SITUATION" },
  mfoud: { id: "mfoud", name: "Medication for opioid use disorder", facet: "PATHWAY" },
  smart: { id: "smart", name: "SMART Recovery", facet: "PATHWAY" },
  early: { id: "early", name: "Early recovery (under a year)", facet: "STAGE" },
};

describe("weights", () => {
  it("rank the facets: substance and situation highest, then pathway, then stage", () => {
    expect(FACET_WEIGHT.SUBSTANCE).toBe(FACET_WEIGHT.SITUATION);
    expect(FACET_WEIGHT.SITUATION).toBeGreaterThan(FACET_WEIGHT.PATHWAY);
    expect(FACET_WEIGHT.PATHWAY).toBeGreaterThan(FACET_WEIGHT.STAGE);
    // Same rarity, different facet.
    expect(tagWeight("SUBSTANCE", 10, 100)).toBe(tagWeight("SITUATION", 10, 100));
    expect(tagWeight("SITUATION", 10, 100)).toBeGreaterThan(tagWeight("PATHWAY", 10, 100));
    expect(tagWeight("PATHWAY", 10, 100)).toBeGreaterThan(tagWeight("STAGE", 10, 100));
  });

  it("count a tag on few stories more than a tag on many, and never less than the facet weight", () => {
    expect(idf(1, 1000)).toBeGreaterThan(idf(10, 1000));
    expect(idf(10, 1000)).toBeGreaterThan(idf(500, 1000));
    expect(idf(1000, 1000)).toBe(1);
    expect(idf(0, 0)).toBe(1);
    // Out-of-range inputs (stale statistics) stay sensible.
    expect(idf(5000, 1000)).toBe(1);
    expect(idf(-3, 10)).toBe(idf(0, 10));
    expect(tagWeight("SITUATION", 3, 1000)).toBeGreaterThan(tagWeight("SITUATION", 300, 1000));
    expect(tagWeight("STAGE", 1000, 1000)).toBe(FACET_WEIGHT.STAGE * WEIGHT_SCALE);
  });

  it("are integers, so equal shared tags always tie exactly", () => {
    for (const df of [0, 1, 7, 99, 12345]) expect(Number.isInteger(tagWeight("PATHWAY", df, 100_000, 0.37))).toBe(true);
    const stats: TagStats = { total: 97, df: new Map([["a", 13], ["b", 29], ["c", 3]]) };
    const query = queryWeights(
      [
        { id: "a", name: "A", facet: "SUBSTANCE" },
        { id: "b", name: "B", facet: "PATHWAY" },
        { id: "c", name: "C", facet: "STAGE" },
      ],
      stats,
    );
    const abc = scoreAgainst(query, ["a", "b", "c"]).score;
    const cba = scoreAgainst(query, ["c", "x", "b", "a"]).score;
    expect(abc).toBe(cba);
    expect(Number.isInteger(abc)).toBe(true);
  });

  it("take multipliers: a tag the query doesn't hold weighs nothing and is left out", () => {
    const stats: TagStats = { total: 10, df: new Map([["opioids", 2]]) };
    const plain = queryWeights([TAGS.opioids, TAGS.parenting], stats);
    expect(plain.map((t) => t.id)).toEqual(["opioids", "parenting"]);
    const weighted = queryWeights([TAGS.opioids, TAGS.parenting, TAGS.opioids], stats, new Map([["opioids", 0.5]]));
    expect(weighted.map((t) => t.id)).toEqual(["opioids"]);
    expect(weighted[0].weight).toBe(Math.round(plain[0].weight / 2));
  });
});

describe("reader multipliers", () => {
  it("count each profile tag once and each helped story's tag by the share of helped stories carrying it", () => {
    const m = readerMultipliers(["opioids", "parenting", "parenting"], [
      ["opioids", "mfoud"],
      ["alcohol", "mfoud"],
    ]);
    expect(Object.fromEntries(m)).toEqual({ opioids: 1.5, parenting: 1, mfoud: 1, alcohol: 0.5 });
    expect(Object.fromEntries(readerMultipliers(["veteran"], []))).toEqual({ veteran: 1 });
    expect(readerMultipliers([], []).size).toBe(0);
  });
});

describe("ranking a fixed set of stories", () => {
  // The query story: opioids, parenting, medication for OUD, early recovery.
  const stats: TagStats = {
    total: 10,
    df: new Map([
      ["opioids", 3],
      ["parenting", 6],
      ["mfoud", 2],
      ["early", 4],
      ["alcohol", 5],
      ["veteran", 1],
    ]),
  };
  const query = queryWeights([TAGS.opioids, TAGS.parenting, TAGS.mfoud, TAGS.early], stats);
  const stories = [
    { id: "alcohol-parenting", tags: ["alcohol", "parenting"], helped: 0, publishedAt: 5 },
    { id: "opioids-parenting", tags: ["opioids", "parenting"], helped: 0, publishedAt: 1 },
    { id: "mfoud-early", tags: ["mfoud", "early"], helped: 0, publishedAt: 1 },
    { id: "alcohol-only", tags: ["alcohol"], helped: 9, publishedAt: 9 },
    { id: "parenting-helped", tags: ["parenting", "veteran"], helped: 3, publishedAt: 2 },
    { id: "parenting-newer", tags: ["parenting"], helped: 0, publishedAt: 8 },
    { id: "early-only", tags: ["early"], helped: 0, publishedAt: 3 },
  ];
  const ranked = rankCandidates(
    stories
      .map((s) => ({ ...s, ...scoreAgainst(query, s.tags) }))
      .filter((s) => s.score > 0),
  );

  it("orders by shared, weighted, rarer tags, then helpfulness, then recency", () => {
    expect(ranked.map((s) => s.id)).toEqual([
      "opioids-parenting",
      "mfoud-early",
      "parenting-helped",
      "parenting-newer",
      "alcohol-parenting",
      "early-only",
    ]);
  });

  it("says why each was picked, substance and situation first", () => {
    expect(ranked.map((s) => reasonText(REASON_PREFIX.related, s.shared))).toEqual([
      "also about: opioids · parenting",
      "also about: medication for opioid use disorder · early recovery (under a year)",
      "also about: parenting",
      "also about: parenting",
      "also about: parenting",
      "also about: early recovery (under a year)",
    ]);
  });
});

describe("tie-breaks", () => {
  it("prefer the more helpful story, then the newer one, then a stable order", () => {
    const base = { score: 100, helped: 0, publishedAt: 0 };
    const list = [
      { ...base, id: "c", publishedAt: 10 },
      { ...base, id: "b", publishedAt: 20 },
      { ...base, id: "a", helped: 1 },
      { ...base, id: "d", score: 101 },
      { ...base, id: "f", publishedAt: 10 },
      { ...base, id: "e", publishedAt: 10 },
    ];
    expect(rankCandidates(list).map((c) => c.id)).toEqual(["d", "a", "b", "c", "e", "f"]);
    expect(compareCandidates(list[0], list[0])).toBe(0);
  });
});

describe("reason text", () => {
  it("names at most three shared tags: substances, situations, pathway, stage; rarer first within a facet", () => {
    const shared = [
      { ...TAGS.early, weight: 900 },
      { ...TAGS.smart, weight: 2000 },
      { ...TAGS.parenting, weight: 3000 },
      { ...TAGS.veteran, weight: 5000 },
      { ...TAGS.opioids, weight: 3000 },
    ];
    expect(orderForReason(shared).map((t) => t.id)).toEqual(["opioids", "veteran", "parenting", "smart", "early"]);
    expect(reasonText(REASON_PREFIX.related, shared)).toBe("also about: opioids · veteran · parenting");
    expect(reasonText(REASON_PREFIX.profile, shared.slice(0, 2), 3)).toBe("matches your: SMART Recovery · early recovery (under a year)");
    expect(reasonText(REASON_PREFIX.related, [])).toBe("");
  });

  it("lower-cases tag names inside a sentence but keeps meaningful capitals", () => {
    expect(inlineTagName("Opioids")).toBe("opioids");
    expect(inlineTagName("Loved one of someone using")).toBe("loved one of someone using");
    expect(inlineTagName("LGBTQ+")).toBe("LGBTQ+");
    expect(inlineTagName("SMART Recovery")).toBe("SMART Recovery");
    expect(inlineTagName("Trauma / PTSD")).toBe("trauma / PTSD");
    expect(inlineTagName("12-step")).toBe("12-step");
    expect(inlineTagName("1–5 years")).toBe("1–5 years");
  });
});

describe("candidate plan", () => {
  /** A small deterministic random generator, so failures reproduce. */
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
  }

  it("only ever skips tags whose weights sum below the threshold, and ends with a complete attempt", () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(rnd() * (round % 2 ? 6 : 20));
      const tags: PlanTag[] = Array.from({ length: count }, (_, i) => ({
        id: `t${i}`,
        weight: 1 + Math.floor(rnd() * 9000),
        df: Math.floor(rnd() * 50_000),
      }));
      const plan = candidatePlan(tags, 100_000, 20);
      expect(plan.length).toBeGreaterThan(0);
      for (const [i, attempt] of plan.entries()) {
        const skipped = tags.filter((t) => !attempt.essential.includes(t.id)).reduce((sum, t) => sum + t.weight, 0);
        expect(skipped).toBeLessThan(attempt.threshold);
        if (i > 0) expect(attempt.threshold).toBeLessThan(plan[i - 1].threshold);
      }
      const last = plan[plan.length - 1];
      expect(last.threshold).toBe(Math.min(...tags.map((t) => t.weight)));
      expect([...last.essential].sort()).toEqual(tags.map((t) => t.id).sort());
    }
    expect(candidatePlan([], 10, 20)).toEqual([]);
  });

  it("finds every story at or above each threshold by scanning only the essential tags", () => {
    const rnd = random(11);
    for (let round = 0; round < 30; round++) {
      const query = Array.from({ length: 2 + Math.floor(rnd() * 5) }, (_, i) => ({
        id: `t${i}`,
        weight: 1 + Math.floor(rnd() * 5000),
      }));
      const stories = Array.from({ length: 300 }, () => query.filter(() => rnd() < 0.3).map((t) => t.id));
      const df = (id: string) => stories.filter((s) => s.includes(id)).length;
      const score = (tags: string[]) => query.filter((t) => tags.includes(t.id)).reduce((sum, t) => sum + t.weight, 0);
      for (const attempt of candidatePlan(query.map((t) => ({ ...t, df: df(t.id) })), stories.length, 5)) {
        const found = stories.filter((s) => s.some((id) => attempt.essential.includes(id)) && score(s) >= attempt.threshold);
        const all = stories.filter((s) => score(s) >= attempt.threshold);
        expect(found.length).toBe(all.length);
      }
    }
  });

  it("starts with one less common tag and a high threshold when stories are plentiful", () => {
    const plan = candidatePlan(
      [
        { id: "parenting", weight: 6281, df: 31_846 },
        { id: "alcohol", weight: 6138, df: 33_400 },
        { id: "in-treatment", weight: 2030, df: 33_946 },
      ],
      95_000,
      20,
    );
    expect(plan[0]).toEqual({ threshold: 6281 + 6138 + 2030, essential: ["parenting"] });
    expect(plan[plan.length - 1].threshold).toBe(2030);
  });
});
