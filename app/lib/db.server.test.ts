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

// One process, one SQLite connection: Prisma's adapter serialises transactions with each other
// but not with the queries outside them, which ran on the same connection inside whatever
// transaction was open. Another request's write then joined a transaction that could roll back
// after that request had been told its write was saved (and other connections, like the
// read-only one, didn't see it until the commit).
describe.runIf(databaseUrl().startsWith("file:"))("SQLite queries outside a transaction in the same process", () => {
  const app = createDb();
  afterAll(() => app.$disconnect());

  it("wait for an open transaction, so its rollback can't take their writes with it", async () => {
    let inside!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (inside = resolve));
    const rolledBack = app
      .$transaction(async (tx) => {
        await tx.tag.create({ data: { id: "tag-doomed", slug: "doomed-test", name: "Doomed", facet: "situation" } });
        inside();
        // Give a concurrent request time to write while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("conflict: roll back");
      })
      .catch((error: Error) => error.message);
    await transactionOpen;
    // Another request, meanwhile: its write is acknowledged…
    await app.tag.create({ data: { id: "tag-kept", slug: "kept-test", name: "Kept", facet: "situation" } });
    expect(await rolledBack).toBe("conflict: roll back");
    // …and survives the other's rollback, on this connection and on any other.
    expect(await app.tag.findUnique({ where: { id: "tag-kept" } })).not.toBeNull();
    expect(await app.tag.findUnique({ where: { id: "tag-doomed" } })).toBeNull();
    const other = new Database(sqliteFilePath(databaseUrl()), { readonly: true });
    try {
      expect(other.prepare(`SELECT COUNT(*) AS n FROM "Tag" WHERE id = 'tag-kept'`).get()).toEqual({ n: 1 });
    } finally {
      other.close();
    }
  });
});
