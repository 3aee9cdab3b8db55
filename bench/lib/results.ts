// Turning a benchmark run into the tables in bench/RESULTS.md, with the targets from the
// issue next to each measurement. Each data set's section sits between markers and is
// replaced by the next run on that data set; everything else in the file (the findings)
// is left alone.

import fs from "node:fs";
import os from "node:os";
import type { DataSet } from "./fixtures";
import type { LoadResult } from "./load";
import type { PostgresInfo } from "./postgres";
import type { MemoryPeak } from "./server";

export interface RouteResult {
  /** The route's key in bench/lib/routes.ts ("ceiling" for the bare server). */
  key: string;
  name: string;
  request: string;
  signedIn: boolean;
  /** "ceiling" is the bare node:http server; the others are the app. */
  /** "reference": measured for comparison, no targets (the floor under every signed-in page). */
  kind: "ceiling" | "public" | "signed-in" | "reference";
  target: "story" | "search" | "page";
  load: LoadResult;
  memory: MemoryPeak;
}

export interface RecomputeTiming {
  /** First call in the process: includes loading the tag statistics. */
  coldMs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  calls: number;
}

export interface RunReport {
  dataSet: DataSet;
  machine: Machine;
  date: string;
  workers: number;
  connections: number;
  roundSeconds: number;
  rounds: number;
  warmUpSeconds: number;
  /** False when the run had PAGE_CACHE=false: every signed-out page rendered. */
  pageCache?: boolean;
  unloadedSeconds: number;
  maxOthersCores: number;
  routes: RouteResult[];
  recompute: RecomputeTiming | { skipped: string };
  /** Set when the server ran on a PostgreSQL copy of the data set (npm run bench -- --postgres). */
  postgres?: PostgresInfo;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  return {
    cpu,
    cores: os.availableParallelism(),
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

// Targets from the issue.
export const TARGETS = {
  storyShareOfCeiling: 1 / 4,
  signedInShareOfCeiling: 1 / 20,
  p99Ms: 100,
  searchP99Ms: 150,
  rssMb: 500,
  recomputeMs: 50,
};

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mark = (ok: boolean) => (ok ? "pass" : "**FAIL**");

/** Share of requests known to have waited the whole round (see Round.waitedWholeRound). */
function unansweredShare(m: LoadResult["median"]): number {
  const waited = m.waitedWholeRound ?? 0;
  return waited / Math.max(1, waited + m.requests);
}

/** A latency percentile, or "> round length" when more than (1 − q) of requests waited the whole round. */
function percentile(m: LoadResult["median"], q: number, value: number, roundMs: number): string {
  return unansweredShare(m) > 1 - q ? `> ${fmt(roundMs)}` : fmt(value);
}

function checks(route: RouteResult, ceiling: number): { label: string; ok: boolean }[] {
  const m = route.load.median;
  const out: { label: string; ok: boolean }[] = [];
  if (route.kind === "reference") return out;
  if (route.kind !== "ceiling") {
    if (route.target === "story") out.push({ label: "≥ ¼ ceiling", ok: m.reqPerSec >= ceiling * TARGETS.storyShareOfCeiling });
    if (route.kind === "signed-in") out.push({ label: "≥ 1/20 ceiling", ok: m.reqPerSec >= ceiling * TARGETS.signedInShareOfCeiling });
    const p99 = route.target === "search" ? TARGETS.searchP99Ms : TARGETS.p99Ms;
    out.push({ label: `p99 < ${p99} ms`, ok: m.p99 < p99 && unansweredShare(m) <= 0.01 });
  }
  const f = route.load.failures;
  out.push({ label: "no errors", ok: f.errors + f.non2xx === 0 });
  out.push({ label: `RSS < ${TARGETS.rssMb} MB`, ok: Math.max(route.memory.primaryMb, route.memory.workerMb) < TARGETS.rssMb });
  return out;
}

export function renderSection(report: RunReport): string {
  const { dataSet, machine } = report;
  const ceiling = report.routes.find((r) => r.kind === "ceiling")?.load.median.reqPerSec ?? NaN;
  const pgInfo = report.postgres;
  const lines: string[] = [];
  lines.push(
    `### ${fmt(dataSet.stories)} published stories${pgInfo ? ", PostgreSQL" : ""}${report.pageCache === false ? ", page cache off (every page rendered)" : ""}`,
  );
  lines.push("");
  lines.push(
    `Data set: \`${dataSet.file}\`, ${fmt(dataSet.stories)} published stories, ${fmt(dataSet.users)} users, ${fmt(dataSet.sizeMb)} MB. ` +
      `Run ${report.date} on ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.ramGb, 1)} GB RAM, Node ${machine.node}, ${machine.os}. ` +
      `Server: \`NODE_ENV=production${report.pageCache === false ? " PAGE_CACHE=false" : ""}${pgInfo ? " DATABASE_URL=postgresql://…" : ""} node server.js\`, ${report.workers} worker${report.workers === 1 ? "" : "s"}. ` +
      `Load: autocannon on the same machine, ${report.connections} connections, ${report.warmUpSeconds} s warm-up, ` +
      `median of ${report.rounds} × ${report.roundSeconds} s rounds; "1 conn" is a separate one-connection run (latency without queueing). ` +
      `Requests send \`Accept-Encoding: gzip, deflate, br\` like a browser. ` +
      `A percentile shown as "> 10,000" means that more requests than the percentile allows got no answer within the whole round ` +
      `(fewer answers than connections); percentiles otherwise cover answered requests only.`,
  );
  if (pgInfo) lines.push("", describePostgres(pgInfo, report.workers));
  lines.push("");
  lines.push(
    `| route | request | req/s | × ceiling | p50 ms | p99 ms | 1 conn p50 / p99 ms | errors / non-2xx | peak RSS primary / worker MB | CPU cores: server / ${pgInfo ? "PostgreSQL / " : ""}autocannon / others | targets |`,
  );
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const route of report.routes) {
    const m = route.load.median;
    const f = route.load.failures;
    const u = route.load.unloaded;
    const ratio = route.kind === "ceiling" ? "1" : m.reqPerSec > 0 ? `1/${fmt(ceiling / m.reqPerSec)}` : "0";
    const roundMs = report.roundSeconds * 1000;
    const mem = route.memory.workers ? `${fmt(route.memory.primaryMb)} / ${fmt(route.memory.workerMb)}` : `${fmt(route.memory.primaryMb)} / –`;
    const targets =
      checks(route, ceiling)
        .map((c) => `${c.label}: ${mark(c.ok)}`)
        .join("; ") || "reference, no targets";
    lines.push(
      `| ${route.name} | \`${route.request}\` | ${fmt(m.reqPerSec, m.reqPerSec < 10 ? 1 : 0)} | ${ratio} | ${percentile(m, 0.5, m.p50, roundMs)} | ${percentile(m, 0.99, m.p99, roundMs)} | ${u ? `${percentile(u, 0.5, u.p50, report.unloadedSeconds * 1000)} / ${percentile(u, 0.99, u.p99, report.unloadedSeconds * 1000)}` : "–"} | ` +
        `${fmt(f.errors)} / ${fmt(f.non2xx)} | ${mem} | ${fmt(m.serverCores, 2)} / ${pgInfo ? `${fmt(m.databaseCores ?? 0, 2)} / ` : ""}${fmt(m.benchCores, 2)} / ${fmt(m.othersCores, 2)} | ${targets} |`,
    );
  }
  lines.push("");
  const rounds = report.routes.map((r) => `${r.name}: ${r.load.rounds.map((x) => fmt(x.reqPerSec)).join(", ")}`).join("; ");
  lines.push(`Rounds (req/s): ${rounds}.`);
  const odd = report.routes.flatMap((r) => {
    const codes = new Map<string, number>();
    for (const round of r.load.rounds) for (const [code, n] of Object.entries(round.statuses ?? {})) if (!code.startsWith("2")) codes.set(code, (codes.get(code) ?? 0) + n);
    return codes.size ? [`${r.name}: ${[...codes].map(([code, n]) => `${n} × ${code}`).join(", ")}`] : [];
  });
  if (odd.length) lines.push("", `Non-2xx answers in the measured rounds: ${odd.join("; ")}.`);
  const retried = report.routes.reduce((n, r) => n + r.load.rounds.reduce((m, x) => m + x.retries, 0), 0);
  lines.push("");
  lines.push(
    `CPU columns are the median round's averages; "others" is every other process on the machine. ` +
      `${retried} round${retried === 1 ? " was" : "s were"} repeated because other processes kept more than ${report.maxOthersCores} cores busy.`,
  );
  lines.push("");
  if ("skipped" in report.recompute) {
    lines.push(`"Stories like this" recompute for one story: not measured (${report.recompute.skipped}).`);
  } else {
    const r = report.recompute;
    lines.push(
      `"Stories like this" recompute for one story (\`refreshRelatedFor\`, server stopped): median ${fmt(r.medianMs, 1)} ms of ${r.calls} stories ` +
        `(p90 ${fmt(r.p90Ms, 1)} ms, max ${fmt(r.maxMs, 1)} ms; the first call in a process, which also loads the tag statistics, ${fmt(r.coldMs, 1)} ms). ` +
        `Target < ${TARGETS.recomputeMs} ms: ${mark(r.medianMs < TARGETS.recomputeMs)}.`,
    );
  }
  return lines.join("\n");
}

/** The paragraph on the database of a PostgreSQL run: version, settings, where, the copy. */
function describePostgres(info: PostgresInfo, workers: number): string {
  const s = info.settings;
  // The app's SQLite runs in WAL mode with synchronous=NORMAL (better-sqlite3's build default):
  // crash-safe, commits don't wait for the disk. PostgreSQL's defaults make each commit wait.
  const durability =
    s.fsync !== "on" || s.full_page_writes !== "on"
      ? `**not crash-safe**: fsync ${s.fsync}, full_page_writes ${s.full_page_writes}, synchronous_commit ${s.synchronous_commit} (test settings: writes cost less than on a real install)`
      : s.synchronous_commit === "off"
        ? "fsync and full_page_writes on, synchronous_commit off (crash-safe, and commits don't wait for the disk, like the app's SQLite in WAL mode with synchronous=NORMAL)"
        : `fsync and full_page_writes on, synchronous_commit ${s.synchronous_commit} (PostgreSQL's defaults: each commit waits for its WAL to reach the disk, which the app's SQLite, in WAL mode with synchronous=NORMAL, does not)`;
  const others = ["shared_buffers", "effective_cache_size", "work_mem", "max_wal_size", "max_connections", "jit"]
    .filter((name) => s[name] !== undefined)
    .map((name) => `${name} ${s[name]}`)
    .join(", ");
  return (
    `Database: PostgreSQL ${info.version}, database \`${info.database}\` (${fmt(info.sizeMb)} MB) on ${info.server}; ${durability}; ${others}. ` +
    `Each of the ${workers} workers keeps up to ${info.poolSize} connections (\`DATABASE_POOL_SIZE\`). ` +
    `The database is a copy of the data set made by \`scripts/copy-to-postgres.ts\` (${fmt(info.copy.seconds)} s, ${info.copy.copiedAt.slice(0, 10)}${info.copy.reused ? ", reused by this run" : ""}); ` +
    `the counts and size in the line above and the story picked come from the SQLite file, whose rows the copy holds. ` +
    `"PostgreSQL" in the CPU columns is every process of the PostgreSQL server (backends, WAL writer, checkpointer, autovacuum); its memory is not in the RSS columns.`
  );
}

/** Replaces (or appends) this data set's section of RESULTS.md. */
export function writeSection(file: string, key: string, section: string): void {
  const begin = `<!-- bench:${key}:begin -->`;
  const end = `<!-- bench:${key}:end -->`;
  const block = `${begin}\n${section}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Kindred benchmark results\n\n<!-- bench:results -->\n";
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start !== -1 && stop > start) {
    text = text.slice(0, start) + block + text.slice(stop + end.length);
  } else if (text.includes("<!-- bench:results -->")) {
    // New data sets go before the marker, so sections stay in the order they were first run.
    text = text.replace("<!-- bench:results -->", `${block}\n\n<!-- bench:results -->`);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  fs.writeFileSync(file, text);
}
