import { beforeAll, describe, expect, it } from "vitest";
import { createSession, getSession, validateSessionToken } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import type { StoryInput } from "~/schemas/story";
import {
  addTag,
  mergeTags,
  renameTag,
  restoreMember,
  setRole,
  setTagRetired,
  suspendMember,
  updateCrisisResource,
} from "./admin.server";
import { listAuditLog } from "./audit.server";
import {
  AlreadyDecided,
  approveRevision,
  dismissReports,
  getReviewItem,
  listQueue,
  rejectRevision,
  removeStory,
  reportStory,
  requestChanges,
  revealAuthor,
} from "./moderation.server";
import { countUnread, listNotifications } from "./notification.server";
import { createStory, getPublishedStory, listMyStories, saveStory, submitStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";
import { placeholders } from "../../tests/setup/postgres";

// Moderation and administration on this file's own migrated SQLite copy: every decision, its
// audit entry and the author's notification, the queue order, and the races between two
// moderators (or a moderator and the author).

beforeAll(async () => {
  await ensureVocabulary();
});

let userCounter = 0;
/** A user with a distinctive username, so a leak can't hide behind an ordinary word. */
async function user(prefix = "author", role: "member" | "moderator" | "admin" = "member") {
  userCounter += 1;
  const id = newId();
  const username = `${prefix}_qx${userCounter}z${id.slice(0, 5).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username.toLowerCase(), passwordHash: "not-a-real-hash", role } });
  return { id, username };
}

const LONG_BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter, " +
  "and one day I noticed I had laughed at breakfast without thinking about a drink at all.";

const CRISIS_BODY = `${LONG_BODY} But tonight everything is dark again and I want to die tonight.`;

function storyInput(overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    title: "The Long Road Home",
    body: LONG_BODY,
    anonymity: "ANONYMOUS",
    penName: undefined,
    tags: ["alcohol", "parenting"],
    warnings: [],
    ...overrides,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A story written and sent for review; returns what a moderator would see when opening it. */
async function submitted(authorId: string, overrides: Partial<StoryInput> = {}) {
  const { storyId, revisionId } = await createStory({ authorId, input: storyInput(overrides) });
  const result = await submitStory({ storyId, authorId });
  expect(result.ok).toBe(true);
  const item = await getReviewItem({ storyId });
  expect(item?.revision.id).toBe(revisionId);
  return { storyId, revisionId, version: item!.revision.version };
}

/** A story written, sent for review and approved by `moderatorId`. */
async function published(authorId: string, moderatorId: string, overrides: Partial<StoryInput> = {}) {
  const s = await submitted(authorId, overrides);
  await approveRevision({ moderatorId, revisionId: s.revisionId, version: s.version });
  const row = await db.story.findUniqueOrThrow({ where: { id: s.storyId } });
  expect(row.status).toBe("PUBLISHED");
  return { ...s, slug: row.slug };
}

async function storyRow(storyId: string) {
  return db.story.findUniqueOrThrow({
    where: { id: storyId },
    include: {
      workingRevision: true,
      liveRevision: { include: { tags: { include: { tag: true } }, warnings: true } },
      revisions: { orderBy: { number: "asc" } },
    },
  });
}

function auditFor(where: { storyId?: string; actorId?: string; targetUserId?: string; action?: string }) {
  return db.moderationAction.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

let moderator: { id: string; username: string };
let moderator2: { id: string; username: string };
let admin: { id: string; username: string };

beforeAll(async () => {
  moderator = await user("mod", "moderator");
  moderator2 = await user("mod", "moderator");
  admin = await user("admin", "admin");
});

describe("new submissions", () => {
  it("approve publishes the story at a public slug, tells the author and logs it", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Tea When the Craving Came" });
    expect((await db.story.findUniqueOrThrow({ where: { id: s.storyId } })).status).toBe("IN_REVIEW");

    await approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version });

    const row = await storyRow(s.storyId);
    expect(row.status).toBe("PUBLISHED");
    expect(row.liveRevisionId).toBe(s.revisionId);
    expect(row.workingRevisionId).toBeNull();
    expect(row.slug).toMatch(/^tea-when-the-craving-came-[a-z0-9]+$/);
    expect(row.publishedAt).not.toBeNull();
    const page = await getPublishedStory({ slug: row.slug });
    expect(page?.title).toBe("Tea When the Craving Came");

    const notes = await listNotifications(author.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].kind).toBe("APPROVED");
    expect(notes[0].message).toContain("Tea When the Craving Came");
    expect(await countUnread(author.id)).toBe(1);

    const audit = await auditFor({ storyId: s.storyId });
    expect(audit.map((a) => [a.action, a.actorId, a.revisionId])).toEqual([["APPROVE", moderator.id, s.revisionId]]);
    expect(JSON.parse(audit[0].details)).toEqual({});

    // It left the queue.
    const queue = await listQueue({ tab: "new" });
    expect(queue.items.map((i) => i.storyId)).not.toContain(s.storyId);
  });

  it("request changes sends it back with the note; the author edits and resubmits; then it is approved", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Saturdays in the Garden" });
    const note = "Please take out your sponsor's first name in the second paragraph.";

    await requestChanges({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version, note });

    let row = await storyRow(s.storyId);
    expect(row.status).toBe("CHANGES_REQUESTED");
    expect(row.workingRevision?.status).toBe("CHANGES_REQUESTED");
    expect(row.liveRevisionId).toBeNull();
    expect(row.slug.startsWith("draft-")).toBe(true);
    expect(await getPublishedStory({ slug: row.slug })).toBeNull();

    const notes = await listNotifications(author.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].kind).toBe("CHANGES_REQUESTED");
    expect(notes[0].message).toContain(note);
    const mine = (await listMyStories({ authorId: author.id })).find((m) => m.id === s.storyId);
    expect(mine?.status).toBe("CHANGES_REQUESTED");
    expect(mine?.feedback).toMatchObject({ action: "REQUEST_CHANGES", note });

    const queue = await listQueue({ tab: "new" });
    expect(queue.items.map((i) => i.storyId)).not.toContain(s.storyId);

    // The author edits and sends it back.
    const saved = await saveStory({
      storyId: s.storyId,
      authorId: author.id,
      input: storyInput({ title: "Saturdays in the Garden", body: `${LONG_BODY} My sponsor taught me that.` }),
    });
    expect(saved.ok).toBe(true);
    await sleep(3);
    const again = await submitStory({ storyId: s.storyId, authorId: author.id });
    expect(again).toEqual({ ok: true, crisis: false, concern: false });
    row = await storyRow(s.storyId);
    expect(row.status).toBe("IN_REVIEW");
    expect((await listQueue({ tab: "new" })).items.map((i) => i.storyId)).toContain(s.storyId);

    const item = await getReviewItem({ storyId: s.storyId });
    expect(item?.kind).toBe("new");
    expect(item?.revision.bodyMarkdown).toContain("My sponsor taught me that.");
    expect(item?.revision.version).not.toBe(s.version);
    // The version the moderator saw before the resubmission is stale now.
    await expect(
      approveRevision({ moderatorId: moderator.id, revisionId: item!.revision.id, version: s.version }),
    ).rejects.toBeInstanceOf(AlreadyDecided);

    await approveRevision({ moderatorId: moderator.id, revisionId: item!.revision.id, version: item!.revision.version });
    row = await storyRow(s.storyId);
    expect(row.status).toBe("PUBLISHED");
    const page = await getPublishedStory({ slug: row.slug });
    expect(page?.html).toContain("My sponsor taught me that.");
    expect((await auditFor({ storyId: s.storyId })).map((a) => a.action)).toEqual(["REQUEST_CHANGES", "APPROVE"]);
  });

  it("reject ends the story and tells the author the reason and the note", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Where to Find It" });
    await rejectRevision({
      moderatorId: moderator.id,
      revisionId: s.revisionId,
      version: s.version,
      reason: "instructions",
      note: "We can't publish where to buy substances.",
    });
    const row = await storyRow(s.storyId);
    expect(row.status).toBe("REJECTED");
    expect(row.workingRevision?.status).toBe("REJECTED");
    expect(row.liveRevisionId).toBeNull();
    expect(await getPublishedStory({ slug: row.slug })).toBeNull();

    const notes = await listNotifications(author.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].kind).toBe("REJECTED");
    expect(notes[0].message).toContain("Instructions for getting or using substances");
    expect(notes[0].message).toContain("We can't publish where to buy substances.");

    const audit = await auditFor({ storyId: s.storyId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "REJECT",
      actorId: moderator.id,
      reason: "instructions",
      note: "We can't publish where to buy substances.",
    });
    // A rejected story can't simply be sent again.
    expect(await submitStory({ storyId: s.storyId, authorId: author.id })).toEqual({ ok: false, reason: "not-submittable" });
  });
});

describe("edits to published stories", () => {
  async function publishedWithEdit(title: string) {
    const author = await user();
    const p = await published(author.id, moderator.id, { title });
    const saved = await saveStory({
      storyId: p.storyId,
      authorId: author.id,
      input: storyInput({ title, body: `${LONG_BODY} An added paragraph about the second winter.` }),
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) throw new Error("save failed");
    await sleep(3);
    expect(await submitStory({ storyId: p.storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
    const item = await getReviewItem({ storyId: p.storyId });
    expect(item?.kind).toBe("edit");
    expect(item?.revision.id).toBe(saved.revisionId);
    expect(item?.diff?.some((part) => part.added && part.text.includes("second winter"))).toBe(true);
    expect((await listQueue({ tab: "edits" })).items.map((i) => i.storyId)).toContain(p.storyId);
    expect((await listQueue({ tab: "new" })).items.map((i) => i.storyId)).not.toContain(p.storyId);
    // The live version stays up while the edit waits.
    const live = await getPublishedStory({ slug: p.slug });
    expect(live?.html).not.toContain("second winter");
    return { author, ...p, editRevisionId: saved.revisionId, editVersion: item!.revision.version };
  }

  it("approving an edit replaces the live text and keeps the address", async () => {
    const e = await publishedWithEdit("Second Winter");
    await approveRevision({ moderatorId: moderator.id, revisionId: e.editRevisionId, version: e.editVersion });
    const row = await storyRow(e.storyId);
    expect(row.status).toBe("PUBLISHED");
    expect(row.slug).toBe(e.slug);
    expect(row.liveRevisionId).toBe(e.editRevisionId);
    expect(row.workingRevisionId).toBeNull();
    expect(row.revisions.find((r) => r.id === e.revisionId)?.status).toBe("SUPERSEDED");
    const live = await getPublishedStory({ slug: e.slug });
    expect(live?.html).toContain("second winter");
    const notes = await listNotifications(e.author.id);
    expect(notes[0].kind).toBe("APPROVED");
    expect(notes[0].message).toContain("changes");
  });

  it("requesting changes on an edit leaves the published version up", async () => {
    const e = await publishedWithEdit("Still Up");
    await requestChanges({ moderatorId: moderator.id, revisionId: e.editRevisionId, version: e.editVersion, note: "Trim the last line." });
    const row = await storyRow(e.storyId);
    expect(row.status).toBe("PUBLISHED");
    expect(row.liveRevisionId).toBe(e.revisionId);
    expect(row.workingRevision?.status).toBe("CHANGES_REQUESTED");
    const live = await getPublishedStory({ slug: e.slug });
    expect(live?.title).toBe("Still Up");
    expect(live?.html).not.toContain("second winter");
    expect((await listNotifications(e.author.id))[0].message).toContain("Trim the last line.");
    expect((await listQueue({ tab: "edits" })).items.map((i) => i.storyId)).not.toContain(e.storyId);
  });

  it("rejecting an edit leaves the published version up and sets the edit aside", async () => {
    const e = await publishedWithEdit("Stays Published");
    await rejectRevision({
      moderatorId: moderator.id,
      revisionId: e.editRevisionId,
      version: e.editVersion,
      reason: "medical-claims",
      note: "Please don't state doses as advice.",
    });
    const row = await storyRow(e.storyId);
    expect(row.status).toBe("PUBLISHED");
    expect(row.liveRevisionId).toBe(e.revisionId);
    expect(row.workingRevisionId).toBeNull();
    expect(row.revisions.find((r) => r.id === e.editRevisionId)?.status).toBe("REJECTED");
    const live = await getPublishedStory({ slug: e.slug });
    expect(live?.html).not.toContain("second winter");
    const note = (await listNotifications(e.author.id))[0];
    expect(note.kind).toBe("REJECTED");
    expect(note.message).toContain("Please don't state doses as advice.");
    expect(note.message).toContain("Medical claims stated as fact");
  });
});

describe("reports, removal and dismissal", () => {
  it("the same reader reporting twice counts once", async () => {
    const author = await user();
    const reader = await user("reader");
    const p = await published(author.id, moderator.id, { title: "Counted Once" });
    expect(await reportStory({ slug: p.slug, reporterId: reader.id, reason: "spam", note: "" })).toEqual({ storyId: p.storyId });
    expect(await reportStory({ slug: p.slug, reporterId: reader.id, reason: "harassment", note: "again" })).toEqual({
      storyId: p.storyId,
    });
    const reports = await db.report.findMany({ where: { storyId: p.storyId } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reporterId: reader.id, reason: "harassment", status: "OPEN" });
    const queue = await listQueue({ tab: "reports" });
    const entry = queue.items.find((i) => i.storyId === p.storyId);
    expect(entry?.reports).toBe(1);
    expect(entry?.title).toBe("Counted Once");
    // Only published stories can be reported.
    expect(await reportStory({ slug: "no-such-story", reporterId: reader.id, reason: "spam", note: "" })).toBeNull();
  });

  it("remove takes the story down and closes its open reports as actioned", async () => {
    const author = await user();
    const [r1, r2] = [await user("reader"), await user("reader")];
    const p = await published(author.id, moderator.id, { title: "Taken Down" });
    await reportStory({ slug: p.slug, reporterId: r1.id, reason: "identifies-someone", note: "That's my neighbour." });
    await reportStory({ slug: p.slug, reporterId: r2.id, reason: "harassment", note: "" });

    await removeStory({ moderatorId: moderator.id, storyId: p.storyId, reason: "identifying-others", note: "It names a neighbour." });

    const row = await storyRow(p.storyId);
    expect(row.status).toBe("REMOVED");
    expect(await getPublishedStory({ slug: p.slug })).toBeNull();
    const reports = await db.report.findMany({ where: { storyId: p.storyId } });
    expect(reports.map((r) => r.status)).toEqual(["ACTIONED", "ACTIONED"]);
    expect(reports.every((r) => r.resolvedById === moderator.id && r.resolvedAt)).toBe(true);
    expect((await listQueue({ tab: "reports" })).items.map((i) => i.storyId)).not.toContain(p.storyId);

    const note = (await listNotifications(author.id))[0];
    expect(note.kind).toBe("REMOVED");
    expect(note.message).toContain("It names a neighbour.");
    const audit = await auditFor({ storyId: p.storyId, action: "REMOVE" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: moderator.id, reason: "identifying-others", note: "It names a neighbour." });

    // A second removal (another moderator a moment later) changes nothing.
    await expect(
      removeStory({ moderatorId: moderator2.id, storyId: p.storyId, reason: "other", note: "dup" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    expect(await auditFor({ storyId: p.storyId, action: "REMOVE" })).toHaveLength(1);
  });

  it("dismiss closes the reports as dismissed and the story stays up", async () => {
    const author = await user();
    const [r1, r2] = [await user("reader"), await user("reader")];
    const p = await published(author.id, moderator.id, { title: "Nothing Wrong Here" });
    await reportStory({ slug: p.slug, reporterId: r1.id, reason: "spam", note: "" });
    await reportStory({ slug: p.slug, reporterId: r2.id, reason: "other", note: "Not sure" });
    const item = await getReviewItem({ storyId: p.storyId });
    expect(item?.kind).toBe("published");
    expect(item?.reports).toHaveLength(2);
    expect(JSON.stringify(item)).not.toContain(r1.id);
    expect(JSON.stringify(item)).not.toContain(r1.username);

    expect(await dismissReports({ moderatorId: moderator.id, storyId: p.storyId, note: "Within the guidelines." })).toEqual({
      dismissed: 2,
    });
    const reports = await db.report.findMany({ where: { storyId: p.storyId } });
    expect(reports.map((r) => r.status)).toEqual(["DISMISSED", "DISMISSED"]);
    expect((await storyRow(p.storyId)).status).toBe("PUBLISHED");
    expect(await getPublishedStory({ slug: p.slug })).not.toBeNull();
    expect((await listQueue({ tab: "reports" })).items.map((i) => i.storyId)).not.toContain(p.storyId);
    const audit = await auditFor({ storyId: p.storyId, action: "DISMISS_REPORTS" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: moderator.id, note: "Within the guidelines." });
    expect(JSON.parse(audit[0].details)).toEqual({ reports: 2 });
    // Dismissing again (a second moderator) is refused and logs nothing.
    await expect(dismissReports({ moderatorId: moderator2.id, storyId: p.storyId, note: "" })).rejects.toBeInstanceOf(
      AlreadyDecided,
    );
    expect(await auditFor({ storyId: p.storyId, action: "DISMISS_REPORTS" })).toHaveLength(1);
  });
});

describe("approving with adjusted tags and warnings", () => {
  it("records what the moderator changed in the audit details and publishes the adjusted version", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Adjusted", tags: ["alcohol", "parenting"], warnings: ["relapse"] });
    await approveRevision({
      moderatorId: moderator.id,
      revisionId: s.revisionId,
      version: s.version,
      tags: ["alcohol", "grief"],
      warnings: ["relapse", "overdose"],
    });
    const audit = await auditFor({ storyId: s.storyId, action: "APPROVE" });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toEqual({
      tags: { before: ["alcohol", "parenting"], after: ["alcohol", "grief"] },
      warnings: { before: ["relapse"], after: ["overdose", "relapse"] },
    });
    const row = await storyRow(s.storyId);
    expect(row.liveRevision?.tags.map((t) => t.tag.slug).sort()).toEqual(["alcohol", "grief"]);
    expect(row.liveRevision?.warnings.map((w) => w.warning).sort()).toEqual(["overdose", "relapse"]);
    const page = await getPublishedStory({ slug: row.slug });
    expect(page?.tags.map((t) => t.slug).sort()).toEqual(["alcohol", "grief"]);
    expect(page?.warnings.sort()).toEqual(["overdose", "relapse"]);
  });

  it("records no change when the moderator leaves tags and warnings as the author set them", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Unchanged", tags: ["alcohol", "parenting"], warnings: ["relapse"] });
    await approveRevision({
      moderatorId: moderator.id,
      revisionId: s.revisionId,
      version: s.version,
      tags: ["parenting", "alcohol"],
      warnings: ["relapse"],
    });
    const audit = await auditFor({ storyId: s.storyId, action: "APPROVE" });
    expect(JSON.parse(audit[0].details)).toEqual({});
  });
});

describe("the queue order", () => {
  it("puts crisis submissions first, then the oldest first", async () => {
    const author = await user();
    const first = await submitted(author.id, { title: "Oldest calm one" });
    await sleep(5);
    const second = await submitted(author.id, { title: "Second calm one" });
    await sleep(5);
    const crisisLate = await submitted(author.id, { title: "Late crisis", body: CRISIS_BODY });
    await sleep(5);
    const third = await submitted(author.id, { title: "Newest calm one" });
    const crisisRow = await db.story.findUniqueOrThrow({ where: { id: crisisLate.storyId } });
    expect(crisisRow.crisis).toBe(true);

    const ours = new Set([first.storyId, second.storyId, crisisLate.storyId, third.storyId]);
    const queue = await listQueue({ tab: "new" });
    const order = queue.items.filter((i) => ours.has(i.storyId)).map((i) => i.storyId);
    expect(order).toEqual([crisisLate.storyId, first.storyId, second.storyId, third.storyId]);
    expect(queue.items.find((i) => i.storyId === crisisLate.storyId)?.crisis).toBe(true);
    // Every crisis item in the whole queue comes before every other item.
    const flags = queue.items.map((i) => i.crisis);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(queue.counts.new).toBe(queue.items.length);
  });

  it("sorts reader reports with a crisis report first", async () => {
    const author = await user();
    const reader = await user("reader");
    const calm = await published(author.id, moderator.id, { title: "Reported first" });
    const urgent = await published(author.id, moderator.id, { title: "Reported later" });
    await reportStory({ slug: calm.slug, reporterId: reader.id, reason: "spam", note: "" });
    await sleep(5);
    await reportStory({ slug: urgent.slug, reporterId: reader.id, reason: "crisis", note: "They sound in danger" });
    const queue = await listQueue({ tab: "reports" });
    const order = queue.items.filter((i) => [calm.storyId, urgent.storyId].includes(i.storyId)).map((i) => i.storyId);
    expect(order).toEqual([urgent.storyId, calm.storyId]);
  });
});

describe("two people acting on the same item", () => {
  it("a second approval at the same version is refused and overwrites nothing", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Raced" });
    await approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version });
    const before = await storyRow(s.storyId);
    await expect(
      approveRevision({ moderatorId: moderator2.id, revisionId: s.revisionId, version: s.version, tags: ["cannabis"] }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    await expect(
      requestChanges({ moderatorId: moderator2.id, revisionId: s.revisionId, version: s.version, note: "late" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    await expect(
      rejectRevision({ moderatorId: moderator2.id, revisionId: s.revisionId, version: s.version, reason: "other", note: "late" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    const after = await storyRow(s.storyId);
    expect(after.status).toBe("PUBLISHED");
    expect(after.slug).toBe(before.slug);
    expect(after.liveRevision?.tags.map((t) => t.tag.slug).sort()).toEqual(["alcohol", "parenting"]);
    expect((await auditFor({ storyId: s.storyId })).map((a) => [a.action, a.actorId])).toEqual([["APPROVE", moderator.id]]);
    expect(await listNotifications(author.id)).toHaveLength(1);
  });

  it("approve and request changes at the same moment: exactly one wins, the other is told", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Simultaneous" });
    const results = await Promise.allSettled([
      approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version }),
      requestChanges({ moderatorId: moderator2.id, revisionId: s.revisionId, version: s.version, note: "Change the ending." }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(AlreadyDecided);

    const audit = await auditFor({ storyId: s.storyId });
    expect(audit).toHaveLength(1);
    const row = await storyRow(s.storyId);
    if (audit[0].action === "APPROVE") {
      expect(audit[0].actorId).toBe(moderator.id);
      expect(row.status).toBe("PUBLISHED");
    } else {
      expect(audit[0]).toMatchObject({ action: "REQUEST_CHANGES", actorId: moderator2.id });
      expect(row.status).toBe("CHANGES_REQUESTED");
      expect(row.liveRevisionId).toBeNull();
    }
    expect(await listNotifications(author.id)).toHaveLength(1);
  });

  it("the author saving after the moderator opened the item makes the decision stale", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Changed Underfoot" });
    const opened = await getReviewItem({ storyId: s.storyId });
    const changedBody = `${LONG_BODY} A sentence the moderator never saw.`;
    const saved = await saveStory({ storyId: s.storyId, authorId: author.id, input: storyInput({ title: "Changed Underfoot", body: changedBody }) });
    expect(saved).toMatchObject({ ok: true, pulledFromReview: true });

    await expect(
      approveRevision({ moderatorId: moderator.id, revisionId: opened!.revision.id, version: opened!.revision.version }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    await expect(
      requestChanges({ moderatorId: moderator.id, revisionId: opened!.revision.id, version: opened!.revision.version, note: "x" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    let row = await storyRow(s.storyId);
    expect(row.status).toBe("DRAFT");
    expect(row.workingRevision?.status).toBe("DRAFT");
    expect(row.liveRevisionId).toBeNull();

    // Even after the author sends the changed text again, the old version can't approve it.
    await sleep(3);
    expect(await submitStory({ storyId: s.storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
    await expect(
      approveRevision({ moderatorId: moderator.id, revisionId: opened!.revision.id, version: opened!.revision.version }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    row = await storyRow(s.storyId);
    expect(row.status).toBe("IN_REVIEW");
    expect(row.liveRevisionId).toBeNull();
    expect(await auditFor({ storyId: s.storyId })).toHaveLength(0);
    expect(await listNotifications(author.id)).toHaveLength(0);
  });

  it("a pending edit opened before another moderator removed the story can't bring the story back", async () => {
    const author = await user();
    const p = await published(author.id, moderator.id, { title: "Removed While Open" });
    const saved = await saveStory({
      storyId: p.storyId,
      authorId: author.id,
      input: storyInput({ title: "Removed While Open", body: `${LONG_BODY} An edit waiting for review.` }),
    });
    expect(saved.ok).toBe(true);
    await sleep(3);
    expect((await submitStory({ storyId: p.storyId, authorId: author.id })).ok).toBe(true);
    // Moderator 1 opens the edit; moderator 2 removes the story from the reports tab.
    const opened = await getReviewItem({ storyId: p.storyId });
    expect(opened?.kind).toBe("edit");
    await removeStory({ moderatorId: moderator2.id, storyId: p.storyId, reason: "harassment", note: "Insults a reader." });
    expect((await storyRow(p.storyId)).status).toBe("REMOVED");

    // BUG: claimRevision only checks the revision (IN_REVIEW + submittedAt), not that the story is still
    // published, so approving the stale edit runs publishRevision and sets the REMOVED story back to PUBLISHED.
    await expect(
      approveRevision({ moderatorId: moderator.id, revisionId: opened!.revision.id, version: opened!.revision.version }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    const row = await storyRow(p.storyId);
    expect(row.status).toBe("REMOVED");
    expect(await getPublishedStory({ slug: p.slug })).toBeNull();
  });

  it("requesting changes on the pending edit of a removed story doesn't reopen it", async () => {
    const author = await user();
    const p = await published(author.id, moderator.id, { title: "Removed Then Returned" });
    const saved = await saveStory({
      storyId: p.storyId,
      authorId: author.id,
      input: storyInput({ title: "Removed Then Returned", body: `${LONG_BODY} Another edit waiting.` }),
    });
    expect(saved.ok).toBe(true);
    await sleep(3);
    expect((await submitStory({ storyId: p.storyId, authorId: author.id })).ok).toBe(true);
    const opened = await getReviewItem({ storyId: p.storyId });
    await removeStory({ moderatorId: moderator2.id, storyId: p.storyId, reason: "advertising", note: "An ad." });

    // BUG: requestChanges sets story.status to CHANGES_REQUESTED whenever it isn't PUBLISHED, so a REMOVED
    // story becomes editable and resubmittable again (and could be republished).
    await expect(
      requestChanges({ moderatorId: moderator.id, revisionId: opened!.revision.id, version: opened!.revision.version, note: "x" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    expect((await storyRow(p.storyId)).status).toBe("REMOVED");
  });

  it("a version that isn't a date is refused, not crashed on", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Odd Version" });
    await expect(approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: "" })).rejects.toBeInstanceOf(
      AlreadyDecided,
    );
    await expect(
      approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: "not-a-date" }),
    ).rejects.toBeInstanceOf(AlreadyDecided);
    expect((await storyRow(s.storyId)).status).toBe("IN_REVIEW");
  });
});

describe("the review item", () => {
  it("shows the author's history as counts and never who they are; the reveal is logged", async () => {
    const author = await user("hidden_author");
    const other = await user();
    // Earlier record: one approved, one sent back, one rejected, one removed.
    await published(author.id, moderator.id, { title: "Earlier approved" });
    const back = await submitted(author.id, { title: "Earlier returned" });
    await requestChanges({ moderatorId: moderator.id, revisionId: back.revisionId, version: back.version, note: "Shorter please" });
    const rej = await submitted(author.id, { title: "Earlier rejected" });
    await rejectRevision({ moderatorId: moderator.id, revisionId: rej.revisionId, version: rej.version, reason: "advertising", note: "An ad" });
    const rem = await published(author.id, moderator.id, { title: "Earlier removed" });
    await removeStory({ moderatorId: moderator.id, storyId: rem.storyId, reason: "harassment", note: "Insults" });
    // Someone else's record doesn't count.
    const theirs = await submitted(other.id, { title: "Not theirs" });
    await rejectRevision({ moderatorId: moderator.id, revisionId: theirs.revisionId, version: theirs.version, reason: "other", note: "x" });

    for (const anonymity of ["ANONYMOUS", "PEN_NAME", "USERNAME"] as const) {
      const s = await submitted(author.id, {
        title: `Now ${anonymity}`,
        anonymity,
        penName: anonymity === "PEN_NAME" ? "Morning Walker" : undefined,
      });
      const item = await getReviewItem({ storyId: s.storyId });
      expect(item?.history).toEqual({ approved: 2, changesRequested: 1, rejected: 1, removed: 1 });
      const json = JSON.stringify(item);
      expect(json).not.toContain(author.id);
      expect(json).not.toContain(author.username);
      expect(json.toLowerCase()).not.toContain("hidden_author");
    }

    const target = await submitted(author.id, { title: "Reveal me" });
    const auditBefore = await db.moderationAction.count();
    const revealed = await revealAuthor({ moderatorId: moderator2.id, storyId: target.storyId, reason: "Crisis follow-up" });
    expect(revealed?.username).toBe(author.username);
    expect(await db.moderationAction.count()).toBe(auditBefore + 1);
    const audit = await auditFor({ storyId: target.storyId, action: "REVEAL_AUTHOR" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: moderator2.id, targetUserId: author.id, reason: "Crisis follow-up" });
    expect(await revealAuthor({ moderatorId: moderator2.id, storyId: "no-such-story", reason: "x" })).toBeNull();
  });

  it("returns null for a story that doesn't exist", async () => {
    expect(await getReviewItem({ storyId: "missing" })).toBeNull();
  });
});

describe("one audit entry per action, with the actor and the reason", () => {
  it("logs every moderation and administration action exactly once", async () => {
    const author = await user();
    const reader = await user("reader");
    const target = await user("target");
    const total = () => db.moderationAction.count();

    async function expectOne(fn: () => Promise<unknown>, match: Record<string, unknown>) {
      const before = await total();
      const startedAt = new Date(Date.now() - 1);
      await fn();
      expect(await total()).toBe(before + 1);
      const [row] = await db.moderationAction.findMany({ where: { createdAt: { gte: startedAt } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 });
      expect(row).toMatchObject(match);
      return row;
    }

    // Moderation.
    const a = await submitted(author.id, { title: "Audit approve" });
    await expectOne(() => approveRevision({ moderatorId: moderator.id, revisionId: a.revisionId, version: a.version }), {
      action: "APPROVE",
      actorId: moderator.id,
      storyId: a.storyId,
    });
    const b = await submitted(author.id, { title: "Audit changes" });
    await expectOne(
      () => requestChanges({ moderatorId: moderator.id, revisionId: b.revisionId, version: b.version, note: "Less detail" }),
      { action: "REQUEST_CHANGES", actorId: moderator.id, storyId: b.storyId, note: "Less detail" },
    );
    const c = await submitted(author.id, { title: "Audit reject" });
    await expectOne(
      () => rejectRevision({ moderatorId: moderator.id, revisionId: c.revisionId, version: c.version, reason: "glorifying", note: "Too rosy" }),
      { action: "REJECT", actorId: moderator.id, storyId: c.storyId, reason: "glorifying", note: "Too rosy" },
    );
    const slug = (await db.story.findUniqueOrThrow({ where: { id: a.storyId } })).slug;
    await reportStory({ slug, reporterId: reader.id, reason: "spam", note: "" });
    await expectOne(() => dismissReports({ moderatorId: moderator2.id, storyId: a.storyId, note: "Fine" }), {
      action: "DISMISS_REPORTS",
      actorId: moderator2.id,
      storyId: a.storyId,
      note: "Fine",
    });
    await expectOne(() => revealAuthor({ moderatorId: moderator2.id, storyId: a.storyId, reason: "Safety check" }), {
      action: "REVEAL_AUTHOR",
      actorId: moderator2.id,
      storyId: a.storyId,
      reason: "Safety check",
    });
    await expectOne(() => removeStory({ moderatorId: moderator.id, storyId: a.storyId, reason: "other", note: "Asked by family" }), {
      action: "REMOVE",
      actorId: moderator.id,
      storyId: a.storyId,
      reason: "other",
      note: "Asked by family",
    });

    // Administration.
    const role = await expectOne(async () => expect(await setRole({ adminId: admin.id, userId: target.id, role: "moderator" })).toMatchObject({ ok: true }), {
      action: "ROLE_CHANGE",
      actorId: admin.id,
      targetUserId: target.id,
    });
    expect(JSON.parse(role.details)).toMatchObject({ from: "member", to: "moderator" });
    await expectOne(
      async () => expect(await suspendMember({ adminId: admin.id, userId: target.id, reason: "Harassing authors" })).toMatchObject({ ok: true }),
      { action: "SUSPEND", actorId: admin.id, targetUserId: target.id, reason: "Harassing authors" },
    );
    await expectOne(async () => expect(await restoreMember({ adminId: admin.id, userId: target.id })).toMatchObject({ ok: true }), {
      action: "RESTORE",
      actorId: admin.id,
      targetUserId: target.id,
    });
    const added = await expectOne(
      async () => expect(await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Audit Kratom" })).toMatchObject({ ok: true }),
      { action: "TAG_ADD", actorId: admin.id },
    );
    const tagId = (JSON.parse(added.details) as { tagId: string }).tagId;
    expect(JSON.parse(added.details)).toMatchObject({ slug: "audit-kratom", name: "Audit Kratom", facet: "SUBSTANCE" });
    const renamed = await expectOne(
      async () => expect(await renameTag({ adminId: admin.id, tagId, name: "Audit Kratom leaf" })).toMatchObject({ ok: true }),
      { action: "TAG_RENAME", actorId: admin.id },
    );
    expect(JSON.parse(renamed.details)).toMatchObject({ from: "Audit Kratom", to: "Audit Kratom leaf" });
    await expectOne(async () => expect(await setTagRetired({ adminId: admin.id, tagId, retired: true })).toMatchObject({ ok: true }), {
      action: "TAG_RETIRE",
      actorId: admin.id,
    });
    await expectOne(async () => expect(await setTagRetired({ adminId: admin.id, tagId, retired: false })).toMatchObject({ ok: true }), {
      action: "TAG_RESTORE",
      actorId: admin.id,
    });
    const other = await db.tag.findUniqueOrThrow({ where: { slug: "other-substance" } });
    const merged = await expectOne(
      async () => expect(await mergeTags({ adminId: admin.id, sourceId: tagId, targetId: other.id })).toMatchObject({ ok: true }),
      { action: "TAG_MERGE", actorId: admin.id },
    );
    expect(JSON.parse(merged.details)).toMatchObject({ from: "audit-kratom", into: "other-substance" });
    const resource = await db.crisisResource.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const crisis = await expectOne(
      async () =>
        expect(
          await updateCrisisResource({
            adminId: admin.id,
            id: resource.id,
            name: resource.name,
            description: `${resource.description} Free and confidential.`,
            action: resource.action,
            href: resource.href,
          }),
        ).toMatchObject({ ok: true }),
      { action: "CRISIS_RESOURCES_EDIT", actorId: admin.id },
    );
    expect(JSON.parse(crisis.details)).toMatchObject({ id: resource.id, after: { description: `${resource.description} Free and confidential.` } });

    // Refusals write nothing.
    const before = await total();
    expect((await setRole({ adminId: admin.id, userId: admin.id, role: "member" })).ok).toBe(false);
    expect((await setRole({ adminId: admin.id, userId: target.id, role: "moderator" })).ok).toBe(false);
    expect((await suspendMember({ adminId: admin.id, userId: admin.id, reason: "x" })).ok).toBe(false);
    expect((await restoreMember({ adminId: admin.id, userId: target.id })).ok).toBe(false);
    expect((await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Alcohol" })).ok).toBe(false);
    expect((await mergeTags({ adminId: admin.id, sourceId: other.id, targetId: other.id })).ok).toBe(false);
    expect(await total()).toBe(before);

    // The log page's query shows who did it, newest first.
    const log = await listAuditLog({ actor: admin.username });
    expect(log.entries[0]).toMatchObject({ action: "CRISIS_RESOURCES_EDIT", actor: admin.username });
    expect(log.entries.every((e) => e.actor === admin.username)).toBe(true);
    const removals = await listAuditLog({ action: "REMOVE", storyId: a.storyId });
    expect(removals.entries).toHaveLength(1);
    expect(removals.entries[0]).toMatchObject({ actor: moderator.username, reason: "other", note: "Asked by family" });
  });
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE and DELETE at the database", async () => {
    const author = await user();
    const s = await submitted(author.id, { title: "Append only" });
    await approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version, note: "original" });
    const [row] = await auditFor({ storyId: s.storyId });
    const count = await db.moderationAction.count();

    await expect(db.$executeRawUnsafe(placeholders(`UPDATE "ModerationAction" SET "note" = 'tampered' WHERE "id" = ?`), row.id)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(placeholders(`DELETE FROM "ModerationAction" WHERE "id" = ?`), row.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "ModerationAction"`)).rejects.toThrow(/append-only/);
    await expect(db.moderationAction.update({ where: { id: row.id }, data: { note: "tampered" } })).rejects.toThrow();
    await expect(db.moderationAction.deleteMany({})).rejects.toThrow();

    expect(await db.moderationAction.count()).toBe(count);
    expect((await db.moderationAction.findUniqueOrThrow({ where: { id: row.id } })).note).toBe("original");
  });
});

