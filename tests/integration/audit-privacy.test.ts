import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/auth/session.server";
import { AUDIT_ACTIONS } from "~/lib/constants";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { addTag, mergeTags, renameTag, restoreMember, setRole, setTagRetired, suspendMember, updateCrisisResource } from "~/models/admin.server";
import {
  approveRevision,
  dismissReports,
  getReviewItem,
  rejectRevision,
  removeStory,
  reportStory,
  requestChanges,
  revealAuthor,
} from "~/models/moderation.server";
import { createStory, submitStory } from "~/models/story.server";
import { ensureVocabulary } from "~/models/tag.server";
import * as auditRoute from "~/routes/moderation.audit";

// Issue 13, item 4: the audit log names the story, never its author. Every kind of entry is made
// here through the code that makes it in the app, about one pen-name author, and the log page's
// loader data — everything the page can render — must not hold that author's id or username for
// a moderator. Admins see which account a reveal (or a suspension) concerned, by username only.

const UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";
const BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter.";

interface Person {
  id: string;
  username: string;
  cookie: string;
}

async function person(username: string, role = "member"): Promise<Person> {
  const id = newId();
  await db.user.create({ data: { id, username, usernameKey: username.toLowerCase(), passwordHash: "not-a-real-hash", role } });
  return { id, username, cookie: (await createSession(id, UA)).split(";")[0] };
}

let author: Person;
let moderator: Person;
let admin: Person;

async function submitted(title: string) {
  const story = await createStory({
    authorId: author.id,
    input: { title, body: BODY, anonymity: "PEN_NAME", penName: "Quiet Harbour", tags: ["alcohol"], warnings: [] },
  });
  expect((await submitStory({ storyId: story.storyId, authorId: author.id })).ok).toBe(true);
  const version = (await getReviewItem({ storyId: story.storyId }))!.revision.version;
  return { ...story, version };
}

beforeAll(async () => {
  await ensureVocabulary();
  // A username no other text in the log could contain by chance.
  author = await person("zq_hidden_penname_author");
  const reader = await person("zq_reader");
  moderator = await person("zq_moderator", "moderator");
  admin = await person("zq_admin", "admin");

  const live = await submitted("A story that goes live");
  await approveRevision({ moderatorId: moderator.id, revisionId: live.revisionId, version: live.version });
  const slug = (await db.story.findUniqueOrThrow({ where: { id: live.storyId } })).slug;
  await reportStory({ slug, reporterId: reader.id, reason: "spam", note: "" });
  await dismissReports({ moderatorId: moderator.id, storyId: live.storyId, note: "Fine." });
  await revealAuthor({ moderatorId: moderator.id, storyId: live.storyId, reason: "A reader is worried about them." });
  await removeStory({ moderatorId: moderator.id, storyId: live.storyId, reason: "other", note: "Asked to." });

  const returned = await submitted("A story sent back");
  await requestChanges({ moderatorId: moderator.id, revisionId: returned.revisionId, version: returned.version, note: "Please change it." });
  const rejected = await submitted("A story turned down");
  await rejectRevision({ moderatorId: moderator.id, revisionId: rejected.revisionId, version: rejected.version, reason: "other", note: "No." });

  expect((await setRole({ adminId: admin.id, userId: author.id, role: "moderator" })).ok).toBe(true);
  expect((await setRole({ adminId: admin.id, userId: author.id, role: "member" })).ok).toBe(true);
  expect((await suspendMember({ adminId: admin.id, userId: author.id, reason: "Spam" })).ok).toBe(true);
  expect((await restoreMember({ adminId: admin.id, userId: author.id })).ok).toBe(true);

  expect((await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Audit source" })).ok).toBe(true);
  expect((await addTag({ adminId: admin.id, facet: "SUBSTANCE", name: "Audit target" })).ok).toBe(true);
  const source = await db.tag.findFirstOrThrow({ where: { name: "Audit source" } });
  const target = await db.tag.findFirstOrThrow({ where: { name: "Audit target" } });
  expect((await renameTag({ adminId: admin.id, tagId: source.id, name: "Audit source renamed" })).ok).toBe(true);
  expect((await setTagRetired({ adminId: admin.id, tagId: target.id, retired: true })).ok).toBe(true);
  expect((await setTagRetired({ adminId: admin.id, tagId: target.id, retired: false })).ok).toBe(true);
  expect((await mergeTags({ adminId: admin.id, sourceId: source.id, targetId: target.id })).ok).toBe(true);
  const resource = await db.crisisResource.findFirstOrThrow();
  expect(
    (await updateCrisisResource({ adminId: admin.id, id: resource.id, name: resource.name, description: "Edited.", action: resource.action, href: resource.href })).ok,
  ).toBe(true);
});

type AuditData = { entries: { action: string; member: string | null; details: string; storyId: string | null }[] };

async function auditAs(viewer: Person, query = ""): Promise<AuditData> {
  const request = new Request(`http://localhost/moderation/audit${query}`, { headers: { Cookie: viewer.cookie, "User-Agent": UA } });
  return (await auditRoute.loader({ request, params: {}, context: {} } as LoaderFunctionArgs)) as unknown as AuditData;
}

describe("the audit log", () => {
  it("holds an entry of every kind for this test to check", async () => {
    const { entries } = await auditAs(admin);
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(AUDIT_ACTIONS));
  });

  it("never shows a moderator the author's account id or username, in any entry or filter", async () => {
    for (const query of ["", ...AUDIT_ACTIONS.map((a) => `?action=${a}`), `?actor=${admin.username}`, `?actor=${author.username}`]) {
      // The filter form echoes what the moderator typed; everything else comes from the log.
      const { entries } = await auditAs(moderator, query);
      const json = JSON.stringify(entries);
      expect(json).not.toContain(author.id);
      expect(json.toLowerCase()).not.toContain(author.username);
    }
  });

  it("shows a moderator that a reveal happened, on which story, but not whom it showed", async () => {
    const { entries } = await auditAs(moderator, "?action=REVEAL_AUTHOR");
    expect(entries).toHaveLength(1);
    expect(entries[0].storyId).toBeTruthy();
    expect(entries[0].member).toBeNull();
  });

  it("shows an admin the revealed and suspended account by username, never by id", async () => {
    const data = await auditAs(admin);
    expect(JSON.stringify(data)).not.toContain(author.id);
    const member = (action: string) => data.entries.filter((e) => e.action === action).map((e) => e.member);
    expect(member("REVEAL_AUTHOR")).toEqual([author.username]);
    expect(member("SUSPEND")).toEqual([author.username]);
    expect(member("ROLE_CHANGE")).toEqual([author.username, author.username]);
    // Decisions name the story only, for admins as well.
    expect(member("APPROVE")).toEqual([null]);
  });
});
