import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./db.server";
import { databaseUrl, sqliteFilePath } from "./env.server";

// Every server process has its own connection to the SQLite file. A transaction that reads
// before it writes (an upsert, most of the models' $transaction blocks) must not fail when
// another process writes meanwhile: found by the soak, where reactions answered 500
// ("Operation has timed out", SQLITE_BUSY_SNAPSHOT) while autosaves were being written.
// SQLite only: PostgreSQL has no file lock to take (npm run test:pg reports this as skipped).
describe.runIf(databaseUrl().startsWith("file:"))("SQLite transactions across connections", () => {
  const app = createDb();
  afterAll(() => app.$disconnect());

  it("take the write lock when they begin, so another writer waits instead of breaking them", async () => {
    await app.tag.create({ data: { id: "tag-lock", slug: "lock-test", name: "Lock test", facet: "situation" } });
    // Another process's connection, which gives up at once instead of waiting (better-sqlite3
    // is synchronous: waiting here would block the transaction it waits for).
    const other = new Database(sqliteFilePath(databaseUrl()), { timeout: 0 });
    let otherWrite: unknown = null;
    try {
      await app.$transaction(async (tx) => {
        const tag = await tx.tag.findUniqueOrThrow({ where: { id: "tag-lock" }, select: { name: true } });
        try {
          other.prepare(`UPDATE "Tag" SET name = 'Changed elsewhere' WHERE id = 'tag-lock'`).run();
        } catch (error) {
          otherWrite = error;
        }
        await tx.tag.update({ where: { id: "tag-lock" }, data: { name: `${tag.name}, renamed` } });
      });
    } finally {
      other.close();
    }
    expect((otherWrite as { code?: string } | null)?.code).toBe("SQLITE_BUSY");
    expect((await app.tag.findUniqueOrThrow({ where: { id: "tag-lock" } })).name).toBe("Lock test, renamed");
  });
});
