import { diffWords } from "diff";
import { careExcerpts, careLevel, careRank, type CareExcerpt, type CareLevel } from "~/lib/care";
import { moderationReasonLabel } from "~/lib/constants";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { isCareKind, type SafetyFinding } from "~/lib/safety";
import { recordAction, type DbClient } from "./audit.server";
import { storyChanged } from "./lifecycle.server";
import { notify } from "./notification.server";
import { publishRevision } from "./story.server";

// Moderation: the queue, the review item, and every decision. Each decision first *claims*
// the item with a conditional update (status and submission time must still be what the
// moderator saw); if another moderator or the author got there first, nothing is written
// and the moderator is told. Every decision writes its audit entry and the author's
// notification in the same transaction.

export type QueueTab = "new" | "edits" | "reports";

export class AlreadyDecided extends Error {
  constructor(message = "Another moderator has already decided this item, or the author changed it. Nothing was overwritten.") {
    super(message);
  }
}

function summary(findingsJson: string) {
  const findings = JSON.parse(findingsJson) as SafetyFinding[];
  const care = findings.filter((f) => isCareKind(f.kind));
  return {
    findings,
    identifying: findings.length - care.length,
    crisis: care.some((f) => f.kind === "crisis"),
    concern: care.length > 0,
  };
}

/** One item of the queue: what it is, how urgent (`level`), and the sentences that raised a care flag. */
export interface QueueItem {
  storyId: string;
  title: string;
  level: CareLevel;
  crisis: boolean;
  concern: boolean;
  /** The care findings' sentences with the text around them, crisis first. */
  care: CareExcerpt[];
  since: string;
  warnings: string[];
  identifying: number;
  reports: number;
  reasons: string[];
}

/** Crisis first, then concern, then the oldest first (a stable sort keeps the database's order within each). */
const byUrgency = (a: QueueItem, b: QueueItem) => careRank(a.level) - careRank(b.level) || a.since.localeCompare(b.since);

/**
 * Items waiting in one tab of the queue: crisis first, then concern, then oldest first. Plus
 * each tab's count. The queries start from the few revisions waiting (the StoryRevision
 * status index), so neither the order nor the counts read the published stories.
 */
