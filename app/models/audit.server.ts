import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";

// The append-only audit log. Database triggers refuse UPDATE and DELETE on it.

export async function recordAction(entry: {
  actorId: string;
  action: string;
  storyId?: string;
  revisionId?: string;
  reportId?: string;
  targetUserId?: string;
  reason?: string;
  note?: string;
  details?: Record<string, unknown>;
  at?: Date;
}) {
  const { details, at, ...rest } = entry;
  await db.moderationAction.create({
    data: { id: newId(), ...rest, details: JSON.stringify(details ?? {}), createdAt: at ?? new Date() },
  });
}
