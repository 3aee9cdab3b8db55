// npm run soak -- --minutes 10   (not in CI: it keeps the machine busy for the whole run)
//
// A steady mixed load on the production server for N minutes: story pages, home, tag pages,
// browse and search spread over many addresses, For you and autosaves as the bench reader,
// reactions from twenty readers. Each route gets a fixed rate (autocannon's overallRate), not
// flat-out, so that errors and memory growth show up rather than queueing. Every 10 s it samples the RSS of the primary and
// each worker; at the end it writes the "soak" section of bench/RESULTS.md (raw numbers in
// bench/results/soak-N.json). Passes when nothing failed and memory stayed flat (see FLAT_MB_PER_MIN).
//
// Options: --minutes 10 --stories 10000 (or --db FILE: a bench:seed data set, copied to a
// scratch file first so the soak's writes never change it) --port 3520 --scale 1 (multiplies
// every route's rate) --results FILE --keep (keep the scratch copy); --render
// bench/results/soak-N.json writes the section again from a saved run, without running.
// WEB_CONCURRENCY is passed through to the server (default: one worker per core).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Request } from "autocannon";
import Database from "better-sqlite3";
import { migrateSqlite } from "../app/lib/migrate.server";
import { startCpuWatch, type CpuUse } from "../bench/lib/cpu";
import { createBenchSession, describeDataSet, pickStory, type DataSet } from "../bench/lib/fixtures";
import { Random } from "../bench/lib/random";
import { rawRequest, type Target } from "../bench/lib/load";
import { BROWSER_HEADERS, createDrafts, routes } from "../bench/lib/routes";
import { describeMachine, writeSection, type Machine } from "../bench/lib/results";
import { childPids, ensureBuild, rssMb, sleep, startServer, stopServer } from "../bench/lib/server";
import { BENCH_READER, benchDbPath, intArg, parseArgs } from "../bench/lib/sqlite";

const args = parseArgs(process.argv.slice(2));
const SOURCE = path.resolve(args.get("db") ?? benchDbPath(intArg(args, "stories", 10_000)));
const MINUTES = Number(args.get("minutes") ?? 10);
const PORT = intArg(args, "port", 3520);
const SCALE = Number(args.get("scale") ?? 1);
const RESULTS = path.resolve(args.get("results") ?? "bench/RESULTS.md");
const WORKERS = Number(process.env.WEB_CONCURRENCY || os.availableParallelism());
const SAMPLE_MS = 10_000;
/** Memory measured from here on counts for the slope: start-up and first-use caches come before. */
const warmUpSeconds = (minutes: number) => (minutes >= 2 ? 60 : 30);
/**
 * "Flat memory": the floor of every process's RSS (each minute's lowest sample, what is left
 * after garbage collection) grows by less than this after the warm-up (least-squares slope).
 * The floor, because RSS between collections swings by tens of MB, which makes the slope over
 * all samples of a ten-minute run too noisy to judge 1 MB a minute.
 */
const FLAT_MB_PER_MIN = 1;
/** PAGE_CACHE=false (passed through to the server) is run and recorded separately: it tells the page cache filling up from other growth. */
const NO_PAGE_CACHE = process.env.PAGE_CACHE === "false";

if (!(MINUTES > 0)) throw new Error(`--minutes must be a positive number, got "${args.get("minutes")}"`);
if (!(SCALE > 0)) throw new Error(`--scale must be a positive number, got "${args.get("scale")}"`);

/**
 * Requests per second per route at --scale 1: about 20 req/s. With the CPU costs per request
 * that `npm run bench` measured on 10,000 stories before the page cache (browse, search and For
 * you 15–25 times a story page, so one of each a second is most of the work) that is about 60%
 * of two cores; the page cache makes signed-out pages cheaper, so it is less now.
 */
const MIX: { key: string; rate: number }[] = [
  { key: "story", rate: 6 },
  { key: "home", rate: 3 },
  { key: "tag", rate: 2 },
  { key: "browse", rate: 1 },
  { key: "search", rate: 1 },
  { key: "for-you", rate: 1 },
  { key: "autosave", rate: 4 },
  { key: "react", rate: 2 },
];

const reactRate = MIX.find((m) => m.key === "react")?.rate ?? 0;
/**
 * Readers who react: enough that none passes the per-account limit of 300 reactions an hour
 * (a 30-minute run at twice the rate hit it after 25 minutes and counted 429s as failures).
 */
