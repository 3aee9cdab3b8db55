import crypto from "node:crypto";
import { secureCookies } from "~/lib/env.server";
import { derivedKey } from "~/lib/rate-limit.server";
import { readCookie } from "./cookies.server";

// The "known device" cookie (issue 13, item 6; docs/decisions/016-known-devices.md). A browser
// that has signed in to an account keeps a signed cookie that exempts it from that account's
// lock after repeated wrong passwords, so a stranger who guesses at a username can no longer keep
// its owner out. The per-address limit still applies to it, and it has a limit of its own.
//
// The value is `v1.<device id>.<mac>`: a random device id and an HMAC-SHA256, under a key
// derived from the app's secret, of the device id, the account id and the account's password
// hash. So it names no account (it can only be checked against one), a cookie made for another
// account or by anyone without the secret is worthless, and changing or resetting the password
// voids every cookie issued before (the browser that made the change gets a new one). It is
// HttpOnly and never logged or shown.

export const DEVICE_COOKIE = "kindred_device";
/** Chromium keeps no cookie longer than 400 days. */
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60;
const VERSION = "v1";

/** What the cookie is bound to: the account and its current password. */
export interface DeviceAccount {
  id: string;
  passwordHash: string;
}

let key: Buffer | null = null;

function mac(deviceId: string, account: DeviceAccount): string {
  key ??= derivedKey("known-device-cookie");
  return crypto.createHmac("sha256", key).update(`${VERSION}\n${deviceId}\n${account.id}\n${account.passwordHash}`).digest("base64url");
}

/** The Set-Cookie value that makes this browser a known device for `account`. */
export function knownDeviceCookie(account: DeviceAccount): string {
  const deviceId = crypto.randomBytes(16).toString("base64url");
  const parts = [
    `${DEVICE_COOKIE}=${VERSION}.${deviceId}.${mac(deviceId, account)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${MAX_AGE_SECONDS}`,
  ];
  if (secureCookies()) parts.push("Secure");
  return parts.join("; ");
}

/**
 * The device id when the request carries a known-device cookie made for `account` with its
 * current password; otherwise null (no cookie, another account's, an old password's, forged).
 */
export function knownDeviceId(request: Request, account: DeviceAccount | null): string | null {
  if (!account) return null;
  const value = readCookie(request, DEVICE_COOKIE);
  if (!value || value.length > 200) return null;
  const [version, deviceId, given, ...rest] = value.split(".");
  if (version !== VERSION || !deviceId || !given || rest.length > 0) return null;
  const expected = Buffer.from(mac(deviceId, account));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return null;
  return deviceId;
}