export async function listQueue({ tab }: { tab: QueueTab }): Promise<{ counts: Record<QueueTab, number>; items: QueueItem[] }> {
  const [newCount, editCount, reportGroups] = await Promise.all([
    db.story.count({ where: { status: "IN_REVIEW", workingRevision: { status: "IN_REVIEW" } } }),
    db.story.count({ where: { status: "PUBLISHED", workingRevision: { status: "IN_REVIEW" } } }),
    db.report.groupBy({ by: ["storyId"], where: { status: "OPEN" }, _count: { _all: true }, _min: { createdAt: true } }),
  ]);
  const counts = { new: newCount, edits: editCount, reports: reportGroups.length };

  if (tab === "reports") {
    // The stories with an open report, chosen in the query rather than by a list of ids: a wave
    // of reports could name more stories than the database accepts parameters.
    const groups = new Map(reportGroups.map((g) => [g.storyId, g]));
    const stories = await db.story.findMany({
      where: { reports: { some: { status: "OPEN" } } },
      select: {
        id: true,
        liveRevision: { select: { title: true, warnings: { select: { warning: true } } } },
        reports: { where: { status: "OPEN" }, select: { reason: true } },
      },
    });
    const items = stories
      .map((story): QueueItem => {
        const group = groups.get(story.id);
        const reasons = story.reports.map((r) => r.reason);
        // A reader's report that the author may be in danger is a crisis item.
        const crisis = reasons.includes("crisis");
        return {
          storyId: story.id,
          title: story.liveRevision?.title ?? "Untitled",
          level: crisis ? "crisis" : "none",
          crisis,
          concern: crisis,
          care: [],
          // A report opened between the two reads has no group yet: its own time stands in.
          since: (group?._min.createdAt ?? new Date()).toISOString(),
          warnings: story.liveRevision?.warnings.map((w) => w.warning) ?? [],
          identifying: 0,
          reports: group?._count._all ?? story.reports.length,
          reasons: [...new Set(reasons)],
        };
      })
      .sort(byUrgency);
    return { counts, items };
  }

  const stories = await db.story.findMany({
    where:
      tab === "edits"
        ? { status: "PUBLISHED", workingRevision: { status: "IN_REVIEW" } }
        : { status: "IN_REVIEW", workingRevision: { status: "IN_REVIEW" } },
    orderBy: [{ crisis: "desc" }, { concern: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      crisis: true,
      concern: true,
      submittedAt: true,
      workingRevision: { select: { id: true, title: true, safetyFindings: true, warnings: { select: { warning: true } } } },
    },
  });
  const found = new Map(stories.map((story) => [story.id, summary(story.workingRevision?.safetyFindings ?? "[]")]));
  // The text around each flagged sentence, read only for the flagged items (a few) rather than every body.
  const flaggedRevisionIds = stories
    .filter((story) => story.crisis || story.concern || found.get(story.id)?.concern)
    .flatMap((story) => (story.workingRevision ? [story.workingRevision.id] : []));
  const texts = new Map(
    flaggedRevisionIds.length
      ? (
          await db.storyRevision.findMany({ where: { id: { in: flaggedRevisionIds } }, select: { id: true, title: true, bodyMarkdown: true } })
        ).map((r) => [r.id, { title: r.title, body: r.bodyMarkdown }])
      : [],
  );
  const items = stories.map((story): QueueItem => {
    const f = found.get(story.id)!;
    const crisis = story.crisis || f.crisis;
    const concern = crisis || story.concern || f.concern;
    const text = story.workingRevision ? texts.get(story.workingRevision.id) : undefined;
    return {
      storyId: story.id,
      title: story.workingRevision?.title || "Untitled",
      level: careLevel({ crisis, concern }),
      crisis,
      concern,
      care: text ? careExcerpts(text, f.findings, 100) : [],
      since: (story.submittedAt ?? new Date()).toISOString(),
      warnings: story.workingRevision?.warnings.map((w) => w.warning) ?? [],
      identifying: f.identifying,
      reports: 0,
      reasons: [],
    };
  });
  return { counts, items: items.sort(byUrgency) };
}

const REVIEW_REVISION_SELECT = {
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
  submittedAt: true,
  tags: { select: { tag: { select: { slug: true, name: true, facet: true } } } },
  warnings: { select: { warning: true } },
} as const;

/** Everything a moderator needs to decide on one story — but not who wrote it. */
export async function getReviewItem({ storyId }: { storyId: string }) {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      status: true,
      crisis: true,
      concern: true,
      authorId: true,
      workingRevision: { select: REVIEW_REVISION_SELECT },
      liveRevision: { select: REVIEW_REVISION_SELECT },
      reports: {
        where: { status: "OPEN" },
        orderBy: { createdAt: "asc" },
        select: { id: true, reason: true, note: true, createdAt: true },
      },
    },
  });
  if (!story) return null;
  const pending =
    story.workingRevision?.status === "IN_REVIEW" && ["IN_REVIEW", "PUBLISHED"].includes(story.status) ? story.workingRevision : null;
  // Moderators see what was submitted or published — never a draft nobody has sent for review.
  const shown = pending ?? story.liveRevision ?? (story.status === "REJECTED" ? story.workingRevision : null);
  if (!shown) return null;
  const findings = JSON.parse(shown.safetyFindings) as SafetyFinding[];
  // A reader's report that the author may be in danger makes it a crisis item too.
  const reportedCrisis = story.reports.some((r) => r.reason === "crisis");
  const crisis = story.crisis || shown.crisis || findings.some((f) => f.kind === "crisis") || reportedCrisis;
  const concern = crisis || story.concern || shown.concern || findings.some((f) => f.kind === "concern");
  // An edit to a story that is live now; a withdrawn story coming back is reviewed like a new one, with the diff.
  const isEdit = Boolean(pending && story.liveRevision && story.status === "PUBLISHED");
  const diff =
    pending && story.liveRevision
      ? diffWords(`${story.liveRevision.title}\n\n${story.liveRevision.bodyMarkdown}`, `${pending.title}\n\n${pending.bodyMarkdown}`).map(
          (part) => ({ text: part.value, added: Boolean(part.added), removed: Boolean(part.removed) }),
        )
      : null;
  return {
    storyId: story.id,
    slug: story.status === "PUBLISHED" ? story.slug : null,
    status: story.status,
    kind: pending ? (isEdit ? ("edit" as const) : ("new" as const)) : ("published" as const),
    level: careLevel({ crisis, concern }),
    crisis,
    concern,
    reportedCrisis,
    /** The sentences that raised a care flag, with the text around them, crisis first. */
    care: careExcerpts({ title: shown.title, body: shown.bodyMarkdown }, findings),
    revision: {
      id: shown.id,
      status: shown.status,
      version: shown.submittedAt?.toISOString() ?? "",
      title: shown.title,
      bodyMarkdown: shown.bodyMarkdown,
      bodyHtml: shown.bodyHtml,
      anonymity: shown.anonymity,
      penName: shown.penName,
      findings,
      tags: shown.tags.map((t) => t.tag),
      warnings: shown.warnings.map((w) => w.warning),
    },
    diff,
    reports: story.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    history: await authorHistory(story.authorId),
  };
}

