// npm run db:new-migration -- <name>
// `prisma migrate dev` cannot run on our machines (its shadow database needs a native
// engine), so a migration is made the way docs/decisions/002-migrations.md describes:
// apply every committed migration to a throw-away database, read its schema back with
// `db pull --print`, and diff that against prisma/schema.prisma. Hand-written virtual
// tables (full-text search) are not part of the comparison.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MIGRATIONS_DIR, migrateSqlite } from "../app/lib/migrate.server";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-migration-"));
const dbFile = path.join(tmp, "current.db");
migrateSqlite(`file:${dbFile}`);

const prisma = path.resolve("node_modules/.bin/prisma");
const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
const current = path.join(tmp, "current.prisma");
let currentSchema: string;
if (fs.existsSync(MIGRATIONS_DIR) && fs.readdirSync(MIGRATIONS_DIR).length > 0) {
  const pulled = execFileSync(prisma, ["db", "pull", "--print"], { env, encoding: "utf8" });
  // The CLI prints notices before the schema; the schema starts at its first block.
  const start = pulled.search(/^(generator|datasource) /m);
  // Hand-written tables Prisma doesn't model (the FTS5 search index and its shadow tables)
  // are left out, or every new migration would drop them.
  currentSchema = pulled
    .slice(Math.max(start, 0))
    .replace(/((\/\/\/|\/\/)[^\n]*\n)*model (StorySearch)\w* \{[\s\S]*?\n\}\n?/g, "");
} else {
  currentSchema = 'datasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\n';
}
fs.writeFileSync(current, currentSchema);

const sql = execFileSync(
  prisma,
  ["migrate", "diff", "--from-schema-datamodel", current, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { env, encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("No changes between the migrations and prisma/schema.prisma.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
if (/DROP TABLE|RedefineTables/.test(sql)) {
  console.warn("Check the migration: it drops or redefines tables, which also drops any hand-written triggers on them.");
}
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);

// The PostgreSQL schema and migrations follow from the SQLite ones (docs/decisions/008-postgresql.md).
const { producePgFiles, writePgFiles } = await import("./pg-schema");
writePgFiles(await producePgFiles());
console.log("Wrote the PostgreSQL schema and migrations in prisma/postgresql/ (npm run db:pg-schema)");
