import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
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
    return adapter;
  }
}

declare global {
  var __kindredDb: PrismaClient | undefined;
}

/** Shared client; kept on globalThis so Vite's dev reloads don't open a new one each time. */
export const db: PrismaClient = globalThis.__kindredDb ?? (globalThis.__kindredDb = createDb());