describe("tag merges", () => {
  it("moves every story version to the target tag and retires the source", async () => {
    const author = await user();
    const source = await addTag({ adminId: admin.id, facet: "SITUATION", name: "Merge Source Night Shift" });
    const target = await addTag({ adminId: admin.id, facet: "SITUATION", name: "Merge Target Shift Work" });
    expect(source.ok && target.ok).toBe(true);
    const src = await db.tag.findUniqueOrThrow({ where: { slug: "merge-source-night-shift" } });
    const dst = await db.tag.findUniqueOrThrow({ where: { slug: "merge-target-shift-work" } });

    const one = await published(author.id, moderator.id, { title: "Night shift one", tags: ["alcohol", src.slug] });
    const both = await published(author.id, moderator.id, { title: "Night shift both", tags: ["alcohol", src.slug, dst.slug] });
    const draft = await createStory({ authorId: author.id, input: storyInput({ title: "Night shift draft", tags: [src.slug] }) });

    const result = await mergeTags({ adminId: admin.id, sourceId: src.id, targetId: dst.id });
    expect(result.ok).toBe(true);

    for (const p of [one, both]) {
      const page = await getPublishedStory({ slug: p.slug });
      const slugs = page!.tags.map((t) => t.slug).sort();
      expect(slugs).toEqual(["alcohol", dst.slug].sort());
    }
    const draftTags = await db.revisionTag.findMany({ where: { revisionId: draft.revisionId }, include: { tag: true } });
    expect(draftTags.map((t) => t.tag.slug)).toEqual([dst.slug]);
    expect(await db.revisionTag.count({ where: { tagId: src.id } })).toBe(0);

    const srcAfter = await db.tag.findUniqueOrThrow({ where: { id: src.id } });
    expect(srcAfter.retiredAt).not.toBeNull();
    expect(srcAfter.mergedIntoId).toBe(dst.id);
    // A merged tag can't be restored or merged again.
    expect((await setTagRetired({ adminId: admin.id, tagId: src.id, retired: false })).ok).toBe(false);
    expect((await mergeTags({ adminId: admin.id, sourceId: src.id, targetId: dst.id })).ok).toBe(false);
  });
});

