// A throw-away PostgreSQL 15 cluster for tests and benchmarks, in tests/.tmp/pg-<port>.
//
//   tsx scripts/pg-cluster.ts start            initdb (first time) and start; prints the URL
//   tsx scripts/pg-cluster.ts stop             stop it
//   tsx scripts/pg-cluster.ts run -- CMD ARGS  start, run CMD with PG_URL set, stop (exit code of CMD)
//
// PG_PORT chooses the port (default: the first free one in 55432–55439). The cluster trusts
// local connections and runs without fsync: it is for tests only, never for data you keep.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
// The benchmark (`npm run bench -- --postgres`) starts its own cluster with startCluster's
// options: another directory (bench/data/pg-<port>) and durable settings (bench/lib/postgres.ts).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const asRoot = process.getuid?.() === 0;

function pgCommand(command: string, args: string[]) {
  const file = path.join(BIN, command);
  return asRoot ? { file: "runuser", args: ["-u", "postgres", "--", file, ...args] } : { file, args };
}

function runPg(command: string, args: string[]) {
  const { file, args: all } = pgCommand(command, args);
  execFileSync(file, all, { stdio: ["ignore", "ignore", "inherit"] });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function clusterDir(port: number): string {
  return path.resolve("tests/.tmp", `pg-${port}`);
}

export function clusterUrl(port: number, database = "postgres"): string {
  return `postgresql://postgres@127.0.0.1:${port}/${database}`;
}

function running(dir: string): boolean {
  const { file, args } = pgCommand("pg_ctl", ["-D", dir, "status"]);
  return spawnSync(file, args, { stdio: "ignore" }).status === 0;
}

async function choosePort(): Promise<number> {
  if (process.env.PG_PORT) return Number(process.env.PG_PORT);
  for (let port = 55432; port <= 55439; port++) {
    if (running(clusterDir(port))) return port;
    if (await portFree(port)) return port;
  }
  throw new Error("No free port in 55432–55439; set PG_PORT");
}

/** What the test cluster changes from PostgreSQL's defaults: many connections, no waiting for the disk. */
export const TEST_SETTINGS = ["max_connections=300", "fsync=off", "synchronous_commit=off", "full_page_writes=off"];

/**
 * Starts (creating if needed) the cluster on `port`, in `dir` (default tests/.tmp/pg-<port>)
 * with `settings` (`name=value`, default TEST_SETTINGS); returns its superuser URL and whether
 * this call started it. A cluster already running is used as it is, whatever its settings.
 */
export async function startCluster(
  port?: number,
  { dir: chosenDir, settings = TEST_SETTINGS }: { dir?: string; settings?: string[] } = {},
): Promise<{ port: number; url: string; started: boolean }> {
  const chosen = port ?? (await choosePort());
  const dir = chosenDir ?? clusterDir(chosen);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
    // C.UTF-8: byte-order sorting, the same order SQLite gives, whatever the machine's locale.
    runPg("initdb", ["-D", dir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  const started = !running(dir);
  if (started) {
    const options = [`-p ${chosen}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", ...settings.map((setting) => `-c ${setting}`)].join(" ");
    runPg("pg_ctl", ["-D", dir, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  }
  return { port: chosen, url: clusterUrl(chosen), started };
}

export function stopCluster(port: number, dir = clusterDir(port)): void {
  if (running(dir)) runPg("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "start") {
    const { url } = await startCluster();
    console.log(url);
  } else if (command === "stop") {
    stopCluster(await choosePort());
  } else if (command === "run") {
    const args = rest[0] === "--" ? rest.slice(1) : rest;
    if (args.length === 0) throw new Error("Usage: tsx scripts/pg-cluster.ts run -- COMMAND [ARGS]");
    const { port, url } = await startCluster();
    console.log(`PostgreSQL test cluster on ${url}`);
    const child = spawn(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, PG_URL: url } });
    const code: number = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
    stopCluster(port);
    process.exit(code);
  } else {
    console.error("Usage: tsx scripts/pg-cluster.ts start | stop | run -- COMMAND [ARGS]");
    process.exit(2);
  }
}
