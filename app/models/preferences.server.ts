import type { Prisma } from "~/generated/prisma/client";
import { EARLY_RECOVERY_HIDDEN, WARNING_SLUGS, type WarningMode, type WarningSlug } from "~/lib/constants";
import { db } from "~/lib/db.server";
import { hotRead } from "~/lib/hot-read.server";

// A reader's warning preferences (docs/product.md, "Content warnings"), and the one filter every
// public list, search and recommendation applies. SHOW: no notice; BLUR (the default): the
// story opens behind a notice and list cards are blurred; HIDE: never listed. The
// early-recovery switch hides detailed-use and relapse stories whatever the modes say.

export interface ReaderPrefs {
  modes: Record<WarningSlug, WarningMode>;
  earlyRecovery: boolean;
}

export const DEFAULT_PREFS: ReaderPrefs = {
  modes: Object.fromEntries(WARNING_SLUGS.map((w) => [w, "BLUR"])) as Record<WarningSlug, WarningMode>,
  earlyRecovery: false,
};

export async function getReaderPrefs(userId: string | null): Promise<ReaderPrefs> {
  if (!userId) return DEFAULT_PREFS;
  // Read on most signed-in page views: hot reads outside the ORM.
  const [profile, rows] = await Promise.all([
    hotRead<[string], { earlyRecovery: number | boolean }>(`SELECT "earlyRecovery" FROM "ReaderProfile" WHERE "userId" = ?`).get(userId),
    hotRead<[string], { warning: string; mode: string }>(`SELECT "warning", "mode" FROM "WarningPreference" WHERE "userId" = ?`).all(userId),
  ]);
  const modes = { ...DEFAULT_PREFS.modes };
  for (const row of rows) {
    if ((WARNING_SLUGS as string[]).includes(row.warning)) modes[row.warning as WarningSlug] = row.mode as WarningMode;
  }
  return { modes, earlyRecovery: Boolean(profile?.earlyRecovery) };
}

export async function saveReaderPrefs(userId: string, prefs: ReaderPrefs) {
  await db.$transaction([
    db.readerProfile.upsert({
      where: { userId },
      create: { userId, earlyRecovery: prefs.earlyRecovery },
      update: { earlyRecovery: prefs.earlyRecovery },
    }),
    db.warningPreference.deleteMany({ where: { userId } }),
    db.warningPreference.createMany({
      data: WARNING_SLUGS.map((warning) => ({ userId, warning, mode: prefs.modes[warning] })),
    }),
  ]);
}

/** Warnings whose stories this reader never sees in any list. */
export function hiddenWarnings(prefs: ReaderPrefs): WarningSlug[] {
  const hidden = new Set(WARNING_SLUGS.filter((w) => prefs.modes[w] === "HIDE"));
  if (prefs.earlyRecovery) for (const w of EARLY_RECOVERY_HIDDEN) hidden.add(w);
  return [...hidden];
}

/** Whether a story with these warnings opens behind a notice (or is blurred in a list) for this reader. */
export function needsNotice(prefs: ReaderPrefs, warnings: string[]): boolean {
  return warnings.some((w) => prefs.modes[w as WarningSlug] !== "SHOW");
}

/** The `where` for every public list: published, and nothing the reader chose to hide. */
export function visibleStoriesWhere(prefs: ReaderPrefs): Prisma.StoryWhereInput {
  const hidden = hiddenWarnings(prefs);
  return {
    status: "PUBLISHED",
    liveRevisionId: { not: null },
    ...(hidden.length ? { liveRevision: { warnings: { none: { warning: { in: hidden } } } } } : {}),
  };
}

/** The reader's private "people like me" profile: tag slugs across the four facets. */
export async function getProfileTags(userId: string): Promise<string[]> {
  const rows = await hotRead<[string], { slug: string }>(
    `SELECT t."slug" FROM "ReaderProfileTag" p JOIN "Tag" t ON t."id" = p."tagId" WHERE p."userId" = ?`,
  ).all(userId);
  return rows.map((r) => r.slug);
}

export async function saveProfileTags(userId: string, slugs: string[]) {
  const tags = await db.tag.findMany({ where: { slug: { in: slugs.slice(0, 40) }, retiredAt: null }, select: { id: true } });
  await db.$transaction([
    db.readerProfileTag.deleteMany({ where: { userId } }),
    db.readerProfileTag.createMany({ data: tags.map((t) => ({ userId, tagId: t.id })) }),
  ]);
}

/** Marks the cards this reader sees blurred: stories with a warning they set to "ask first". */
export function withBlur<T extends { warnings: string[] }>(cards: T[], prefs: ReaderPrefs): (T & { blurred: boolean })[] {
  return cards.map((card) => ({ ...card, blurred: needsNotice(prefs, card.warnings) }));
}
