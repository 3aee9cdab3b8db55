// npm run bench -- --db bench/data/bench-100000.db   (or --stories 100000)
//
// Load-tests the production server on a data set made by `npm run bench:seed` and writes
// the numbers, with the targets, into bench/RESULTS.md (raw numbers in bench/results/).
// See bench/README.md for what is measured and why.
//
// Options: --connections 50 --warmup 5 --duration 10 --rounds 3 --unloaded 5 (seconds of a
// one-connection run per route, 0 to skip) --port 3100 --only story,home,… --results FILE
// --max-others 0.25 --retries 3 (repeat a round while other processes kept more than 0.25
// cores busy, at most 3 times: the machine may be shared).
// WEB_CONCURRENCY is passed through to the server (default: one worker per core).
//
// On PostgreSQL: --postgres runs the same benchmark with the server on a PostgreSQL copy of
// the data set, made by scripts/copy-to-postgres.ts in a cluster of the bench's own
// (bench/data/pg-<port>, port --pg-port, else PG_PORT, else 55440) and reused by later runs
// while the data set is unchanged; --pg-url postgresql://… uses another server instead (a role
// that may create databases); --pg-recopy copies again; --pg-settings name=value,… changes the
// bench cluster's settings when this run starts it. Results go to their own section
// (bench:<N>-postgres). See bench/lib/postgres.ts and bench/README.md.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateSqlite } from "../app/lib/migrate.server";
import { describeDataSet, pickStory } from "../bench/lib/fixtures";
import { measure, rawRequest, type LoadOptions } from "../bench/lib/load";
import { BENCH_PG_PORT, benchSettings, preparePostgres, type PostgresTarget } from "../bench/lib/postgres";
import { BROWSER_HEADERS, createDrafts, routes, type RouteSpec } from "../bench/lib/routes";
import { describeMachine, renderSection, writeSection, type RecomputeTiming, type RouteResult, type RunReport } from "../bench/lib/results";
import { childPids, ensureBuild, startServer, stopServer, watchMemory, type RunningServer } from "../bench/lib/server";
import { benchDbPath, intArg, parseArgs } from "../bench/lib/sqlite";
import { postgresStore, sqliteStore, type BenchStore } from "../bench/lib/store";

