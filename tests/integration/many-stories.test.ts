import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createStaticHandler, type AgnosticRouteObject } from "@remix-run/router";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { addTag, mergeTags, suspendMember } from "~/models/admin.server";
import { getReviewItem, listQueue } from "~/models/moderation.server";
import { createStory, listMyStories, submitStory } from "~/models/story.server";
import { ensureVocabulary } from "~/models/tag.server";
import * as myStoriesRoute from "~/routes/me.stories._index";
import * as reviewRoute from "~/routes/moderation.$storyId";
import * as writeRoute from "~/routes/write";

// Issue 13, item 5c: an author with thousands of stories (past SQLite's and Prisma's limit on
// bound parameters, P2029 at 999+) still opens My stories, and moderators still open the review
// item of each of their stories. The rows are made in bulk on this file's real SQLite database.
// Then the limits that keep anyone from making such an account quickly, and item 7's suspended
// session, which must be refused without storing anything.

const UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";
const BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter.";
const MANY = 5000;

interface Person {
  id: string;
  cookie: string;
}

async function person(prefix: string, role = "member"): Promise<Person> {
  const id = newId();
  const username = `${prefix}_${id.slice(0, 6).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash", role } });
  return { id, cookie: (await createSession(id, UA)).split(";")[0] };
}

const get = (path: string, cookie: string) => new Request(`http://localhost${path}`, { headers: { Cookie: cookie, "User-Agent": UA } });
const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": UA, ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields),
  });

