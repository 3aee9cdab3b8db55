import crypto from "node:crypto";
import { db } from "~/lib/db.server";
import { newId, randomSecret } from "~/lib/ids.server";
import { hotRead } from "~/lib/hot-read.server";
import { sqliteTime } from "~/lib/sqlite-reader.server";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.server";

// Sessions as in Lucia's current guide (docs/decisions/003-sessions.md): the cookie holds
// `${id}.${secret}`, the database holds the id and a SHA-256 hash of the secret, and the
// secret is compared in constant time. A session ends after INACTIVITY_MS without use
// (each use slides that window, written at most once per ACTIVITY_WRITE_MS) and, whatever
// the activity, ABSOLUTE_MS after log-in.

export const INACTIVITY_MS = 7 * 24 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
const ACTIVITY_WRITE_MS = 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  username: string;
  role: string;
}

export interface ValidSession {
  id: string;
  user: SessionUser;
}

function hashSecret(secret: string): Buffer {
  return crypto.createHash("sha256").update(secret).digest();
}

/** Starts a new session and returns the Set-Cookie header value for it. */
export async function createSession(userId: string, userAgent: string | null): Promise<string> {
  const id = newId();
  const secret = randomSecret(20);
  const now = new Date();
  await db.session.create({
    data: {
      id,
      secretHash: Uint8Array.from(hashSecret(secret)),
      userId,
      createdAt: now,
      lastVerifiedAt: now,
      label: describeUserAgent(userAgent),
    },
  });
  return sessionCookie(`${id}.${secret}`, new Date(now.getTime() + ABSOLUTE_MS));
}

interface SessionRecord {
  id: string;
  secretHash: Uint8Array;
  createdAt: Date;
  lastVerifiedAt: Date;
  user: SessionUser & { suspendedAt: Date | null };
}

interface SessionRow {
  id: string;
  secretHash: Buffer;
  createdAt: unknown;
  lastVerifiedAt: unknown;
  userId: string;
  username: string;
  role: string;
  suspendedAt: unknown;
}

/** The session and its account: on every signed-in page view, so a hot read outside the ORM. */
async function findSession(id: string): Promise<SessionRecord | null> {
  const row = await hotRead<[string], SessionRow>(
    `SELECT s."id", s."secretHash", s."createdAt", s."lastVerifiedAt", u."id" AS "userId", u."username", u."role", u."suspendedAt"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?`,
  ).get(id);
  if (!row) return null;
  return {
    id: row.id,
    secretHash: row.secretHash,
    createdAt: sqliteTime(row.createdAt),
    lastVerifiedAt: sqliteTime(row.lastVerifiedAt),
    user: { id: row.userId, username: row.username, role: row.role, suspendedAt: row.suspendedAt == null ? null : sqliteTime(row.suspendedAt) },
  };
}

export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (id.length > 64 || secret.length > 128) return null;
  const session = await findSession(id);
  if (!session) return null;
  const stored = Buffer.from(session.secretHash);
  const given = hashSecret(secret);
  if (stored.length !== given.length || !crypto.timingSafeEqual(stored, given)) return null;
  const expired =
    now.getTime() - session.lastVerifiedAt.getTime() >= INACTIVITY_MS ||
    now.getTime() - session.createdAt.getTime() >= ABSOLUTE_MS;
  if (expired || session.user.suspendedAt) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastVerifiedAt.getTime() >= ACTIVITY_WRITE_MS) {
    await db.session.updateMany({ where: { id }, data: { lastVerifiedAt: now } });
  }
  const { suspendedAt: _suspended, ...user } = session.user;
  return { id: session.id, user };
}

/** One validation per page view: the root loader and the route's loaders share it. */
const validated = new WeakMap<Request, Promise<ValidSession | null>>();

/** The signed-in session for a request, or null. */
export async function getSession(request: Request): Promise<ValidSession | null> {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return null;
  // Only reads share: an action may end or start a session, and its loaders get a new Request.
  if (request.method !== "GET" && request.method !== "HEAD") return validateSessionToken(token);
  let session = validated.get(request);
  if (!session) {
    session = validateSessionToken(token);
    validated.set(request, session);
  }
  return session;
}

/** The id part of the request's session token, without validating it (used to mark "this device"). */
export function sessionIdFromRequest(request: Request): string | null {
  const token = readCookie(request, SESSION_COOKIE);
  return token ? token.split(".")[0] : null;
}

/** Ends the request's session (if any) and returns the Set-Cookie header that clears it. */
export async function endSession(request: Request): Promise<string> {
  const id = sessionIdFromRequest(request);
  if (id) await db.session.deleteMany({ where: { id } });
  return clearedSessionCookie();
}

export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  return count;
}

export async function endAllSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Removes sessions past either limit; run at start-up and on each log-in. */
export async function deleteExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: {
      OR: [
        { lastVerifiedAt: { lte: new Date(now.getTime() - INACTIVITY_MS) } },
        { createdAt: { lte: new Date(now.getTime() - ABSOLUTE_MS) } },
      ],
    },
  });
  return count;
}

export async function listSessions(userId: string) {
  return db.session.findMany({
    where: { userId },
    select: { id: true, label: true, createdAt: true, lastVerifiedAt: true },
    orderBy: { lastVerifiedAt: "desc" },
  });
}

/** Ends one of the user's sessions; the userId in the query keeps people to their own. */
export async function endSessionById(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

/** "Firefox on Linux": enough to recognise a device in the session list, nothing more. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /(Chrome|Chromium)\//.test(userAgent) ? "Chrome"
    : /Safari\//.test(userAgent) ? "Safari"
    : "A browser";
  const system =
    /Android/.test(userAgent) ? "Android"
    : /iPhone|iPad/.test(userAgent) ? "iOS"
    : /Windows/.test(userAgent) ? "Windows"
    : /Mac OS X/.test(userAgent) ? "macOS"
    : /Linux/.test(userAgent) ? "Linux"
    : "an unknown system";
  return `${browser} on ${system}`;
}