/** The author's moderation record as counts only — moderators judge the story, not the person. */
async function authorHistory(authorId: string | null) {
  if (!authorId) return { approved: 0, changesRequested: 0, rejected: 0, removed: 0 };
  // A join on the author, not a list of their story ids: an author may have thousands of
  // stories, past the database's parameter limit (Prisma's P2029).
  const groups = await db.$queryRaw<{ action: string; n: number | bigint | string }[]>`
    SELECT m."action", COUNT(*) AS "n"
    FROM "ModerationAction" m JOIN "Story" s ON s."id" = m."storyId"
    WHERE s."authorId" = ${authorId} AND m."action" IN ('APPROVE', 'REQUEST_CHANGES', 'REJECT', 'REMOVE')
    GROUP BY m."action"`;
  const count = (action: string) => Number(groups.find((g) => g.action === action)?.n ?? 0);
  return {
    approved: count("APPROVE"),
    changesRequested: count("REQUEST_CHANGES"),
    rejected: count("REJECT"),
    removed: count("REMOVE"),
  };
}

/** Claims a revision still in review at the version the moderator saw; throws AlreadyDecided otherwise. */
async function claimRevision(
  tx: DbClient,
  { revisionId, version, status }: { revisionId: string; version: string; status: string },
) {
  const submittedAt = new Date(version);
  if (Number.isNaN(submittedAt.getTime())) throw new AlreadyDecided();
  const { count } = await tx.storyRevision.updateMany({
    where: { id: revisionId, status: "IN_REVIEW", submittedAt },
    data: { status, decidedAt: new Date() },
  });
  if (count !== 1) throw new AlreadyDecided();
  const revision = await tx.storyRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { storyId: true, title: true, story: { select: { authorId: true, status: true, liveRevisionId: true } } },
  });
  // The story itself must still be waiting (a new submission) or live (an edit): a story that
  // was removed or withdrawn meanwhile can't be brought back by a decision on an old page.
  // Throwing rolls the claim back with the rest of the transaction.
  if (!["IN_REVIEW", "PUBLISHED"].includes(revision.story.status)) throw new AlreadyDecided();
  return revision;
}

