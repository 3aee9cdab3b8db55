import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "./env.server";

// A read-only better-sqlite3 connection beside Prisma's, for the few hot reads where the ORM's
// per-query cost dominates: the page cache's content counter (every signed-out page view) and
// the bulk load of the discovery index (hundreds of thousands of small rows). Null when the
// database isn't SQLite; callers then go through Prisma.

let reader: { file: string; sqlite: Database.Database } | null = null;

export function sqliteReader(): Database.Database | null {
  const url = databaseUrl();
  if (!url.startsWith("file:")) return null;
  const file = sqliteFilePath(url);
  if (reader?.file !== file) {
    reader?.sqlite.close();
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    reader = { file, sqlite };
  }
  return reader.sqlite;
}
