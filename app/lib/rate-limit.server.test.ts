import { describe, expect, it } from "vitest";
import { db } from "./db.server";
import { clientKey, hit, overLimit, RateLimited, waitText } from "./rate-limit.server";

const limit = { action: "test", max: 3, windowMs: 60_000 };

describe("rate limits", () => {
  it("lets the allowance through, refuses the next with the time to wait, and opens again after the window", async () => {
    const start = new Date("2026-11-25T12:00:00Z");
    for (let i = 0; i < 3; i++) await hit(limit, "account-a", start);
    const refused = await hit(limit, "account-a", new Date(start.getTime() + 20_000)).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterSeconds).toBe(40);
    // Another subject has its own allowance.
    await expect(hit(limit, "account-b", start)).resolves.toBeUndefined();
    // A new window starts once the old one has passed.
    await expect(hit(limit, "account-a", new Date(start.getTime() + 61_000))).resolves.toBeUndefined();
  });

  it("counts every attempt exactly once under concurrency", async () => {
    const now = new Date("2026-11-25T13:00:00Z");
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => hit(limit, "burst", now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(7);
  });

  it("stores a keyed hash of a client address, never the address", async () => {
    const key = clientKey("203.0.113.7");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(clientKey("203.0.113.7")).toBe(key);
    expect(clientKey("203.0.113.8")).not.toBe(key);
    await overLimit([limit, key]);
    const rows = await db.rateLimit.findMany({ select: { key: true } });
    expect(rows.some((r) => r.key.includes("203.0.113"))).toBe(false);
    expect(rows.some((r) => r.key === `test:${key}`)).toBe(true);
  });

  it("says how long to wait in words", () => {
    expect(waitText(40)).toBe("about 40 seconds");
    expect(waitText(600)).toBe("about 10 minutes");
  });
});
