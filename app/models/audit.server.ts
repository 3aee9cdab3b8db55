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

/** The audit log, newest first, filtered; cursor pagination by (createdAt, id). */
export async function listAuditLog({
  action,
  actor,
  storyId,
  before,
}: {
  action?: string;
  actor?: string;
  storyId?: string;
  before?: string;
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
  return {
    entries: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), actor: row.actor.username })),
    nextCursor: rows.length > PAGE_SIZE && last ? `${last.createdAt.getTime()}_${last.id}` : null,
  };
}
