import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import type { StoryInput } from "~/schemas/story";
import { publicIdentity } from "./identity.server";
import {
  createStory,
  deleteStory,
  getPublishedStory,
  getStoryForEditing,
  listMyStories,
  listPublishedStories,
  publishRevision,
  saveStory,
  submitStory,
  withdrawStory,
} from "./story.server";
import { ensureVocabulary } from "./tag.server";

// Integration tests for the author's side of a story, on this file's own migrated SQLite copy.

beforeAll(async () => {
  await ensureVocabulary();
});

let userCounter = 0;
/** A member with a distinctive username, so a leak can't hide behind an ordinary word. */
async function member(prefix = "author") {
  userCounter += 1;
  const id = newId();
  const username = `${prefix}_zq${userCounter}x${id.slice(0, 5).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username.toLowerCase(), passwordHash: "not-a-real-hash" } });
  return { id, username };
}

const LONG_BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter, " +
  "and one day I noticed I had laughed at breakfast without thinking about a drink at all.";

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

async function storyRow(storyId: string) {
  return db.story.findUnique({
    where: { id: storyId },
    include: { workingRevision: true, liveRevision: true, revisions: { orderBy: { number: "asc" } } },
  });
}

/** A story that has been written, submitted and approved. */
async function publishedStory(authorId: string, overrides: Partial<StoryInput> = {}) {
  const { storyId, revisionId } = await createStory({ authorId, input: storyInput(overrides) });
  const submitted = await submitStory({ storyId, authorId });
  expect(submitted).toEqual({ ok: true, crisis: false, concern: false });
  await publishRevision({ storyId, revisionId });
  const row = await db.story.findUniqueOrThrow({ where: { id: storyId } });
  return { storyId, revisionId, slug: row.slug };
}

describe("the author's lifecycle", () => {
  it("refuses to submit an incomplete draft with a message per field, then accepts the finished one", async () => {
    const author = await member();
    const { storyId, revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ title: "", body: "Just a few words for now.", tags: ["twelve-step"] }),
    });
    let row = await storyRow(storyId);
    expect(row?.status).toBe("DRAFT");
    expect(row?.workingRevisionId).toBe(revisionId);
    expect(row?.slug).not.toMatch(/^the-long-road/);

    const refused = await submitStory({ storyId, authorId: author.id });
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.reason !== "incomplete") throw new Error(`expected incomplete, got ${JSON.stringify(refused)}`);
    expect(refused.errors.title).toMatch(/title/i);
    expect(refused.errors.body).toMatch(/200 characters/);
    // A pathway tag alone isn't enough: readers find stories by substance or situation.
    expect(refused.errors.tags).toMatch(/substance or situation/);
    row = await storyRow(storyId);
    expect(row?.status).toBe("DRAFT");
    expect(row?.workingRevision?.status).toBe("DRAFT");
    expect(row?.submittedAt).toBeNull();

    // 199 characters of real text plus padding whitespace is still too short.
    const almost = await saveStory({
      storyId,
      authorId: author.id,
      input: storyInput({ body: `${"a".repeat(199)}          `, tags: ["gambling"] }),
    });
    expect(almost.ok).toBe(true);
    const stillShort = await submitStory({ storyId, authorId: author.id });
    expect(stillShort).toEqual({ ok: false, reason: "incomplete", errors: { body: expect.stringMatching(/200/) } });

    const saved = await saveStory({ storyId, authorId: author.id, input: storyInput() });
    expect(saved).toEqual({ ok: true, storyId, revisionId, pulledFromReview: false, preview: { html: expect.stringContaining("first winter sober"), findings: [], crisis: false, concern: false } });

    const submitted = await submitStory({ storyId, authorId: author.id });
    expect(submitted).toEqual({ ok: true, crisis: false, concern: false });
    row = await storyRow(storyId);
    expect(row?.status).toBe("IN_REVIEW");
    expect(row?.crisis).toBe(false);
    expect(row?.submittedAt).toBeInstanceOf(Date);
    expect(row?.workingRevision?.status).toBe("IN_REVIEW");
    expect(row?.workingRevision?.title).toBe("The Long Road Home");
    expect(row?.liveRevisionId).toBeNull();
    // Nothing is public before a moderator approves it.
    expect(await getPublishedStory({ slug: row!.slug })).toBeNull();

    // Submitting twice does nothing more.
    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: false, reason: "not-submittable" });
  });

  it("marks a submission with present-tense crisis language so it goes to the top of the queue", async () => {
    const author = await member();
    const { storyId, revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ body: `${LONG_BODY} But tonight everything is too much and I want to die tonight.` }),
    });
    const revision = await db.storyRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision.crisis).toBe(true);
    const findings = JSON.parse(revision.safetyFindings) as { kind: string; text: string }[];
    expect(findings.some((f) => f.kind === "crisis")).toBe(true);

    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: true, concern: true });
    const row = await storyRow(storyId);
    expect(row?.status).toBe("IN_REVIEW");
    expect(row?.crisis).toBe(true);
  });

  it("does not mark past pain as a crisis", async () => {
    const author = await member();
    const { storyId } = await createStory({
      authorId: author.id,
      input: storyInput({ body: `${LONG_BODY} Back then I wanted to die, and today I am glad I am still here.` }),
    });
    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
    expect((await storyRow(storyId))?.crisis).toBe(false);
  });

  it("pulls a story in review back to draft when the author saves a change", async () => {
    const author = await member();
    const { storyId, revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ body: `${LONG_BODY} I want to die tonight.` }),
    });
    await submitStory({ storyId, authorId: author.id });
    expect((await storyRow(storyId))?.crisis).toBe(true);

    const saved = await saveStory({
      storyId,
      authorId: author.id,
      input: storyInput({ title: "The Long Road Home, revised" }),
    });
    expect(saved).toMatchObject({ ok: true, storyId, revisionId, pulledFromReview: true });
    const row = await storyRow(storyId);
    expect(row?.status).toBe("DRAFT");
    expect(row?.submittedAt).toBeNull();
    expect(row?.crisis).toBe(false);
    expect(row?.workingRevision?.status).toBe("DRAFT");
    expect(row?.workingRevision?.submittedAt).toBeNull();
    expect(row?.workingRevision?.title).toBe("The Long Road Home, revised");
    // Still one revision: a draft is edited in place.
    expect(row?.revisions).toHaveLength(1);
  });

  describe("the two ways a save goes", () => {
    // Which way each save went: the quick one is one UPDATE of the revision in SQL, the whole
    // one an interactive transaction. The client's methods come from a proxy, so the watch is
    // an assignment rather than vi.spyOn.
    let ways: string[] = [];
    const realTransaction = db.$transaction;
    const realExecuteRaw = db.$executeRaw;
    type Anything = (...args: unknown[]) => unknown;
    const client = db as unknown as { $transaction: Anything; $executeRaw: Anything };
    /** Watches the saves; `between` runs after a save has read the story and before it writes, once. */
    function watch(between?: () => Promise<unknown>) {
      let pending = between;
      const before = async (way: string) => {
        ways.push(way);
        if (pending) {
          const run = pending;
          pending = undefined;
          await run();
        }
      };
      client.$transaction = async (arg: unknown, ...rest: unknown[]) => {
        if (typeof arg === "function") await before("whole");
        return (realTransaction as unknown as Anything).apply(db, [arg, ...rest]);
      };
      client.$executeRaw = async (strings: unknown, ...values: unknown[]) => {
        if (Array.isArray(strings) && String(strings[0]).trimStart().startsWith('UPDATE "StoryRevision"')) await before("quick");
        return (realExecuteRaw as unknown as Anything).apply(db, [strings, ...values]);
      };
    }
    beforeEach(() => {
      ways = [];
      watch();
    });
    afterEach(() => {
      client.$transaction = realTransaction as unknown as Anything;
      client.$executeRaw = realExecuteRaw as unknown as Anything;
    });

    async function revisionState(revisionId: string) {
      const revision = await db.storyRevision.findUniqueOrThrow({
        where: { id: revisionId },
        select: {
          title: true,
          bodyHtml: true,
          crisis: true,
          status: true,
          tags: { select: { tag: { select: { slug: true } } } },
          warnings: { select: { warning: true } },
        },
      });
      return { ...revision, tags: revision.tags.map((t) => t.tag.slug).sort(), warnings: revision.warnings.map((w) => w.warning).sort() };
    }

    it("only the text changed: one quick write, tags and warnings kept, the story's date moves for My stories", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput({ warnings: ["relapse"] }) });
      const before = (await db.story.findUniqueOrThrow({ where: { id: storyId } })).updatedAt;
      await new Promise((resolve) => setTimeout(resolve, 5));
      ways = [];
      const saved = await saveStory({
        storyId,
        authorId: author.id,
        input: storyInput({ title: "Second title", tags: ["parenting", "alcohol"], warnings: ["relapse"], body: `${LONG_BODY} And then spring.` }),
      });
      expect(ways).toEqual(["quick"]);
      expect(saved).toMatchObject({ ok: true, revisionId, pulledFromReview: false, preview: { html: expect.stringContaining("And then spring.") } });
      expect(await revisionState(revisionId)).toMatchObject({
        title: "Second title",
        bodyHtml: expect.stringContaining("And then spring."),
        tags: ["alcohol", "parenting"],
        warnings: ["relapse"],
        status: "DRAFT",
      });
      const after = (await db.story.findUniqueOrThrow({ where: { id: storyId } })).updatedAt;
      expect(after.getTime()).toBeGreaterThan(before.getTime());
      // My stories lists the most recently edited first.
      await createStory({ authorId: author.id, input: storyInput({ title: "Another draft" }) });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Third title", warnings: ["relapse"] }) });
      expect((await listMyStories({ authorId: author.id }))[0]?.title).toBe("Third title");
    });

    it("a quick write stores the crisis flag and clears it again", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput() });
      ways = [];
      await saveStory({ storyId, authorId: author.id, input: storyInput({ body: `${LONG_BODY} I want to kill myself tonight.` }) });
      expect((await revisionState(revisionId)).crisis).toBe(true);
      await saveStory({ storyId, authorId: author.id, input: storyInput() });
      expect((await revisionState(revisionId)).crisis).toBe(false);
      expect(ways).toEqual(["quick", "quick"]);
    });

    it("changed warnings or tags go the whole way and replace them", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput() });
      ways = [];
      await saveStory({ storyId, authorId: author.id, input: storyInput({ warnings: ["relapse", "overdose"] }) });
      expect(await revisionState(revisionId)).toMatchObject({ tags: ["alcohol", "parenting"], warnings: ["overdose", "relapse"] });
      await saveStory({ storyId, authorId: author.id, input: storyInput({ tags: ["gambling"], warnings: ["overdose", "relapse"] }) });
      expect(await revisionState(revisionId)).toMatchObject({ tags: ["gambling"], warnings: ["overdose", "relapse"] });
      expect(ways).toEqual(["whole", "whole"]);
      expect((await storyRow(storyId))?.revisions.map((r) => r.id)).toEqual([revisionId]);
    });

    it("a tag retired since it was chosen goes at the next save, even when the author sends it back unchanged", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput({ tags: ["gambling", "parenting"] }) });
      await db.tag.update({ where: { slug: "gambling" }, data: { retiredAt: new Date() } });
      try {
        ways = [];
        await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Retired", tags: ["gambling", "parenting"] }) });
        expect(ways).toEqual(["whole"]);
        expect(await revisionState(revisionId)).toMatchObject({ title: "Retired", tags: ["parenting"] });
      } finally {
        await db.tag.update({ where: { slug: "gambling" }, data: { retiredAt: null } });
      }
    });

    it("another tab's save landing between the reads and the write: this save goes the whole way, nothing mixed", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput({ warnings: ["relapse"] }) });
      ways = [];
      watch(() => saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Other tab", warnings: [] }) }));
      const saved = await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "This tab", body: `${LONG_BODY} I relapsed.`, warnings: ["relapse"] }) });
      expect(saved).toMatchObject({ ok: true, revisionId });
      // This tab's quick write found the revision saved since it read it, so it wrote nothing
      // and saved everything it was sent, the warning included.
      expect(ways).toEqual(["quick", "whole", "whole"]);
      expect(await revisionState(revisionId)).toMatchObject({ title: "This tab", bodyHtml: expect.stringContaining("I relapsed."), warnings: ["relapse"] });
    });

    it("the author sending it for review from another tab meanwhile: this save takes it back out of review", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput() });
      watch(() => submitStory({ storyId, authorId: author.id }));
      const saved = await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Changed after sending" }) });
      expect(saved).toMatchObject({ ok: true, revisionId, pulledFromReview: true });
      const row = await storyRow(storyId);
      expect(row?.status).toBe("DRAFT");
      expect(await revisionState(revisionId)).toMatchObject({ title: "Changed after sending", status: "DRAFT" });
    });

    it("a moderator approving meanwhile: the approved text stays as approved and the save starts a new revision", async () => {
      const author = await member();
      const { storyId, revisionId } = await createStory({ authorId: author.id, input: storyInput() });
      expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
      // The editor was opened while the story waited; the author's next autosave reads it in
      // review (the whole way: it comes out of review), and the approval lands before it writes.
      watch(() => publishRevision({ storyId, revisionId }));
      const saved = await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Edited after approval" }) });
      expect(saved).toMatchObject({ ok: true, pulledFromReview: false });
      if (!saved.ok) return;
      expect(saved.revisionId).not.toBe(revisionId);
      expect(await revisionState(revisionId)).toMatchObject({ title: "The Long Road Home", status: "APPROVED" });
      const row = await storyRow(storyId);
      expect(row?.liveRevisionId).toBe(revisionId);
      expect(row?.workingRevisionId).toBe(saved.revisionId);
    });
  });

  it("withdrawing a story that waits for review takes it back to drafts", async () => {
    const author = await member();
    const { storyId } = await createStory({ authorId: author.id, input: storyInput() });
    await submitStory({ storyId, authorId: author.id });
    expect(await withdrawStory({ storyId, authorId: author.id })).toEqual({ ok: true, status: "DRAFT" });
    const row = await storyRow(storyId);
    expect(row?.status).toBe("DRAFT");
    expect(row?.workingRevision?.status).toBe("DRAFT");
    expect(row?.submittedAt).toBeNull();
    // A draft can't be withdrawn again; it can be sent for review again.
    expect(await withdrawStory({ storyId, authorId: author.id })).toEqual({ ok: false, reason: "not-withdrawable" });
    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
  });

  it("publishing makes the story public under a slug from its title, with no author information", async () => {
    const author = await member();
    const { storyId, revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ title: "Café Mornings: Día Uno!", body: `${LONG_BODY}\n\n## After\n\nIt got **better**.` }),
    });
    await submitStory({ storyId, authorId: author.id });
    const at = new Date("2024-03-14T15:09:26Z");
    await publishRevision({ storyId, revisionId, at });

    const row = await storyRow(storyId);
    expect(row?.status).toBe("PUBLISHED");
    expect(row?.liveRevisionId).toBe(revisionId);
    expect(row?.workingRevisionId).toBeNull();
    expect(row?.liveRevision?.status).toBe("APPROVED");
    expect(row?.slug).toMatch(/^cafe-mornings-dia-uno-[a-z0-9]{6}$/);
    expect(row?.slug).not.toContain(author.username.toLowerCase());
    expect(row?.slug).not.toContain(author.id.toLowerCase());

    const story = await getPublishedStory({ slug: row!.slug });
    expect(story).not.toBeNull();
    expect(story?.title).toBe("Café Mornings: Día Uno!");
    expect(story?.html).toContain("<h2>After</h2>");
    expect(story?.html).toContain("<strong>better</strong>");
    expect(story?.byline).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    // Month and year only: no exact time to line up with the account's activity.
    expect(story?.published).toBe("March 2024");
    expect(story?.tags.map((t) => t.slug).sort()).toEqual(["alcohol", "parenting"]);
    const json = JSON.stringify(story);
    expect(json).not.toContain(author.id);
    expect(json).not.toContain(author.username);
    expect(json).not.toContain(storyId);
    expect(json).not.toContain("2024-03-14");

    const listed = (await listPublishedStories({ limit: 100 })).find((s) => s.slug === row!.slug);
    expect(listed?.title).toBe("Café Mornings: Día Uno!");
    expect(listed?.published).toBe("March 2024");
  });

  it("an edit of a published story is a new revision; the live text stays until the edit is approved", async () => {
    const author = await member();
    const { storyId, revisionId: firstRevision, slug } = await publishedStory(author.id, {
      body: `${LONG_BODY} The original ending was about the lake.`,
    });

    const before = await getStoryForEditing({ storyId, authorId: author.id });
    expect(before?.editingLive).toBe(true);
    expect(before?.isLive).toBe(true);
    expect(before?.values.body).toContain("about the lake");

    const edit = await saveStory({
      storyId,
      authorId: author.id,
      input: storyInput({ title: "The Long Road Home (a year on)", body: `${LONG_BODY} The new ending is about the garden.` }),
    });
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.revisionId).not.toBe(firstRevision);
    expect(edit.pulledFromReview).toBe(false);

    let row = await storyRow(storyId);
    expect(row?.status).toBe("PUBLISHED");
    expect(row?.liveRevisionId).toBe(firstRevision);
    expect(row?.workingRevisionId).toBe(edit.revisionId);
    expect(row?.revisions.map((r) => [r.number, r.status])).toEqual([
      [1, "APPROVED"],
      [2, "DRAFT"],
    ]);

    const editing = await getStoryForEditing({ storyId, authorId: author.id });
    expect(editing?.editingLive).toBe(false);
    expect(editing?.values.title).toBe("The Long Road Home (a year on)");
    expect(editing?.values.body).toContain("about the garden");

    // Readers still see the approved text, during the draft and during review.
    let live = await getPublishedStory({ slug });
    expect(live?.title).toBe("The Long Road Home");
    expect(live?.html).toContain("about the lake");
    expect(live?.html).not.toContain("about the garden");

    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
    row = await storyRow(storyId);
    expect(row?.status).toBe("PUBLISHED");
    expect(row?.workingRevision?.status).toBe("IN_REVIEW");
    live = await getPublishedStory({ slug });
    expect(live?.html).toContain("about the lake");
    expect(live?.html).not.toContain("about the garden");
    const mine = (await listMyStories({ authorId: author.id })).find((s) => s.id === storyId);
    expect(mine?.status).toBe("PUBLISHED");
    expect(mine?.pendingEdit).toBe("IN_REVIEW");

    await publishRevision({ storyId, revisionId: edit.revisionId });
    live = await getPublishedStory({ slug });
    expect(live?.title).toBe("The Long Road Home (a year on)");
    expect(live?.html).toContain("about the garden");
    expect(live?.html).not.toContain("about the lake");
    row = await storyRow(storyId);
    // The address stays stable even though the title changed.
    expect(row?.slug).toBe(slug);
    expect(row?.liveRevisionId).toBe(edit.revisionId);
    expect(row?.workingRevisionId).toBeNull();
    expect(row?.revisions.map((r) => [r.number, r.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "APPROVED"],
    ]);
  });

  it("keeps the public address of a story whose title starts with 'Draft' when an edit is approved", async () => {
    const author = await member();
    const { storyId, slug } = await publishedStory(author.id, { title: "Draft Day" });
    expect(slug).toMatch(/^draft-day-[a-z0-9]{6}$/);
    const edit = await saveStory({ storyId, authorId: author.id, input: storyInput({ title: "Draft Day", body: `${LONG_BODY} A small fix.` }) });
    if (!edit.ok) throw new Error("edit failed");
    await submitStory({ storyId, authorId: author.id });
    await publishRevision({ storyId, revisionId: edit.revisionId });
    // BUG: publishRevision treats any slug starting with "draft-" as the placeholder `draft-<id>` and
    // re-derives it, so "draft-day-abc123" becomes "draft-day-xyz789": bookmarks and links to the story break.
    expect((await storyRow(storyId))?.slug).toBe(slug);
    expect((await getPublishedStory({ slug }))?.html).toContain("A small fix.");
  });

  it("withdrawing a published story takes it offline at once, including from the list", async () => {
    const author = await member();
    const { storyId, slug } = await publishedStory(author.id, { title: "Offline Soon" });
    expect(await getPublishedStory({ slug })).not.toBeNull();
    expect((await listPublishedStories({ limit: 100 })).some((s) => s.slug === slug)).toBe(true);

    expect(await withdrawStory({ storyId, authorId: author.id })).toEqual({ ok: true, status: "WITHDRAWN" });
    expect(await getPublishedStory({ slug })).toBeNull();
    expect((await listPublishedStories({ limit: 100 })).some((s) => s.slug === slug)).toBe(false);
    expect((await storyRow(storyId))?.status).toBe("WITHDRAWN");
    // The author still has it and can open it for editing.
    const mine = await listMyStories({ authorId: author.id });
    expect(mine.find((s) => s.id === storyId)?.status).toBe("WITHDRAWN");
    expect(mine.find((s) => s.id === storyId)?.slug).toBeNull();
    expect((await getStoryForEditing({ storyId, authorId: author.id }))?.values.title).toBe("Offline Soon");
  });

  it("a withdrawn story can be sent for review again, as My stories offers", async () => {
    const author = await member();
    const { storyId, slug } = await publishedStory(author.id, { title: "Coming Back" });
    await withdrawStory({ storyId, authorId: author.id });
    // BUG: submitStory answers { ok: false, reason: "not-submittable" } for a withdrawn story whose text
    // wasn't changed: publishRevision cleared workingRevisionId, and submitStory only looks at the working
    // revision. /me/stories shows a "Send for review" button on WITHDRAWN stories, which then fails.
    const resent = await submitStory({ storyId, authorId: author.id });
    expect(resent).toEqual({ ok: true, crisis: false, concern: false });
    const row = await storyRow(storyId);
    expect(row?.status).toBe("IN_REVIEW");
    // Still offline until a moderator approves it again.
    expect(await getPublishedStory({ slug })).toBeNull();
  });

  it("deleting removes the story and every revision of it", async () => {
    const author = await member();
    const { storyId, slug } = await publishedStory(author.id);
    await saveStory({ storyId, authorId: author.id, input: storyInput({ body: `${LONG_BODY} An edit in progress.` }) });
    expect(await db.storyRevision.count({ where: { storyId } })).toBe(2);

    expect(await deleteStory({ storyId, authorId: author.id })).toBe(true);
    expect(await db.story.findUnique({ where: { id: storyId } })).toBeNull();
    expect(await db.storyRevision.count({ where: { storyId } })).toBe(0);
    expect(await getPublishedStory({ slug })).toBeNull();
    expect(await getStoryForEditing({ storyId, authorId: author.id })).toBeNull();
    expect((await listMyStories({ authorId: author.id })).some((s) => s.id === storyId)).toBe(false);
    // Deleting again finds nothing.
    expect(await deleteStory({ storyId, authorId: author.id })).toBe(false);
  });
});

