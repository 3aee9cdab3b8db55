import { db } from "~/lib/db.server";
import type { ReactionKind } from "~/lib/constants";
import { visibleStoriesWhere, type ReaderPrefs } from "./preferences.server";
import { STORY_CARD_SELECT, toStoryCard, type StoryCardModel } from "./story.server";

// Private reactions and saved stories. Reactions are seen as counts by the author only; no
// public counts anywhere. Nothing here stores an address or anything beyond who and which.

async function publishedStoryId(slug: string): Promise<string | null> {
  const story = await db.story.findFirst({ where: { slug, status: "PUBLISHED" }, select: { id: true } });
  return story?.id ?? null;
}

/** Turns a reaction on or off; returns whether it is now on, or null if the story isn't public. */
export async function toggleReaction({ userId, slug, kind }: { userId: string; slug: string; kind: ReactionKind }) {
  const storyId = await publishedStoryId(slug);
  if (!storyId) return null;
  const { count } = await db.reaction.deleteMany({ where: { userId, storyId, kind } });
  if (count > 0) return false;
  await db.reaction.upsert({
    where: { userId_storyId_kind: { userId, storyId, kind } },
    create: { userId, storyId, kind },
    update: {},
  });
  return true;
}

export async function toggleSaved({ userId, slug }: { userId: string; slug: string }) {
  const storyId = await publishedStoryId(slug);
  if (!storyId) return null;
  const { count } = await db.savedStory.deleteMany({ where: { userId, storyId } });
  if (count > 0) return false;
  await db.savedStory.upsert({ where: { userId_storyId: { userId, storyId } }, create: { userId, storyId }, update: {} });
  return true;
}

/** What this reader has done with this story: their own reactions and whether it's saved. */
export async function readerState({ userId, slug }: { userId: string; slug: string }) {
  const story = await db.story.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      reactions: { where: { userId }, select: { kind: true } },
      saves: { where: { userId }, select: { userId: true } },
    },
  });
  return { reactions: story?.reactions.map((r) => r.kind) ?? [], saved: Boolean(story?.saves.length) };
}

export async function listSaved({ userId, prefs }: { userId: string; prefs: ReaderPrefs }): Promise<StoryCardModel[]> {
  const saved = await db.savedStory.findMany({
    where: { userId, story: visibleStoriesWhere(prefs) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { story: { select: STORY_CARD_SELECT } },
  });
  return saved.map((s) => toStoryCard(s.story)).filter((c): c is StoryCardModel => c !== null);
}