const args = parseArgs(process.argv.slice(2));
const FILE = path.resolve(args.get("db") ?? benchDbPath(intArg(args, "stories", 10_000)));
const PORT = intArg(args, "port", 3100);
const CEILING_PORT = PORT + 99;
const RESULTS = path.resolve(args.get("results") ?? "bench/RESULTS.md");
const ONLY = args.get("only")?.split(",");
const PG_URL = args.get("pg-url");
const POSTGRES = args.has("postgres") || PG_URL !== undefined;
if (PG_URL !== undefined && !/^postgres(ql)?:\/\//.test(PG_URL)) throw new Error("--pg-url must be a postgresql:// URL");
const PG_PORT = intArg(args, "pg-port", Number(process.env.PG_PORT) || BENCH_PG_PORT);
/** The PostgreSQL server's processes on this machine, once it is up (CPU columns). */
let databasePids: (() => number[]) | undefined;
/** PAGE_CACHE=false npm run bench: every signed-out page rendered (the server reads the same variable). */
const CACHE_OFF = process.env.PAGE_CACHE === "false";
const WORKERS = Number(process.env.WEB_CONCURRENCY || os.availableParallelism());
const LOAD: LoadOptions = {
  connections: intArg(args, "connections", 50),
  warmUpSeconds: intArg(args, "warmup", 5),
  roundSeconds: intArg(args, "duration", 10),
  rounds: intArg(args, "rounds", 3),
  unloadedSeconds: intArg(args, "unloaded", 5),
  maxOthersCores: Number(args.get("max-others") ?? 0.25),
  maxRetries: intArg(args, "retries", 3),
};

/** Fails early (with the body) if a route doesn't answer 200 before loading it. */
async function checkRoute(origin: string, spec: RouteSpec): Promise<void> {
  const { request } = spec;
  const { path: requestPath, body } = request.next?.() ?? { path: request.path, body: undefined };
  const response = await rawRequest(origin + requestPath, { method: request.method, headers: request.headers, body });
  if (response.status !== 200) {
    console.warn(`  ${spec.name} answered ${response.status} before the load: ${response.body.toString("latin1").slice(0, 200)}`);
  }
}

async function measureRoute(server: RunningServer, spec: RouteSpec): Promise<RouteResult> {
  process.stdout.write(`  ${spec.name}… `);
  const pid = server.process.pid as number;
  const memory = watchMemory(pid);
  const load = await measure(server.origin, spec.request, LOAD, () => [pid, ...childPids(pid)], databasePids);
  const peak = memory.stop();
  const m = load.median;
  const failures = load.failures.errors + load.failures.timeouts + load.failures.non2xx;
  const others = Math.max(...load.rounds.map((r) => r.othersCores));
  console.log(
    `${Math.round(m.reqPerSec)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${failures ? `, ${failures} errors/non-2xx` : ""}` +
      ` (rounds ${load.rounds.map((r) => Math.round(r.reqPerSec)).join("/")}, others up to ${others.toFixed(2)} cores)`,
  );
  return {
    key: spec.key,
    name: spec.name,
    request: `${spec.request.method} ${spec.request.path}`,
    signedIn: "cookie" in spec.request.headers,
    kind: spec.kind,
    target: spec.target,
    load,
    memory: peak,
  };
}

/** The story page's exact bytes and headers, from the running app. */
async function captureStoryPage(origin: string, slug: string) {
  const response = await rawRequest(`${origin}/stories/${slug}`, { headers: BROWSER_HEADERS });
  if (response.status !== 200) throw new Error(`The story page answered ${response.status}`);
  const hopByHop = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (!hopByHop.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { body: response.body, headers };
}

async function measureCeiling(page: { body: Buffer; headers: Record<string, string> }, storyPath: string): Promise<RouteResult> {
  const bodyFile = path.resolve("bench/data/ceiling-body.bin");
  fs.writeFileSync(bodyFile, page.body);
  const server = await startServer({
    script: "bench/lib/ceiling-server.ts",
    nodeArgs: ["--import", "tsx"],
    port: CEILING_PORT,
    readyPath: "/",
    env: { CEILING_BODY: bodyFile, CEILING_HEADERS: JSON.stringify(page.headers), WORKERS: String(WORKERS) },
  });
  try {
    const spec: RouteSpec = {
      key: "ceiling",
      name: `Ceiling: bare node:http, story page bytes (${Math.round(page.body.length / 1024)} KB ${page.headers["content-encoding"] ?? "uncompressed"})`,
      kind: "ceiling",
      target: "story",
      request: { method: "GET", path: storyPath, headers: BROWSER_HEADERS },
    };
    return await measureRoute(server, spec);
  } finally {
    await stopServer(server);
  }
}

/** Median time of refreshRelatedFor over 20 published stories, in this process (server stopped). */
async function timeRecompute(store: BenchStore): Promise<RecomputeTiming | { skipped: string }> {
  process.env.DATABASE_URL = store.url;
  let refreshRelatedFor: (storyId: string) => Promise<void>;
  try {
    const module = await import("../app/models/recommendation.server");
    if (typeof module.refreshRelatedFor !== "function") return { skipped: "refreshRelatedFor is not exported" };
    refreshRelatedFor = module.refreshRelatedFor;
  } catch (error) {
    return { skipped: `app/models/recommendation.server.ts did not load: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ids = await store.randomPublishedIds(21);
  const time = async (id: string) => {
    const started = performance.now();
    await refreshRelatedFor(id);
    return performance.now() - started;
  };
  const coldMs = await time(ids[0]);
  const times: number[] = [];
  for (const id of ids.slice(1)) times.push(await time(id));
  const { db } = await import("../app/lib/db.server");
  await db.$disconnect();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { coldMs, medianMs: (times[9] + times[10]) / 2, p90Ms: at(0.9), maxMs: times[times.length - 1], calls: times.length };
}

/**
 * With --only, the routes measured now replace the same routes of the previous run on this
 * data set (a noisy or changed route can be measured again without redoing the rest).
 */
function mergeIntoPrevious(previous: RunReport, now: RunReport): RunReport {
  const fresh = new Map(now.routes.flatMap((r) => [[r.key, r] as const, [r.name, r] as const]));
  const routes = previous.routes.map((r) => fresh.get(r.key) ?? fresh.get(r.name) ?? r);
  for (const r of now.routes) if (!routes.includes(r)) routes.push(r);
  return { ...now, routes, recompute: "skipped" in now.recompute ? previous.recompute : now.recompute };
}

async function main() {
  if (!fs.existsSync(FILE)) throw new Error(`${FILE} doesn't exist: run npm run bench:seed -- --stories N first`);
  ensureBuild();
  // Migrations added since the data set was seeded: the server expects the current schema.
  const applied = migrateSqlite(`file:${FILE}`);
  if (applied.length) console.log(`Migrated the data set: ${applied.join(", ")}`);
  const dataSet = describeDataSet(path.relative(process.cwd(), FILE), fs.statSync(FILE).size);
  const machine = describeMachine();
  // On PostgreSQL: the copy of this data set (made or reused), and the server's processes.
  const pgTarget: PostgresTarget | null = POSTGRES
    ? await preparePostgres({ file: FILE, adminUrl: PG_URL, port: PG_PORT, settings: benchSettings(args.get("pg-settings")), recopy: args.has("pg-recopy") })
    : null;
  databasePids = pgTarget?.pids;
  try {
    await run(dataSet, machine, pgTarget);
  } finally {
    pgTarget?.stop();
  }
}

async function run(dataSet: ReturnType<typeof describeDataSet>, machine: ReturnType<typeof describeMachine>, pgTarget: PostgresTarget | null) {
  const engine = pgTarget ? `PostgreSQL ${pgTarget.info.version} (${pgTarget.info.database})` : "SQLite";
  console.log(
    `Benchmarking ${dataSet.file} (${dataSet.stories.toLocaleString("en-US")} published stories)${pgTarget ? ` on ${engine}` : ""}, ${WORKERS} workers, ${LOAD.connections} connections`,
  );

  // Read from the SQLite file either way (the PostgreSQL copy holds the same rows); written
  // where the server reads (bench/lib/store.ts).
  const story = pickStory(FILE);
  const store = pgTarget ? await postgresStore(pgTarget.url) : sqliteStore(FILE);
  try {
    const session = await store.createSession();
    const results: RouteResult[] = [];
    let page: Awaited<ReturnType<typeof captureStoryPage>> | null = null;

    const app = await startServer({
      script: "server.js",
      port: PORT,
      env: { NODE_ENV: "production", DATABASE_URL: store.url, COOKIE_SECURE: "false", WEB_CONCURRENCY: String(WORKERS) },
    });
    try {
      page = await captureStoryPage(app.origin, story.slug);
      const drafts = await createDrafts({
        origin: app.origin,
        cookie: session.cookie,
        userId: session.userId,
        file: FILE,
        count: LOAD.connections,
        listDrafts: () => store.draftIds(session.userId),
      });
      for (const spec of routes(story.slug, session.cookie, app.origin, drafts)) {
        if (ONLY && !ONLY.includes(spec.key)) continue;
        await checkRoute(app.origin, spec);
        results.push(await measureRoute(app, spec));
      }
    } finally {
      await stopServer(app);
      await store.cleanUp(session.sessionId, session.userId);
      // What the server printed (errors behind any 500s), next to the data sets.
      fs.writeFileSync(path.join(path.dirname(FILE), `server-${path.basename(FILE, ".db")}${pgTarget ? "-postgres" : ""}.log`), app.output());
    }
    if (page && (!ONLY || ONLY.includes("ceiling"))) results.unshift(await measureCeiling(page, `/stories/${story.slug}`));

    let recompute: RunReport["recompute"] = { skipped: "not run" };
    if (!ONLY || ONLY.includes("recompute")) {
      console.log("  stories like this: timing refreshRelatedFor…");
      recompute = await timeRecompute(store);
    }

    let report: RunReport = {
      dataSet,
      machine,
      date: new Date().toISOString().slice(0, 10),
      workers: WORKERS,
      connections: LOAD.connections,
      roundSeconds: LOAD.roundSeconds,
      rounds: LOAD.rounds,
      warmUpSeconds: LOAD.warmUpSeconds,
      unloadedSeconds: LOAD.unloadedSeconds,
      maxOthersCores: LOAD.maxOthersCores,
      pageCache: !CACHE_OFF,
      routes: results,
      recompute,
      ...(pgTarget ? { postgres: pgTarget.info } : {}),
    };
    const key = `${dataSet.stories}${pgTarget ? "-postgres" : ""}${CACHE_OFF ? "-no-page-cache" : ""}`;
    const jsonFile = `bench/results/bench-${key}.json`;
    if (ONLY && fs.existsSync(jsonFile)) report = mergeIntoPrevious(JSON.parse(fs.readFileSync(jsonFile, "utf8")) as RunReport, report);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + "\n");
    const section = renderSection(report);
    writeSection(RESULTS, key, section);
    console.log(`\n${section}\n\nWritten to ${path.relative(process.cwd(), RESULTS)} and ${jsonFile}`);
  } finally {
    await store.close();
  }
}

await main();
