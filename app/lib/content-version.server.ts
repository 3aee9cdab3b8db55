import Database from "better-sqlite3";
import { db } from "./db.server";
import { databaseUrl, sqliteFilePath } from "./env.server";

// The "content" counter behind the signed-out page cache (server/page-cache.js,
// docs/decisions/009-page-cache.md). Anything that changes what a signed-out reader can see
// bumps it after its change has committed; every app process reads it on every cacheable
// request and drops pages stored under an older value. Because the counter lives in the
// database, a withdrawal on one process empties the caches of all of them at once.

const KEY = "content";

/** Called after a change that signed-out pages may show has committed. */
export async function bumpContentVersion(): Promise<void> {
  // An upsert, so the row needs no seeding on either database.
  await db.$executeRaw`INSERT INTO "SiteCounter" ("key", "value") VALUES (${KEY}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SiteCounter"."value" + 1`;
}

let reader: { file: string; statement: Database.Statement<[string], { value: number }> } | null = null;

/**
 * The current value (0 before the first change). On SQLite it is read through a read-only
 * connection of its own: a prepared statement costs microseconds where a query through the
 * ORM costs a good part of a millisecond, and this runs on every signed-out page view.
 */
export async function contentVersion(): Promise<number> {
  const url = databaseUrl();
  if (url.startsWith("file:")) {
    const file = sqliteFilePath(url);
    if (reader?.file !== file) {
      const sqlite = new Database(file, { readonly: true, fileMustExist: true });
      sqlite.pragma("busy_timeout = 5000");
      reader = { file, statement: sqlite.prepare(`SELECT "value" FROM "SiteCounter" WHERE "key" = ?`) };
    }
    return reader.statement.get(KEY)?.value ?? 0;
  }
  const rows = await db.$queryRaw<{ value: number | bigint }[]>`SELECT "value" FROM "SiteCounter" WHERE "key" = ${KEY}`;
  return Number(rows[0]?.value ?? 0);
}
