import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { validateSessionToken } from "~/auth/session.server";
import { changePassword, logIn, resetPassword, signUp, RECOVERY_CODE_COUNT, upsertUserWithRole } from "./user.server";

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
const PASSWORD = "quiet river morning";

function tokenFrom(cookie: string): string {
  return decodeURIComponent(cookie.split(";")[0].split("=")[1]);
}

async function account(username = `person${Math.random().toString(36).slice(2, 8)}`) {
  const result = await signUp({ username, password: PASSWORD, email: null, userAgent: UA });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { username, ...result };
}

describe("sign-up", () => {
  it("creates an account, a session and ten recovery codes stored only as hashes", async () => {
    const { userId, recoveryCodes, cookie } = await account("hopeful_reader");
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored = await db.recoveryCode.findMany({ where: { userId }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) {
      expect(recoveryCodes.some((code) => codeHash.includes(code.replace(/-/g, "")))).toBe(false);
    }
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await validateSessionToken(tokenFrom(cookie)))?.user.username).toBe("hopeful_reader");
  });

  it("refuses a username that differs only by case, with the same message as a reserved one", async () => {
    await account("MorningLight");
    const taken = await signUp({ username: "morninglight", password: PASSWORD, email: null, userAgent: UA });
    const reserved = await signUp({ username: "Admin", password: PASSWORD, email: null, userAgent: UA });
    expect(taken).toEqual({ ok: false, errors: { username: "That username isn't available. Please choose another." } });
    expect(reserved).toEqual(taken);
  });

  it("refuses short, overlong and common passwords with a message for the field", async () => {
    const short = await signUp({ username: "a_new_person", password: "short", email: null, userAgent: UA });
    expect(short).toEqual({ ok: false, errors: { password: "Use at least 8 characters." } });
    const long = await signUp({ username: "a_new_person", password: "x".repeat(257), email: null, userAgent: UA });
    expect(long).toEqual({ ok: false, errors: { password: "Use at most 256 characters." } });
    const common = await signUp({ username: "a_new_person", password: "Password1", email: null, userAgent: UA });
    expect(common.ok).toBe(false);
    expect(!common.ok && common.errors.password).toMatch(/most common/);
    expect(await db.user.count({ where: { usernameKey: "a_new_person" } })).toBe(0);
  });

  it("accepts a password of exactly 256 characters, with no composition rules", async () => {
    const result = await signUp({ username: "long_pass", password: "a".repeat(256), email: null, userAgent: UA });
    expect(result.ok).toBe(true);
  });
});

describe("log-in", () => {
  it("starts a new session with the right password, whatever the username's case", async () => {
    const { username, userId } = await account("CaseyReads");
    const result = await logIn({ username: username.toUpperCase(), password: PASSWORD, userAgent: UA });
    expect(result.ok).toBe(true);
    expect(await db.session.count({ where: { userId } })).toBe(2);
  });

  it("gives the same answer for a wrong password and an unknown username", async () => {
    await account("known_person");
    const wrong = await logIn({ username: "known_person", password: "not the password", userAgent: UA });
    const unknown = await logIn({ username: "nobody_here", password: "not the password", userAgent: UA });
    expect(wrong).toEqual({ ok: false, errors: { form: "That username and password don't match an account." } });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a suspended member even with the right password", async () => {
    const { userId } = await account("paused_person");
    await db.user.update({ where: { id: userId }, data: { suspendedAt: new Date() } });
    const result = await logIn({ username: "paused_person", password: PASSWORD, userAgent: UA });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.form).toMatch(/suspended/);
  });
});

describe("password reset with a recovery code", () => {
  it("sets the new password, uses the code up, and ends every old session", async () => {
    const { username, recoveryCodes, cookie } = await account("forgetful");
    const reset = await resetPassword({ username, code: recoveryCodes[3].toUpperCase(), password: "a brand new phrase", userAgent: UA });
    expect(reset.ok).toBe(true);
    expect(await validateSessionToken(tokenFrom(cookie))).toBeNull();
    expect((await logIn({ username, password: PASSWORD, userAgent: UA })).ok).toBe(false);
    expect((await logIn({ username, password: "a brand new phrase", userAgent: UA })).ok).toBe(true);

    const again = await resetPassword({ username, code: recoveryCodes[3], password: "another new phrase", userAgent: UA });
    expect(again.ok).toBe(false);
  });

  it("gives the same answer for a wrong code, an unknown username and another person's code", async () => {
    const a = await account("reset_a");
    await account("reset_b");
    const wrongCode = await resetPassword({ username: "reset_a", code: "aaaa-bbbb-cccc-dddd", password: "a brand new phrase", userAgent: UA });
    const unknown = await resetPassword({ username: "nobody_at_all", code: a.recoveryCodes[0], password: "a brand new phrase", userAgent: UA });
    const othersCode = await resetPassword({ username: "reset_b", code: a.recoveryCodes[0], password: "a brand new phrase", userAgent: UA });
    expect(wrongCode.ok).toBe(false);
    expect(unknown).toEqual(wrongCode);
    expect(othersCode).toEqual(wrongCode);
    // The code was not spent by the failed attempts.
    expect((await resetPassword({ username: "reset_a", code: a.recoveryCodes[0], password: "a brand new phrase", userAgent: UA })).ok).toBe(true);
  });
});

describe("changing the password", () => {
  it("keeps this session and ends all the others", async () => {
    const { userId, username, cookie } = await account("changer");
    const other = await logIn({ username, password: PASSWORD, userAgent: UA });
    if (!other.ok) throw new Error("log-in failed");
    const current = await validateSessionToken(tokenFrom(cookie));
    const result = await changePassword({ userId, sessionId: current!.id, currentPassword: PASSWORD, newPassword: "a calmer new phrase" });
    expect(result).toEqual({ ok: true, endedSessions: 1 });
    expect(await validateSessionToken(tokenFrom(cookie))).not.toBeNull();
    expect(await validateSessionToken(tokenFrom(other.cookie))).toBeNull();
  });

  it("refuses a wrong current password and a common new one", async () => {
    const { userId, cookie } = await account("careful");
    const current = await validateSessionToken(tokenFrom(cookie));
    expect(await changePassword({ userId, sessionId: current!.id, currentPassword: "wrong one!", newPassword: "a calmer new phrase" })).toEqual({
      ok: false,
      errors: { currentPassword: "That isn't your current password." },
    });
    const common = await changePassword({ userId, sessionId: current!.id, currentPassword: PASSWORD, newPassword: "iloveyou" });
    expect(common.ok).toBe(false);
  });
});

describe("user:create", () => {
  it("creates an admin, and promotes an existing account", async () => {
    const created = await upsertUserWithRole({ username: "NewAdmin", password: "admin pass phrase", role: "admin" });
    expect(created.role).toBe("admin");
    const { username } = await account("promote_me");
    const promoted = await upsertUserWithRole({ username, password: "moderator pass phrase", role: "moderator" });
    expect(promoted.role).toBe("moderator");
    expect((await logIn({ username, password: "moderator pass phrase", userAgent: UA })).ok).toBe(true);
  });
});
