import { db } from "~/lib/db.server";

/** The crisis resources shown on /help, in the order the admin set. */
export function listCrisisResources() {
  return db.crisisResource.findMany({
    select: { id: true, name: true, description: true, action: true, href: true },
    orderBy: { sortOrder: "asc" },
  });
}
