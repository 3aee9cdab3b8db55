import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isPostgresUrl, sqliteFilePath } from "./env.server";

// Applies prisma/migrations/*/migration.sql to a SQLite file. Prisma's own `migrate deploy`
// works for SQLite here but costs a CLI start (seconds) and does not work for PostgreSQL
// through the Wasm engine, so one small runner serves start-up, tests and scripts. It records
// migrations in `_prisma_migrations` in Prisma's own format, so the native CLI still agrees.
// See docs/decisions/002-migrations.md.

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Applies every migration not yet recorded; returns the names applied. Idempotent. */
export function migrateSqlite(url: string, dir: string = MIGRATIONS_DIR): string[] {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    // WAL is a property of the file: set once here, every later connection uses it.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.exec(LEDGER);
    const done = new Set(
      sqlite
        .prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
    const applied: string[] = [];
    // Prisma's SQLite migrations redefine a table by copying it, DROP TABLE and RENAME, between
    // `PRAGMA foreign_keys=OFF` and `ON`. Inside a transaction that pragma is a no-op, and DROP
    // TABLE with foreign keys on deletes every row first, cascading into revisions, reactions and
    // the rest. So foreign keys go off for the whole run, outside any transaction, and each
    // migration must leave no dangling reference before it commits (what SQLite's docs prescribe
    // for schema changes).
    sqlite.pragma("foreign_keys = OFF");
    for (const migration of listMigrations(dir)) {
      if (done.has(migration.name)) continue;
      const apply = sqlite.transaction(() => {
        const startedAt = new Date().toISOString();
        sqlite.exec(migration.sql);
        const dangling = sqlite.pragma("foreign_key_check") as { table: string; parent: string }[];
        if (dangling.length) {
          const first = dangling[0];
          throw new Error(`Migration ${migration.name} leaves ${dangling.length} row(s) pointing at missing rows (first: ${first.table} → ${first.parent}); nothing was changed`);
        }
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(crypto.randomUUID(), migration.checksum, new Date().toISOString(), migration.name, startedAt);
      });
      // IMMEDIATE: two processes starting at once must not both apply the same migration.
      apply.immediate();
      applied.push(migration.name);
    }
    sqlite.pragma("foreign_keys = ON");
    return applied;
  } finally {
    sqlite.close();
  }
}

/** Migrates the database at `url`, SQLite or PostgreSQL (app/lib/migrate-pg.server.ts). */
export async function migrateDatabase(url: string): Promise<string[]> {
  if (!isPostgresUrl(url)) return migrateSqlite(url);
  const { migratePostgres } = await import("./migrate-pg.server");
  return migratePostgres(url);
}
