// Starting and stopping the servers under test, and watching their memory.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsStale, SERVER_BUILD } from "../../scripts/lib/build-state";

export interface RunningServer {
  process: ChildProcess;
  origin: string;
  /** Everything the server printed, for error messages. */
  output: () => string;
}

/**
 * Builds when there is no build or app/ changed since the last one: a benchmark of an old build
 * once measured code that had already been replaced, with only a warning in the log.
 */
export function ensureBuild(): void {
  if (!buildIsStale()) return;
  console.log(fs.existsSync(SERVER_BUILD) ? "app/ changed since the last build: running npm run build…" : "No production build yet: running npm run build…");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error("npm run build failed");
}

/**
 * Spawns `node [nodeArgs] script` with the environment given and waits until `readyPath`
 * answers 200 (the app's /healthz queries the database, so "ready" means really ready).
 */
export async function startServer({
  script,
  port,
  env,
  nodeArgs = [],
  readyPath = "/healthz",
}: {
  script: string;
  port: number;
  env: Record<string, string>;
  nodeArgs?: string[];
  readyPath?: string;
}): Promise<RunningServer> {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(origin + readyPath);
      if (response.ok) return { process: child, origin, output: () => output };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill("SIGTERM");
  throw new Error(`${script} did not become ready on port ${port}:\n${output}`);
}

/** SIGTERM (the server's graceful shutdown), then SIGKILL if it takes longer than `graceMs`. */
export async function stopServer(server: RunningServer, graceMs = 15_000): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------
// Memory

/** Resident set size of a process in MB (VmRSS), or null once it has gone. */
export function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The direct children of a process (the cluster workers of the primary). */
export function childPids(pid: number): number[] {
  try {
    const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    if (text) return text.split(/\s+/).map(Number);
  } catch {
    // Kernel without /proc/…/children: scan every process's parent below.
  }
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(path.join("/proc", entry, "stat"), "utf8");
      // pid (comm) state ppid …: comm may contain spaces, so parse after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

export interface MemoryPeak {
  /** Peak RSS of the primary process, MB. */
  primaryMb: number;
  /** Peak RSS of the largest worker, MB (0 when the server runs without workers). */
  workerMb: number;
  workers: number;
}

/**
 * Samples VmRSS of a server's primary and its workers every `intervalMs` until stopped.
 * Peaks are per process: the target is "< 500 MB per process".
 */
export function watchMemory(primaryPid: number, intervalMs = 500): { stop: () => MemoryPeak } {
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const pid of [primaryPid, ...childPids(primaryPid)]) {
      const mb = rssMb(pid);
      if (mb !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, mb));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const workers = [...peaks].filter(([pid]) => pid !== primaryPid).map(([, mb]) => mb);
      return { primaryMb: peaks.get(primaryPid) ?? 0, workerMb: Math.max(0, ...workers), workers: workers.length };
    },
  };
}
