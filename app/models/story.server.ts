import { formatMonthYear } from "~/lib/dates";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { hotRead } from "~/lib/hot-read.server";
import { sqliteTime } from "~/lib/sqlite-reader.server";
import { slugWords } from "~/lib/slug";
import { newId, randomSecret } from "~/lib/ids.server";
import { renderUntrustedMarkdown } from "~/lib/markdown-pool.server";
import { checkStory } from "~/lib/safety";
import { submissionProblems, type StoryInput } from "~/schemas/story";
import type { DbClient } from "./audit.server";
import { AUTHOR_FOR_BYLINE, publicIdentity } from "./identity.server";
import { storyChanged } from "./lifecycle.server";

// Stories and their revisions. Every query that acts for an author carries the authorId in
// its `where`, so ownership is checked by the query itself.

/** Public address: words from the title plus random characters. Never derived from the author. */
export function storySlug(title: string): string {
  return `${slugWords(title)}-${randomSecret(4).slice(0, 6)}`;
}

async function tagIdsForSlugs(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const tags = await db.tag.findMany({ where: { slug: { in: slugs }, retiredAt: null }, select: { id: true } });
  return tags.map((t) => t.id);
}

/**
 * Everything a revision stores that is derived from the author's text: rendered once, here, in
 * a worker thread (markdown-pool.server.ts), so a slow render never holds up other requests.
 */
async function derivedRevisionFields(input: StoryInput) {
  const rendered = await renderUntrustedMarkdown(input.body);
  const safety = checkStory({ title: input.title, body: input.body });
  return {
    fields: {
      title: input.title,
      bodyMarkdown: input.body,
      bodyHtml: rendered.html,
      wordCount: rendered.wordCount,
      anonymity: input.anonymity,
      penName: input.anonymity === "PEN_NAME" ? (input.penName ?? null) : null,
      safetyFindings: JSON.stringify(safety.findings),
      // The two care tiers (docs/moderation/crisis-procedure.md); concern is set with crisis too.
      crisis: safety.crisis,
      concern: safety.concern,
    },
    // The editor shows the same rendering and findings beside the form: no second pass.
    preview: { html: rendered.html, findings: safety.findings, crisis: safety.crisis, concern: safety.concern },
  };
}

/** What the editor shows after a save: the text as readers will see it, and the safety findings. */
export type SavedPreview = Awaited<ReturnType<typeof derivedRevisionFields>>["preview"];

/** Starts a new story as a draft with its first revision. */
export async function createStory({ authorId, input }: { authorId: string; input: StoryInput }) {
  const storyId = newId();
  const revisionId = newId();
  const tagIds = await tagIdsForSlugs(input.tags);
  const derived = await derivedRevisionFields(input);
  await db.$transaction(async (tx) => {
    await tx.story.create({ data: { id: storyId, slug: `draft-${storyId}`, authorId, status: "DRAFT" } });
    await tx.storyRevision.create({
      data: {
        id: revisionId,
        storyId,
        number: 1,
        status: "DRAFT",
        ...derived.fields,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        warnings: { create: input.warnings.map((warning) => ({ warning })) },
      },
    });
    await tx.story.update({ where: { id: storyId }, data: { workingRevisionId: revisionId } });
  });
  return { storyId, revisionId, preview: derived.preview };
}

/** Starts a new working revision as a copy of the live one (text, settings, tags, warnings). */
async function copyLiveRevision(storyId: string) {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUniqueOrThrow({
      where: { id: storyId },
      select: {
        liveRevision: { include: { tags: { select: { tagId: true } }, warnings: { select: { warning: true } } } },
        revisions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
      },
    });
    const live = story.liveRevision;
    if (!live) return null;
    const id = newId();
    await tx.storyRevision.create({
      data: {
        id,
        storyId,
        number: (story.revisions[0]?.number ?? live.number) + 1,
        status: "DRAFT",
        title: live.title,
        bodyMarkdown: live.bodyMarkdown,
        bodyHtml: live.bodyHtml,
        wordCount: live.wordCount,
        anonymity: live.anonymity,
        penName: live.penName,
        safetyFindings: live.safetyFindings,
        crisis: live.crisis,
        concern: live.concern,
        tags: { create: live.tags.map((t) => ({ tagId: t.tagId })) },
        warnings: { create: live.warnings.map((w) => ({ warning: w.warning })) },
      },
    });
    await tx.story.update({ where: { id: storyId }, data: { workingRevisionId: id } });
    return tx.storyRevision.findUniqueOrThrow({
      where: { id },
      select: { id: true, status: true, title: true, bodyMarkdown: true, crisis: true, concern: true, tags: { select: { tag: { select: { facet: true } } } } },
    });
  });
}