const REACTING_READERS = Math.max(20, Math.ceil((reactRate * SCALE * Math.min(MINUTES, 60) * 60) / 250));

interface RouteStats {
  key: string;
  name: string;
  request: string;
  rate: number;
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
}

interface MinuteStats {
  minute: number;
  latencies: number[];
  requests: number;
  failures: number;
  statuses: Record<string, number>;
  cpu: CpuUse | null;
}

interface MemorySample {
  /** Seconds since the load started (negative: before it). */
  t: number;
  /** RSS in MB by role: "primary", "worker 1", … (workers in the order first seen). */
  mb: Record<string, number>;
}

interface SoakReport {
  date: string;
  machine: Machine;
  dataSet: DataSet;
  workers: number;
  minutes: number;
  scale: number;
  routes: (Omit<RouteStats, "latencies"> & { requests: number; p50: number; p99: number })[];
  perMinute: (Omit<MinuteStats, "latencies"> & { p50: number; p99: number })[];
  memory: MemorySample[];
  workersReplaced: number;
  /** False when the server ran with PAGE_CACHE=false (absent in runs saved before it was recorded). */
  pageCache?: boolean;
  cpu: CpuUse;
  integrity: string;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? NaN : sxy / sxx;
}

/** A consistent copy of the data set (SQLite's online backup), migrated to the current schema. */
async function scratchCopy(source: string): Promise<string> {
  const target = path.join(path.dirname(source), `soak-${path.basename(source)}`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  const db = new Database(source, { readonly: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const applied = migrateSqlite(`file:${target}`);
  if (applied.length) console.log(`Migrated the scratch copy: ${applied.join(", ")}`);
  return target;
}

/**
 * Signed-out readers don't all read one page: story pages, tag pages, browse and search are
 * spread over many addresses (a fifth of story reads go to 50 popular stories, the rest to
 * 3,000), so the page cache (server/page-cache.js, 64 MB a process) misses, fills and evicts
 * as it would in use instead of answering one address from memory. Seeded: every run asks the same.
 */
function addressSpread(file: string): Record<string, { name: string; label: string; next: () => string; all: string[] }> {
  const random = new Random(2026);
  const db = new Database(file, { readonly: true });
  const stories = (db.prepare(`SELECT slug FROM "Story" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 3000`).all() as { slug: string }[]).map((r) => r.slug);
  const tags = db.prepare(`SELECT slug, facet FROM "Tag" WHERE retiredAt IS NULL ORDER BY slug`).all() as { slug: string; facet: string }[];
  db.close();
  const facet = (name: string) => tags.filter((t) => t.facet.toLowerCase() === name).map((t) => t.slug);
  const browse = facet("substance").flatMap((substance) => facet("situation").map((situation) => `/browse?substance=${substance}&situation=${situation}`));
  return {
    story: {
      name: "Story pages, signed out",
      label: `/stories/:slug (${stories.length.toLocaleString("en-US")} stories)`,
      next: () => `/stories/${random.chance(0.2) ? random.pick(stories.slice(0, 50)) : random.pick(stories)}`,
      all: stories.map((slug) => `/stories/${slug}`),
    },
    tag: {
      name: "Tag pages, signed out",
      label: `/tags/:slug (${tags.length} tags)`,
      next: () => `/tags/${random.pick(tags).slug}`,
      all: tags.map((t) => `/tags/${t.slug}`),
    },
    browse: {
      name: "Browse, two facets, signed out",
      label: `/browse?substance=…&situation=… (${browse.length} pairs)`,
      next: () => random.pick(browse),
      all: browse,
    },
    search: {
      name: "Search, signed out",
      label: `/search?q=… (${SEARCH_WORDS.length} words)`,
      next: () => `/search?q=${random.pick(SEARCH_WORDS)}`,
      all: SEARCH_WORDS.map((word) => `/search?q=${word}`),
    },
  };
}

const SEARCH_WORDS = [
  "morning", "sponsor", "meeting", "daughter", "relapse", "methadone", "kitchen", "shame", "hospital", "court",
  "job", "prayer", "craving", "father", "friends", "sober", "detox", "nights", "hope", "church",
  "therapist", "brother", "pills", "money", "walk", "sleep", "coffee", "promise", "winter", "garden",
];

/** Reactions: each request toggles one of three reactions on one of 50 stories, as one of 20 readers (the per-account limit is 300 an hour). */
function reactionTarget(file: string, origin: string): Target & { setup: NonNullable<Request["setupRequest"]> } {
  const db = new Database(file, { readonly: true });
  const readers = (
    db
      .prepare(`SELECT usernameKey FROM "User" WHERE role = 'member' AND suspendedAt IS NULL AND usernameKey <> ? ORDER BY usernameKey LIMIT ?`)
      .all(BENCH_READER, REACTING_READERS) as { usernameKey: string }[]
  ).map((r) => createBenchSession(file, r.usernameKey).cookie);
  const slugs = (db.prepare(`SELECT slug FROM "Story" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 50`).all() as { slug: string }[]).map((r) => r.slug);
  db.close();
  const kinds = ["HELPED", "ME_TOO", "STRENGTH"];
  const headers = { ...BROWSER_HEADERS, origin, "content-type": "application/x-www-form-urlencoded" };
  let n = 0;
  return {
    method: "POST",
    // The page's reaction form as a JavaScript client submits it (single fetch: the action alone).
    path: `/stories/${slugs[0]}.data`,
    headers,
    setup: (request) => {
      const i = n++;
      return {
        ...request,
        path: `/stories/${slugs[i % slugs.length]}.data`,
        headers: { ...headers, cookie: readers[i % readers.length] },
        body: new URLSearchParams({ intent: "react", kind: kinds[Math.floor(i / slugs.length) % kinds.length] }).toString(),
      };
    },
  };
}

function renderSection(report: SoakReport): string {
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "–");
  const mark = (ok: boolean) => (ok ? "pass" : "**FAIL**");
  const codes = (statuses: Record<string, number>) =>
    Object.entries(statuses)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, n]) => `${fmt(n)} × ${code}`)
      .join(", ") || "none";
  const totalRate = report.routes.reduce((s, r) => s + r.rate, 0);
  const requests = report.routes.reduce((s, r) => s + r.requests, 0);
  const errors = report.routes.reduce((s, r) => s + r.errors, 0);
  const non2xx = report.routes.reduce((s, r) => s + Object.entries(r.statuses).filter(([c]) => !c.startsWith("2")).reduce((m, [, n]) => m + n, 0), 0);
  const warmUpS = warmUpSeconds(report.minutes);
  const pageCacheOff = report.pageCache === false;
  const roles = [...new Set(report.memory.flatMap((s) => Object.keys(s.mb)))];
  const at = (t: number) => report.memory.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best), report.memory[0]);
  const start = at(0);
  const warm = at(warmUpS);
  const end = report.memory[report.memory.length - 1];
  const slopes = roles.map((role) => {
    const after = report.memory.filter((s) => s.t >= warmUpS && s.mb[role] !== undefined);
    const floors = new Map<number, number>();
    for (const s of after) {
      const minute = Math.min(Math.floor(s.t / 60), Math.ceil(report.minutes) - 1);
      floors.set(minute, Math.min(floors.get(minute) ?? Infinity, s.mb[role]));
    }
    return {
      role,
      all: slope(after.map((s) => ({ x: s.t / 60, y: s.mb[role] }))),
      floor: slope([...floors].map(([minute, mb]) => ({ x: minute + 0.5, y: mb }))),
      floors: [...floors.values()],
    };
  });
  const flat = report.workersReplaced === 0 && slopes.every((s) => s.floor < FLAT_MB_PER_MIN);
  const noErrors = errors + non2xx === 0;

  const lines: string[] = [];
  lines.push(
    `### Soak: ${fmt(report.minutes)} minutes of mixed load, ${fmt(report.dataSet.stories)} published stories${pageCacheOff ? ", page cache off" : ""}`,
  );
  lines.push("");
  lines.push(
    `Run ${report.date} with \`${pageCacheOff ? "PAGE_CACHE=false " : ""}npm run soak -- --minutes ${report.minutes}${report.scale !== 1 ? ` --scale ${report.scale}` : ""}\` on ${report.machine.cpu}, ` +
      `${report.machine.cores} cores, ${fmt(report.machine.ramGb, 1)} GB RAM, Node ${report.machine.node}. ` +
      `Server: \`NODE_ENV=production node server.js\`, ${report.workers} workers, on a scratch copy of \`${report.dataSet.file}\` ` +
      `(${fmt(report.dataSet.users)} users, ${fmt(report.dataSet.sizeMb)} MB). ` +
      `Load: autocannon in one process on the same machine, a fixed rate per route (${fmt(totalRate)} req/s in all: one connection per ` +
      `request a second, each sending at most one a second, started at moments spread over the second), browser headers; signed-in requests as \`bench_reader\`, reactions from ${REACTING_READERS} readers.`,
  );
  lines.push("");
  lines.push(
    `No errors: ${mark(noErrors)} (${fmt(requests)} answers; ${fmt(errors)} connection errors or timeouts, ${fmt(non2xx)} non-2xx). ` +
      `Flat memory: ${mark(flat)}, defined as: after the first ${warmUpS < 60 ? `${warmUpS} s` : "minute"}, the floor of every server process's RSS ` +
      `(each minute's lowest 10-second sample: what garbage collection leaves) grows by less than ${FLAT_MB_PER_MIN} MB a minute (least-squares slope), ` +
      `and no worker was replaced.` +
      (report.workersReplaced ? ` ${report.workersReplaced} worker(s) were replaced during the run.` : ""),
  );
  lines.push("");
  lines.push("| route | request | rate req/s | answers | achieved req/s | p50 ms | p99 ms | errors | non-2xx |");
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of report.routes) {
    lines.push(
      `| ${r.name} | \`${r.request}\` | ${fmt(r.rate)} | ${fmt(r.requests)} | ${fmt(r.requests / (report.minutes * 60), 1)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.errors)} | ${codes(r.statuses)} |`,
    );
  }
  lines.push("");
  lines.push(`| minute | answers | p50 ms | p99 ms | errors + non-2xx | CPU cores: server / autocannon / others | RSS ${roles.join(" / ")} MB at the end of the minute |`);
  lines.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const m of report.perMinute) {
    const sample = at((m.minute + 1) * 60);
    lines.push(
      `| ${m.minute + 1} | ${fmt(m.requests)} | ${fmt(m.p50)} | ${fmt(m.p99)} | ${fmt(m.failures)} | ` +
        `${m.cpu ? `${fmt(m.cpu.serverCores, 2)} / ${fmt(m.cpu.benchCores, 2)} / ${fmt(m.cpu.othersCores, 2)}` : "–"} | ${roles.map((role) => fmt(sample.mb[role] ?? NaN)).join(" / ")} |`,
    );
  }
  lines.push("");
  lines.push(
    "| process | RSS before the load MB | after warm-up MB | at the end MB | floor per minute after warm-up MB | slope of the floor MB/min | slope of all samples MB/min |",
  );
  lines.push("| --- | ---: | ---: | ---: | --- | ---: | ---: |");
  for (const s of slopes) {
    lines.push(
      `| ${s.role} | ${fmt(start.mb[s.role] ?? NaN)} | ${fmt(warm.mb[s.role] ?? NaN)} | ${fmt(end.mb[s.role] ?? NaN)} | ${s.floors.map((mb) => fmt(mb)).join(", ")} | ` +
        `${fmt(s.floor, 2)} | ${fmt(s.all, 2)} |`,
    );
  }
  lines.push("");
  lines.push(
    `CPU over the whole run: the server used ${fmt(report.cpu.serverCores, 2)} of ${report.machine.cores} cores, autocannon ${fmt(report.cpu.benchCores, 2)}, ` +
      `other processes on the machine ${fmt(report.cpu.othersCores, 2)} (the machine is shared; see the per-minute column). ` +
      `\`PRAGMA integrity_check\` on the scratch copy afterwards: ${report.integrity}.`,
  );
  return lines.join("\n");
}

