import { verifyPassword } from "~/auth/password.server";
import { db } from "~/lib/db.server";
import { storyChanged } from "./lifecycle.server";

// "Export everything" (docs/product.md, "Accounts and data"): every row that belongs to the
// account, as JSON the person can keep. Secrets (password hash, session and recovery-code
// hashes) are left out: they are useless to the person and dangerous in a download.

export async function exportAccount(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      username: true,
      email: true,
      role: true,
      createdAt: true,
      stories: {
        select: {
          slug: true,
          status: true,
          createdAt: true,
          publishedAt: true,
          revisions: {
            orderBy: { number: "asc" },
            select: {
              number: true,
              status: true,
              title: true,
              bodyMarkdown: true,
              anonymity: true,
              penName: true,
              createdAt: true,
              updatedAt: true,
              submittedAt: true,
              decidedAt: true,
              tags: { select: { tag: { select: { slug: true, name: true } } } },
              warnings: { select: { warning: true } },
            },
          },
        },
      },
      reactions: { select: { kind: true, createdAt: true, story: { select: { slug: true } } } },
      saved: { select: { createdAt: true, story: { select: { slug: true } } } },
      reports: { select: { reason: true, note: true, status: true, createdAt: true, story: { select: { slug: true } } } },
      notifications: { select: { kind: true, message: true, createdAt: true, readAt: true } },
      profile: { select: { earlyRecovery: true } },
      profileTags: { select: { tag: { select: { slug: true } } } },
      warningPrefs: { select: { warning: true, mode: true } },
      sessions: { select: { label: true, createdAt: true, lastVerifiedAt: true } },
    },
  });
  return {
    exportedAt: new Date().toISOString(),
    account: { username: user.username, email: user.email, role: user.role, createdAt: user.createdAt },
    stories: user.stories.map((story) => ({
      ...story,
      revisions: story.revisions.map((r) => ({
        ...r,
        tags: r.tags.map((t) => t.tag.slug),
        warnings: r.warnings.map((w) => w.warning),
      })),
    })),
    reactions: user.reactions.map((r) => ({ kind: r.kind, story: r.story.slug, at: r.createdAt })),
    saved: user.saved.map((s) => ({ story: s.story.slug, at: s.createdAt })),
    reports: user.reports.map((r) => ({ ...r, story: r.story.slug })),
    notifications: user.notifications,
    preferences: {
      earlyRecovery: user.profile?.earlyRecovery ?? false,
      readingProfile: user.profileTags.map((t) => t.tag.slug),
      warnings: Object.fromEntries(user.warningPrefs.map((w) => [w.warning, w.mode])),
    },
    sessions: user.sessions,
  };
}

export type DeleteResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Deletes an account (docs/product.md, "Accounts and data"). Sessions, recovery codes, reactions,
 * saved stories, reports, notifications and preferences go with it. Stories are deleted, or —
 * if the person chooses — the published ones stay as Anonymous, detached from any account,
 * with every unpublished version removed. Staff whose decisions are in the audit log can't
 * delete themselves: the log must keep who decided what; an admin handles it.
 */
export async function deleteAccount({
  userId,
  password,
  keepStories,
}: {
  userId: string;
  password: string;
  keepStories: boolean;
}): Promise<DeleteResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    return { ok: false, errors: { password: "That isn't your password." } };
  }
  if ((await db.moderationAction.count({ where: { actorId: userId } })) > 0) {
    return {
      ok: false,
      errors: { form: "Your moderation decisions are part of the audit log, so this account can't be deleted here. Please ask an admin." },
    };
  }
  const stories = await db.story.findMany({ where: { authorId: userId }, select: { id: true, status: true, liveRevisionId: true } });
  const kept = keepStories ? stories.filter((s) => s.status === "PUBLISHED" && s.liveRevisionId) : [];
  await db.$transaction(async (tx) => {
    for (const story of kept) {
      await tx.story.update({ where: { id: story.id }, data: { authorId: null, workingRevisionId: null } });
      await tx.storyRevision.deleteMany({ where: { storyId: story.id, id: { not: story.liveRevisionId! } } });
      await tx.storyRevision.update({ where: { id: story.liveRevisionId! }, data: { anonymity: "ANONYMOUS", penName: null } });
    }
    // Everything else the account owns cascades from the user row (stories not kept included).
    await tx.user.delete({ where: { id: userId } });
  });
  for (const story of stories) await storyChanged(story.id);
  return { ok: true };
}