export type SubmitResult =
  | { ok: true; crisis: boolean; concern: boolean }
  | { ok: false; reason: "not-found" | "not-submittable" }
  | { ok: false; reason: "incomplete"; errors: Record<string, string> };

/** Sends the story's working revision for review, if it is complete. */
export async function submitStory({ storyId, authorId }: { storyId: string; authorId: string }): Promise<SubmitResult> {
  const story = await db.story.findFirst({
    where: { id: storyId, authorId },
    select: {
      id: true,
      status: true,
      workingRevision: {
        select: { id: true, status: true, title: true, bodyMarkdown: true, crisis: true, concern: true, tags: { select: { tag: { select: { facet: true } } } } },
      },
    },
  });
  if (!story) return { ok: false, reason: "not-found" };
  // A withdrawn story with no edit in progress goes back for review as it was published.
  const working = story.workingRevision ?? (story.status === "WITHDRAWN" ? await copyLiveRevision(story.id) : null);
  if (!working || !["DRAFT", "CHANGES_REQUESTED"].includes(working.status)) return { ok: false, reason: "not-submittable" };
  const errors = submissionProblems({
    title: working.title,
    body: working.bodyMarkdown,
    tagFacets: working.tags.map((t) => t.tag.facet),
  });
  if (Object.keys(errors).length) return { ok: false, reason: "incomplete", errors };
  const now = new Date();
  await db.$transaction([
    db.storyRevision.update({ where: { id: working.id }, data: { status: "IN_REVIEW", submittedAt: now } }),
    db.story.update({
      where: { id: story.id },
      data: {
        // A published story stays published while its edit is reviewed.
        status: story.status === "PUBLISHED" ? "PUBLISHED" : "IN_REVIEW",
        submittedAt: now,
        // Crisis items go to the top of the queue, concern items after them.
        crisis: working.crisis,
        concern: working.crisis || working.concern,
      },
    }),
  ]);
  return { ok: true, crisis: working.crisis, concern: working.crisis || working.concern };
}

/**
 * Makes a reviewed revision the live version: the data change behind a moderator's approval
 * (app/models/moderation.server.ts decides; the seed uses it directly). Pass the decision's
 * transaction client so both commit together.
 */
export async function publishRevision(
  { storyId, revisionId, at = new Date() }: { storyId: string; revisionId: string; at?: Date },
  client: DbClient = db,
) {
  const story = await client.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { liveRevisionId: true, publishedAt: true, slug: true, workingRevisionId: true },
  });
  const revision = await client.storyRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { title: true } });
  if (story.liveRevisionId && story.liveRevisionId !== revisionId) {
    await client.storyRevision.update({ where: { id: story.liveRevisionId }, data: { status: "SUPERSEDED" } });
  }
  await client.storyRevision.update({ where: { id: revisionId }, data: { status: "APPROVED", decidedAt: at } });
  await client.story.update({
    where: { id: storyId },
    data: {
      status: "PUBLISHED",
      liveRevisionId: revisionId,
      workingRevisionId: story.workingRevisionId === revisionId ? null : story.workingRevisionId,
      publishedAt: story.publishedAt ?? at,
      submittedAt: null,
      crisis: false,
      concern: false,
      // The public address is set from the first approved title and then stays stable.
      slug: story.slug === `draft-${storyId}` ? storySlug(revision.title) : story.slug,
    },
  });
}

const PUBLIC_REVISION_SELECT = {
  title: true,
  anonymity: true,
  penName: true,
  wordCount: true,
  tags: { select: { tag: { select: { slug: true, name: true, facet: true } } } },
  warnings: { select: { warning: true } },
} as const;

/** What a public story card needs. Identity goes through publicIdentity only. */
export const STORY_CARD_SELECT = {
  id: true,
  slug: true,
  publishedAt: true,
  author: AUTHOR_FOR_BYLINE,
  liveRevision: { select: PUBLIC_REVISION_SELECT },
} as const;