describe("ownership", () => {
  it("another member can't save, submit, withdraw, delete or open someone else's story", async () => {
    const owner = await member("owner");
    const intruder = await member("intruder");
    const { storyId, revisionId } = await createStory({ authorId: owner.id, input: storyInput({ title: "Mine Alone" }) });
    const snapshot = async () => {
      const row = await storyRow(storyId);
      return {
        status: row?.status,
        submittedAt: row?.submittedAt,
        updatedAt: row?.updatedAt,
        liveRevisionId: row?.liveRevisionId,
        workingRevisionId: row?.workingRevisionId,
        revisions: row?.revisions.map((r) => ({ id: r.id, status: r.status, title: r.title, body: r.bodyMarkdown, updatedAt: r.updatedAt })),
      };
    };

    // As a draft.
    let before = await snapshot();
    expect(await saveStory({ storyId, authorId: intruder.id, input: storyInput({ title: "Taken over" }) })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await submitStory({ storyId, authorId: intruder.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await getStoryForEditing({ storyId, authorId: intruder.id })).toBeNull();
    expect(await snapshot()).toEqual(before);

    // In review.
    await submitStory({ storyId, authorId: owner.id });
    before = await snapshot();
    expect(before.status).toBe("IN_REVIEW");
    expect(await withdrawStory({ storyId, authorId: intruder.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await saveStory({ storyId, authorId: intruder.id, input: storyInput({ title: "Taken over" }) })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await snapshot()).toEqual(before);

    // Published.
    await publishRevision({ storyId, revisionId });
    before = await snapshot();
    const slug = (await storyRow(storyId))!.slug;
    expect(await withdrawStory({ storyId, authorId: intruder.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await deleteStory({ storyId, authorId: intruder.id })).toBe(false);
    expect(await saveStory({ storyId, authorId: intruder.id, input: storyInput({ title: "Taken over" }) })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await getStoryForEditing({ storyId, authorId: intruder.id })).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect((await getPublishedStory({ slug }))?.title).toBe("Mine Alone");
    expect(await listMyStories({ authorId: intruder.id })).toEqual([]);
  });
});

describe("my stories", () => {
  it("lists only the author's stories with their status and private reaction counts", async () => {
    const author = await member();
    const other = await member("other");
    const readers = await Promise.all([member("reader"), member("reader"), member("reader")]);

    const draft = await createStory({ authorId: author.id, input: storyInput({ title: "", body: "", tags: [] }) });
    const inReview = await createStory({ authorId: author.id, input: storyInput({ title: "Waiting Patiently" }) });
    await submitStory({ storyId: inReview.storyId, authorId: author.id });
    const published = await publishedStory(author.id, { title: "Out In The World" });
    const othersStory = await createStory({ authorId: other.id, input: storyInput({ title: "Somebody Else's" }) });

    await db.reaction.createMany({
      data: [
        { userId: readers[0].id, storyId: published.storyId, kind: "HELPED" },
        { userId: readers[1].id, storyId: published.storyId, kind: "HELPED" },
        { userId: readers[2].id, storyId: published.storyId, kind: "HELPED" },
        { userId: readers[0].id, storyId: published.storyId, kind: "ME_TOO" },
        { userId: readers[1].id, storyId: published.storyId, kind: "STRENGTH" },
        { userId: readers[2].id, storyId: published.storyId, kind: "STRENGTH" },
      ],
    });

    const mine = await listMyStories({ authorId: author.id });
    expect(mine).toHaveLength(3);
    expect(mine.some((s) => s.id === othersStory.storyId)).toBe(false);
    const byId = Object.fromEntries(mine.map((s) => [s.id, s]));

    expect(byId[draft.storyId]).toMatchObject({ status: "DRAFT", title: "Untitled draft", slug: null, reactions: {} });
    expect(byId[inReview.storyId]).toMatchObject({ status: "IN_REVIEW", title: "Waiting Patiently", slug: null });
    expect(byId[published.storyId]).toMatchObject({
      status: "PUBLISHED",
      title: "Out In The World",
      slug: published.slug,
      pendingEdit: null,
      reactions: { HELPED: 3, ME_TOO: 1, STRENGTH: 2 },
    });
    // Counts are private: nothing public carries them.
    const publicStory = await getPublishedStory({ slug: published.slug });
    expect(JSON.stringify(publicStory)).not.toMatch(/HELPED|ME_TOO|STRENGTH/);
  });
});

describe("identity on public surfaces", () => {
  it("a pen-name story shows only the pen name, never the account", async () => {
    const author = await member("penwriter");
    const { slug } = await publishedStory(author.id, { title: "Under Another Name", anonymity: "PEN_NAME", penName: "Quiet Harbour" });
    const story = await getPublishedStory({ slug });
    expect(story?.byline).toEqual({ mode: "PEN_NAME", name: "Quiet Harbour" });
    const storyJson = JSON.stringify(story);
    expect(storyJson).not.toContain(author.username);
    expect(storyJson).not.toContain(author.id);

    const list = await listPublishedStories({ limit: 100 });
    const entry = list.find((s) => s.slug === slug);
    expect(entry?.byline).toEqual({ mode: "PEN_NAME", name: "Quiet Harbour" });
    const listJson = JSON.stringify(list);
    expect(listJson).not.toContain(author.username);
    expect(listJson).not.toContain(author.id);
  });

  it("an anonymous story shows 'Anonymous', never the account", async () => {
    const author = await member("anonwriter");
    const { slug } = await publishedStory(author.id, { title: "Nobody In Particular", anonymity: "ANONYMOUS" });
    const story = await getPublishedStory({ slug });
    expect(story?.byline).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    const storyJson = JSON.stringify(story);
    expect(storyJson).not.toContain(author.username);
    expect(storyJson).not.toContain(author.id);

    const list = await listPublishedStories({ limit: 100 });
    expect(list.find((s) => s.slug === slug)?.byline).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    const listJson = JSON.stringify(list);
    expect(listJson).not.toContain(author.username);
    expect(listJson).not.toContain(author.id);
  });

  it("a username story shows the username (and still no account id)", async () => {
    const author = await member("openwriter");
    const { slug } = await publishedStory(author.id, { title: "Under My Own Name", anonymity: "USERNAME" });
    const story = await getPublishedStory({ slug });
    expect(story?.byline).toEqual({ mode: "USERNAME", name: author.username });
    expect(JSON.stringify(story)).not.toContain(author.id);
    const list = await listPublishedStories({ limit: 100 });
    expect(list.find((s) => s.slug === slug)?.byline).toEqual({ mode: "USERNAME", name: author.username });
    expect(JSON.stringify(list)).not.toContain(author.id);
  });

  it("switching a published story to a pen name hides the username once the edit is approved", async () => {
    const author = await member("switcher");
    const { storyId, slug } = await publishedStory(author.id, { anonymity: "USERNAME" });
    expect((await getPublishedStory({ slug }))?.byline.name).toBe(author.username);
    const edit = await saveStory({ storyId, authorId: author.id, input: storyInput({ anonymity: "PEN_NAME", penName: "Lantern" }) });
    if (!edit.ok) throw new Error("edit failed");
    await submitStory({ storyId, authorId: author.id });
    await publishRevision({ storyId, revisionId: edit.revisionId });
    const story = await getPublishedStory({ slug });
    expect(story?.byline).toEqual({ mode: "PEN_NAME", name: "Lantern" });
    expect(JSON.stringify(story)).not.toContain(author.username);
  });

  it("publicIdentity never falls back to the username", () => {
    const author = { username: "real_name_here" };
    expect(publicIdentity({ anonymity: "PEN_NAME", penName: "  Lantern  " }, author)).toEqual({ mode: "PEN_NAME", name: "Lantern" });
    expect(publicIdentity({ anonymity: "PEN_NAME", penName: "   " }, author)).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(publicIdentity({ anonymity: "PEN_NAME", penName: null }, author)).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(publicIdentity({ anonymity: "ANONYMOUS", penName: "Lantern" }, author)).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(publicIdentity({ anonymity: "something-else", penName: null }, author)).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(publicIdentity({ anonymity: "USERNAME", penName: null }, null)).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(publicIdentity({ anonymity: "USERNAME", penName: null }, author)).toEqual({ mode: "USERNAME", name: "real_name_here" });
  });

  it("a pen name is only stored when the author chose a pen name", async () => {
    const author = await member();
    const { revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ anonymity: "ANONYMOUS", penName: "Left Over From Before" }),
    });
    const revision = await db.storyRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision.anonymity).toBe("ANONYMOUS");
    expect(revision.penName).toBeNull();
  });
});

describe("safety findings", () => {
  it("are stored on the revision and shown again when the author reopens it", async () => {
    const author = await member();
    const { storyId, revisionId } = await createStory({
      authorId: author.id,
      input: storyInput({ body: `${LONG_BODY} If you want to talk, write to me at someone@example.com any time.` }),
    });
    const revision = await db.storyRevision.findUniqueOrThrow({ where: { id: revisionId } });
    const stored = JSON.parse(revision.safetyFindings) as { kind: string; text: string; field: string }[];
    expect(stored).toContainEqual(expect.objectContaining({ kind: "email", text: "someone@example.com", field: "body" }));
    expect(revision.crisis).toBe(false);

    const editing = await getStoryForEditing({ storyId, authorId: author.id });
    expect(editing?.safetyFindings).toContainEqual(expect.objectContaining({ kind: "email", text: "someone@example.com" }));

    // Findings follow the text: once the address is gone, so is the finding.
    await saveStory({ storyId, authorId: author.id, input: storyInput() });
    const after = await db.storyRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect((JSON.parse(after.safetyFindings) as { kind: string }[]).some((f) => f.kind === "email")).toBe(false);
  });

  it("advisory findings never block a submission", async () => {
    const author = await member();
    const { storyId } = await createStory({
      authorId: author.id,
      input: storyInput({ body: `${LONG_BODY} Call me on 555-201-4477 or write to someone@example.com.` }),
    });
    expect(await submitStory({ storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: false });
    expect((await storyRow(storyId))?.status).toBe("IN_REVIEW");
  });
});
