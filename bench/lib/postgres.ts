// The PostgreSQL side of `npm run bench -- --postgres`: a PostgreSQL copy of a SQLite data set,
// made once with scripts/copy-to-postgres.ts and reused while the data set stays the same.
//
// Where: a cluster of the bench's own in bench/data/pg-<port> (git-ignored, beside the data
// sets), started with scripts/pg-cluster.ts but with durable settings, or any server given by
// --pg-url (a URL whose role may create databases). The copy is the database
// kindred_bench_<N> for bench-<N>.db; its COMMENT holds a marker (JSON): the fingerprint of
// the SQLite data it was copied from, when, and how long the copy took. A later run whose
// data set has the same fingerprint reuses it (after applying any newer migrations); any
// other drops and copies again. The fingerprint covers what a benchmark run leaves as it was
// (every story but drafts, with its revisions, and the accounts): runs on SQLite add and
// delete their session and drafts, which changes the file's time but not the data set.

import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgres } from "../../app/lib/migrate-pg.server";
import { startCluster, stopCluster } from "../../scripts/pg-cluster";
import { childPids } from "./server";

/** The bench cluster's port unless --pg-port or PG_PORT says otherwise (outside the tests' 55432–55439). */
export const BENCH_PG_PORT = 55440;

/**
 * What the bench cluster changes from PostgreSQL 15's defaults (`--pg-settings` adds to or
 * overrides these). Durability stays as shipped (fsync, full_page_writes and
 * synchronous_commit on), as a real install runs, unlike the test cluster, which turns all
 * three off. The app's SQLite is crash-safe too but, in WAL mode with synchronous=NORMAL,
 * doesn't wait for the disk at each commit; `--pg-settings synchronous_commit=off` is the
 * PostgreSQL equivalent. shared_buffers: the default 128 MB is far below the usual advice (a
 * quarter of RAM) for a database of gigabytes; 1 GB leaves the rest of the machine to the page
 * cache. max_wal_size: fewer checkpoints while the copy writes gigabytes.
 */
export const BENCH_PG_SETTINGS = ["shared_buffers=1GB", "max_wal_size=4GB"];

/** BENCH_PG_SETTINGS with `extra` ("name=value,name=value") added or overriding. */
export function benchSettings(extra = ""): string[] {
  const settings = new Map(BENCH_PG_SETTINGS.map((s) => [s.split("=")[0], s] as const));
  for (const setting of extra.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (!/^[a-z_0-9]+=[^\s'"]+$/.test(setting)) throw new Error(`--pg-settings: "${setting}" is not name=value`);
    settings.set(setting.split("=")[0], setting);
  }
  return [...settings.values()];
}

/** Settings reported with the results (whoever started the server). */
const REPORTED_SETTINGS = [
  "fsync",
  "synchronous_commit",
  "full_page_writes",
  "shared_buffers",
  "effective_cache_size",
  "work_mem",
  "max_wal_size",
  "max_connections",
  "jit",
];

export interface PostgresInfo {
  version: string;
  database: string;
  /** "a cluster the bench started in bench/data/pg-55440" or the server of --pg-url (password left out). */
  server: string;
  sizeMb: number;
  /** Connections per worker (DATABASE_POOL_SIZE, which the server inherits). */
  poolSize: number;
  /** Values of REPORTED_SETTINGS, as `SHOW` prints them. */
  settings: Record<string, string>;
  copy: { seconds: number; copiedAt: string; reused: boolean };
}

export interface PostgresTarget {
  /** The copy's URL, for DATABASE_URL. */
  url: string;
  info: PostgresInfo;
  /** The processes of the PostgreSQL server when it runs on this machine (for the CPU columns). */
  pids: () => number[];
  /** Stops the cluster if this run started it. */
  stop: () => void;
}

interface Marker {
  fingerprint: string;
  source: string;
  sourceBytes: number;
  sourceMtime: string;
  copiedAt: string;
  seconds: number;
}

/** A digest of the rows a benchmark run leaves as they were (see the top of this file). */
export function dataSetFingerprint(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash("sha256");
    const stories = sqlite.prepare(
      `SELECT "id", "slug", "status", "liveRevisionId", "workingRevisionId", "updatedAt" FROM "Story" WHERE "status" <> 'DRAFT' ORDER BY "id"`,
    );
    for (const row of stories.raw().iterate() as Iterable<unknown[]>) hash.update(row.join("\u0001") + "\n");
    const totals = sqlite
      .prepare(
        `SELECT count(*), sum("wordCount"), sum(length("bodyHtml")), (SELECT count(*) FROM "User"), (SELECT count(*) FROM "RelatedStory")
         FROM "StoryRevision" WHERE "storyId" IN (SELECT "id" FROM "Story" WHERE "status" <> 'DRAFT')`,
      )
      .raw()
      .get() as unknown[];
    hash.update(totals.join("\u0001"));
    return hash.digest("hex");
  } finally {
    sqlite.close();
  }
}

/** kindred_bench_10000 for bench/data/bench-10000.db. */
export function benchDatabaseName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/^bench-/, "");
  return `kindred_bench_${base.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function describeServer(url: string, clusterDir: string | null): string {
  if (clusterDir) return `a cluster the bench started in \`${path.relative(process.cwd(), clusterDir)}\` (scripts/pg-cluster.ts) on this machine`;
  const u = new URL(url);
  return `the server at ${u.hostname}:${u.port || 5432}`;
}

