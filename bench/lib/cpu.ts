// How much CPU other processes used while we measured. The benchmark machine may be shared
// (other people's tests and type-checks): a round during which others used a noticeable
// share of the cores says more about them than about Kindred, so it is repeated, and what
// remains is reported next to the numbers.

import fs from "node:fs";

/** Kernel clock ticks per second for /proc times (USER_HZ: 100 on Linux). */
const TICKS = 100;

function busySeconds(): number {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0];
  // cpu user nice system idle iowait irq softirq steal …
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + (steal || 0)) / TICKS;
}

/** CPU seconds used so far by a process (utime + stime), 0 if it has gone. */
function processSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

export interface CpuUse {
  /** Average cores busy with processes other than the server and this benchmark. */
  othersCores: number;
  /** Average cores used by the server processes. */
  serverCores: number;
  /** Average cores used by this process (autocannon runs in it). */
  benchCores: number;
  /** With a database server on this machine (PostgreSQL): average cores used by its processes. */
  databaseCores?: number;
}

/**
 * Starts measuring; `pids()` lists the server's processes (re-read at the end for new workers),
 * `databasePids()` those of a database server working for it (PostgreSQL), which are then
 * neither "server" nor "others".
 */
export function startCpuWatch(pids: () => number[], databasePids?: () => number[]): { stop: () => CpuUse } {
  const startedAt = performance.now();
  const busy0 = busySeconds();
  const server0 = new Map(pids().map((pid) => [pid, processSeconds(pid)]));
  const database0 = new Map((databasePids?.() ?? []).map((pid) => [pid, processSeconds(pid)]));
  const self0 = process.cpuUsage();
  return {
    stop() {
      const wall = (performance.now() - startedAt) / 1000;
      const busy = busySeconds() - busy0;
      let server = 0;
      for (const pid of new Set([...server0.keys(), ...pids()])) server += processSeconds(pid) - (server0.get(pid) ?? 0);
      let database = 0;
      // Backends that exited during the round are lost (counted as others); pooled ones stay.
      for (const pid of new Set([...database0.keys(), ...(databasePids?.() ?? [])])) database += processSeconds(pid) - (database0.get(pid) ?? 0);
      const self = process.cpuUsage(self0);
      const bench = (self.user + self.system) / 1e6;
      return {
        othersCores: Math.max(0, (busy - server - database - bench) / wall),
        serverCores: server / wall,
        benchCores: bench / wall,
        ...(databasePids ? { databaseCores: database / wall } : {}),
      };
    },
  };
}
