import { refreshAllRelated, refreshRelatedFor } from "./recommendation.server";
import { reindexAll, reindexStory } from "./search.server";

// What must follow when a story becomes visible, changes, or stops being visible: the search
// index and "stories like this" are derived data, kept in step here and nowhere else.
// Called after the change has committed.

export async function storyChanged(storyId: string): Promise<void> {
  await reindexStory(storyId);
  await refreshRelatedFor(storyId);
}

/**
 * After a tag is renamed or merged: tag names are in the search index and drive "stories like
 * this". Rebuilding both takes minutes at 100,000 stories, so it runs after the admin's request
 * has been answered; the returned promise lets scripts and tests wait for it.
 */
export function vocabularyChanged(): Promise<void> {
  const job = (async () => {
    await reindexAll();
    await refreshAllRelated();
  })();
  job.catch((error) => console.error("Rebuilding search and recommendations after a tag change failed:", error));
  return job;
}
