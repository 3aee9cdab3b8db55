import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";

// A real, migrated SQLite file for each test file: copied from the template that
// tests/setup/global.ts migrated, so no test sees another's rows.
const dir = path.resolve("tests/.tmp");
const template = path.join(dir, "template.db");
const file = path.join(dir, `unit-${process.env.VITEST_POOL_ID ?? "0"}-${crypto.randomBytes(4).toString("hex")}.db`);

// Checkpoint the template's WAL (once per copy is cheap) so the copied file holds everything.
const source = new Database(template);
source.pragma("wal_checkpoint(TRUNCATE)");
source.close();
fs.copyFileSync(template, file);

process.env.DATABASE_URL = `file:${file}`;
globalThis.__kindredDb = undefined;

afterAll(async () => {
  await globalThis.__kindredDb?.$disconnect();
  globalThis.__kindredDb = undefined;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
