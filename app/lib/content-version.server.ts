import { db } from "./db.server";
import { preparedRead } from "./sqlite-reader.server";

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
 * The current value (0 before the first change). On SQLite it is a prepared statement on a
 * read-only connection (microseconds, where a query through the ORM costs a good part of a
 * millisecond); this runs on every signed-out page view.
 */
export async function contentVersion(): Promise<number> {
  const statement = preparedRead<[string], { value: number }>(`SELECT "value" FROM "SiteCounter" WHERE "key" = ?`);
  if (statement) return statement.get(KEY)?.value ?? 0;
  const rows = await db.$queryRaw<{ value: number | bigint }[]>`SELECT "value" FROM "SiteCounter" WHERE "key" = ${KEY}`;
  return Number(rows[0]?.value ?? 0);
}
