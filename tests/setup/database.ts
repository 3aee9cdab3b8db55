import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";
import { PG_TEMPLATE, admin, databaseUrl, testOnPostgres } from "./postgres";

// A real, migrated database for each test file, so no test sees another's rows: a copy of the
// SQLite template that tests/setup/global.ts migrated, or with TEST_DATABASE=postgres a
// PostgreSQL database created from the migrated template database.
const dir = path.resolve("tests/.tmp");
const template = path.join(dir, "template.db");
const suffix = `${process.env.VITEST_POOL_ID ?? "0"}_${crypto.randomBytes(4).toString("hex")}`;
const file = path.join(dir, `unit-${suffix}.db`);
const pgName = `kindred_unit_${suffix}`;

if (testOnPostgres) {
  await admin(`CREATE DATABASE ${pgName} TEMPLATE ${PG_TEMPLATE}`);
  process.env.DATABASE_URL = databaseUrl(pgName);
} else {
  // Checkpoint the template's WAL (once per copy is cheap) so the copied file holds everything.
  const source = new Database(template);
  source.pragma("wal_checkpoint(TRUNCATE)");
  source.close();
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
globalThis.__kindredDb = undefined;

afterAll(async () => {
  if (globalThis.__kindredDb) {
    // A tag change rebuilds search and picks in the background; let it finish before the database goes.
    const { vocabularyRebuilt } = await import("../../app/models/lifecycle.server");
    await vocabularyRebuilt();
  }
  await globalThis.__kindredDb?.$disconnect();
  globalThis.__kindredDb = undefined;
  if (testOnPostgres) await admin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  else for (const ext of ["", "-wal", "-shm"]) fs.rmSync(file + ext, { force: true });
});