async function settle<T>(promise: Promise<T>): Promise<T | Response> {
  try {
    return await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("an author with 5,000 stories", () => {
  let author: Person;
  let moderator: Person;
  let reviewStoryId: string;

  beforeAll(async () => {
    await ensureVocabulary();
    author = await person("prolific");
    moderator = await person("mod", "moderator");
    const reader = await person("reader");
    const now = Date.now();
    const ids = Array.from({ length: MANY }, () => newId());
    await db.story.createMany({
      data: ids.map((id, i) => ({ id, slug: `draft-${id}`, authorId: author.id, status: i % 2 ? "DRAFT" : "REMOVED", updatedAt: new Date(now - i * 1000) })),
    });
    // A decision on every other story and a reaction on a third of them, so both reads have rows.
    await db.moderationAction.createMany({
      data: ids
        .filter((_, i) => i % 2 === 0)
        .map((storyId, i) => ({ id: newId(), actorId: moderator.id, action: "REMOVE", storyId, reason: "other", note: `Note ${i}`, createdAt: new Date(now - i) })),
    });
    await db.reaction.createMany({ data: ids.filter((_, i) => i % 3 === 0).map((storyId) => ({ userId: reader.id, storyId, kind: "HELPED" })) });
    // Every one of them reported: the reports tab reads more stories than parameters allowed.
    await db.report.createMany({ data: ids.map((storyId) => ({ id: newId(), storyId, reporterId: reader.id, reason: "spam", note: "" })) });

    const story = await createStory({
      authorId: author.id,
      input: { title: "The one in review", body: BODY, anonymity: "ANONYMOUS", tags: ["alcohol"], warnings: [] },
    });
    expect((await submitStory({ storyId: story.storyId, authorId: author.id })).ok).toBe(true);
    reviewStoryId = story.storyId;
  }, 120_000);

  it("lists every story on My stories, with each story's own feedback and counts", async () => {
    const stories = await listMyStories({ authorId: author.id });
    expect(stories).toHaveLength(MANY + 1);
    const removed = stories.filter((s) => s.status === "REMOVED");
    expect(removed).toHaveLength(MANY / 2);
    expect(removed.every((s) => s.feedback?.action === "REMOVE" && /^Note \d+$/.test(s.feedback.note ?? ""))).toBe(true);
    expect(stories.filter((s) => s.reactions.HELPED === 1)).toHaveLength(Math.ceil(MANY / 3));

    const page = (await myStoriesRoute.loader({ request: get("/me/stories", author.cookie), params: {}, context: {} } as LoaderFunctionArgs)) as {
      stories: unknown[];
    };
    expect(page.stories).toHaveLength(MANY + 1);
  });

  it("opens the moderation item of their story, with the author's record as counts", async () => {
    const item = await getReviewItem({ storyId: reviewStoryId });
    expect(item?.history).toEqual({ approved: 0, changesRequested: 0, rejected: 0, removed: MANY / 2 });
    const page = (await reviewRoute.loader({
      request: get(`/moderation/${reviewStoryId}`, moderator.cookie),
      params: { storyId: reviewStoryId },
      context: {},
    } as LoaderFunctionArgs)) as { item: { storyId: string } } | Record<string, unknown>;
    expect(JSON.stringify(page)).toContain(reviewStoryId);
  });

  it("opens the reports tab with every reported story", async () => {
    const queue = await listQueue({ tab: "reports" });
    expect(queue.counts.reports).toBe(MANY);
    expect(queue.items).toHaveLength(MANY);
    expect(queue.items.every((i) => i.reports === 1)).toBe(true);
  });
});

describe("merging a tag on thousands of stories", () => {
  it("moves every story version and reader to the other tag", async () => {
    const admin = await person("tagadmin", "admin");
    expect((await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Bulk source" })).ok).toBe(true);
    expect((await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Bulk target" })).ok).toBe(true);
    const source = await db.tag.findFirstOrThrow({ where: { name: "Bulk source" } });
    const target = await db.tag.findFirstOrThrow({ where: { name: "Bulk target" } });
    const owner = await person("tagged");
    const storyIds = Array.from({ length: 2000 }, () => newId());
    await db.story.createMany({ data: storyIds.map((id) => ({ id, slug: `draft-${id}`, authorId: owner.id })) });
    const revisionIds = storyIds.map(() => newId());
    await db.storyRevision.createMany({
      data: storyIds.map((storyId, i) => ({ id: revisionIds[i], storyId, number: 1, title: "T", bodyMarkdown: "B", bodyHtml: "<p>B</p>" })),
    });
    await db.revisionTag.createMany({ data: revisionIds.map((revisionId) => ({ revisionId, tagId: source.id })) });
    // Some already carry both tags: they keep one row of the target.
    await db.revisionTag.createMany({ data: revisionIds.slice(0, 100).map((revisionId) => ({ revisionId, tagId: target.id })) });

    await db.readerProfileTag.create({ data: { userId: owner.id, tagId: source.id } });

    const result = await mergeTags({ adminId: admin.id, sourceId: source.id, targetId: target.id });
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("2000 story versions") });
    expect(await db.revisionTag.count({ where: { tagId: source.id } })).toBe(0);
    expect(await db.revisionTag.count({ where: { tagId: target.id } })).toBe(2000);
    expect(await db.readerProfileTag.findMany({ where: { userId: owner.id }, select: { tagId: true } })).toEqual([{ tagId: target.id }]);
  });
});

describe("limits on making stories", () => {
  const writeAction = (fields: Record<string, string>, cookie: string) =>
    settle(writeRoute.action({ request: post("/write", fields, cookie), params: {}, context: {} } as ActionFunctionArgs));

  it("lets an account start 60 new stories an hour, then refuses with its text kept and nothing stored", async () => {
    const writer = await person("writer");
    for (let i = 0; i < 60; i++) {
      const result = (await writeAction({ intent: "autosave", title: `Draft ${i}`, body: BODY, anonymity: "ANONYMOUS" }, writer.cookie)) as {
        init: { status?: number } | null;
        data: { storyId: string | null };
      };
      expect(result.init?.status ?? 200).toBe(200);
      expect(result.data.storyId).toBeTruthy();
    }
    const refused = (await writeAction({ intent: "autosave", title: "One too many", body: BODY, anonymity: "ANONYMOUS" }, writer.cookie)) as {
      init: { status?: number } | null;
      data: { storyId: string | null; errors: { form?: string }; values: { title: string; body: string } };
    };
    expect(refused.init?.status).toBe(429);
    expect(refused.data.errors.form).toMatch(/wasn't saved/);
    expect(refused.data.values).toMatchObject({ title: "One too many", body: BODY });
    expect(await db.story.count({ where: { authorId: writer.id } })).toBe(60);

    // Saving an existing story is not a new one: autosave keeps working.
    const first = await db.story.findFirstOrThrow({ where: { authorId: writer.id }, select: { id: true } });
    const saved = (await writeAction({ intent: "autosave", storyId: first.id, title: "Still saving", body: BODY, anonymity: "ANONYMOUS" }, writer.cookie)) as {
      init: { status?: number } | null;
    };
    expect(saved.init?.status ?? 200).toBe(200);
  });

  it("holds the submit limit on My stories' Send for review as in the editor", async () => {
    const writer = await person("sender");
    const story = await createStory({ authorId: writer.id, input: { title: "Ready to go", body: BODY, anonymity: "ANONYMOUS", tags: ["alcohol"], warnings: [] } });
    const send = (storyId: string) =>
      settle(myStoriesRoute.action({ request: post("/me/stories", { intent: "submit", storyId }, writer.cookie), params: {}, context: {} } as ActionFunctionArgs));
    for (let i = 0; i < 20; i++) {
      const result = (await send("not-a-story")) as { init: { status?: number } | null };
      expect(result.init?.status).toBe(400);
    }
    const refused = (await send(story.storyId)) as { init: { status?: number; headers?: HeadersInit } | null; data: { error: string } };
    expect(refused.init?.status).toBe(429);
    expect(new Headers(refused.init?.headers).get("Retry-After")).toMatch(/^\d+$/);
    expect(refused.data.error).toMatch(/Nothing was sent/);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.storyId } })).status).toBe("DRAFT");
  });
});

