import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSession } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import type { SafetyFinding, SafetyReport } from "~/lib/safety";
import { storyFormAction } from "~/lib/story-form.server";
import type { StoryInput } from "~/schemas/story";
import { approveRevision, getReviewItem, listQueue, rejectRevision, removeStory, reportStory, requestChanges } from "./moderation.server";
import { listNotifications } from "./notification.server";
import { createStory, getStoryForEditing, saveStory, submitStory, withdrawStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";

// The two care tiers through the data layer, on this file's own database: what is stored on
// save, autosave, submission, withdrawal and every decision, and the queue's order (crisis,
// then concern, then oldest).
//
// The detector (app/lib/safety/) is being rewritten beside this work, so these tests don't
// depend on which sentences it catches: the safety check is replaced by a stand-in that
// finds exactly the two marker sentences below and nothing else, with the real report's
// shape (concern is true with crisis too). The real detector's crisis case is covered in
// story.server.test.ts and end to end.

const CRISIS = "I want to die.";
const CONCERN = "I don't see the point of any of this anymore.";

vi.mock("~/lib/safety", () => {
  function findIn(text: string, field: "title" | "body"): SafetyFinding[] {
    const found: SafetyFinding[] = [];
    for (const [kind, sentence] of [
      ["crisis", "I want to die."],
      ["concern", "I don't see the point of any of this anymore."],
    ] as const) {
      const start = text.indexOf(sentence);
      if (start !== -1) found.push({ field, kind, text: sentence, start, end: start + sentence.length, message: `${kind} message`, suggestion: "" });
    }
    return found.sort((a, b) => a.start - b.start);
  }
  return {
    isCareKind: (kind: string) => kind === "crisis" || kind === "concern",
    checkStory: (input: { title?: string; body: string }): SafetyReport => {
      const findings = [...(input.title ? findIn(input.title, "title") : []), ...findIn(input.body, "body")];
      const crisis = findings.some((f) => f.kind === "crisis");
      const concern = crisis || findings.some((f) => f.kind === "concern");
      return { findings, crisis, concern, level: crisis ? "crisis" : concern ? "concern" : "none" };
    },
  };
});

beforeAll(async () => {
  await ensureVocabulary();
});

const BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter, " +
  "and one day I noticed I had laughed at breakfast without thinking about a drink at all.";
const CRISIS_BODY = `${BODY} But this week it is dark again. ${CRISIS} I have told nobody.`;
const CONCERN_BODY = `${BODY} Lately it is harder. ${CONCERN} I keep going to meetings anyway.`;

let counter = 0;
async function user(role: "member" | "moderator" = "member") {
  counter += 1;
  const id = newId();
  const username = `care_${role}_${counter}_${id.slice(0, 5).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash", role } });
  return { id, username };
}

function input(overrides: Partial<StoryInput> = {}): StoryInput {
  return { title: "The Long Road Home", body: BODY, anonymity: "ANONYMOUS", penName: undefined, tags: ["alcohol"], warnings: [], ...overrides };
}

async function flags(storyId: string) {
  const story = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { crisis: true, concern: true, workingRevision: { select: { crisis: true, concern: true } } },
  });
  return { story: { crisis: story.crisis, concern: story.concern }, revision: story.workingRevision };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sent(authorId: string, body: string, title = `Story ${newId().slice(0, 6)}`) {
  const { storyId, revisionId } = await createStory({ authorId, input: input({ title, body }) });
  const submitted = await submitStory({ storyId, authorId });
  expect(submitted.ok).toBe(true);
  const item = await getReviewItem({ storyId });
  return { storyId, revisionId, version: item!.revision.version, submitted };
}

describe("the stored tier", () => {
  it("a draft's revision stores both tiers when created, and the story none until it is sent", async () => {
    const author = await user();
    const crisis = await createStory({ authorId: author.id, input: input({ body: CRISIS_BODY }) });
    const concern = await createStory({ authorId: author.id, input: input({ body: CONCERN_BODY }) });
    const calm = await createStory({ authorId: author.id, input: input() });
    expect(await flags(crisis.storyId)).toEqual({ story: { crisis: false, concern: false }, revision: { crisis: true, concern: true } });
    expect(await flags(concern.storyId)).toEqual({ story: { crisis: false, concern: false }, revision: { crisis: false, concern: true } });
    expect(await flags(calm.storyId)).toEqual({ story: { crisis: false, concern: false }, revision: { crisis: false, concern: false } });
    expect(concern.preview).toMatchObject({ crisis: false, concern: true });
    expect((await getStoryForEditing({ storyId: concern.storyId, authorId: author.id }))?.concern).toBe(true);
  });

  it("an autosave (the quick write) sets and clears concern like crisis", async () => {
    const author = await user();
    const { storyId } = await createStory({ authorId: author.id, input: input() });
    const rawWrites: string[] = [];
    const client = db as unknown as { $executeRaw: (...args: unknown[]) => unknown };
    const real = client.$executeRaw;
    client.$executeRaw = (strings: unknown, ...values: unknown[]) => {
      if (Array.isArray(strings)) rawWrites.push(String(strings[0]).trim().slice(0, 22));
      return (real as (...args: unknown[]) => unknown).apply(db, [strings, ...values]);
    };
    try {
      const saved = await saveStory({ storyId, authorId: author.id, input: input({ body: CONCERN_BODY }) });
      expect(saved).toMatchObject({ ok: true, preview: { crisis: false, concern: true } });
      expect((await flags(storyId)).revision).toEqual({ crisis: false, concern: true });
      await saveStory({ storyId, authorId: author.id, input: input({ body: CRISIS_BODY }) });
      expect((await flags(storyId)).revision).toEqual({ crisis: true, concern: true });
      await saveStory({ storyId, authorId: author.id, input: input() });
      expect((await flags(storyId)).revision).toEqual({ crisis: false, concern: false });
    } finally {
      client.$executeRaw = real;
    }
    // All three went the quick way: the autosave's own UPDATE carries the concern column.
    expect(rawWrites.filter((w) => w.startsWith('UPDATE "StoryRevision"'))).toHaveLength(3);
  });

  it("a save that goes the whole way (new tags) stores concern too", async () => {
    const author = await user();
    const { storyId } = await createStory({ authorId: author.id, input: input() });
    await saveStory({ storyId, authorId: author.id, input: input({ body: CONCERN_BODY, tags: ["alcohol", "parenting"] }) });
    expect((await flags(storyId)).revision).toEqual({ crisis: false, concern: true });
  });

  it("submitting copies the tier to the story (for the queue) and tells the editor", async () => {
    const author = await user();
    const concern = await sent(author.id, CONCERN_BODY);
    expect(concern.submitted).toEqual({ ok: true, crisis: false, concern: true });
    expect((await flags(concern.storyId)).story).toEqual({ crisis: false, concern: true });
    const crisis = await sent(author.id, CRISIS_BODY);
    expect(crisis.submitted).toEqual({ ok: true, crisis: true, concern: true });
    expect((await flags(crisis.storyId)).story).toEqual({ crisis: true, concern: true });
    const calm = await sent(author.id, BODY);
    expect(calm.submitted).toEqual({ ok: true, crisis: false, concern: false });
    expect((await flags(calm.storyId)).story).toEqual({ crisis: false, concern: false });
  });

  it("withdrawing from review, or saving a change to a story in review, clears the story's flags", async () => {
    const author = await user();
    const a = await sent(author.id, CONCERN_BODY);
    expect(await withdrawStory({ storyId: a.storyId, authorId: author.id })).toEqual({ ok: true, status: "DRAFT" });
    expect((await flags(a.storyId)).story).toEqual({ crisis: false, concern: false });
    // The draft's own text still carries its tier, for the editor and the next submission.
    expect((await flags(a.storyId)).revision).toEqual({ crisis: false, concern: true });

    const b = await sent(author.id, CRISIS_BODY);
    const saved = await saveStory({ storyId: b.storyId, authorId: author.id, input: input({ body: `${CRISIS_BODY} One more line.` }) });
    expect(saved).toMatchObject({ ok: true, pulledFromReview: true });
    expect((await flags(b.storyId)).story).toEqual({ crisis: false, concern: false });
  });

  it("every decision clears the story's flags: approve, request changes, reject, remove", async () => {
    const author = await user();
    const moderator = await user("moderator");
    const approved = await sent(author.id, CONCERN_BODY);
    await approveRevision({ moderatorId: moderator.id, revisionId: approved.revisionId, version: approved.version });
    expect((await flags(approved.storyId)).story).toEqual({ crisis: false, concern: false });

    const changes = await sent(author.id, CONCERN_BODY);
    await requestChanges({ moderatorId: moderator.id, revisionId: changes.revisionId, version: changes.version, note: "Thank you. Resources: …" });
    expect((await flags(changes.storyId)).story).toEqual({ crisis: false, concern: false });

    const rejected = await sent(author.id, CRISIS_BODY);
    await rejectRevision({ moderatorId: moderator.id, revisionId: rejected.revisionId, version: rejected.version, reason: "other", note: "Not now." });
    expect((await flags(rejected.storyId)).story).toEqual({ crisis: false, concern: false });

    // An edit of a published story, sent with concern language, then the story removed.
    await saveStory({ storyId: approved.storyId, authorId: author.id, input: input({ body: `${CONCERN_BODY} An edit.` }) });
    expect(await submitStory({ storyId: approved.storyId, authorId: author.id })).toEqual({ ok: true, crisis: false, concern: true });
    expect((await flags(approved.storyId)).story).toEqual({ crisis: false, concern: true });
    await removeStory({ moderatorId: moderator.id, storyId: approved.storyId, reason: "other", note: "Removed." });
    expect((await flags(approved.storyId)).story).toEqual({ crisis: false, concern: false });
  });

  it("the editor's submission sends the author to My stories with the right box: crisis, or concern", async () => {
    const author = await user();
    const cookie = (await createSession(author.id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")).split(";")[0];
    async function location(body: string) {
      const form = new FormData();
      for (const [name, value] of Object.entries({ title: "Sent from the editor", body, anonymity: "ANONYMOUS", intent: "submit", tags: "alcohol" })) {
        form.append(name, value);
      }
      const request = new Request("http://localhost/write", { method: "POST", body: form, headers: { Origin: "http://localhost", Cookie: cookie } });
      try {
        await storyFormAction({ request, storyId: null });
      } catch (thrown) {
        return (thrown as Response).headers.get("Location") ?? "";
      }
      throw new Error("expected a redirect");
    }
    expect(await location(CRISIS_BODY)).toMatch(/^\/me\/stories\?submitted=[^&]+&crisis=1$/);
    expect(await location(CONCERN_BODY)).toMatch(/^\/me\/stories\?submitted=[^&]+&concern=1$/);
    expect(await location(BODY)).toMatch(/^\/me\/stories\?submitted=[^&]+$/);
  });
});

describe("the queue", () => {
  it("orders crisis, then concern, then everything else, each oldest first — whatever order they came in", async () => {
    const author = await user();
    const calmOld = await sent(author.id, BODY, "Calm, oldest");
    await sleep(5);
    const concernOld = await sent(author.id, CONCERN_BODY, "Concern, older");
    await sleep(5);
    const calmMid = await sent(author.id, BODY, "Calm, middle");
    await sleep(5);
    const crisisNew = await sent(author.id, CRISIS_BODY, "Crisis, newer");
    await sleep(5);
    const concernNew = await sent(author.id, CONCERN_BODY, "Concern, newest");
    await sleep(5);
    const crisisNewest = await sent(author.id, CRISIS_BODY, "Crisis, newest");

    const queue = await listQueue({ tab: "new" });
    const ours = new Set([calmOld, concernOld, calmMid, crisisNew, concernNew, crisisNewest].map((s) => s.storyId));
    const order = queue.items.filter((i) => ours.has(i.storyId));
    expect(order.map((i) => i.title)).toEqual(["Crisis, newer", "Crisis, newest", "Concern, older", "Concern, newest", "Calm, oldest", "Calm, middle"]);
    expect(order.map((i) => i.level)).toEqual(["crisis", "crisis", "concern", "concern", "none", "none"]);
    // Across the whole queue: no item comes before one of a more urgent tier.
    const ranks = queue.items.map((i) => ({ crisis: 0, concern: 1, none: 2 })[i.level]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // Each flagged item carries the sentence that raised it, with its context; the others none.
    const crisis = order[0];
    expect(crisis.care).toEqual([{ kind: "crisis", field: "body", before: "But this week it is dark again.", text: CRISIS, after: "I have told nobody." }]);
    expect(order[2].care).toEqual([
      { kind: "concern", field: "body", before: "Lately it is harder.", text: CONCERN, after: "I keep going to meetings anyway." },
    ]);
    expect(order[4].care).toEqual([]);
    expect(crisis.identifying).toBe(0);
  });

  it("puts an edit with concern language before calm edits in the edits tab", async () => {
    const author = await user();
    const moderator = await user("moderator");
    async function publishedThenEdited(title: string, body: string) {
      const s = await sent(author.id, BODY, title);
      await approveRevision({ moderatorId: moderator.id, revisionId: s.revisionId, version: s.version });
      await saveStory({ storyId: s.storyId, authorId: author.id, input: input({ title, body }) });
      await submitStory({ storyId: s.storyId, authorId: author.id });
      return s.storyId;
    }
    const calm = await publishedThenEdited("Calm edit", `${BODY} A calm addition.`);
    await sleep(5);
    const concern = await publishedThenEdited("Concern edit", CONCERN_BODY);
    const queue = await listQueue({ tab: "edits" });
    expect(queue.items.map((i) => i.storyId).filter((id) => id === calm || id === concern)).toEqual([concern, calm]);
    expect(queue.counts.edits).toBe(queue.items.length);
  });
});

describe("the review item", () => {
  it("has the tier and the sentence in context; a reader's crisis report makes a published story a crisis item", async () => {
    const author = await user();
    const moderator = await user("moderator");
    const reader = await user();
    const concern = await sent(author.id, CONCERN_BODY);
    const item = await getReviewItem({ storyId: concern.storyId });
    expect(item).toMatchObject({ level: "concern", crisis: false, concern: true, reportedCrisis: false });
    expect(item?.care).toHaveLength(1);
    expect(item?.care[0]).toMatchObject({ kind: "concern", text: CONCERN });

    const calm = await sent(author.id, BODY);
    expect(await getReviewItem({ storyId: calm.storyId })).toMatchObject({ level: "none", care: [] });
    await approveRevision({ moderatorId: moderator.id, revisionId: calm.revisionId, version: calm.version });
    const slug = (await db.story.findUniqueOrThrow({ where: { id: calm.storyId } })).slug;
    await reportStory({ slug, reporterId: reader.id, reason: "crisis", note: "They sound in danger" });
    expect(await getReviewItem({ storyId: calm.storyId })).toMatchObject({ level: "crisis", reportedCrisis: true });
  });

  it("an approval's note reaches the author with the approval (the procedure's kind word and resources)", async () => {
    const author = await user();
    const moderator = await user("moderator");
    const s = await sent(author.id, CONCERN_BODY, "Heavy but hopeful");
    await approveRevision({
      moderatorId: moderator.id,
      revisionId: s.revisionId,
      version: s.version,
      note: "  Thank you for sharing this. If it gets heavy, the help page is there any time.  ",
    });
    const notification = (await listNotifications(author.id)).find((n) => n.message.includes("Heavy but hopeful"))!;
    expect(notification.message).toBe(
      "“Heavy but hopeful” was approved and is now published. Thank you for sharing it. A note from the moderator: Thank you for sharing this. If it gets heavy, the help page is there any time.",
    );
    // No note, no addition.
    const t = await sent(author.id, BODY, "Plain approval");
    await approveRevision({ moderatorId: moderator.id, revisionId: t.revisionId, version: t.version, note: "   " });
    const latest = (await listNotifications(author.id)).find((n) => n.message.includes("Plain approval"));
    expect(latest?.message).toBe("“Plain approval” was approved and is now published. Thank you for sharing it.");
  });
});
