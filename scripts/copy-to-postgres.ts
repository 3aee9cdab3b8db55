// npm run db:copy-to-pg -- --to postgresql://… [--from file:./data/kindred.db]
//
// Moves an install from SQLite to PostgreSQL (README, "Running at scale"): brings both databases
// to the latest migration, copies every row in one PostgreSQL transaction, builds the
// PostgreSQL search index in the same transaction, then VACUUM ANALYZE. Stop Kindred first, so
// nothing is written to SQLite meanwhile. The target must be a new database: the script refuses
// one that has accounts in it. Rate-limit counters are not copied (they expire within the hour);
// the SQLite file is not changed.
//
// How it stays fast (about two minutes per GB of SQLite; the benchmark copies 100,000 stories
// with it, bench/README.md): like pg_restore, rows go in first and the foreign keys and
// secondary indexes are dropped for the load and recreated from their own definitions
// afterwards, all inside the transaction; rows go in batches of thousands, one array parameter
// per column (`INSERT … SELECT FROM unnest($1::text[], …)`), the next batch read from SQLite
// while PostgreSQL inserts the previous one. The search index is built in bulk with the app's
// text and weighting (app/models/search-pg.server.ts reindexStoryPg), each story keeping the
// position ("seq") its SQLite index row had, so "the newest matches" agree; a sample of
// stories is then reindexed by the app itself, and if any comes out different, the whole index
// is rebuilt the app's way, story by story (slower, always right).
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "../app/lib/env.server";
import { migratePostgres } from "../app/lib/migrate-pg.server";
import { migrateSqlite } from "../app/lib/migrate.server";

/** Every table, parents before children (foreign keys are off during the load; the order is for readers). */
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
/** A batch ends at this many rows or this many bytes of values, whichever comes first. */
const BATCH_ROWS = 5_000;
const BATCH_BYTES = 16 * 1024 * 1024;
/** Stories reindexed by the app after the bulk build, to check it. */
const SEARCH_SAMPLE = 20;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * PostgreSQL's text can't hold U+0000, which SQLite stores; the app replaces it with U+FFFD on
 * its way in (app/lib/pg-adapter.server.ts), and so does the copy.
 */
function clean(value: unknown): unknown {
  return typeof value === "string" && value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;
}

function byteSize(value: unknown): number {
  if (typeof value === "string") return value.length + 3;
  if (Buffer.isBuffer(value)) return value.length * 2 + 4;
  return 8;
}

/**
 * Sends batches of rows as `INSERT INTO table (…) SELECT * FROM unnest($1::type[], …)`: one
 * parameter per column whatever the batch size, and at most one batch in flight while the
 * caller gathers the next.
 */
class BatchInserter {
  private columns: unknown[][];
  private rows = 0;
  private bytes = 0;
  private inFlight: Promise<unknown> = Promise.resolve();
  total = 0;

  constructor(
    private client: pg.Client,
    private sql: string,
    width: number,
  ) {
    this.columns = Array.from({ length: width }, () => []);
  }

  async push(values: unknown[]): Promise<void> {
    for (let i = 0; i < values.length; i++) {
      this.columns[i].push(values[i]);
      this.bytes += byteSize(values[i]);
    }
    this.rows++;
    if (this.rows >= BATCH_ROWS || this.bytes >= BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    await this.inFlight;
    if (this.rows === 0) return;
    const params = this.columns;
    this.total += this.rows;
    this.columns = params.map(() => []);
    this.rows = 0;
    this.bytes = 0;
    this.inFlight = this.client.query(this.sql, params);
  }

  async finish(): Promise<number> {
    await this.flush();
    await this.inFlight;
    return this.total;
  }
}

/** Column names and types (as `format_type` spells them) of a PostgreSQL table, generated columns left out. */
async function pgColumns(client: pg.Client, table: string): Promise<{ name: string; type: string }[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' AND a.attidentity <> 'a'
     ORDER BY a.attnum`,
    [quote(table)],
  );
  return rows;
}

/**
 * Drops the foreign keys of the schema and the secondary indexes of `tables` (those no
 * constraint owns); returns the statements that recreate them, indexes first.
 */
async function dropForLoad(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conrelid::regclass::text, conname`,
  );
  for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${quote(key.name)}`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return [...indexes.map((i) => i.def), ...keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${quote(k.name)} ${k.def}`)];
}

