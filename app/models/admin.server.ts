import { db } from "~/lib/db.server";
import { FACETS, type Facet, type Role } from "~/lib/constants";
import { newId } from "~/lib/ids.server";
import { recordAction } from "./audit.server";
import { publicContentChanged, vocabularyChanged } from "./lifecycle.server";

// Administration: roles, suspensions, the tag vocabulary and the crisis resources. Every
// change writes an audit entry in the same transaction. Failures a person can fix come back
// as a message; nothing here throws for expected refusals.

export type AdminResult = { ok: true; message: string } | { ok: false; message: string };

export async function listMembers({ query }: { query: string }) {
  const key = query.trim().toLowerCase();
  return db.user.findMany({
    where: key ? { usernameKey: { contains: key } } : { role: { in: ["moderator", "admin"] } },
    orderBy: [{ role: "asc" }, { usernameKey: "asc" }],
    take: 50,
    select: { id: true, username: true, role: true, createdAt: true, suspendedAt: true, suspendedReason: true },
  });
}

export async function setRole({ adminId, userId, role }: { adminId: string; userId: string; role: Role }): Promise<AdminResult> {
  if (userId === adminId) return { ok: false, message: "You can't change your own role. Ask another admin." };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, role: true } });
    if (!user) return { ok: false, message: "That member no longer exists." };
    if (user.role === role) return { ok: false, message: `${user.username} is already a ${role}.` };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAction({ actorId: adminId, action: "ROLE_CHANGE", targetUserId: userId, details: { username: user.username, from: user.role, to: role } }, tx);
    return { ok: true, message: `${user.username} is now a ${role}.` };
  });
}

export async function suspendMember({ adminId, userId, reason }: { adminId: string; userId: string; reason: string }): Promise<AdminResult> {
  if (userId === adminId) return { ok: false, message: "You can't suspend yourself." };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, role: true, suspendedAt: true } });
    if (!user) return { ok: false, message: "That member no longer exists." };
    if (user.role === "admin") return { ok: false, message: "Admins can't be suspended. Change their role first." };
    if (user.suspendedAt) return { ok: false, message: `${user.username} is already suspended.` };
    await tx.user.update({ where: { id: userId }, data: { suspendedAt: new Date(), suspendedReason: reason } });
    // A suspended member is logged out everywhere at once.
    await tx.session.deleteMany({ where: { userId } });
    await recordAction({ actorId: adminId, action: "SUSPEND", targetUserId: userId, reason, details: { username: user.username } }, tx);
    return { ok: true, message: `${user.username} is suspended and has been logged out.` };
  });
}

export async function restoreMember({ adminId, userId }: { adminId: string; userId: string }): Promise<AdminResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, suspendedAt: true } });
    if (!user) return { ok: false, message: "That member no longer exists." };
    if (!user.suspendedAt) return { ok: false, message: `${user.username} isn't suspended.` };
    await tx.user.update({ where: { id: userId }, data: { suspendedAt: null, suspendedReason: null } });
    await recordAction({ actorId: adminId, action: "RESTORE", targetUserId: userId, details: { username: user.username } }, tx);
    return { ok: true, message: `${user.username} can log in again.` };
  });
}

export function tagSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, "-plus")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export async function listAllTags() {
  return db.tag.findMany({
    orderBy: [{ facet: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, facet: true, retiredAt: true, mergedIntoId: true, _count: { select: { revisions: true } } },
  });
}

export async function addTag({ adminId, facet, name }: { adminId: string; facet: Facet; name: string }): Promise<AdminResult> {
  if (!FACETS.includes(facet)) return { ok: false, message: "Choose a facet for the tag." };
  const slug = tagSlug(name);
  if (!slug) return { ok: false, message: "The tag name needs at least one letter or number." };
  const result: AdminResult = await db.$transaction(async (tx): Promise<AdminResult> => {
    if (await tx.tag.findUnique({ where: { slug }, select: { id: true } })) {
      return { ok: false, message: `A tag with the address “${slug}” already exists. Choose another name, or restore the old tag.` };
    }
    const last = await tx.tag.findFirst({ where: { facet }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const id = newId();
    await tx.tag.create({ data: { id, facet, slug, name, sortOrder: (last?.sortOrder ?? 0) + 1 } });
    await recordAction({ actorId: adminId, action: "TAG_ADD", details: { tagId: id, slug, name, facet } }, tx);
    return { ok: true, message: `Added “${name}”.` };
  });
  if (result.ok) await publicContentChanged();
  return result;
}

/** Renames a tag. Its address (slug) stays, so links and bookmarks keep working. */
export async function renameTag({ adminId, tagId, name }: { adminId: string; tagId: string; name: string }): Promise<AdminResult> {
  const result: AdminResult = await db.$transaction(async (tx): Promise<AdminResult> => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true, slug: true } });
    if (!tag) return { ok: false, message: "That tag no longer exists." };
    await tx.tag.update({ where: { id: tagId }, data: { name } });
    await recordAction({ actorId: adminId, action: "TAG_RENAME", details: { tagId, slug: tag.slug, from: tag.name, to: name } }, tx);
    return { ok: true, message: `Renamed “${tag.name}” to “${name}”.` };
  });
  if (result.ok) await vocabularyChanged();
  return result;
}

