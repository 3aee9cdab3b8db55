import type { CrisisResourceItem } from "~/lib/care";
import { contentVersion } from "~/lib/content-version.server";
import { db } from "~/lib/db.server";

// The crisis resources, in the order the admin set: the one list every page shows — /help,
// the footer (through the root loader), the editor's crisis and concern boxes, My stories and
// the moderators' crisis procedure. Nothing else may hard-code a number.
//
// The list is tiny and read on every page, so each process keeps it until the content counter
// moves (app/lib/content-version.server.ts). An admin's edit bumps that counter
// (updateCrisisResource → publicContentChanged), which also empties every process's cache of
// signed-out pages, so the edit reaches every page at once, on every process.

function loadCrisisResources(): Promise<CrisisResourceItem[]> {
  return db.crisisResource.findMany({
    select: { id: true, name: true, description: true, action: true, href: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

let cached: { version: number; resources: Promise<CrisisResourceItem[]> } | null = null;

/** The crisis resources as the admin last saved them. Shared: don't change what it returns. */
export async function listCrisisResources(): Promise<CrisisResourceItem[]> {
  const version = await contentVersion();
  let entry = cached;
  if (!entry || entry.version !== version) {
    const resources = loadCrisisResources();
    entry = cached = { version, resources };
    // A failed read is not kept: the next request tries again.
    resources.catch(() => {
      if (cached?.resources === resources) cached = null;
    });
  }
  return entry.resources;
}
