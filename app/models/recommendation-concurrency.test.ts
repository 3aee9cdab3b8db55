import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { STORED_PICKS, refreshAllRelated, refreshRelatedFor } from "./recommendation.server";
import { createStory, publishRevision, submitStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";

// Stored picks are rewritten by read-decide-write transactions. SQLite runs them one at a time;
// on PostgreSQL two rebuilds overlapping (two tag merges in a row, or two processes) inserted
// the same pick twice and failed with a duplicate key until they took a lock
// (app/lib/write-lock.server.ts). Runs on both engines (npm test, npm run test:pg).

const storyIds: string[] = [];
const TAG_SETS = [
  ["alcohol", "parenting"],
  ["alcohol", "rural"],
  ["opioids", "parenting"],
  ["opioids", "rural", "parenting"],
  ["alcohol", "opioids"],
  ["cannabis", "parenting"],
];

beforeAll(async () => {
  await ensureVocabulary();
  const authorId = newId();
  await db.user.create({ data: { id: authorId, username: "concurrent_author", usernameKey: "concurrent_author", passwordHash: "x" } });
  for (let i = 0; i < 18; i++) {
    const { storyId, revisionId } = await createStory({
      authorId,
      input: {
        title: `Concurrent story ${i}`,
        body: "One day at a time, and then another, until the days added up to something I could stand on. ".repeat(3),
        anonymity: "ANONYMOUS",
        penName: undefined,
        tags: TAG_SETS[i % TAG_SETS.length],
        warnings: [],
      },
    });
    const submitted = await submitStory({ storyId, authorId });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    await publishRevision({ storyId, revisionId, at: new Date(Date.UTC(2026, 9, 1 + i)) });
    storyIds.push(storyId);
  }
});

describe("stories like this under concurrent rebuilds", () => {
  it("two full rebuilds and per-story refreshes at once leave every list whole, without duplicates", async () => {
    await Promise.all([
      refreshAllRelated({ batchSize: 4 }),
      refreshAllRelated({ batchSize: 5 }),
      ...storyIds.slice(0, 6).map((id) => refreshRelatedFor(id)),
    ]);
    const rows = await db.relatedStory.findMany({ select: { storyId: true, relatedStoryId: true, rank: true } });
    const byStory = new Map<string, { relatedStoryId: string; rank: number }[]>();
    for (const row of rows) byStory.set(row.storyId, [...(byStory.get(row.storyId) ?? []), row]);
    expect(byStory.size).toBe(storyIds.length);
    for (const list of byStory.values()) {
      expect(list.length).toBeLessThanOrEqual(STORED_PICKS);
      expect(new Set(list.map((p) => p.rank)).size).toBe(list.length);
    }
  });
});
