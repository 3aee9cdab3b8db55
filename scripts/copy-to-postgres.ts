// npm run db:copy-to-pg -- --to postgresql://… [--from file:./data/kindred.db]
//
// Moves an install from SQLite to PostgreSQL (README, "Running at scale"): brings both databases
// to the latest migration, copies every row in one PostgreSQL transaction, then builds the
// PostgreSQL search index. Stop Kindred first, so nothing is written to SQLite meanwhile. The
// target must be a new database: the script refuses one that has accounts in it. Rate-limit
// counters are not copied (they expire within the hour); the SQLite file is not changed.
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "../app/lib/env.server";
import { migratePostgres } from "../app/lib/migrate-pg.server";
import { migrateSqlite } from "../app/lib/migrate.server";

/**
 * Every table, parents before children. Story's live and working revision columns point at
 * StoryRevision, which points back at Story: they are copied empty and filled in afterwards.
 */
export const COPY_ORDER = [
  "User",
  "Session",
  "RecoveryCode",
  "Tag",
  "Story",
  "StoryRevision",
  "RevisionTag",
  "RevisionWarning",
  "ModerationAction",
  "Report",
  "Reaction",
  "SavedStory",
  "ReaderProfile",
  "ReaderProfileTag",
  "WarningPreference",
  "Notification",
  "RelatedStory",
  "CrisisResource",
  "SiteCounter",
];
/** Not copied: the migration ledger (each engine has its own), the search index (rebuilt), rate-limit windows. */
export const NOT_COPIED = ["_prisma_migrations", "StorySearch", "RateLimit"];
const FILLED_AFTERWARDS: Record<string, string[]> = { Story: ["liveRevisionId", "workingRevisionId"] };
/** PostgreSQL accepts at most 65,535 parameters per statement. */
const MAX_PARAMETERS = 30_000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function copyToPostgres({ from, to, log = console.log }: { from: string; to: string; log?: (line: string) => void }) {
  if (!isPostgresUrl(to)) throw new Error("--to must be a postgresql:// URL");
  if (!from.startsWith("file:")) throw new Error("--from must be a SQLite file: URL");
  migrateSqlite(from);
  await migratePostgres(to);
  const sqlite = new Database(sqliteFilePath(from), { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const tables = (
      await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      )
    ).rows.map((r) => r.table_name);
    const unknown = tables.filter((t) => !COPY_ORDER.includes(t) && !NOT_COPIED.includes(t));
    if (unknown.length) throw new Error(`scripts/copy-to-postgres.ts doesn't know where to copy ${unknown.join(", ")}: add them to COPY_ORDER`);
    const { rows: users } = await client.query(`SELECT 1 FROM "User" LIMIT 1`);
    if (users.length) throw new Error("The PostgreSQL database already has accounts: copy into a new, empty database");

    await client.query("BEGIN");
    // The migrations insert the default crisis resources; the copy brings the install's own.
    await client.query(`DELETE FROM "CrisisResource"`);
    for (const table of COPY_ORDER) {
      const pgColumns = (
        await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).rows.map((r) => r.column_name);
      const sqliteColumns = new Set((sqlite.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name));
      const columns = pgColumns.filter((c) => sqliteColumns.has(c));
      const later = FILLED_AFTERWARDS[table] ?? [];
      const perRow = columns.length;
      const batch = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
      let rows: unknown[][] = [];
      let copied = 0;
      const flush = async () => {
        if (rows.length === 0) return;
        const params: unknown[] = [];
        const tuples = rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(", ")})`);
        await client.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`, params);
        copied += rows.length;
        rows = [];
      };
      const select = sqlite.prepare(`SELECT ${columns.map(quote).join(", ")} FROM ${quote(table)}`).raw(true);
      for (const row of select.iterate() as Iterable<unknown[]>) {
        rows.push(row.map((value, i) => (later.includes(columns[i]) ? null : value)));
        if (rows.length >= batch) await flush();
      }
      await flush();
      counts[table] = copied;
      log(`${table}: ${copied}`);
    }
    // Now that every row exists, the columns copied empty can point at their rows.
    for (const [table, later] of Object.entries(FILLED_AFTERWARDS)) {
      const keyed = sqlite.prepare(`SELECT "id", ${later.map(quote).join(", ")} FROM ${quote(table)}`).raw(true).all() as unknown[][];
      const step = Math.floor(MAX_PARAMETERS / (later.length + 1));
      for (let i = 0; i < keyed.length; i += step) {
        const params: unknown[] = [];
        const tuples = keyed.slice(i, i + step).map((row) => `(${row.map((value) => `$${params.push(value)}::text`).join(", ")})`);
        const names = ["id", ...later].map((c) => quote(`v_${c}`));
        await client.query(
          `UPDATE ${quote(table)} t SET ${later.map((c) => `${quote(c)} = v.${quote(`v_${c}`)}`).join(", ")}
           FROM (VALUES ${tuples.join(", ")}) AS v(${names.join(", ")}) WHERE t."id" = v."v_id"`,
          params,
        );
      }
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    sqlite.close();
  }

  process.env.DATABASE_URL = to;
  globalThis.__kindredDb = undefined;
  const { reindexAllPg } = await import("../app/models/search-pg.server");
  const indexed = await reindexAllPg();
  log(`Search index: ${indexed} published stories`);
  const { db } = await import("../app/lib/db.server");
  await db.$disconnect();
  return counts;
}

const isMain = process.argv[1] && import.meta.filename === (await import("node:path")).resolve(process.argv[1]);
if (isMain) {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.to) {
    console.error("Usage: npm run db:copy-to-pg -- --to postgresql://… [--from file:./data/kindred.db]");
    process.exit(2);
  }
  await copyToPostgres({ from: values.from ?? process.env.DATABASE_URL ?? "file:./data/kindred.db", to: values.to });
  console.log("Copied. Set DATABASE_URL to the PostgreSQL URL and start Kindred.");
}
