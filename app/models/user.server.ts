import { db } from "~/lib/db.server";
import { newId, randomSecret, sha256Hex } from "~/lib/ids.server";
import type { Role } from "~/lib/constants";
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from "~/auth/password.server";
import { createSession, deleteExpiredSessions, endAllSessions, endOtherSessions } from "~/auth/session.server";
import type { FieldErrors } from "~/lib/forms";
import { knownDeviceCookie, type DeviceAccount } from "~/auth/known-device.server";

// Accounts: sign-up, log-in, recovery codes, password changes. Every function that answers
// "does this username exist?" gives the same message and spends an argon2 verification
// either way, so the answer can't be read from the response or its timing.

export const RECOVERY_CODE_COUNT = 10;

/** Names nobody may register: they would impersonate the site or its roles. */
const RESERVED_USERNAMES = new Set([
  "admin", "administrator", "moderator", "mod", "mods", "kindred", "anonymous", "anon", "staff",
  "support", "help", "system", "root", "null", "undefined", "me", "settings", "team", "official",
]);

export function usernameKey(username: string): string {
  return username.normalize("NFKC").trim().toLowerCase();
}

/** Recovery codes look like `k7m2-qx9d-3hfa-p8tn` (80 random bits). */
function newRecoveryCode(): string {
  return randomSecret(10).match(/.{4}/g)!.join("-");
}

function recoveryCodeHash(code: string): string {
  return sha256Hex(code.toLowerCase().replace(/[^a-z0-9]/g, ""));
}

async function issueRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({
      data: codes.map((code) => ({ id: newId(), userId, codeHash: recoveryCodeHash(code) })),
    }),
  ]);
  return codes;
}

const USERNAME_UNAVAILABLE = "That username isn't available. Please choose another.";

export type SignupResult =
  | { ok: true; userId: string; recoveryCodes: string[]; cookie: string }
  | { ok: false; errors: FieldErrors };

export async function signUp(input: {
  username: string;
  password: string;
  email: string | null;
  userAgent: string | null;
}): Promise<SignupResult> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, errors: { password: problem } };
  // Hash before looking the name up: a taken name and a free one cost the same time.
  const passwordHash = await hashPassword(input.password);
  const key = usernameKey(input.username);
  if (RESERVED_USERNAMES.has(key)) return { ok: false, errors: { username: USERNAME_UNAVAILABLE } };
  const id = newId();
  try {
    await db.user.create({
      data: { id, username: input.username, usernameKey: key, email: input.email, passwordHash },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return { ok: false, errors: { username: USERNAME_UNAVAILABLE } };
    }
    throw error;
  }
  const recoveryCodes = await issueRecoveryCodes(id);
  const cookie = await createSession(id, input.userAgent);
  return { ok: true, userId: id, recoveryCodes, cookie };
}

/** What a known-device cookie is checked against (app/auth/known-device.server.ts), or null for no such account. */
export async function deviceAccount(username: string): Promise<DeviceAccount | null> {
  return db.user.findUnique({ where: { usernameKey: usernameKey(username) }, select: { id: true, passwordHash: true } });
}

/** A fresh known-device cookie for the account, bound to its password as it is now. */
export async function deviceCookieFor(userId: string): Promise<string | null> {
  const account = await db.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
  return account ? knownDeviceCookie(account) : null;
}

const LOGIN_FAILED = "That username and password don't match an account.";

export type LoginResult = { ok: true; userId: string; cookie: string } | { ok: false; errors: FieldErrors };

export async function logIn(input: { username: string; password: string; userAgent: string | null }): Promise<LoginResult> {
  const user = await db.user.findUnique({
    where: { usernameKey: usernameKey(input.username) },
    select: { id: true, passwordHash: true, suspendedAt: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !valid) return { ok: false, errors: { form: LOGIN_FAILED } };
  if (user.suspendedAt) {
    return {
      ok: false,
      errors: { form: "This account is suspended. If you think this is a mistake, please contact the Kindred team." },
    };
  }
  await deleteExpiredSessions();
  return { ok: true, userId: user.id, cookie: await createSession(user.id, input.userAgent) };
}

const RESET_FAILED = "That username and recovery code don't match. Check the code and try again; each code works once.";

export async function resetPassword(input: {
  username: string;
  code: string;
  password: string;
  userAgent: string | null;
}): Promise<LoginResult> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, errors: { password: problem } };
  // Hash first, whatever happens next, so every answer takes the time of one argon2 hash.
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.findUnique({
    where: { usernameKey: usernameKey(input.username) },
    select: { id: true, suspendedAt: true },
  });
  // Claiming the code and checking it are one statement, so a code can never be used twice.
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user?.id ?? "-", codeHash: recoveryCodeHash(input.code), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (!user || count !== 1) return { ok: false, errors: { form: RESET_FAILED } };
  await db.user.update({ where: { id: user.id }, data: { passwordHash } });
  await endAllSessions(user.id);
  if (user.suspendedAt) {
    return { ok: false, errors: { form: "Your password was changed, but this account is suspended, so you can't log in." } };
  }
  return { ok: true, userId: user.id, cookie: await createSession(user.id, input.userAgent) };
}

export async function changePassword(input: {
  userId: string;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<{ ok: true; endedSessions: number } | { ok: false; errors: FieldErrors }> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, errors: { currentPassword: "That isn't your current password." } };
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) return { ok: false, errors: { newPassword: problem } };
  await db.user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  return { ok: true, endedSessions: await endOtherSessions(input.userId, input.sessionId) };
}

/** Replaces all recovery codes with a fresh set, shown once. */
export async function regenerateRecoveryCodes(userId: string): Promise<string[]> {
  return issueRecoveryCodes(userId);
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}

export async function getAccount(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, email: true, role: true, createdAt: true },
  });
}

/** Creates an account or, when the username exists, sets its role and password (npm run user:create). */
export async function upsertUserWithRole(input: { username: string; password: string; role: Role }) {
  const key = usernameKey(input.username);
  const passwordHash = await hashPassword(input.password);
  return db.user.upsert({
    where: { usernameKey: key },
    create: { id: newId(), username: input.username, usernameKey: key, passwordHash, role: input.role },
    update: { role: input.role, passwordHash },
    select: { id: true, username: true, role: true },
  });
}
