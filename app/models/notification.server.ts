import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import type { DbClient } from "./audit.server";

// In-app notifications for authors: moderation outcomes, with the moderator's note or reason.

export async function notify(
  entry: { userId: string; kind: string; storyId?: string | null; message: string },
  client: DbClient = db,
) {
  await client.notification.create({ data: { id: newId(), ...entry, storyId: entry.storyId ?? null } });
}

export function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
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
