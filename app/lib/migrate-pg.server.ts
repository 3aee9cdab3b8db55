import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { listMigrations, type MigrationFile } from "./migrate.server";

// Applies prisma/postgresql/migrations/*/migration.sql (generated from the SQLite migrations by
// scripts/pg-schema.ts) to a PostgreSQL database. `prisma migrate deploy` fails for PostgreSQL
// through the Wasm engine, so this is the PostgreSQL half of our runner (docs/decisions/002 and
// 008): each migration in its own transaction, recorded in `_prisma_migrations` in Prisma's own
// PostgreSQL format, under an advisory lock so that several app processes starting at once
// apply each migration exactly once.

export const PG_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/postgresql/migrations");

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any 64-bit number, the same in every Kindred process: "kindred migrations". */
const LOCK_KEY = 7_264_911_803;

/** Applies every migration not yet recorded; returns the names applied. Idempotent and safe to run concurrently. */
export async function migratePostgres(url: string, dir: string = PG_MIGRATIONS_DIR): Promise<string[]> {
  const migrations: MigrationFile[] = listMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    // Notices ("extension already exists, skipping") are expected and not worth printing.
    client.on("notice", () => {});
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(LEDGER);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(rows.map((r) => r.migration_name));
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        const startedAt = new Date();
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed; nothing of it was applied: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  } finally {
    await client.end();
  }
  return applied;
}
