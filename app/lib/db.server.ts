import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { databaseUrl, sqliteFilePath } from "./env.server";

// The one database client. SQLite through the better-sqlite3 driver adapter by default;
// PostgreSQL support arrives with the scale-out work (issue 8).

export type Db = PrismaClient;

export function createDb(url: string = databaseUrl()): PrismaClient {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // busy timeout: writers wait for each other instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

declare global {
  var __kindredDb: PrismaClient | undefined;
}

/** Shared client; kept on globalThis so Vite's dev reloads don't open a new one each time. */
export const db: PrismaClient = globalThis.__kindredDb ?? (globalThis.__kindredDb = createDb());