async function main() {
  if (!fs.existsSync(SOURCE)) throw new Error(`${SOURCE} doesn't exist: run npm run bench:seed -- --stories N first`);
  ensureBuild();
  console.log(`Copying ${path.relative(process.cwd(), SOURCE)} to a scratch file…`);
  const file = await scratchCopy(SOURCE);
  const dataSet = { ...describeDataSet(path.relative(process.cwd(), SOURCE), fs.statSync(file).size) };
  const story = pickStory(file);
  const session = createBenchSession(file);

  const app = await startServer({
    script: "server.js",
    port: PORT,
    env: { NODE_ENV: "production", DATABASE_URL: `file:${file}`, COOKIE_SECURE: "false", WEB_CONCURRENCY: String(WORKERS) },
  });
  const pid = app.process.pid as number;
  const serverPids = () => [pid, ...childPids(pid)];
  try {
    const rateOf = (key: string) => Math.max(1, Math.round((MIX.find((m) => m.key === key)?.rate ?? 0) * SCALE));
    const drafts = await createDrafts({ origin: app.origin, cookie: session.cookie, userId: session.userId, file, count: rateOf("autosave") });
    const specs = routes(story.slug, session.cookie, app.origin, drafts);
    const react = reactionTarget(file, app.origin);
    const spread = addressSpread(file);
    const targets = MIX.map(({ key }) => {
      if (key === "react") return { key, name: "Reaction, signed in", target: react as Target, setup: react.setup, request: "POST /stories/:slug.data" };
      const spec = specs.find((s) => s.key === key);
      if (!spec) throw new Error(`bench/lib/routes.ts has no route "${key}"`);
      const pick = spread[key];
      if (!pick) return { key, name: spec.name, target: spec.request, setup: undefined, request: `${spec.request.method} ${spec.request.path}` };
      const setup: NonNullable<Request["setupRequest"]> = (request) => ({ ...request, path: pick.next() });
      return { key, name: pick.name, target: spec.request, setup, request: `GET ${pick.label}` };
    });
    // Every signed-out address the load will use, twice (the two workers each keep a cache),
    // before anything is measured: the page caches start at their bound, so the memory judged
    // below is the steady state and not the caches filling up (which took 15 minutes).
    const everyAddress = Object.values(spread).flatMap((pick) => pick.all);
    console.log(`Filling the page caches: ${(everyAddress.length * 2).toLocaleString("en-US")} requests…`);
    const queue = [...everyAddress, ...everyAddress];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
          await rawRequest(app.origin + address, { headers: BROWSER_HEADERS });
        }
      }),
    );
    for (const t of targets) {
      const body = t.setup ? t.setup({ method: t.target.method, path: t.target.path, headers: t.target.headers }, {}) : { ...t.target, ...t.target.next?.() };
      const response = await rawRequest(app.origin + body.path, { method: body.method, headers: body.headers, body: body.body as string | undefined });
      if (response.status !== 200) console.warn(`  ${t.name} answered ${response.status} before the load: ${response.body.toString("latin1").slice(0, 200)}`);
    }

    // Memory every 10 s, from just before the load to its end; workers named in the order seen.
    const names = new Map<number, string>([[pid, "primary"]]);
    const memory: MemorySample[] = [];
    const startedAt = performance.now();
    const sampleMemory = () => {
      const mb: Record<string, number> = {};
      for (const p of serverPids()) {
        if (!names.has(p)) names.set(p, `worker ${names.size}`);
        const value = rssMb(p);
        if (value !== null) mb[names.get(p) as string] = value;
      }
      memory.push({ t: Math.round((performance.now() - startedAt) / 1000), mb });
    };
    sampleMemory();
    const memoryTimer = setInterval(sampleMemory, SAMPLE_MS);

    const minutes: MinuteStats[] = [];
    const minuteOf = () => {
      const index = Math.floor((performance.now() - startedAt) / 60_000);
      while (minutes.length <= index) minutes.push({ minute: minutes.length, latencies: [], requests: 0, failures: 0, statuses: {}, cpu: null });
      return minutes[index];
    };
    let cpuMinute = startCpuWatch(serverPids);
    const wholeRun = startCpuWatch(serverPids);
    const cpuTimer = setInterval(() => {
      const finished = minutes[Math.round((performance.now() - startedAt) / 60_000) - 1];
      const use = cpuMinute.stop();
      cpuMinute = startCpuWatch(serverPids);
      if (finished) finished.cpu = use;
    }, 60_000);
    const progress = setInterval(() => {
      const m = minutes[minutes.length - 2];
      if (m) console.log(`  minute ${m.minute + 1}: ${m.requests} answers, ${m.failures} failures, RSS ${JSON.stringify(memory[memory.length - 1].mb, (_, v: unknown) => (typeof v === "number" ? Math.round(v) : v))}`);
    }, 60_000);

    const duration = Math.round(MINUTES * 60);
    console.log(`Soaking for ${MINUTES} min at ${targets.reduce((s, t) => s + rateOf(t.key), 0)} req/s (${WORKERS} workers, port ${PORT})…`);
    // One connection per request a second, each sending one request a second: started at
    // evenly spread moments of the second, so requests arrive steadily instead of in a burst
    // at the top of every second (autocannon's rate counter resets once a second per connection).
    const stats = MIX.map(({ key }): RouteStats => {
      const t = targets.find((x) => x.key === key) as (typeof targets)[number];
      return { key, name: t.name, request: t.request, rate: rateOf(key), latencies: [], statuses: {}, errors: 0 };
    });
    const lanes = targets.flatMap((t, i) => Array.from({ length: rateOf(t.key) }, () => ({ t, route: stats[i] })));
    await Promise.all(
      lanes.map(async ({ t, route }, i) => {
        await sleep((i * 1000) / lanes.length);
        const request: Request = { method: t.target.method, path: t.target.path, headers: t.target.headers };
        const next = t.target.next;
        if (t.setup) request.setupRequest = t.setup;
        else if (next) request.setupRequest = (req) => ({ ...req, ...next() });
        const instance = autocannon({ url: app.origin, connections: 1, overallRate: 1, duration, requests: [request], timeout: 30 });
        instance.on("response", (_client, statusCode, _bytes, ms) => {
          const minute = minuteOf();
          const code = String(statusCode);
          route.latencies.push(ms);
          route.statuses[code] = (route.statuses[code] ?? 0) + 1;
          minute.latencies.push(ms);
          minute.requests++;
          minute.statuses[code] = (minute.statuses[code] ?? 0) + 1;
          if (statusCode < 200 || statusCode >= 300) minute.failures++;
        });
        instance.on("reqError", () => {
          route.errors++;
          minuteOf().failures++;
        });
        await instance;
      }),
    );
    clearInterval(progress);
    clearInterval(cpuTimer);
    const last = minutes[minutes.length - 1];
    if (last && !last.cpu) last.cpu = cpuMinute.stop();
    const cpu = wholeRun.stop();
    sampleMemory();
    clearInterval(memoryTimer);
    const workersSeen = names.size - 1;

    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const report: SoakReport = {
      date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      machine: describeMachine(),
      dataSet,
      workers: WORKERS,
      minutes: MINUTES,
      scale: SCALE,
      routes: stats.map(({ latencies, ...r }) => {
        const s = sorted(latencies);
        return { ...r, requests: s.length, p50: percentile(s, 0.5), p99: percentile(s, 0.99) };
      }),
      // A last partial minute (the load ends on the minute, answers to the final requests arrive just after) joins the one before.
      perMinute: mergeTail(minutes, MINUTES).map(({ latencies, ...m }) => {
        const s = sorted(latencies);
        return { ...m, p50: percentile(s, 0.5), p99: percentile(s, 0.99) };
      }),
      memory,
      workersReplaced: Math.max(0, workersSeen - WORKERS),
      pageCache: !NO_PAGE_CACHE,
      cpu,
      integrity: "not checked",
    };
    await stopServer(app);
    const db = new Database(file, { readonly: true });
    report.integrity = String(db.pragma("integrity_check", { simple: true }));
    db.close();

    const stories = dataSet.stories;
    fs.mkdirSync("bench/results", { recursive: true });
    const key = `soak-${stories}${NO_PAGE_CACHE ? "-no-page-cache" : ""}`;
    fs.writeFileSync(`bench/results/${key}.json`, JSON.stringify(report, null, 2) + "\n");
    const section = renderSection(report);
    writeSection(RESULTS, key, section);
    console.log(`\n${section}\n\nWritten to ${path.relative(process.cwd(), RESULTS)} and bench/results/${key}.json`);
  } finally {
    await stopServer(app);
    fs.writeFileSync("bench/data/server-soak.log", app.output());
    if (!args.has("keep")) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
}

function mergeTail(minutes: MinuteStats[], wholeMinutes: number): MinuteStats[] {
  const count = Math.max(1, Math.ceil(wholeMinutes));
  const head = minutes.slice(0, count);
  for (const extra of minutes.slice(count)) {
    const into = head[head.length - 1];
    into.latencies.push(...extra.latencies);
    into.requests += extra.requests;
    into.failures += extra.failures;
    for (const [code, n] of Object.entries(extra.statuses)) into.statuses[code] = (into.statuses[code] ?? 0) + n;
  }
  return head;
}

/** --render FILE: the section again from a saved run (its key is the file's name). */
function render(file: string) {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as SoakReport;
  const key = path.basename(file, ".json");
  report.pageCache ??= !key.endsWith("-no-page-cache");
  const section = renderSection(report);
  writeSection(RESULTS, key, section);
  console.log(`${section}\n\nWritten to ${path.relative(process.cwd(), RESULTS)}`);
}

if (args.has("render")) render(path.resolve(args.get("render") as string));
else await main();
