import { formatMonthYear } from "~/lib/dates";
import { db } from "~/lib/db.server";
import { newId, randomSecret } from "~/lib/ids.server";
import { renderStoryMarkdown } from "~/lib/markdown.server";
import { checkStory } from "~/lib/safety";
import type { StoryInput } from "~/schemas/story";
import { AUTHOR_FOR_BYLINE, publicIdentity } from "./identity.server";

// Stories and their revisions. Every query that acts for an author carries the authorId in
// its `where`, so ownership is checked by the query itself.

/** Public address: words from the title plus random characters. Never derived from the author. */
export function storySlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || "story"}-${randomSecret(4).slice(0, 6)}`;
}

async function tagIdsForSlugs(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const tags = await db.tag.findMany({ where: { slug: { in: slugs }, retiredAt: null }, select: { id: true } });
  return tags.map((t) => t.id);
}

/** Everything a revision stores that is derived from the author's text: rendered once, here. */
function derivedRevisionFields(input: StoryInput) {
  const rendered = renderStoryMarkdown(input.body);
  const safety = checkStory({ title: input.title, body: input.body });
  return {
    title: input.title,
    bodyMarkdown: input.body,
    bodyHtml: rendered.html,
    wordCount: rendered.wordCount,
    anonymity: input.anonymity,
    penName: input.anonymity === "PEN_NAME" ? (input.penName ?? null) : null,
    safetyFindings: JSON.stringify(safety.findings),
    crisis: safety.crisis,
  };
}

/** Starts a new story as a draft with its first revision. */
export async function createStory({ authorId, input }: { authorId: string; input: StoryInput }) {
  const storyId = newId();
  const revisionId = newId();
  const tagIds = await tagIdsForSlugs(input.tags);
  await db.$transaction(async (tx) => {
    await tx.story.create({ data: { id: storyId, slug: `draft-${storyId}`, authorId, status: "DRAFT" } });
    await tx.storyRevision.create({
      data: {
        id: revisionId,
        storyId,
        number: 1,
        status: "DRAFT",
        ...derivedRevisionFields(input),
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        warnings: { create: input.warnings.map((warning) => ({ warning })) },
      },
    });
    await tx.story.update({ where: { id: storyId }, data: { workingRevisionId: revisionId } });
  });
  return { storyId, revisionId };
}

/** Sends the story's working revision for review. */
export async function submitStory({ storyId, authorId }: { storyId: string; authorId: string }) {
  const story = await db.story.findFirst({
    where: { id: storyId, authorId },
    select: { id: true, status: true, workingRevisionId: true, workingRevision: { select: { crisis: true } } },
  });
  if (!story?.workingRevisionId) return null;
  const now = new Date();
  await db.$transaction([
    db.storyRevision.update({ where: { id: story.workingRevisionId }, data: { status: "IN_REVIEW", submittedAt: now } }),
    db.story.update({
      where: { id: story.id },
      data: {
        // A published story stays published while its edit is reviewed.
        status: story.status === "PUBLISHED" ? "PUBLISHED" : "IN_REVIEW",
        submittedAt: now,
        crisis: story.workingRevision?.crisis ?? false,
      },
    }),
  ]);
  return story.id;
}

/** Makes a reviewed revision the live version (moderation decides; this is the data change). */
export async function publishRevision({ storyId, revisionId, at = new Date() }: { storyId: string; revisionId: string; at?: Date }) {
  const story = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { liveRevisionId: true, publishedAt: true, slug: true, workingRevisionId: true },
  });
  const revision = await db.storyRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { title: true } });
  await db.$transaction([
    ...(story.liveRevisionId && story.liveRevisionId !== revisionId
      ? [db.storyRevision.update({ where: { id: story.liveRevisionId }, data: { status: "SUPERSEDED" } })]
      : []),
    db.storyRevision.update({ where: { id: revisionId }, data: { status: "APPROVED", decidedAt: at } }),
    db.story.update({
      where: { id: storyId },
      data: {
        status: "PUBLISHED",
        liveRevisionId: revisionId,
        workingRevisionId: story.workingRevisionId === revisionId ? null : story.workingRevisionId,
        publishedAt: story.publishedAt ?? at,
        crisis: false,
        // The public address is set from the first approved title and then stays stable.
        slug: story.slug.startsWith("draft-") ? storySlug(revision.title) : story.slug,
      },
    }),
  ]);
}

const PUBLIC_REVISION_SELECT = {
  title: true,
  anonymity: true,
  penName: true,
  wordCount: true,
  tags: { select: { tag: { select: { slug: true, name: true, facet: true } } } },
  warnings: { select: { warning: true } },
} as const;

/** Newest published stories, for the home page. Public: identity comes from publicIdentity only. */
export async function listPublishedStories({ limit = 20 }: { limit?: number } = {}) {
  const stories = await db.story.findMany({
    where: { status: "PUBLISHED", liveRevisionId: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      publishedAt: true,
      author: AUTHOR_FOR_BYLINE,
      liveRevision: { select: PUBLIC_REVISION_SELECT },
    },
  });
  return stories.flatMap(({ liveRevision: rev, author, slug, publishedAt }) =>
    rev
      ? [
          {
            slug,
            title: rev.title,
            byline: publicIdentity(rev, author),
            // Month and year only: exact times could be lined up with an account's activity.
            published: publishedAt ? formatMonthYear(publishedAt) : null,
            wordCount: rev.wordCount,
            tags: rev.tags.map((t) => t.tag),
            warnings: rev.warnings.map((w) => w.warning),
          },
        ]
      : [],
  );
}