describe("a suspended member's old session", () => {
  // The document request as Remix's router runs it: the action, then the page's loaders with the
  // same load context. A loader redirect to /login used to replace the action's refusal.
  const routes: AgnosticRouteObject[] = [
    {
      id: "root",
      path: "/",
      loader: () => null,
      children: [
        {
          id: "routes/write",
          path: "write",
          // The router passes Remix's arguments (request, params, context) as they are.
          loader: (args) => writeRoute.loader(args as unknown as LoaderFunctionArgs),
          action: (args) => writeRoute.action(args as unknown as ActionFunctionArgs),
        },
      ],
    },
  ];

  it.each(["save", "autosave", "submit"])("can't %s on /write: the page answers 401 and nothing is stored", async (intent) => {
    const admin = await person("admin", "admin");
    const member = await person("suspended");
    // One suspended by the admin tool (which ends their sessions) …
    expect((await suspendMember({ adminId: admin.id, userId: member.id, reason: "Spam" })).ok).toBe(true);
    // … and one whose session row survived, so only the session check stands in the way.
    const kept = await person("kept_session");
    await db.user.update({ where: { id: kept.id }, data: { suspendedAt: new Date(), suspendedReason: "Paused" } });

    for (const who of [member, kept]) {
      const before = await db.story.count();
      const handler = createStaticHandler(routes);
      const context = await handler.query(post("/write", { intent, title: "Still here", body: BODY, anonymity: "ANONYMOUS", tags: "alcohol" }, who.cookie), {
        requestContext: {},
      });
      expect(context).not.toBeInstanceOf(Response);
      if (context instanceof Response) return;
      expect(context.statusCode).toBe(401);
      const actionData = context.actionData?.["routes/write"] as { errors: { form: string }; values: { title: string } };
      expect(actionData.errors.form).toMatch(/login has ended/);
      expect(actionData.values.title).toBe("Still here");
      expect(await db.story.count()).toBe(before);
      expect(await db.story.count({ where: { authorId: who.id } })).toBe(0);
    }
  });
});
