import { bumpContentVersion, contentVersion } from "~/lib/content-version.server";
import { db } from "~/lib/db.server";
import { FACETS } from "~/lib/constants";
import { newId } from "~/lib/ids.server";
import { VOCABULARY } from "~/lib/vocabulary";
import type { PickerTag } from "~/components/FacetPicker";

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
  return activeTagsAt(await contentVersion());
}

/** The load of the active tags for this content version: started once, shared by everyone asking. */
function activeTagsAt(version: number): ReturnType<typeof loadActiveTags> {
  if (activeTags?.version !== version) {
    const tags = loadActiveTags();
    activeTags = { version, tags };
    tags.catch(() => {
      if (activeTags?.tags === tags) activeTags = null;
    });
  }
  return activeTags.tags;
}

let pickerTags: { from: ReturnType<typeof loadActiveTags>; tags: Promise<PickerTag[]> } | null = null;

/**
 * The same tags with only what a facet picker shows (no descriptions: only the editor shows
 * those), so the pages that list every tag don't carry them in their loader data.
 */
export async function listPickerTags(): Promise<PickerTag[]> {
  const from = activeTagsAt(await contentVersion());
  if (pickerTags?.from !== from) {
    pickerTags = { from, tags: from.then((tags) => tags.map(({ id, slug, name, facet }) => ({ id, slug, name, facet }))) };
  }
  return pickerTags.tags;
}

/** The address of the tag a merged tag became, for redirecting old links. */
export async function mergedTagSlug(mergedIntoId: string): Promise<string | null> {
  const into = await db.tag.findUnique({ where: { id: mergedIntoId }, select: { slug: true } });
  return into?.slug ?? null;
}