const FACET_ORDER: Record<string, number> = { SUBSTANCE: 0, SITUATION: 1, PATHWAY: 2, STAGE: 3 };

interface StoryCardRow {
  slug: string;
  publishedAt: Date | null;
  author: { username: string } | null;
  liveRevision: {
    title: string;
    anonymity: string;
    penName: string | null;
    wordCount: number;
    tags: { tag: { slug: string; name: string; facet: string } }[];
    warnings: { warning: string }[];
  } | null;
}

/** A public card from a row selected with STORY_CARD_SELECT; null when it has no live version. */
export function toStoryCard({ liveRevision: rev, author, slug, publishedAt }: StoryCardRow) {
  if (!rev) return null;
  return {
    slug,
    title: rev.title,
    byline: publicIdentity(rev, author),
    // Month and year only: exact times could be lined up with an account's activity.
    published: publishedAt ? formatMonthYear(publishedAt) : null,
    wordCount: rev.wordCount,
    tags: rev.tags
      .map((t) => t.tag)
      .sort((a, b) => (FACET_ORDER[a.facet] ?? 9) - (FACET_ORDER[b.facet] ?? 9) || a.name.localeCompare(b.name)),
    warnings: rev.warnings.map((w) => w.warning),
  };
}

export type StoryCardModel = NonNullable<ReturnType<typeof toStoryCard>>;

