import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import {
  ABSOLUTE_MS,
  createSession,
  deleteExpiredSessions,
  describeUserAgent,
  INACTIVITY_MS,
  validateSessionToken,
} from "./session.server";

async function member() {
  const id = newId();
  await db.user.create({ data: { id, username: `m${id.slice(0, 8)}`, usernameKey: `m${id.slice(0, 8)}`, passwordHash: "x" } });
  return id;
}

const tokenOf = (cookie: string) => decodeURIComponent(cookie.split(";")[0].split("=")[1]);

describe("sessions", () => {
  it("stores only a hash of the secret and validates the exact token", async () => {
    const userId = await member();
    const token = tokenOf(await createSession(userId, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/130.0"));
    const [id, secret] = token.split(".");
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.secretHash).toString("hex")).not.toContain(Buffer.from(secret).toString("hex"));
    expect(row.label).toBe("Firefox on macOS");
    expect((await validateSessionToken(token))?.user.id).toBe(userId);
    // One character different (a secret ending in "x" once made this the token itself: 1 run in 32).
    const wrong = `${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`;
    expect(wrong).not.toBe(secret);
    expect(await validateSessionToken(`${id}.${wrong}`)).toBeNull();
    expect(await validateSessionToken(`${id}`)).toBeNull();
    expect(await validateSessionToken(`nope.${secret}`)).toBeNull();
  });

  it("expires after inactivity, slides with use, and ends at the absolute limit", async () => {
    const userId = await member();
    const token = tokenOf(await createSession(userId, null));
    const start = Date.now();
    // Used every six days: inactivity never reaches seven days, so it stays valid...
    for (let day = 6; day < 30; day += 6) {
      expect(await validateSessionToken(token, new Date(start + day * 86_400_000))).not.toBeNull();
    }
    // ...until thirty days after log-in, whatever the activity.
    expect(await validateSessionToken(token, new Date(start + ABSOLUTE_MS + 1000))).toBeNull();
    expect(await db.session.count({ where: { userId } })).toBe(0);

    const idle = tokenOf(await createSession(userId, null));
    expect(await validateSessionToken(idle, new Date(Date.now() + INACTIVITY_MS + 1000))).toBeNull();
  });

  it("ends the sessions of a suspended member", async () => {
    const userId = await member();
    const token = tokenOf(await createSession(userId, null));
    await db.user.update({ where: { id: userId }, data: { suspendedAt: new Date() } });
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("deletes expired sessions and keeps live ones", async () => {
    const userId = await member();
    await createSession(userId, null);
    const old = new Date(Date.now() - INACTIVITY_MS - 60_000);
    await db.session.create({
      data: { id: newId(), userId, secretHash: new Uint8Array(32), createdAt: old, lastVerifiedAt: old },
    });
    expect(await deleteExpiredSessions()).toBe(1);
    expect(await db.session.count({ where: { userId } })).toBe(1);
  });

  it("describes browsers coarsely", () => {
    expect(describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(describeUserAgent(null)).toBe("Unknown browser");
  });
});
