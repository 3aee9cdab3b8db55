import fs from "node:fs";
import path from "node:path";
import { migrateSqlite } from "../../app/lib/migrate.server";
import { migratePostgres } from "../../app/lib/migrate-pg.server";
import { PG_TEMPLATE, admin, databaseUrl, testOnPostgres } from "./postgres";

// Migrates one template database; every test file starts from a copy of it: a SQLite file, or
// with TEST_DATABASE=postgres a PostgreSQL template database (tests/setup/postgres.ts).
export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

export default async function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const file of fs.readdirSync(TMP_DIR)) {
    if (file.startsWith("unit-") || file.startsWith("template")) fs.rmSync(path.join(TMP_DIR, file), { force: true });
  }
  migrateSqlite(`file:${TEMPLATE_DB}`);
  if (testOnPostgres) {
    await admin(`DROP DATABASE IF EXISTS ${PG_TEMPLATE} WITH (FORCE)`, `CREATE DATABASE ${PG_TEMPLATE}`);
    await migratePostgres(databaseUrl(PG_TEMPLATE));
  }
}