/** Newest published stories, for the home page. Public: identity comes from publicIdentity only. */
export async function listPublishedStories({ limit = 20 }: { limit?: number } = {}) {
  const stories = await db.story.findMany({
    where: { status: "PUBLISHED", liveRevisionId: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: STORY_CARD_SELECT,
  });
  return stories.map(toStoryCard).filter((card): card is StoryCardModel => card !== null);
}

/** Story statuses in which the author may change the text (an edit of a published story makes a revision). */
const EDITABLE_STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED", "WITHDRAWN"];

export type SaveResult =
  | { ok: true; storyId: string; revisionId: string; pulledFromReview: boolean; preview: SavedPreview }
  | { ok: false; reason: "not-found" | "not-editable" };

/** The story's status and its working revision's, for deciding how a save goes (hot read: every autosave). */
function readWorkingState(storyId: string, authorId: string) {
  return hotRead<[string, string], { storyStatus: string; revisionId: string | null; revisionStatus: string | null; revisionVersion: string | null }>(
    `SELECT s."status" AS "storyStatus", r."id" AS "revisionId", r."status" AS "revisionStatus",
       CAST(r."updatedAt" AS TEXT) AS "revisionVersion"
     FROM "Story" s LEFT JOIN "StoryRevision" r ON r."id" = s."workingRevisionId"
     WHERE s."id" = ? AND s."authorId" = ?`,
  ).get(storyId, authorId);
}

/** A revision's tags (slug, and whether retired since) and warnings. */
async function readRevisionLabels(revisionId: string) {
  const rows = await hotRead<[string, string], { kind: string; value: string; retiredAt: unknown }>(
    `SELECT 'tag' AS "kind", t."slug" AS "value", t."retiredAt" AS "retiredAt"
     FROM "RevisionTag" rt JOIN "Tag" t ON t."id" = rt."tagId" WHERE rt."revisionId" = ?
     UNION ALL
     SELECT 'warning', w."warning", NULL FROM "RevisionWarning" w WHERE w."revisionId" = ?`,
  ).all(revisionId, revisionId);
  return { tags: rows.filter((r) => r.kind === "tag"), warnings: rows.filter((r) => r.kind === "warning").map((r) => r.value) };
}

/** Statuses a save leaves as they are (a story in review or withdrawn goes back to draft). */
const UNCHANGED_BY_SAVE = ["DRAFT", "CHANGES_REQUESTED", "PUBLISHED"];

const sameItems = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/**
 * Saves the author's text. A draft or a returned story is updated in place; a story in review
 * goes back to draft (a moderator must never approve text they didn't see); a published story
 * gets a new working revision while the live version stays up.
 *
 * Most saves are the editor's autosave of a draft whose tags and warnings haven't changed.
 * Those are two hot reads and an UPDATE in SQL (docs/decisions/012: through the ORM the same
 * save cost several times as much), which applies only if the story and its revision are still
 * as they were read (the author's, the same working revision, the same statuses, not saved
 * since): a moderator's decision or another tab's save in between is never overwritten
 * blindly, and the save then goes the whole way, reads and writes in one transaction.
 */
export async function saveStory({
  storyId,
  authorId,
  input,
}: {
  storyId: string;
  authorId: string;
  input: StoryInput;
}): Promise<SaveResult> {
  const story = await readWorkingState(storyId, authorId);
  if (!story) return { ok: false, reason: "not-found" };
  if (!EDITABLE_STATUSES.includes(story.storyStatus)) return { ok: false, reason: "not-editable" };
  const derived = await derivedRevisionFields(input);
  if (
    story.revisionId &&
    story.revisionStatus &&
    story.revisionVersion &&
    UNCHANGED_BY_SAVE.includes(story.storyStatus) &&
    (story.revisionStatus === "DRAFT" || story.revisionStatus === "CHANGES_REQUESTED")
  ) {
    const { tags, warnings } = await readRevisionLabels(story.revisionId);
    if (
      tags.every((t) => t.retiredAt == null) &&
      sameItems([...new Set(input.tags)], tags.map((t) => t.value)) &&
      sameItems(input.warnings, warnings)
    ) {
      // Applies only to the state read above: the same statuses and working revision, and a
      // revision nobody has saved since (its updatedAt, compared as text on both databases).
      // One statement, no transaction around it: on SQLite a transaction would hold the write
      // lock across several turns of the event loop, and the other processes' writes would
      // wait in SQLite's busy handler, which sleeps (measured: 336 → 205 autosaves a second).
      const f = derived.fields;
      const now = new Date();
      const storyAsRead = Prisma.sql`s."id" = ${storyId} AND s."authorId" = ${authorId} AND s."status" = ${story.storyStatus} AND s."workingRevisionId" = ${story.revisionId}`;
      const saved = await db.$executeRaw`UPDATE "StoryRevision" SET "title" = ${f.title}, "bodyMarkdown" = ${f.bodyMarkdown},
          "bodyHtml" = ${f.bodyHtml}, "wordCount" = ${f.wordCount}, "anonymity" = ${f.anonymity}, "penName" = ${f.penName},
          "safetyFindings" = ${f.safetyFindings}, "crisis" = ${f.crisis}, "concern" = ${f.concern}, "submittedAt" = NULL, "updatedAt" = ${now}
        WHERE "id" = ${story.revisionId} AND "status" = ${story.revisionStatus} AND CAST("updatedAt" AS TEXT) = ${story.revisionVersion}
          AND EXISTS (SELECT 1 FROM "Story" s WHERE ${storyAsRead})`;
      // My stories sorts by the story's date. Should the story have moved on in between (sent
      // for review from another tab, say), that change set the date itself.
      if (saved === 1) await db.$executeRaw`UPDATE "Story" AS s SET "updatedAt" = ${now} WHERE ${storyAsRead}`;
      if (saved === 1) return { ok: true, storyId, revisionId: story.revisionId, pulledFromReview: false, preview: derived.preview };
    }
  }
  return saveInTransaction({ storyId, authorId, input, derived });
}

/** Thrown inside the whole save when the working revision changed under it: the save starts again. */
class SaveConflict extends Error {}

/** The whole save, its reads and writes in one transaction: a new working revision, changed tags or warnings, a status that moves. */
async function saveInTransaction({
  storyId,
  authorId,
  input,
  derived,
}: {
  storyId: string;
  authorId: string;
  input: StoryInput;
  derived: Awaited<ReturnType<typeof derivedRevisionFields>>;
}): Promise<SaveResult> {
  const tagIds = await tagIdsForSlugs(input.tags);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const story = await tx.story.findFirst({
          where: { id: storyId, authorId },
          select: {
            status: true,
            workingRevision: { select: { id: true, status: true } },
            revisions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
          },
        });
        if (!story) return { ok: false as const, reason: "not-found" as const };
        if (!EDITABLE_STATUSES.includes(story.status)) return { ok: false as const, reason: "not-editable" as const };
        const working = story.workingRevision;
        const pulledFromReview = working?.status === "IN_REVIEW";
        let revisionId: string;
        if (working) {
          revisionId = working.id;
          // Only while the revision is as read: on PostgreSQL a moderator's claim can commit
          // between the read and this write (SQLite's BEGIN IMMEDIATE already excludes that).
          const { count } = await tx.storyRevision.updateMany({
            where: { id: working.id, status: working.status },
            data: {
              ...derived.fields,
              status: working.status === "CHANGES_REQUESTED" ? "CHANGES_REQUESTED" : "DRAFT",
              submittedAt: null,
            },
          });
          if (count !== 1) throw new SaveConflict();
          await tx.revisionTag.deleteMany({ where: { revisionId } });
          if (tagIds.length) await tx.revisionTag.createMany({ data: tagIds.map((tagId) => ({ revisionId, tagId })) });
          await tx.revisionWarning.deleteMany({ where: { revisionId } });
          if (input.warnings.length) await tx.revisionWarning.createMany({ data: input.warnings.map((warning) => ({ revisionId, warning })) });
        } else {
          revisionId = newId();
          await tx.storyRevision.create({
            data: {
              id: revisionId,
              storyId,
              number: (story.revisions[0]?.number ?? 0) + 1,
              status: "DRAFT",
              ...derived.fields,
              tags: { create: tagIds.map((tagId) => ({ tagId })) },
              warnings: { create: input.warnings.map((warning) => ({ warning })) },
            },
          });
        }
        const nextStatus =
          story.status === "PUBLISHED" ? "PUBLISHED"
          : story.status === "CHANGES_REQUESTED" ? "CHANGES_REQUESTED"
          : "DRAFT";
        await tx.story.update({
          where: { id: storyId },
          data: { workingRevisionId: revisionId, status: nextStatus, ...(pulledFromReview ? { submittedAt: null, crisis: false, concern: false } : {}) },
        });
        return { ok: true as const, storyId, revisionId, pulledFromReview, preview: derived.preview };
      });
    } catch (error) {
      if (error instanceof SaveConflict && attempt < 3) continue;
      throw error;
    }
  }
}

