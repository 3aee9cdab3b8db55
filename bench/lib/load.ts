// Driving a server with autocannon: a warm-up, then measured rounds, keeping the median.

import http from "node:http";
import autocannon, { type Request } from "autocannon";
import { startCpuWatch } from "./cpu";

export interface Target {
  method: "GET" | "POST";
  /** The address; with `next`, only a label for the results (each request gets its own). */
  path: string;
  headers: Record<string, string>;
  /** For POSTs whose address and body change per request (each connection saves its own draft). */
  next?: () => { path: string; body: string };
}

export interface Round {
  /** Completed requests per second over the round. */
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Average cores used meanwhile by other processes on the machine, the server and autocannon. */
  othersCores: number;
  serverCores: number;
  benchCores: number;
  /** Cores used by PostgreSQL's processes, when the server runs on PostgreSQL on this machine. */
  databaseCores?: number;
  /** Rounds thrown away before this one because other processes were busy. */
  retries: number;
  /** Answers by HTTP status, to tell timeouts from 500s from redirects. */
  statuses: Record<string, number>;
  /**
   * Requests certainly still waiting when the round ended after waiting all of it: every
   * connection always has a request out, so a round with fewer answers than connections left
   * at least (connections − answers) requests unanswered for its whole length. Latency
   * percentiles only cover answered requests; these make them a lower bound.
   */
  waitedWholeRound: number;
}

export interface LoadResult {
  rounds: Round[];
  /** The round with the median req/s. */
  median: Round;
  /** Errors, timeouts and non-2xx answers over the warm-up and all rounds. */
  failures: { errors: number; timeouts: number; non2xx: number; warmUp: number };
  /** One connection, no queueing: how long a request takes on its own. */
  unloaded: Round | null;
}

export interface LoadOptions {
  connections: number;
  warmUpSeconds: number;
  roundSeconds: number;
  rounds: number;
  /** Seconds of a one-connection run for the unloaded latency; 0 to skip. */
  unloadedSeconds: number;
  /** A round during which other processes kept more cores than this busy is run again… */
  maxOthersCores: number;
  /** …up to this many times (then the least disturbed attempt counts). */
  maxRetries: number;
}

async function run(origin: string, target: Target, connections: number, seconds: number, serverPids: () => number[], databasePids?: () => number[]): Promise<Round> {
  const request: Request = { method: target.method, path: target.path, headers: target.headers };
  const next = target.next;
  if (next) request.setupRequest = (req) => ({ ...req, ...next() });
  const cpu = startCpuWatch(serverPids, databasePids);
  const result = await autocannon({ url: origin, connections, duration: seconds, requests: [request], timeout: 30 });
  const use = cpu.stop();
  await drain(origin);
  return {
    // autocannon's own average is of per-second samples; completed requests over the real
    // duration is steadier for short rounds.
    reqPerSec: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ...use,
    retries: 0,
    waitedWholeRound: Math.max(0, connections - result.requests.total - result.errors),
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count])),
  };
}

/** A measured round, repeated while other processes were busy (a shared machine). */
async function quietRound(origin: string, target: Target, options: LoadOptions, serverPids: () => number[], databasePids?: () => number[]): Promise<Round> {
  let best: Round | null = null;
  for (let attempt = 0; attempt <= options.maxRetries; attempt++) {
    const round = await run(origin, target, options.connections, options.roundSeconds, serverPids, databasePids);
    round.retries = attempt;
    if (!best || round.othersCores < best.othersCores) best = round;
    if (round.othersCores <= options.maxOthersCores) return round;
  }
  return best as Round;
}

/**
 * Waits until the server has worked through what the last run left queued: autocannon stops
 * at the deadline, but the server still answers the requests already sent (50 slow ones can
 * take seconds), which would otherwise be charged to the next run.
 */
export async function drain(origin: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now();
    try {
      await rawRequest(`${origin}/healthz`);
    } catch {
      // keep trying until the deadline
    }
    quick = performance.now() - started < 20 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `databasePids`: the processes of a database server on this machine (PostgreSQL), measured apart. */
export async function measure(origin: string, target: Target, options: LoadOptions, serverPids: () => number[], databasePids?: () => number[]): Promise<LoadResult> {
  const warmUp = await run(origin, target, options.connections, options.warmUpSeconds, serverPids, databasePids);
  const rounds: Round[] = [];
  for (let i = 0; i < options.rounds; i++) rounds.push(await quietRound(origin, target, options, serverPids, databasePids));
  const sorted = [...rounds].sort((a, b) => a.reqPerSec - b.reqPerSec);
  const median = sorted[Math.floor(sorted.length / 2)];
  const sum = (key: "errors" | "timeouts" | "non2xx") => rounds.reduce((total, r) => total + r[key], warmUp[key]);
  const unloaded = options.unloadedSeconds > 0 ? await run(origin, target, 1, options.unloadedSeconds, serverPids, databasePids) : null;
  return {
    rounds,
    median,
    failures: { errors: sum("errors"), timeouts: sum("timeouts"), non2xx: sum("non2xx"), warmUp: warmUp.errors + warmUp.non2xx },
    unloaded,
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with node:http, body as sent on the wire (fetch would decompress it). */
export function rawRequest(url: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