export async function approveRevision(input: {
  moderatorId: string;
  revisionId: string;
  version: string;
  /** Tag slugs and warning slugs as the moderator left them; undefined keeps the author's. */
  tags?: string[];
  warnings?: string[];
  /** Optional; the author sees it with the approval (a kind word, resources — the crisis procedure). */
  note?: string;
}) {
  const note = input.note?.trim() || undefined;
  const result = await db.$transaction(async (tx) => {
    const revision = await claimRevision(tx, { revisionId: input.revisionId, version: input.version, status: "APPROVED" });
    const details: Record<string, unknown> = {};
    if (input.tags) {
      const before = await tx.revisionTag.findMany({ where: { revisionId: input.revisionId }, select: { tag: { select: { slug: true } } } });
      const tags = await tx.tag.findMany({ where: { slug: { in: input.tags } }, select: { id: true, slug: true } });
      const beforeSlugs = before.map((t) => t.tag.slug).sort();
      const afterSlugs = tags.map((t) => t.slug).sort();
      if (beforeSlugs.join() !== afterSlugs.join()) {
        await tx.revisionTag.deleteMany({ where: { revisionId: input.revisionId } });
        await tx.revisionTag.createMany({ data: tags.map((t) => ({ revisionId: input.revisionId, tagId: t.id })) });
        details.tags = { before: beforeSlugs, after: afterSlugs };
      }
    }
    if (input.warnings) {
      const before = (await tx.revisionWarning.findMany({ where: { revisionId: input.revisionId } })).map((w) => w.warning).sort();
      const after = [...new Set(input.warnings)].sort();
      if (before.join() !== after.join()) {
        await tx.revisionWarning.deleteMany({ where: { revisionId: input.revisionId } });
        await tx.revisionWarning.createMany({ data: after.map((warning) => ({ revisionId: input.revisionId, warning })) });
        details.warnings = { before, after };
      }
    }
    const wasEdit = Boolean(revision.story.liveRevisionId);
    await publishRevision({ storyId: revision.storyId, revisionId: input.revisionId }, tx);
    await recordAction(
      { actorId: input.moderatorId, action: "APPROVE", storyId: revision.storyId, revisionId: input.revisionId, note, details },
      tx,
    );
    await notify(
      {
        userId: revision.story.authorId,
        kind: "APPROVED",
        storyId: revision.storyId,
        message:
          (wasEdit
            ? `Your changes to “${revision.title}” were approved and are now live.`
            : `“${revision.title}” was approved and is now published. Thank you for sharing it.`) +
          (note ? ` A note from the moderator: ${note}` : ""),
      },
      tx,
    );
    return { storyId: revision.storyId };
  });
  await storyChanged(result.storyId);
  return result;
}

export async function requestChanges(input: { moderatorId: string; revisionId: string; version: string; note: string }) {
  return db.$transaction(async (tx) => {
    const revision = await claimRevision(tx, { revisionId: input.revisionId, version: input.version, status: "CHANGES_REQUESTED" });
    await tx.story.update({
      where: { id: revision.storyId },
      data: {
        // A returned edit leaves the published version up.
        status: revision.story.status === "PUBLISHED" ? "PUBLISHED" : "CHANGES_REQUESTED",
        submittedAt: null,
        crisis: false,
        concern: false,
      },
    });
    await recordAction(
      { actorId: input.moderatorId, action: "REQUEST_CHANGES", storyId: revision.storyId, revisionId: input.revisionId, note: input.note },
      tx,
    );
    await notify(
      {
        userId: revision.story.authorId,
        kind: "CHANGES_REQUESTED",
        storyId: revision.storyId,
        message: `A moderator asked for some changes to “${revision.title}”: ${input.note}`,
      },
      tx,
    );
    return { storyId: revision.storyId };
  });
}

export async function rejectRevision(input: { moderatorId: string; revisionId: string; version: string; reason: string; note: string }) {
  return db.$transaction(async (tx) => {
    const revision = await claimRevision(tx, { revisionId: input.revisionId, version: input.version, status: "REJECTED" });
    const isEdit = revision.story.status === "PUBLISHED";
    await tx.story.update({
      where: { id: revision.storyId },
      // A rejected edit is set aside and the published version stays; a rejected story ends.
      data: isEdit
        ? { workingRevisionId: null, submittedAt: null, crisis: false, concern: false }
        : { status: "REJECTED", submittedAt: null, crisis: false, concern: false },
    });
    await recordAction(
      {
        actorId: input.moderatorId,
        action: "REJECT",
        storyId: revision.storyId,
        revisionId: input.revisionId,
        reason: input.reason,
        note: input.note,
      },
      tx,
    );
    await notify(
      {
        userId: revision.story.authorId,
        kind: "REJECTED",
        storyId: revision.storyId,
        message: isEdit
          ? `Your changes to “${revision.title}” weren't accepted (${moderationReasonLabel(input.reason)}): ${input.note} The published version is unchanged.`
          : `“${revision.title}” wasn't accepted (${moderationReasonLabel(input.reason)}): ${input.note}`,
      },
      tx,
    );
    return { storyId: revision.storyId };
  });
}