/**
 * Withdraws a story: a published one goes offline at once; one waiting for review goes back
 * to being a draft.
 */
export async function withdrawStory({ storyId, authorId }: { storyId: string; authorId: string }) {
  const story = await db.story.findFirst({
    where: { id: storyId, authorId },
    select: { id: true, status: true, workingRevisionId: true, workingRevision: { select: { status: true } } },
  });
  if (!story) return { ok: false as const, reason: "not-found" as const };
  if (story.status === "PUBLISHED") {
    await db.$transaction([
      db.story.update({ where: { id: story.id }, data: { status: "WITHDRAWN", crisis: false, concern: false, submittedAt: null } }),
      ...(story.workingRevisionId && story.workingRevision?.status === "IN_REVIEW"
        ? [db.storyRevision.update({ where: { id: story.workingRevisionId }, data: { status: "DRAFT", submittedAt: null } })]
        : []),
    ]);
    await storyChanged(story.id);
    return { ok: true as const, status: "WITHDRAWN" };
  }
  if (story.status === "IN_REVIEW" && story.workingRevisionId) {
    await db.$transaction([
      db.story.update({ where: { id: story.id }, data: { status: "DRAFT", crisis: false, concern: false, submittedAt: null } }),
      db.storyRevision.update({ where: { id: story.workingRevisionId }, data: { status: "DRAFT", submittedAt: null } }),
    ]);
    return { ok: true as const, status: "DRAFT" };
  }
  return { ok: false as const, reason: "not-withdrawable" as const };
}

/** Deletes a story and every revision of it. The audit log keeps its entries (ids only). */
export async function deleteStory({ storyId, authorId }: { storyId: string; authorId: string }): Promise<boolean> {
  const { count } = await db.story.deleteMany({ where: { id: storyId, authorId } });
  if (count > 0) await storyChanged(storyId);
  return count > 0;
}

const EDITOR_REVISION_SELECT = {
  id: true,
  status: true,
  title: true,
  bodyMarkdown: true,
  bodyHtml: true,
  anonymity: true,
  penName: true,
  safetyFindings: true,
  crisis: true,
  concern: true,
  updatedAt: true,
  tags: { select: { tag: { select: { slug: true } } } },
  warnings: { select: { warning: true } },
} as const;