/** Retired tags can't be chosen for new stories; stories that carry them keep them. */
export async function setTagRetired({ adminId, tagId, retired }: { adminId: string; tagId: string; retired: boolean }): Promise<AdminResult> {
  const result: AdminResult = await db.$transaction(async (tx): Promise<AdminResult> => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true, slug: true, retiredAt: true, mergedIntoId: true } });
    if (!tag) return { ok: false, message: "That tag no longer exists." };
    if (!retired && tag.mergedIntoId) return { ok: false, message: `“${tag.name}” was merged into another tag and can't be restored.` };
    if (Boolean(tag.retiredAt) === retired) return { ok: false, message: `“${tag.name}” is already ${retired ? "retired" : "in use"}.` };
    await tx.tag.update({ where: { id: tagId }, data: { retiredAt: retired ? new Date() : null } });
    await recordAction({ actorId: adminId, action: retired ? "TAG_RETIRE" : "TAG_RESTORE", details: { tagId, slug: tag.slug } }, tx);
    return { ok: true, message: retired ? `Retired “${tag.name}”.` : `Restored “${tag.name}”.` };
  });
  if (result.ok) await publicContentChanged();
  return result;
}

/** Moves every story and reader profile from one tag to another, then retires the first. */
export async function mergeTags({ adminId, sourceId, targetId }: { adminId: string; sourceId: string; targetId: string }): Promise<AdminResult> {
  if (sourceId === targetId) return { ok: false, message: "Choose two different tags to merge." };
  const result: AdminResult = await db.$transaction(async (tx): Promise<AdminResult> => {
    const [source, target] = await Promise.all([
      tx.tag.findUnique({ where: { id: sourceId }, select: { name: true, slug: true, mergedIntoId: true } }),
      tx.tag.findUnique({ where: { id: targetId }, select: { name: true, slug: true, retiredAt: true } }),
    ]);
    if (!source || !target) return { ok: false, message: "One of those tags no longer exists." };
    if (source.mergedIntoId) return { ok: false, message: `“${source.name}” was already merged.` };
    if (target.retiredAt) return { ok: false, message: `“${target.name}” is retired; restore it before merging into it.` };
    // Moved in the database, one statement per table: a tag on thousands of stories would pass
    // more ids than the database accepts as parameters if they went through here as a list.
    const moved = await tx.revisionTag.count({ where: { tagId: sourceId } });
    await tx.$executeRaw`
      INSERT INTO "RevisionTag" ("revisionId", "tagId")
      SELECT "revisionId", CAST(${targetId} AS TEXT) FROM "RevisionTag"
      WHERE "tagId" = ${sourceId} AND "revisionId" NOT IN (SELECT "revisionId" FROM "RevisionTag" WHERE "tagId" = ${targetId})`;
    await tx.revisionTag.deleteMany({ where: { tagId: sourceId } });
    await tx.$executeRaw`
      INSERT INTO "ReaderProfileTag" ("userId", "tagId")
      SELECT "userId", CAST(${targetId} AS TEXT) FROM "ReaderProfileTag"
      WHERE "tagId" = ${sourceId} AND "userId" NOT IN (SELECT "userId" FROM "ReaderProfileTag" WHERE "tagId" = ${targetId})`;
    await tx.readerProfileTag.deleteMany({ where: { tagId: sourceId } });
    await tx.tag.update({ where: { id: sourceId }, data: { retiredAt: new Date(), mergedIntoId: targetId } });
    await recordAction(
      { actorId: adminId, action: "TAG_MERGE", details: { from: source.slug, into: target.slug, stories: moved } },
      tx,
    );
    return { ok: true, message: `Merged “${source.name}” into “${target.name}” (${moved} story versions moved).` };
  });
  if (result.ok) await vocabularyChanged();
  return result;
}

export async function updateCrisisResource(input: {
  adminId: string;
  id: string;
  name: string;
  description: string;
  action: string;
  href: string;
}): Promise<AdminResult> {
  const result: AdminResult = await db.$transaction(async (tx): Promise<AdminResult> => {
    const before = await tx.crisisResource.findUnique({ where: { id: input.id } });
    if (!before) return { ok: false, message: "That resource no longer exists." };
    const { adminId, id, ...fields } = input;
    await tx.crisisResource.update({ where: { id }, data: fields });
    await recordAction(
      { actorId: adminId, action: "CRISIS_RESOURCES_EDIT", details: { id, before: { ...before, id: undefined }, after: fields } },
      tx,
    );
    return { ok: true, message: `Saved “${fields.name}”.` };
  });
  if (result.ok) await publicContentChanged();
  return result;
}
