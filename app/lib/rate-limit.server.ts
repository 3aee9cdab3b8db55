import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "./db.server";
import { databaseUrl, sqliteFilePath } from "./env.server";

// Rate limits that hold across every app process: the counters live in the database
// (RateLimit table), and each hit is one atomic INSERT … ON CONFLICT DO UPDATE, so two
// processes can't both let the eleventh attempt through. Client addresses are only ever
// used as a keyed hash, in this table alone, and rows expire with their window.

export interface Limit {
  /** What is limited, e.g. "login". */
  action: string;
  max: number;
  windowMs: number;
}

/**
 * Many people can share one address (a treatment centre's Wi-Fi, a library): CLIENT_LIMIT_FACTOR
 * multiplies the per-address limits for such installs. The end-to-end tests, all from
 * 127.0.0.1, use it too. Per-account limits are never relaxed.
 */
const CLIENT_FACTOR = Math.max(1, Number(process.env.CLIENT_LIMIT_FACTOR) || 1);

export const LIMITS = {
  // A browser that has signed in to the account before (a known device) is exempt from the
  // per-account lock, so a stranger can't lock the owner out; it has a limit of its own, and
  // the per-address one holds for everyone (docs/decisions/016-known-devices.md).
  loginPerAccount: { action: "login:account", max: 10, windowMs: 15 * 60_000 },
  loginPerDevice: { action: "login:device", max: 10, windowMs: 15 * 60_000 },
  loginPerClient: { action: "login:client", max: 50 * CLIENT_FACTOR, windowMs: 15 * 60_000 },
  signupPerClient: { action: "signup:client", max: 10 * CLIENT_FACTOR, windowMs: 60 * 60_000 },
  resetPerAccount: { action: "reset:account", max: 5, windowMs: 60 * 60_000 },
  resetPerClient: { action: "reset:client", max: 20 * CLIENT_FACTOR, windowMs: 60 * 60_000 },
  submitPerAccount: { action: "submit:account", max: 20, windowMs: 60 * 60_000 },
  // New stories, not saves: a writer starts a handful a day, a script thousands an hour. Room
  // for the benchmark's 50 drafts (one per connection), which it makes through the app.
  draftPerAccount: { action: "draft:account", max: 60, windowMs: 60 * 60_000 },
  reportPerAccount: { action: "report:account", max: 20, windowMs: 60 * 60_000 },
  reactPerAccount: { action: "react:account", max: 300, windowMs: 60 * 60_000 },
  // The editor previews 0.7 s after each pause in typing: a busy writer makes a few a minute.
  // Each costs up to the renderer's budget of a render thread (markdown-pool.server.ts).
  previewPerAccount: { action: "preview:account", max: 100, windowMs: 10 * 60_000 },
} satisfies Record<string, Limit>;

export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Rate limited for ${retryAfterSeconds} s`);
  }
}

/**
 * The key that makes client-address hashes unguessable, the same in every process: from
 * RATE_LIMIT_SECRET (set it when processes run on several machines), or a random key kept in
 * a file beside the SQLite database, created by whichever process needs it first.
 */
function loadSecret(): string {
  if (process.env.RATE_LIMIT_SECRET) return process.env.RATE_LIMIT_SECRET;
  const url = databaseUrl();
  const dir = url.startsWith("file:") ? path.dirname(sqliteFilePath(url)) : os.tmpdir();
  const file = path.join(dir, ".kindred-rate-limit-key");
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

let secret: string | null = null;

/** A client address as it may be stored: a keyed hash, never the address. */
export function clientKey(address: string | null | undefined): string {
  secret ??= loadSecret();
  return crypto.createHmac("sha256", secret).update(address ?? "unknown").digest("hex").slice(0, 32);
}

/**
 * A key for another use of the same secret (e.g. signing the known-device cookie,
 * app/auth/known-device.server.ts), derived so that no two uses share a key.
 */
export function derivedKey(purpose: string): Buffer {
  secret ??= loadSecret();
  return crypto.createHmac("sha256", secret).update(`kindred:${purpose}`).digest();
}

const stamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * Counts one attempt against `limit` for `subject` (an account key or clientKey()). Throws
 * RateLimited with the seconds to wait once the window's allowance is used up.
 */
export async function hit(limit: Limit, subject: string, now = new Date()): Promise<void> {
  const key = `${limit.action}:${subject}`;
  const expired = stamp(new Date(now.getTime() - limit.windowMs));
  const rows = await db.$queryRaw<{ count: number | bigint; windowStart: string }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${stamp(now)}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${expired} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${expired} THEN excluded."windowStart" ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (Math.random() < 0.01) void forgetExpired(now);
  if (!row || Number(row.count) <= limit.max) return;
  const resetsAt = new Date(String(row.windowStart)).getTime() + limit.windowMs;
  throw new RateLimited(Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)));
}

/** Windows older than a day are over for every limit. */
async function forgetExpired(now: Date) {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < ${stamp(new Date(now.getTime() - 24 * 60 * 60_000))}`;
}

/** "about 12 minutes" / "about 40 seconds": how long to wait, for people. */
export function waitText(seconds: number): string {
  if (seconds < 90) return `about ${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `about ${minutes} minutes`;
}

export function tooManyMessage(error: RateLimited): string {
  return `That's a lot of attempts in a short time, so we've paused this for ${waitText(error.retryAfterSeconds)}. Please try again then.`;
}

/** Counts an attempt against each limit; returns the first one exceeded, or null. */
export async function overLimit(...checks: [Limit, string][]): Promise<RateLimited | null> {
  for (const [limit, subject] of checks) {
    try {
      await hit(limit, subject);
    } catch (error) {
      if (error instanceof RateLimited) return error;
      throw error;
    }
  }
  return null;
}
