import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "./env.server";

// A read-only better-sqlite3 connection beside Prisma's, for reads where the ORM's per-query
// cost dominates: the hot reads on every request (hot-read.server.ts), the bulk load of the
// discovery index (hundreds of thousands of small rows) and search. Null when the database
// isn't SQLite.

let reader: { file: string; sqlite: Database.Database } | null = null;

export function sqliteReader(): Database.Database | null {
  const url = databaseUrl();
  if (!url.startsWith("file:")) return null;
  const file = sqliteFilePath(url);
  if (reader?.file !== file) {
    reader?.sqlite.close();
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    reader = { file, sqlite };
  }
  return reader.sqlite;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement on the read-only connection, made once per connection and SQL text; null when the database isn't SQLite. */
export function preparedRead<Params extends unknown[] = unknown[], Row = Record<string, unknown>>(
  sql: string,
): Database.Statement<Params, Row> | null {
  const sqlite = sqliteReader();
  if (!sqlite) return null;
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Database.Statement<Params, Row>;
}

/** A DATETIME column as SQLite returns it (Prisma writes ISO 8601 text; numbers are milliseconds), or a Date from PostgreSQL. */
export function sqliteTime(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(typeof value === "number" ? value : Date.parse(String(value)));
}

/** The same in milliseconds since the epoch; 0 for none or an unreadable value. */
export function timeMillis(value: unknown): number {
  if (value == null) return 0;
  const ms = sqliteTime(value).getTime();
  return Number.isNaN(ms) ? 0 : ms;
}
