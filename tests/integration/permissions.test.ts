import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { suspendMember } from "~/models/admin.server";
import { approveRevision, getReviewItem, reportStory } from "~/models/moderation.server";
import { createStory, submitStory } from "~/models/story.server";
import { ensureVocabulary } from "~/models/tag.server";
import * as adminRoute from "~/routes/admin";
import * as reviewRoute from "~/routes/moderation.$storyId";
import * as queueRoute from "~/routes/moderation._index";
import * as auditRoute from "~/routes/moderation.audit";
import * as notificationsRoute from "~/routes/notifications";
import * as storyRoute from "~/routes/stories.$slug";

// The permission matrix: every moderation and admin route's loader and action, for each kind of
// person who must be turned away, called with real Requests against this file's own SQLite copy.
// A refusal is a thrown 403 Response or a thrown redirect to /login, and it changes nothing.

const ORIGIN = "http://localhost";
const UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";

const LONG_BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter, " +
  "and one day I noticed I had laughed at breakfast without thinking about a drink at all.";

type Role = "member" | "moderator" | "admin";
interface Person {
  id: string;
  username: string;
  cookie: string;
}

let counter = 0;
async function person(prefix: string, role: Role = "member"): Promise<Person> {
  counter += 1;
  const id = newId();
  const username = `${prefix}_pm${counter}x${id.slice(0, 5).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username.toLowerCase(), passwordHash: "not-a-real-hash", role } });
  const setCookie = await createSession(id, UA);
  return { id, username, cookie: setCookie.split(";")[0] };
}

// Fixtures, set up once.
let author: Person;
let member: Person;
let suspendedMember: Person;
let suspendedModerator: Person;
let moderator: Person;
let admin: Person;
let pendingStoryId: string;
let pendingRevisionId: string;
let pendingVersion: string;
let publishedStoryId: string;
let publishedSlug: string;
let tagId: string;
let retiredTagId: string;
let otherTagId: string;
let crisisId: string;

beforeAll(async () => {
  await ensureVocabulary();
  author = await person("hidden_author");
  member = await person("member");
  suspendedMember = await person("suspended");
  suspendedModerator = await person("suspended_mod", "moderator");
  moderator = await person("moderator", "moderator");
  admin = await person("admin", "admin");

  // Suspended through the admin tool after their cookie was issued (the tool ends their sessions) …
  expect((await suspendMember({ adminId: admin.id, userId: suspendedMember.id, reason: "Spam" })).ok).toBe(true);
  // … and a moderator suspended with the session row still in place: the guard alone must refuse.
  await db.user.update({ where: { id: suspendedModerator.id }, data: { suspendedAt: new Date(), suspendedReason: "Paused" } });

  const pending = await createStory({
    authorId: author.id,
    input: { title: "Waiting Story", body: LONG_BODY, anonymity: "ANONYMOUS", tags: ["alcohol"], warnings: [] },
  });
  expect((await submitStory({ storyId: pending.storyId, authorId: author.id })).ok).toBe(true);
  pendingStoryId = pending.storyId;
  pendingRevisionId = pending.revisionId;
  pendingVersion = (await getReviewItem({ storyId: pendingStoryId }))!.revision.version;

  const live = await createStory({
    authorId: author.id,
    input: { title: "Live Story", body: LONG_BODY, anonymity: "PEN_NAME", penName: "Lake Walker", tags: ["alcohol"], warnings: [] },
  });
  expect((await submitStory({ storyId: live.storyId, authorId: author.id })).ok).toBe(true);
  const liveVersion = (await getReviewItem({ storyId: live.storyId }))!.revision.version;
  await approveRevision({ moderatorId: moderator.id, revisionId: live.revisionId, version: liveVersion });
  publishedStoryId = live.storyId;
  publishedSlug = (await db.story.findUniqueOrThrow({ where: { id: live.storyId } })).slug;
  await reportStory({ slug: publishedSlug, reporterId: member.id, reason: "spam", note: "" });

  tagId = (await db.tag.findUniqueOrThrow({ where: { slug: "cannabis" } })).id;
  otherTagId = (await db.tag.findUniqueOrThrow({ where: { slug: "nicotine" } })).id;
  retiredTagId = (await db.tag.findUniqueOrThrow({ where: { slug: "gambling" } })).id;
  await db.tag.update({ where: { id: retiredTagId }, data: { retiredAt: new Date() } });
  crisisId = (await db.crisisResource.findFirstOrThrow()).id;
});

/** Everything a refused request might have touched. */
async function snapshot() {
  const [stories, revisions, users, auditCount, reports, tags, resources, notifications] = await Promise.all([
    db.story.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, slug: true, liveRevisionId: true, workingRevisionId: true } }),
    db.storyRevision.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, submittedAt: true, tags: { select: { tagId: true } }, warnings: { select: { warning: true } } },
    }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, suspendedAt: true } }),
    db.moderationAction.count(),
    db.report.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, reason: true } }),
    db.tag.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, retiredAt: true, mergedIntoId: true } }),
    db.crisisResource.findMany({ orderBy: { id: "asc" } }),
    db.notification.findMany({ orderBy: { id: "asc" }, select: { id: true, readAt: true } }),
  ]);
  return { stories, revisions, users, auditCount, reports, tags, resources, notifications };
}

function getRequest(path: string, cookie?: string) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`${ORIGIN}${path}`, { headers });
}

function postRequest(path: string, fields: Record<string, string | string[]>, cookie?: string): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  const headers = new Headers({ Origin: ORIGIN });
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`${ORIGIN}${path}`, { method: "POST", body: form, headers });
}

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

/** Calls a loader or action and returns what it threw; a normal return fails the test. */
async function thrown(handler: Handler, request: Request, params: Record<string, string> = {}): Promise<Response> {
  let result: unknown;
  try {
    result = await handler({ request, params, context: {} });
  } catch (error) {
    expect(error, "a refusal is a thrown Response").toBeInstanceOf(Response);
    return error as Response;
  }
  throw new Error(`expected a refusal, but the handler returned ${JSON.stringify(result)?.slice(0, 300)}`);
}

function expectLoginRedirect(response: Response) {
  expect(response.status).toBe(302);
  expect(response.headers.get("Location") ?? "").toMatch(/^\/login/);
}

function expectForbidden(response: Response) {
  expect(response.status).toBe(403);
}

// Every POST the moderation review page and the admin page accept.
type Fields = Record<string, string | string[]>;
const reviewIntents = (): { intent: string; storyId: string; fields: Fields }[] => [
  { intent: "approve", storyId: pendingStoryId, fields: { revisionId: pendingRevisionId, version: pendingVersion, tags: ["alcohol", "cannabis"], warnings: ["relapse"] } },
  { intent: "request-changes", storyId: pendingStoryId, fields: { revisionId: pendingRevisionId, version: pendingVersion, note: "Please change it." } },
  { intent: "reject", storyId: pendingStoryId, fields: { revisionId: pendingRevisionId, version: pendingVersion, reason: "other", note: "No." } },
  { intent: "remove", storyId: publishedStoryId, fields: { reason: "harassment", note: "Gone." } },
  { intent: "dismiss", storyId: publishedStoryId, fields: { note: "Fine." } },
  { intent: "reveal", storyId: publishedStoryId, fields: { reason: "Curious." } },
];

const adminIntents = (): { intent: string; fields: Fields }[] => [
  { intent: "role", fields: { userId: member.id, role: "admin" } },
  { intent: "suspend", fields: { userId: author.id, reason: "Because." } },
  { intent: "restore", fields: { userId: suspendedMember.id } },
  { intent: "add-tag", fields: { facet: "SUBSTANCE", name: "Sneaky new tag" } },
  { intent: "rename-tag", fields: { tagId, name: "Renamed by an intruder" } },
  { intent: "retire-tag", fields: { tagId } },
  { intent: "restore-tag", fields: { tagId: retiredTagId } },
  { intent: "merge-tags", fields: { sourceId: tagId, targetId: otherTagId } },
  { intent: "crisis", fields: { id: crisisId, name: "Not a lifeline", description: "Replaced.", action: "Call 000", href: "tel:000" } },
];

type Who = "visitor" | "member" | "suspended member" | "suspended moderator";
const cookieFor = (who: Who) =>
  who === "visitor" ? undefined
  : who === "member" ? member.cookie
  : who === "suspended member" ? suspendedMember.cookie
  : suspendedModerator.cookie;
const expectRefusal = (who: Who, response: Response) => (who === "member" ? expectForbidden(response) : expectLoginRedirect(response));

describe.each<Who>(["visitor", "member", "suspended member", "suspended moderator"])("%s", (who) => {
  it("is refused by the moderation queue's loader, in every tab", async () => {
    for (const tab of ["", "?tab=edits", "?tab=reports"]) {
      const before = await snapshot();
      expectRefusal(who, await thrown(queueRoute.loader as Handler, getRequest(`/moderation${tab}`, cookieFor(who))));
      expect(await snapshot()).toEqual(before);
    }
    // The queue has no action: Remix answers a POST with 405 Method Not Allowed.
    expect((queueRoute as Record<string, unknown>).action).toBeUndefined();
  });

  it("is refused by the audit log's loader (which has no action)", async () => {
    const before = await snapshot();
    expectRefusal(who, await thrown(auditRoute.loader as Handler, getRequest("/moderation/audit", cookieFor(who))));
    expect(await snapshot()).toEqual(before);
    expect((auditRoute as Record<string, unknown>).action).toBeUndefined();
  });

  it("is refused by the review page's loader, for a new submission and a published story", async () => {
    for (const storyId of [pendingStoryId, publishedStoryId, "no-such-story"]) {
      const before = await snapshot();
      const response = await thrown(reviewRoute.loader as Handler, getRequest(`/moderation/${storyId}`, cookieFor(who)), { storyId });
      expectRefusal(who, response);
      // Nothing about the story leaks in the refusal.
      const body = await response.text();
      expect(body).not.toContain("Waiting Story");
      expect(body).not.toContain(author.username);
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(["approve", "request-changes", "reject", "remove", "dismiss", "reveal", "bogus"])(
    "is refused by the review page's action: intent=%s",
    async (intent) => {
      const spec = reviewIntents().find((i) => i.intent === intent) ?? { intent, storyId: pendingStoryId, fields: {} };
      const before = await snapshot();
      const response = await thrown(
        reviewRoute.action as Handler,
        postRequest(`/moderation/${spec.storyId}`, { intent, ...spec.fields }, cookieFor(who)),
        { storyId: spec.storyId },
      );
      expectRefusal(who, response);
      expect(await response.text()).not.toContain(author.username);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("is refused by the admin page's loader, with and without a search", async () => {
    for (const path of ["/admin", `/admin?q=${encodeURIComponent(author.username)}`]) {
      const before = await snapshot();
      const response = await thrown(adminRoute.loader as Handler, getRequest(path, cookieFor(who)));
      expectRefusal(who, response);
      expect(await response.text()).not.toContain(author.username);
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(["role", "suspend", "restore", "add-tag", "rename-tag", "retire-tag", "restore-tag", "merge-tags", "crisis", "bogus"])(
    "is refused by the admin page's action: intent=%s",
    async (intent) => {
      const spec = adminIntents().find((i) => i.intent === intent) ?? { intent, fields: {} };
      const before = await snapshot();
      expectRefusal(who, await thrown(adminRoute.action as Handler, postRequest("/admin", { intent, ...spec.fields }, cookieFor(who))));
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe.each<Who>(["visitor", "suspended member"])("%s on member pages", (who) => {
  it("is sent to log in by the notifications loader and action", async () => {
    const before = await snapshot();
    expectLoginRedirect(await thrown(notificationsRoute.loader as Handler, getRequest("/notifications", cookieFor(who))));
    expectLoginRedirect(await thrown(notificationsRoute.action as Handler, postRequest("/notifications", {}, cookieFor(who))));
    expect(await snapshot()).toEqual(before);
  });

  it("can't report a story", async () => {
    const before = await snapshot();
    const response = await thrown(
      storyRoute.action as Handler,
      postRequest(`/stories/${publishedSlug}`, { reason: "harassment", note: "Let me in" }, cookieFor(who)),
      { slug: publishedSlug },
    );
    expectLoginRedirect(response);
    expect(await snapshot()).toEqual(before);
  });
});

describe("moderators", () => {
  it.each(["role", "suspend", "restore", "add-tag", "rename-tag", "retire-tag", "restore-tag", "merge-tags", "crisis"])(
    "are refused by the admin page's action: intent=%s",
    async (intent) => {
      const spec = adminIntents().find((i) => i.intent === intent)!;
      const before = await snapshot();
      expectForbidden(await thrown(adminRoute.action as Handler, postRequest("/admin", { intent, ...spec.fields }, moderator.cookie)));
      expect(await snapshot()).toEqual(before);
    },
  );

  it("are refused by the admin page's loader", async () => {
    const before = await snapshot();
    expectForbidden(await thrown(adminRoute.loader as Handler, getRequest("/admin", moderator.cookie)));
    expect(await snapshot()).toEqual(before);
  });

  it("may use the queue, the audit log and the review page, which never show who wrote a story", async () => {
    const queue = (await queueRoute.loader({ request: getRequest("/moderation", moderator.cookie), params: {}, context: {} })) as {
      items: { storyId: string }[];
    };
    expect(queue.items.map((i) => i.storyId)).toContain(pendingStoryId);
    const reports = (await queueRoute.loader({
      request: getRequest("/moderation?tab=reports", moderator.cookie),
      params: {},
      context: {},
    })) as { tab: string; items: { storyId: string }[] };
    expect(reports.tab).toBe("reports");
    expect(reports.items.map((i) => i.storyId)).toContain(publishedStoryId);

    const audit = await auditRoute.loader({ request: getRequest("/moderation/audit", moderator.cookie), params: {}, context: {} });
    expect(audit).toHaveProperty("entries");

    for (const storyId of [pendingStoryId, publishedStoryId]) {
      const review = await reviewRoute.loader({ request: getRequest(`/moderation/${storyId}`, moderator.cookie), params: { storyId }, context: {} });
      const json = JSON.stringify(review);
      expect(json).toContain(storyId);
      expect(json).not.toContain(author.id);
      expect(json).not.toContain(author.username);
    }
  });

  it("may decide: approving through the action publishes the story and redirects to the queue", async () => {
    const auditBefore = await db.moderationAction.count();
    const response = await thrown(
      reviewRoute.action as Handler,
      postRequest(`/moderation/${pendingStoryId}`, { intent: "approve", revisionId: pendingRevisionId, version: pendingVersion, tags: ["alcohol"] }, moderator.cookie),
      { storyId: pendingStoryId },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/moderation?decided=approved");
    expect((await db.story.findUniqueOrThrow({ where: { id: pendingStoryId } })).status).toBe("PUBLISHED");
    expect(await db.moderationAction.count()).toBe(auditBefore + 1);

    // The same decision again (a second moderator on a stale page) gets a 409 and changes nothing.
    const again = await reviewRoute.action({
      request: postRequest(`/moderation/${pendingStoryId}`, { intent: "request-changes", revisionId: pendingRevisionId, version: pendingVersion, note: "Late" }, admin.cookie),
      params: { storyId: pendingStoryId },
      context: {},
    });
    expect((again as { init: ResponseInit | null }).init?.status).toBe(409);
    expect((await db.story.findUniqueOrThrow({ where: { id: pendingStoryId } })).status).toBe("PUBLISHED");
    expect(await db.moderationAction.count()).toBe(auditBefore + 1);
  });
});

describe("admins", () => {
  it("may use the admin page and its actions", async () => {
    const page = (await adminRoute.loader({ request: getRequest(`/admin?q=${member.username}`, admin.cookie), params: {}, context: {} })) as {
      members: { id: string }[];
    };
    expect(page.members.map((m) => m.id)).toEqual([member.id]);
    const auditBefore = await db.moderationAction.count();
    const reply = await adminRoute.action({
      request: postRequest("/admin", { intent: "add-tag", facet: "SITUATION", name: "Night shift workers" }, admin.cookie),
      params: {},
      context: {},
    });
    expect((reply as { data: { ok: boolean } }).data.ok).toBe(true);
    expect(await db.tag.count({ where: { slug: "night-shift-workers" } })).toBe(1);
    expect(await db.moderationAction.count()).toBe(auditBefore + 1);
  });

  it("may use the moderation pages too", async () => {
    const queue = await queueRoute.loader({ request: getRequest("/moderation", admin.cookie), params: {}, context: {} });
    expect(queue).toHaveProperty("items");
  });
});
