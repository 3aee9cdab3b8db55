import { refreshAllRelated, refreshRelatedFor } from "./recommendation.server";
import { reindexAll, reindexStory } from "./search.server";

// What must follow when a story becomes visible, changes, or stops being visible: the search
// index and "stories like this" are derived data, kept in step here and nowhere else.
// Called after the change has committed.

export async function storyChanged(storyId: string): Promise<void> {
  await reindexStory(storyId);
  await refreshRelatedFor(storyId);
}

/** After a tag is renamed or merged: tag names are in the search index and drive "stories like this". */
export async function vocabularyChanged(): Promise<void> {
  await reindexAll();
  await refreshAllRelated();
}