/** Takes a published story down. Open reports on it are closed as acted on. */
export async function removeStory(input: { moderatorId: string; storyId: string; reason: string; note: string }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.story.updateMany({
      where: { id: input.storyId, status: "PUBLISHED" },
      data: { status: "REMOVED", crisis: false, concern: false },
    });
    if (count !== 1) throw new AlreadyDecided("This story isn't published any more — another moderator or the author already acted on it.");
    const story = await tx.story.findUniqueOrThrow({
      where: { id: input.storyId },
      select: { authorId: true, liveRevision: { select: { title: true } } },
    });
    await tx.report.updateMany({
      where: { storyId: input.storyId, status: "OPEN" },
      data: { status: "ACTIONED", resolvedAt: new Date(), resolvedById: input.moderatorId },
    });
    // An edit that was waiting for review goes back to the author's drafts; it can't be approved now.
    await tx.storyRevision.updateMany({
      where: { storyId: input.storyId, status: "IN_REVIEW" },
      data: { status: "DRAFT", submittedAt: null },
    });
    await recordAction({ actorId: input.moderatorId, action: "REMOVE", storyId: input.storyId, reason: input.reason, note: input.note }, tx);
    await notify(
      {
        userId: story.authorId,
        kind: "REMOVED",
        storyId: input.storyId,
        message: `A moderator removed “${story.liveRevision?.title ?? "your story"}” (${moderationReasonLabel(input.reason)}): ${input.note}`,
      },
      tx,
    );
  });
  await storyChanged(input.storyId);
}

export async function dismissReports(input: { moderatorId: string; storyId: string; note: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { storyId: input.storyId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedAt: new Date(), resolvedById: input.moderatorId },
    });
    if (count === 0) throw new AlreadyDecided("These reports were already handled by another moderator.");
    await recordAction(
      { actorId: input.moderatorId, action: "DISMISS_REPORTS", storyId: input.storyId, note: input.note, details: { reports: count } },
      tx,
    );
    return { dismissed: count };
  });
}

/** Shows a moderator who wrote a story. Always logged, with the moderator's reason. */
export async function revealAuthor(input: { moderatorId: string; storyId: string; reason: string }) {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({
      where: { id: input.storyId },
      select: { author: { select: { id: true, username: true, createdAt: true } } },
    });
    if (!story) return null;
    await recordAction(
      { actorId: input.moderatorId, action: "REVEAL_AUTHOR", storyId: input.storyId, targetUserId: story.author?.id, reason: input.reason },
      tx,
    );
    // A kept story whose author deleted their account has no account to reveal.
    if (!story.author) return { username: null, memberSince: null };
    return { username: story.author.username, memberSince: story.author.createdAt.toISOString() };
  });
}

/** A reader's report. One per reader and story: reporting again updates it rather than adding. */
export async function reportStory(input: { slug: string; reporterId: string; reason: string; note: string }) {
  const story = await db.story.findFirst({ where: { slug: input.slug, status: "PUBLISHED" }, select: { id: true } });
  if (!story) return null;
  await db.report.upsert({
    where: { storyId_reporterId: { storyId: story.id, reporterId: input.reporterId } },
    create: { id: newId(), storyId: story.id, reporterId: input.reporterId, reason: input.reason, note: input.note },
    update: { reason: input.reason, note: input.note, status: "OPEN", resolvedAt: null, resolvedById: null },
  });
  return { storyId: story.id };
}