/** The story as its author edits it: the working revision, or the live one to start an edit from. */
export async function getStoryForEditing({ storyId, authorId }: { storyId: string; authorId: string }) {
  const story = await db.story.findFirst({
    where: { id: storyId, authorId },
    select: {
      id: true,
      slug: true,
      status: true,
      workingRevision: { select: EDITOR_REVISION_SELECT },
      liveRevision: { select: EDITOR_REVISION_SELECT },
    },
  });
  if (!story) return null;
  const revision = story.workingRevision ?? story.liveRevision;
  if (!revision) return null;
  return {
    id: story.id,
    slug: story.slug,
    status: story.status,
    isLive: Boolean(story.liveRevision),
    editingLive: !story.workingRevision,
    revisionStatus: revision.status,
    values: {
      title: revision.title,
      body: revision.bodyMarkdown,
      anonymity: revision.anonymity,
      penName: revision.penName ?? "",
      tags: revision.tags.map((t) => t.tag.slug),
      warnings: revision.warnings.map((w) => w.warning),
    },
    safetyFindings: JSON.parse(revision.safetyFindings) as unknown[],
    crisis: revision.crisis,
    concern: revision.crisis || revision.concern,
    savedAt: revision.updatedAt.toISOString(),
  };
}

/** The author's own stories with status, moderator feedback and private reaction counts. */
export async function listMyStories({ authorId }: { authorId: string }) {
  const stories = await db.story.findMany({
    where: { authorId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      workingRevision: { select: { title: true, status: true } },
      liveRevision: { select: { title: true } },
    },
  });
  // Both reads select by the author inside the query (a join), never by a list of the author's
  // story ids: an author may have thousands of stories, past the database's parameter limit.
  const [reactions, feedback] = await Promise.all([
    db.reaction.groupBy({ by: ["storyId", "kind"], where: { story: { authorId } }, _count: { _all: true } }),
    db.$queryRaw<{ storyId: string; action: string; reason: string | null; note: string | null; createdAt: unknown }[]>`
      SELECT m."storyId", m."action", m."reason", m."note", m."createdAt"
      FROM "ModerationAction" m JOIN "Story" s ON s."id" = m."storyId"
      WHERE s."authorId" = ${authorId} AND m."action" IN ('REQUEST_CHANGES', 'REJECT', 'REMOVE', 'APPROVE')
      ORDER BY m."createdAt" DESC, m."id" DESC`,
  ]);
  // Newest first, so the first entry per story is its latest decision.
  const latestByStory = new Map<string, (typeof feedback)[number]>();
  for (const f of feedback) if (!latestByStory.has(f.storyId)) latestByStory.set(f.storyId, f);
  const countsByStory = new Map<string, Record<string, number>>();
  for (const r of reactions) {
    const counts = countsByStory.get(r.storyId) ?? {};
    counts[r.kind] = r._count._all;
    countsByStory.set(r.storyId, counts);
  }
  return stories.map((story) => {
    const latest = latestByStory.get(story.id);
    const counts = countsByStory.get(story.id) ?? {};
    return {
      id: story.id,
      slug: story.status === "PUBLISHED" ? story.slug : null,
      status: story.status,
      title: story.workingRevision?.title || story.liveRevision?.title || "Untitled draft",
      pendingEdit: story.status === "PUBLISHED" ? (story.workingRevision?.status ?? null) : null,
      updated: story.updatedAt.toISOString(),
      // Moderators' names are never shown to authors: only what was decided and why.
      feedback:
        latest && latest.action !== "APPROVE"
          ? { action: latest.action, reason: latest.reason, note: latest.note, at: sqliteTime(latest.createdAt).toISOString() }
          : null,
      reactions: counts,
    };
  });
}

/** A published story for its public page, or null. Identity comes from publicIdentity only. */
export async function getPublishedStory({ slug }: { slug: string }) {
  const story = await db.story.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      publishedAt: true,
      author: AUTHOR_FOR_BYLINE,
      liveRevision: { select: { ...PUBLIC_REVISION_SELECT, bodyHtml: true } },
    },
  });
  const rev = story?.liveRevision;
  if (!story || !rev) return null;
  return {
    slug,
    title: rev.title,
    html: rev.bodyHtml,
    byline: publicIdentity(rev, story.author),
    published: story.publishedAt ? formatMonthYear(story.publishedAt) : null,
    wordCount: rev.wordCount,
    tags: rev.tags.map((t) => t.tag),
    warnings: rev.warnings.map((w) => w.warning),
  };
}
