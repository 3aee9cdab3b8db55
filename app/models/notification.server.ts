import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { hotRead } from "~/lib/hot-read.server";
import type { DbClient } from "./audit.server";

// In-app notifications for authors: moderation outcomes, with the moderator's note or reason.

/** Notifies an author; stories kept after their author deleted the account have nobody to tell. */
export async function notify(
  entry: { userId: string | null; kind: string; storyId?: string | null; message: string },
  client: DbClient = db,
) {
  if (!entry.userId) return;
  await client.notification.create({ data: { id: newId(), ...entry, userId: entry.userId, storyId: entry.storyId ?? null } });
}

/** The header's unread count, on every signed-in page view: a hot read outside the ORM. */
export async function countUnread(userId: string): Promise<number> {
  const row = await hotRead<[string], { n: number | string }>(`SELECT COUNT(*) AS "n" FROM "Notification" WHERE "userId" = ? AND "readAt" IS NULL`).get(userId);
  return Number(row?.n ?? 0);
}

export function listNotifications(userId: string) {
  return db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, message: true, createdAt: true, readAt: true, story: { select: { id: true } } },
  });
}

export async function markAllRead(userId: string) {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}