async function copyTable(client: pg.Client, sqlite: Database.Database, table: string): Promise<number> {
  const sqliteColumns = new Set((sqlite.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name));
  const columns = (await pgColumns(client, table)).filter((c) => sqliteColumns.has(c.name));
  const inserter = new BatchInserter(
    client,
    `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(", ")})
     SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`,
    columns.length,
  );
  const select = sqlite.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(", ")} FROM ${quote(table)}`).raw(true);
  for (const row of select.iterate() as Iterable<unknown[]>) await inserter.push(row.map(clean));
  return inserter.finish();
}

/** The words FTS5 would see: runs of letters and digits (as app/models/search-pg.server.ts tokenText). */
const tokenText = (text: string) => (text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/** The "document" of reindexStoryPg, from the token text of title, tags and body. */
const documentSql = (title: string, tags: string, body: string) =>
  `setweight(to_tsvector('kindred', ${title}), 'A') || setweight(to_tsvector('kindred', ${tags}), 'B') || setweight(to_tsvector('kindred', ${body}), 'D')`;

/**
 * Fills "StorySearch" with every published story's live version as reindexStoryPg would, in
 * one pass. Each story takes the "seq" its row had in SQLite's index (its FTS5 rowid); a
 * published story missing there comes after them. Tag names are joined in the order the tags
 * were saved (reindexStoryPg takes them in whatever order the query plan gives: this order
 * from a table scan, by tag id from the primary key). Returns how many stories were indexed.
 */
async function buildSearchIndex(client: pg.Client, sqlite: Database.Database, htmlToText: (html: string) => string): Promise<number> {
  const published = sqlite.prepare(`SELECT "id" FROM "Story" WHERE "status" = 'PUBLISHED'`).pluck().all() as string[];
  const seqOf = new Map<string, number>();
  for (const [seq, storyId] of sqlite.prepare(`SELECT rowid, storyId FROM "StorySearch"`).raw().all() as [number, string][]) seqOf.set(storyId, seq);
  let next = 0;
  for (const seq of seqOf.values()) next = Math.max(next, seq);
  const order = published
    .map((id) => ({ id, seq: seqOf.get(id) ?? 0 }))
    .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({ id: s.id, seq: s.seq || ++next }));
  const live = sqlite.prepare(
    `SELECT r."title", r."bodyHtml",
       (SELECT group_concat("name", ' · ') FROM (SELECT t."name" FROM "RevisionTag" rt JOIN "Tag" t ON t."id" = rt."tagId"
         WHERE rt."revisionId" = r."id" ORDER BY rt.rowid)) AS "tags"
     FROM "Story" s JOIN "StoryRevision" r ON r."id" = s."liveRevisionId" WHERE s."id" = ?`,
  );
  const inserter = new BatchInserter(
    client,
    `INSERT INTO "StorySearch" ("seq", "storyId", "title", "body", "tags", "document")
     SELECT v.seq, v.id, v.title, v.body, v.tags, ${documentSql("v.tt", "v.tg", "v.tb")}
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS v(seq, id, title, body, tags, tt, tg, tb)`,
    8,
  );
  for (const { id, seq } of order) {
    const row = live.get(id) as { title: string; bodyHtml: string; tags: string | null } | undefined;
    if (!row) continue; // published without a live version: reindexStoryPg leaves it out too
    const title = clean(row.title) as string;
    const body = clean(htmlToText(row.bodyHtml)) as string;
    const tags = clean(row.tags ?? "") as string;
    await inserter.push([seq, id, title, body, tags, tokenText(title), tokenText(tags), tokenText(body)]);
  }
  const indexed = await inserter.finish();
  // New (re)indexes by the app take numbers after these.
  await client.query(`SELECT setval(pg_get_serial_sequence('"StorySearch"', 'seq'), GREATEST(1, (SELECT max("seq") FROM "StorySearch")))`);
  return indexed;
}

type SearchRow = { seq: string; title: string; body: string; tags: string; document: string };

const sortedTags = (tags: string) => tags.split(" · ").sort().join(" · ");

/**
 * Reindexes a sample of stories with the app's own reindexStoryPg and compares: the same
 * title, body and tags (in any order: the app's depends on the query plan), and the same
 * document as the bulk build makes from the app's row. Puts each story's "seq" back
 * afterwards. Returns the first difference found, or null.
 */
async function checkSearchIndex(to: string, reindexStoryPg: (id: string) => Promise<void>): Promise<string | null> {
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  try {
    const { rows: sample } = await client.query<{ storyId: string }>(
      `SELECT "storyId" FROM (SELECT "storyId", row_number() OVER (ORDER BY "seq") - 1 AS n, count(*) OVER () AS total FROM "StorySearch") s
       WHERE n % GREATEST(1, total / $1) = 0 LIMIT $1`,
      [SEARCH_SAMPLE],
    );
    const read = async (id: string) =>
      (await client.query<SearchRow>(`SELECT "seq", "title", "body", "tags", "document"::text AS "document" FROM "StorySearch" WHERE "storyId" = $1`, [id])).rows[0];
    for (const { storyId } of sample) {
      const bulk = await read(storyId);
      await reindexStoryPg(storyId);
      const app = await read(storyId);
      await client.query(`UPDATE "StorySearch" SET "seq" = $1 WHERE "storyId" = $2`, [bulk.seq, storyId]);
      if (!app) return `story ${storyId}: not indexed by the app`;
      if (bulk.title !== app.title) return `story ${storyId}, title`;
      if (bulk.body !== app.body) return `story ${storyId}, body`;
      if (sortedTags(bulk.tags) !== sortedTags(app.tags)) return `story ${storyId}, tags`;
      if (bulk.tags === app.tags && bulk.document !== app.document) return `story ${storyId}, document`;
      const { rows } = await client.query<{ document: string }>(`SELECT (${documentSql("$1", "$2", "$3")})::text AS "document"`, [
        tokenText(app.title),
        tokenText(app.tags),
        tokenText(app.body),
      ]);
      if (rows[0].document !== app.document) return `story ${storyId}, document`;
    }
    return null;
  } finally {
    await client.end();
  }
}

export async function copyToPostgres({ from, to, log = console.log }: { from: string; to: string; log?: (line: string) => void }) {
  if (!isPostgresUrl(to)) throw new Error("--to must be a postgresql:// URL");
  if (!from.startsWith("file:")) throw new Error("--from must be a SQLite file: URL");
  const started = performance.now();
  migrateSqlite(from);
  await migratePostgres(to);
  // The app's modules, on the target: htmlToText for the bulk index, reindexStoryPg to check it.
  process.env.DATABASE_URL = to;
  globalThis.__kindredDb = undefined;
  const { htmlToText } = await import("../app/models/search.server");
  const { reindexAllPg, reindexStoryPg } = await import("../app/models/search-pg.server");
  const { db } = await import("../app/lib/db.server");

  const sqlite = new Database(sqliteFilePath(from), { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: to });
  client.on("notice", () => {});
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
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    // The migrations insert the default crisis resources; the copy brings the install's own.
    await client.query(`DELETE FROM "CrisisResource"`);
    await client.query(`DELETE FROM "StorySearch"`);
    const recreate = await dropForLoad(client, [...COPY_ORDER, "StorySearch"]);
    for (const table of COPY_ORDER) {
      const t = performance.now();
      counts[table] = await copyTable(client, sqlite, table);
      log(`${table}: ${counts[table]} (${seconds(t)})`);
    }
    let t = performance.now();
    const indexed = await buildSearchIndex(client, sqlite, htmlToText);
    log(`Search index: ${indexed} published stories (${seconds(t)})`);
    t = performance.now();
    for (const statement of recreate) await client.query(statement);
    log(`Indexes and foreign keys: ${recreate.length} (${seconds(t)})`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    sqlite.close();
  }

  try {
    const difference = await checkSearchIndex(to, reindexStoryPg);
    if (difference) {
      log(`The bulk search index differs from the app's (${difference}): rebuilding it story by story…`);
      const t = performance.now();
      log(`Search index: ${await reindexAllPg()} published stories (${seconds(t)})`);
    }
  } finally {
    await db.$disconnect();
  }

  // Planner statistics and the visibility map, so the first queries don't run on guesses.
  const t = performance.now();
  const vacuum = new pg.Client({ connectionString: to });
  vacuum.on("notice", () => {});
  await vacuum.connect();
  try {
    await vacuum.query("VACUUM (ANALYZE)");
    log(`VACUUM ANALYZE (${seconds(t)})`);
  } catch (error) {
    log(`VACUUM ANALYZE failed (run it as the database owner): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await vacuum.end();
  }
  log(`Copied in ${seconds(started)}`);
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