describe("suspension", () => {
  it("ends every session of the suspended member at once, and restoring doesn't revive them", async () => {
    const member = await user("suspendee");
    const cookieA = (await createSession(member.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0")).split(";")[0];
    const cookieB = (await createSession(member.id, "Mozilla/5.0 (Macintosh; Mac OS X) Safari/605.1")).split(";")[0];
    const request = (cookie: string) => new Request("http://localhost/", { headers: { Cookie: cookie } });
    expect((await getSession(request(cookieA)))?.user.id).toBe(member.id);
    expect(await db.session.count({ where: { userId: member.id } })).toBe(2);

    const result = await suspendMember({ adminId: admin.id, userId: member.id, reason: "Spam" });
    expect(result.ok).toBe(true);
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await getSession(request(cookieA))).toBeNull();
    expect(await getSession(request(cookieB))).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.suspendedAt).not.toBeNull();
    expect(row.suspendedReason).toBe("Spam");

    // A session that somehow exists for a suspended member is refused too.
    const late = (await createSession(member.id, null)).split(";")[0];
    const token = decodeURIComponent(late.slice(late.indexOf("=") + 1));
    expect(await validateSessionToken(token)).toBeNull();

    expect((await restoreMember({ adminId: admin.id, userId: member.id })).ok).toBe(true);
    expect(await getSession(request(cookieA))).toBeNull();
  });

  it("refuses to suspend an admin", async () => {
    const other = await user("admin", "admin");
    const result = await suspendMember({ adminId: admin.id, userId: other.id, reason: "x" });
    expect(result.ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).suspendedAt).toBeNull();
  });
});
