import { bumpContentVersion, contentVersion } from "~/lib/content-version.server";
import { db } from "~/lib/db.server";
import { FACETS } from "~/lib/constants";
import { newId } from "~/lib/ids.server";
import { VOCABULARY } from "~/lib/vocabulary";

/** Loads the seeded vocabulary into an empty tag table. Admin edits are never overwritten. */
export async function ensureVocabulary(): Promise<number> {
  if ((await db.tag.count()) > 0) return 0;
  const rows = FACETS.flatMap((facet) =>
    VOCABULARY[facet].map((tag, index) => ({
      id: newId(),
      facet,
      slug: tag.slug,
      name: tag.name,
      description: tag.description ?? "",
      sortOrder: index,
    })),
  );
  await db.tag.createMany({ data: rows });
  await bumpContentVersion();
  return rows.length;
}

function loadActiveTags() {
  return db.tag.findMany({
    where: { retiredAt: null },
    select: { id: true, slug: true, name: true, facet: true, description: true },
    orderBy: [{ facet: "asc" }, { sortOrder: "asc" }],
  });
}

let activeTags: { version: number; tags: ReturnType<typeof loadActiveTags> } | null = null;

/**
 * Active tags grouped by facet, in the admin's order — for pickers and browsing. Kept per
 * process until the content counter moves, which every change to the vocabulary does.
 */
export async function listActiveTags() {
  const version = await contentVersion();
  if (activeTags?.version !== version) {
    const tags = loadActiveTags();
    activeTags = { version, tags };
    tags.catch(() => {
      if (activeTags?.tags === tags) activeTags = null;
    });
  }
  return activeTags.tags;
}

/** The address of the tag a merged tag became, for redirecting old links. */
export async function mergedTagSlug(mergedIntoId: string): Promise<string | null> {
  const into = await db.tag.findUnique({ where: { id: mergedIntoId }, select: { slug: true } });
  return into?.slug ?? null;
}
