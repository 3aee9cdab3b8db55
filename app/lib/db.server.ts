import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-pg/client";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "./env.server";
import { postgresAdapter } from "./pg-adapter.server";

// The one database client. SQLite through the better-sqlite3 driver adapter by default;
// PostgreSQL through the pg adapter when DATABASE_URL is a postgresql:// URL. The PostgreSQL
// client is generated from prisma/postgresql/schema.prisma, which scripts/pg-schema.ts makes
// from the SQLite schema, so both clients have the same models and the same API; the app is
// written against the SQLite client's types (docs/decisions/008-postgresql.md).

export type Db = PrismaClient;

export function createDb(url: string = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    const adapter = postgresAdapter(url, Number(process.env.DATABASE_POOL_SIZE) || 10);
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // busy timeout: writers wait for each other instead of failing with SQLITE_BUSY.
  const adapter = new ImmediateTransactions({ url: `file:${file}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

/**
 * Prisma's SQLite adapter begins transactions with a plain (deferred) BEGIN. A transaction
 * that reads before it writes (every upsert, most of the models' $transaction blocks) must
 * then upgrade its lock, and SQLite refuses that upgrade at once, without the busy timeout,
 * when another process has written since the read (SQLITE_BUSY_SNAPSHOT, "Operation has timed
 * out"). BEGIN IMMEDIATE takes the write lock first, where the busy timeout does apply.
 */
class ImmediateTransactions extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (!client?.prepare) throw new Error("The Prisma better-sqlite3 adapter changed: db.server.ts can't make its transactions IMMEDIATE.");
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return queriesWaitForTransactions(adapter);
  }
}

/**
 * The adapter has one connection per process and serialises transactions with each other, but
 * a query outside a transaction runs at once on that connection, inside whatever transaction
 * another request has open there (between two of its awaits). Its write then commits or rolls
 * back with that transaction: a request could be told "saved" and lose the write to someone
 * else's rollback. Here every query outside a transaction waits until no transaction is open,
 * and transactions wait for each other in the same queue.
 */
function queriesWaitForTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let tail: Promise<void> = Promise.resolve();
  const turn = (): Promise<() => void> => {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => done);
    return previous.then(() => release);
  };
  const alone =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await turn();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = alone(queryRaw);
  adapter.executeRaw = alone(executeRaw);
  adapter.executeScript = alone(executeScript);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await turn();
    try {
      const transaction = await startTransaction(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

declare global {
  var __kindredDb: PrismaClient | undefined;
}

/** Shared client; kept on globalThis so Vite's dev reloads don't open a new one each time. */
export const db: PrismaClient = globalThis.__kindredDb ?? (globalThis.__kindredDb = createDb());
