import { db } from "~/lib/db.server";

// "Export everything" (PRODUCT.md, "Accounts and data"): every row that belongs to the
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
