import { bumpContentVersion, contentVersion } from "~/lib/content-version.server";
import { refreshAllRelated, refreshRelatedFor } from "./recommendation.server";
import { reindexAll, reindexStory } from "./search.server";

// What must follow when a story becomes visible, changes, or stops being visible: the search
// index and "stories like this" are derived data, kept in step here and nowhere else.
// Called after the change has committed. Each also empties the signed-out page cache of
// every process (app/lib/content-version.server.ts): once at once, so the old page is gone
// before the author's request is answered, and once more when the derived data is in step,
// so no page rendered in between (with a stale "stories like this" pick) outlives it.

export async function storyChanged(storyId: string): Promise<void> {
  const before = await contentVersion();
  await bumpContentVersion();
  await reindexStory(storyId);
  // The discovery index of any version since `before` knows every other story as it was when
  // this change began, which is what the picks need (no waiting for a rebuild for this change).
  await refreshRelatedFor(storyId, { indexSince: before });
  await bumpContentVersion();
}

/** After a change to what signed-out pages show that needs no derived data (a new or retired tag, crisis text). */
export async function publicContentChanged(): Promise<void> {
  await bumpContentVersion();
}

/**
 * After a tag is renamed or merged: tag names are in the search index and drive "stories like
 * this". Rebuilding both takes minutes at 100,000 stories, so it runs after the admin's request
 * has been answered (the cached pages go at once); `rebuilt` lets scripts and tests wait for it.
 */
export async function vocabularyChanged(): Promise<{ rebuilt: Promise<void> }> {
  await bumpContentVersion();
  const job = (async () => {
    await reindexAll();
    await refreshAllRelated();
    await bumpContentVersion();
  })();
  job.catch((error) => console.error("Rebuilding search and recommendations after a tag change failed:", error));
  lastRebuild = job.catch(() => undefined);
  return { rebuilt: job };
}

let lastRebuild: Promise<void> = Promise.resolve();

/** Resolves when the latest background rebuild has finished (for scripts and tests). */
export function vocabularyRebuilt(): Promise<void> {
  return lastRebuild;
}