/** Runs the copy script in its own process (the app's database client is one per process). */
function runCopy(file: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/copy-to-postgres.ts", "--from", `file:${file}`, "--to", url], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: "" },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`The copy to PostgreSQL failed (${signal ?? `exit ${code}`})`))));
  });
}

/**
 * Makes sure a PostgreSQL copy of `file` exists (copying if needed) and returns its URL and what
 * to report about it.
 */
export async function preparePostgres({
  file,
  adminUrl,
  port = BENCH_PG_PORT,
  settings = BENCH_PG_SETTINGS,
  recopy = false,
}: {
  file: string;
  /** A server to use instead of the bench cluster: a URL of a role that may create databases. */
  adminUrl?: string;
  port?: number;
  /** For the bench cluster, when this run starts it (a running cluster keeps its own). */
  settings?: string[];
  /** Copy again even if the marker matches. */
  recopy?: boolean;
}): Promise<PostgresTarget> {
  let clusterDir: string | null = null;
  let started = false;
  if (!adminUrl) {
    clusterDir = path.resolve("bench/data", `pg-${port}`);
    fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
    const cluster = await startCluster(port, { dir: clusterDir, settings });
    adminUrl = cluster.url;
    started = cluster.started;
    console.log(
      started
        ? `PostgreSQL: started the cluster in ${path.relative(process.cwd(), clusterDir)} on port ${port} (${settings.join(", ")})`
        : `PostgreSQL: using the cluster already running in ${path.relative(process.cwd(), clusterDir)} on port ${port}, with the settings it was started with`,
    );
  }
  const stop = () => {
    if (started && clusterDir) stopCluster(port, clusterDir);
  };
  try {
    const database = benchDatabaseName(file);
    const url = withDatabase(adminUrl, database);
    const fingerprint = dataSetFingerprint(file);
    const admin = new pg.Client({ connectionString: adminUrl });
    admin.on("notice", () => {});
    await admin.connect();
    let marker: Marker | null = null;
    let reused = false;
    try {
      const { rows } = await admin.query<{ comment: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
        [database],
      );
      try {
        marker = rows[0]?.comment ? (JSON.parse(rows[0].comment) as Marker) : null;
      } catch {
        marker = null;
      }
      if (marker && marker.fingerprint === fingerprint && !recopy) {
        reused = true;
        const applied = await migratePostgres(url);
        console.log(`PostgreSQL: reusing ${database}, copied ${marker.copiedAt} in ${marker.seconds.toFixed(0)} s${applied.length ? `; migrated: ${applied.join(", ")}` : ""}`);
      } else {
        console.log(
          `PostgreSQL: ${rows.length === 0 ? "no copy yet" : recopy ? "copying again (--pg-recopy)" : "the copy is of other data"}: copying ${path.relative(process.cwd(), file)} into ${database}…`,
        );
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        // Byte-order sorting, as the README asks of a real install (lists sort as on SQLite).
        await admin.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0`);
        const copyStarted = performance.now();
        await runCopy(file, url);
        const stat = fs.statSync(file);
        marker = {
          fingerprint,
          source: path.relative(process.cwd(), file),
          sourceBytes: stat.size,
          sourceMtime: stat.mtime.toISOString(),
          copiedAt: new Date().toISOString(),
          seconds: (performance.now() - copyStarted) / 1000,
        };
        await admin.query(`COMMENT ON DATABASE "${database}" IS ${admin.escapeLiteral(JSON.stringify(marker))}`);
        console.log(`PostgreSQL: copied in ${marker.seconds.toFixed(0)} s`);
      }
    } finally {
      await admin.end();
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let info: PostgresInfo;
    let postmaster: number | null = null;
    try {
      const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
      const settings: Record<string, string> = {};
      for (const name of REPORTED_SETTINGS) settings[name] = (await client.query<{ v: string }>(`SELECT current_setting($1) AS v`, [name])).rows[0].v;
      const size = (await client.query<{ n: string }>(`SELECT pg_database_size(current_database()) AS n`)).rows[0].n;
      const backend = (await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
      postmaster = localParent(backend);
      info = {
        version,
        database,
        server: describeServer(adminUrl, clusterDir),
        sizeMb: Number(size) / 1024 / 1024,
        poolSize: Number(process.env.DATABASE_POOL_SIZE) || 10,
        settings,
        copy: { seconds: marker.seconds, copiedAt: marker.copiedAt, reused },
      };
    } finally {
      await client.end();
    }
    return { url, info, pids: () => (postmaster ? [postmaster, ...childPids(postmaster)] : []), stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * The parent (the postmaster) of a backend process, if the server runs on this machine: a
 * backend's pid seen here is only that process when it is a postgres process.
 */
function localParent(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    if (!stat.includes("(postgres)") && !stat.includes("(postmaster)")) return null;
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}
