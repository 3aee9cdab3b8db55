import type { Prisma } from "~/generated/prisma/client";
import type { AuditAction } from "~/lib/constants";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";

// The append-only audit log. Database triggers refuse UPDATE and DELETE on it.

export type DbClient = Prisma.TransactionClient | typeof db;

export interface AuditEntry {
  actorId: string;
  action: AuditAction;
  storyId?: string;
  revisionId?: string;
  reportId?: string;
  targetUserId?: string;
  reason?: string;
  note?: string;
  details?: Record<string, unknown>;
  at?: Date;
}

/** Writes one audit entry; pass the transaction client so the entry commits with the decision. */
export async function recordAction(entry: AuditEntry, client: DbClient = db) {
  const { details, at, ...rest } = entry;
  await client.moderationAction.create({
    data: { id: newId(), ...rest, details: JSON.stringify(details ?? {}), createdAt: at ?? new Date() },
  });
}

const PAGE_SIZE = 50;

// Keys of an entry's details that name a member's account. Moderators never see them: a
// suspension or role change seen next to a decision would tie a pen-name story to its account.
const ACCOUNT_DETAIL_KEYS = ["username", "userId", "authorId", "targetUserId"];

function detailsFor(details: string, full: boolean): string {
  if (full) return details;
  try {
    const parsed = JSON.parse(details) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return "{}";
    const kept = Object.fromEntries(Object.entries(parsed).filter(([key]) => !ACCOUNT_DETAIL_KEYS.includes(key)));
    return JSON.stringify(kept);
  } catch {
    return "{}";
  }
}

/**
 * The audit log, newest first, filtered; cursor pagination by (createdAt, id).
 *
 * An entry names the story, never its author: the account an entry concerns (a reveal's
 * author, a suspended or re-roled member) goes to admins only (`full`), and as a username,
 * never an id. Moderators see that a reveal happened, who made it and why — not whom it showed.
 */
export async function listAuditLog({
  action,
  actor,
  storyId,
  before,
  full = false,
}: {
  action?: string;
  actor?: string;
  storyId?: string;
  before?: string;
  /** True for admins: entries carry the username of the account they concern. */
  full?: boolean;
}) {
  let cursor: { createdAt: Date; id: string } | null = null;
  if (before) {
    const [time, id] = before.split("_");
    const at = new Date(Number(time));
    if (id && !Number.isNaN(at.getTime())) cursor = { createdAt: at, id };
  }
  const rows = await db.moderationAction.findMany({
    where: {
      ...(action ? { action } : {}),
      ...(actor ? { actor: { usernameKey: actor.trim().toLowerCase() } } : {}),
      ...(storyId ? { storyId } : {}),
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      storyId: true,
      targetUserId: true,
      reason: true,
      note: true,
      details: true,
      actor: { select: { username: true } },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  // At most one page of ids, so this list is bounded by PAGE_SIZE.
  const targetIds = full ? [...new Set(page.map((row) => row.targetUserId).filter((id): id is string => Boolean(id)))] : [];
  const targets = new Map(
    targetIds.length
      ? (await db.user.findMany({ where: { id: { in: targetIds } }, select: { id: true, username: true } })).map((u) => [u.id, u.username])
      : [],
  );
  return {
    entries: page.map(({ targetUserId, actor: by, details, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      actor: by.username,
      details: detailsFor(details, full),
      /** The account the entry concerns, for admins only (null when deleted or not shown). */
      member: full && targetUserId ? (targets.get(targetUserId) ?? null) : null,
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? `${last.createdAt.getTime()}_${last.id}` : null,
  };
}
