import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { admin, databaseUrl, testOnPostgres } from "../../tests/setup/postgres";
import { PG_MIGRATIONS_DIR, migratePostgres } from "./migrate-pg.server";
import { listMigrations } from "./migrate.server";

// The PostgreSQL migration runner needs a PostgreSQL server: these run under `npm run test:pg`
// and are reported as skipped under `npm test` (SQLite only).

const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `kindred_migrate_${crypto.randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  created.push(name);
  return databaseUrl(name);
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe.runIf(testOnPostgres)("PostgreSQL migration runner", () => {
  it("applies every migration once even when four processes start at the same moment, and records them like Prisma", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(url)));
    const names = listMigrations(PG_MIGRATIONS_DIR).map((m) => m.name);
    expect(results.flat().sort()).toEqual([...names].sort());
    const ledger = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(ledger.map((r) => r.migration_name)).toEqual(names);
    expect(ledger.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.finished_at)).toBe(true);
    expect(await migratePostgres(url)).toEqual([]);
  });

  it("starts with the crisis resources and an audit log that refuses UPDATE, DELETE and TRUNCATE", async () => {
    const url = await freshDatabase();
    await migratePostgres(url);
    const resources = await query<{ name: string }>(url, `SELECT "name" FROM "CrisisResource" ORDER BY "sortOrder"`);
    expect(resources[0].name).toBe("988 Suicide & Crisis Lifeline");
    await query(url, `INSERT INTO "User" ("id", "username", "usernameKey", "passwordHash") VALUES ('u1', 'mod', 'mod', 'x')`);
    await query(url, `INSERT INTO "ModerationAction" ("id", "actorId", "action") VALUES ('a1', 'u1', 'APPROVE')`);
    await expect(query(url, `UPDATE "ModerationAction" SET "note" = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "ModerationAction"`)).rejects.toThrow(/append-only/);
    await expect(query(url, `TRUNCATE "ModerationAction"`)).rejects.toThrow(/append-only/);
  });

  it("rolls a failing migration back whole and records nothing of it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-pg-migrations-"));
    fs.cpSync(PG_MIGRATIONS_DIR, dir, { recursive: true });
    const url = await freshDatabase();
    await migratePostgres(url, dir);
    fs.mkdirSync(path.join(dir, "99999999999999_bad"));
    fs.writeFileSync(
      path.join(dir, "99999999999999_bad", "migration.sql"),
      `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nINSERT INTO "SavedStory" ("userId", "storyId") VALUES ('nobody', 'nothing');`,
    );
    await expect(migratePostgres(url, dir)).rejects.toThrow(/99999999999999_bad failed; nothing of it was applied/);
    expect(await query(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_bad'`)).toEqual([]);
  });
});
