import { db } from "./db.server";
import { hotRead } from "./hot-read.server";

// The "content" counter behind the signed-out page cache (server/page-cache.js,
// docs/decisions/009-page-cache.md). Anything that changes what a signed-out reader can see
// bumps it after its change has committed; every app process reads it on every cacheable
// request and drops pages stored under an older value. Because the counter lives in the
// database, a withdrawal on one process empties the caches of all of them at once. The
// discovery index (app/models/discovery-index.server.ts) is rebuilt when it moves, too.

const KEY = "content";

/** Called after a change that signed-out pages may show has committed. */
export async function bumpContentVersion(): Promise<void> {
  // An upsert, so the row needs no seeding on either database.
  await db.$executeRaw`INSERT INTO "SiteCounter" ("key", "value") VALUES (${KEY}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SiteCounter"."value" + 1`;
}

/**
 * The current value (0 before the first change). A hot read outside the ORM (hot-read.server.ts):
 * this runs on every signed-out page view.
 */
export async function contentVersion(): Promise<number> {
  const row = await hotRead<[string], { value: number | string }>(`SELECT "value" FROM "SiteCounter" WHERE "key" = ?`).get(KEY);
  return Number(row?.value ?? 0);
}
