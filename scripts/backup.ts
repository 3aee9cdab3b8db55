// npm run db:backup [-- --out path/to/backup.db]
// An online backup of the SQLite database while Kindred keeps serving: SQLite's backup API
// copies a consistent snapshot page by page, so readers and writers are never blocked for
// long. Restore: stop Kindred, copy the backup over DATABASE_URL's file (removing any -wal
// and -shm files beside it), start Kindred. See README "Backups".
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "../app/lib/env.server";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (isPostgresUrl(databaseUrl())) {
  console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (README, \"Running at scale\").");
  process.exit(2);
}
const source = sqliteFilePath(databaseUrl());
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(values.out ?? path.join(path.dirname(source), "backups", `kindred-${stamp}.db`));

const { mkdirSync } = await import("node:fs");
mkdirSync(path.dirname(target), { recursive: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(target);
} finally {
  db.close();
}
const check = new Database(target, { readonly: true });
const result = check.pragma("integrity_check", { simple: true });
check.close();
if (result !== "ok") {
  console.error(`The backup at ${target} failed its integrity check: ${result}`);
  process.exit(1);
}
console.log(`Backed up ${source} to ${target} (integrity check: ok).`);
