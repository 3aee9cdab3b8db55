// Small helpers shared by the benchmark scripts for talking to a Kindred SQLite file directly.

import path from "node:path";

/** The account the seed sets up for `npm run bench` to sign in as (a reader with a profile). */
export const BENCH_READER = "bench_reader";

/**
 * A DateTime as the Prisma better-sqlite3 adapter stores it: ISO 8601 with milliseconds and
 * an explicit "+00:00" offset (read back from a row the app wrote:
 * '2026-11-25T12:47:27.230+00:00'). Comparisons in SQL are on these strings, so the format
 * must match exactly.
 */
export function sqliteDate(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

/** The default data set file for a story count. */
export function benchDbPath(stories: number): string {
  return path.resolve("bench/data", `bench-${stories}.db`);
}

/** `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) continue;
    const [name, inline] = arg.slice(2).split("=", 2);
    if (inline !== undefined) args.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) args.set(name, argv[++i]);
    else args.set(name, "true");
  }
  return args;
}

export function intArg(args: Map<string, string>, name: string, fallback: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return value;
}
