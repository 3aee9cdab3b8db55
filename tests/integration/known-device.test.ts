import type { ActionFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE, knownDeviceCookie } from "~/auth/known-device.server";
import { db } from "~/lib/db.server";
import { LIMITS } from "~/lib/rate-limit.server";
import { changePassword, upsertUserWithRole } from "~/models/user.server";
import * as loginRoute from "~/routes/login";

// Issue 13, item 6 (docs/decisions/016-known-devices.md): a stranger's wrong passwords lock the
// account for strangers only. A browser that has signed in to the account before carries a
// signed known-device cookie and still gets in with the right password; a forged cookie, one
// made for another account or under an old password, exempts nobody; the per-address limit
// holds for everyone.

const UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";

async function login(username: string, password: string, { address, cookie }: { address: string; cookie?: string }): Promise<Response> {
  const request = new Request("http://localhost/login", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "User-Agent": UA,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams({ username, password, redirectTo: "" }),
  });
  try {
    const result = await loginRoute.action({ request, params: {}, context: { clientAddress: address } } as ActionFunctionArgs);
    // `data()` results: status in `init`.
    const init = (result as unknown as { init?: ResponseInit | null }).init;
    return new Response(JSON.stringify((result as unknown as { data: unknown }).data), { status: init?.status ?? 200, headers: init?.headers });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The `name=value` part of the known-device Set-Cookie of a response. */
function deviceCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
  expect(cookie, "a known-device cookie").toBeTruthy();
  return cookie!.split(";")[0];
}

/** Wrong passwords, each from a different address (a distributed stranger), until the account is locked for strangers. */
async function lockOut(username: string) {
  let status = 0;
  for (let i = 0; i <= LIMITS.loginPerAccount.max && status !== 429; i++) {
    status = (await login(username, "not the password at all", { address: `198.51.100.${i + 1}` })).status;
    expect([400, 429]).toContain(status);
  }
  expect(status).toBe(429);
}

async function member(username: string, password: string) {
  await upsertUserWithRole({ username, password, role: "member" });
  return db.user.findUniqueOrThrow({ where: { usernameKey: username }, select: { id: true, passwordHash: true } });
}

describe("known devices and the per-account lock", () => {
  it("a successful login sets a long-lived, HttpOnly known-device cookie that names no account", async () => {
    const account = await member("device_owner_0", "the owner's long password zero");
    const response = await login("device_owner_0", "the owner's long password zero", { address: "203.0.113.10" });
    expect(response.status).toBe(302);
    const header = response.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`))!;
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(Number(header.match(/Max-Age=(\d+)/)?.[1])).toBeGreaterThan(300 * 24 * 60 * 60);
    const value = header.split(";")[0].slice(DEVICE_COOKIE.length + 1);
    expect(value).not.toContain(account.id);
    expect(value).not.toContain("device_owner_0");
  });

  it("the owner of a locked account still gets in from a known browser; a stranger is still locked", async () => {
    await member("device_owner_1", "the owner's long password one");
    const first = await login("device_owner_1", "the owner's long password one", { address: "203.0.113.11" });
    expect(first.status).toBe(302);
    const known = deviceCookieOf(first);

    await lockOut("device_owner_1");

    // A stranger with the right password and no cookie (it could be a guess that finally hit) is refused.
    const stranger = await login("device_owner_1", "the owner's long password one", { address: "198.51.100.201" });
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get("Retry-After")).toMatch(/^\d+$/);

    // The owner's browser gets in, and its cookie is renewed.
    const owner = await login("device_owner_1", "the owner's long password one", { address: "203.0.113.11", cookie: known });
    expect(owner.status).toBe(302);
    expect(owner.headers.getSetCookie().some((c) => c.startsWith("kindred_session="))).toBe(true);
    deviceCookieOf(owner);

    // Still locked for strangers afterwards.
    expect((await login("device_owner_1", "the owner's long password one", { address: "198.51.100.202" })).status).toBe(429);
  });

  it("a forged cookie, another account's, or one from before a password change does not exempt", async () => {
    const victim = await member("device_owner_2", "the owner's long password two");
    const other = await member("device_owner_3", "the other's long password three");
    await lockOut("device_owner_2");

    const othersCookie = deviceCookieOf(await login("device_owner_3", "the other's long password three", { address: "203.0.113.13" }));
    const [, , mac] = othersCookie.slice(DEVICE_COOKIE.length + 1).split(".");
    const forged = [
      othersCookie,
      `${DEVICE_COOKIE}=v1.AAAAAAAAAAAAAAAAAAAAAA.${mac}`,
      `${DEVICE_COOKIE}=v1.AAAAAAAAAAAAAAAAAAAAAA.${"A".repeat(43)}`,
      `${DEVICE_COOKIE}=v1.${victim.id}.${mac}`,
      `${DEVICE_COOKIE}=v2.x.y`,
      `${DEVICE_COOKIE}=${"x".repeat(5000)}`,
      `${DEVICE_COOKIE}=%E0%A4%A`,
      `${DEVICE_COOKIE}=v1..`,
    ];
    for (const cookie of forged) {
      const response = await login("device_owner_2", "the owner's long password two", { address: "198.51.100.203", cookie });
      expect(response.status, cookie.slice(0, 60)).toBe(429);
    }

    // A cookie made for this account under its old password stops working once it changes.
    const old = knownDeviceCookie(victim).split(";")[0];
    const session = await db.session.findFirst({ where: { userId: victim.id } });
    const changed = await changePassword({ userId: victim.id, sessionId: session?.id ?? "-", currentPassword: "the owner's long password two", newPassword: "a brand new long password two" });
    expect(changed.ok).toBe(true);
    expect((await login("device_owner_2", "a brand new long password two", { address: "198.51.100.204", cookie: old })).status).toBe(429);
    expect(other.id).not.toBe(victim.id);
  });

  it("a known browser has a limit of its own, and the per-address limit holds for it too", async () => {
    await member("device_owner_4", "the owner's long password four");
    const known = deviceCookieOf(await login("device_owner_4", "the owner's long password four", { address: "203.0.113.14" }));
    // Wrong passwords from the known browser count against that browser, not the account.
    for (let i = 0; i < LIMITS.loginPerDevice.max; i++) {
      expect((await login("device_owner_4", "wrong", { address: `203.0.113.${100 + i}`, cookie: known })).status).toBe(400);
    }
    expect((await login("device_owner_4", "wrong", { address: "203.0.113.150", cookie: known })).status).toBe(429);
    // ...so the account itself isn't locked for another known browser or a stranger.
    expect((await login("device_owner_4", "the owner's long password four", { address: "203.0.113.151" })).status).toBe(302);

    // One address that has used up its allowance is refused even with a known cookie.
    await member("device_owner_5", "the owner's long password five");
    const mine = deviceCookieOf(await login("device_owner_5", "the owner's long password five", { address: "203.0.113.15" }));
    const busy = "192.0.2.99";
    for (let i = 0; i < LIMITS.loginPerClient.max; i++) await login(`nobody_${i}`, "wrong", { address: busy });
    expect((await login("device_owner_5", "the owner's long password five", { address: busy, cookie: mine })).status).toBe(429);
  });
});
