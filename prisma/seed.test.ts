import { describe, expect, it } from "vitest";
import { ANONYMITY, FACETS } from "~/lib/constants";
import { db } from "~/lib/db.server";
import { logIn } from "~/models/user.server";
import { DEMO_ACCOUNTS, seedDemo } from "./seed";

describe("demo content", () => {
  it("loads the vocabulary, demo accounts and at least 30 published stories spread over the brief", { timeout: 60_000 }, async () => {
    const result = await seedDemo();
    expect(result?.stories).toBeGreaterThanOrEqual(30);

    for (const facet of FACETS) expect(await db.tag.count({ where: { facet } })).toBeGreaterThan(3);
    const published = await db.story.findMany({
      where: { status: "PUBLISHED" },
      select: { liveRevision: { select: { anonymity: true, tags: { select: { tag: { select: { facet: true } } } }, warnings: true } } },
    });
    expect(published.length).toBeGreaterThanOrEqual(30);
    for (const mode of ANONYMITY) {
      expect(published.filter((s) => s.liveRevision?.anonymity === mode).length).toBeGreaterThanOrEqual(5);
    }
    for (const facet of FACETS) {
      expect(published.some((s) => s.liveRevision?.tags.some((t) => t.tag.facet === facet))).toBe(true);
    }
    const warned = new Set(published.flatMap((s) => s.liveRevision?.warnings.map((w) => w.warning) ?? []));
    expect(warned.size).toBeGreaterThanOrEqual(4);

    for (const account of DEMO_ACCOUNTS) {
      expect((await logIn({ username: account.username, password: account.password, userAgent: null })).ok).toBe(true);
    }
    expect(await db.user.findFirst({ where: { usernameKey: "casey_mod" }, select: { role: true } })).toEqual({ role: "moderator" });
    expect(await db.user.findFirst({ where: { usernameKey: "robin_admin" }, select: { role: true } })).toEqual({ role: "admin" });

    // Running it again changes nothing.
    expect(await seedDemo()).toBeNull();
    expect(await db.story.count()).toBe(published.length);
  });
});
