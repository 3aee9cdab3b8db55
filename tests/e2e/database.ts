import Database from "better-sqlite3";
import pg from "pg";
import { E2E_DATABASE_URL } from "./env";

/**
 * Reads the end-to-end server's database directly (SQLite file or PostgreSQL), for checks the
 * pages can't make: which account wrote a story, which ids must never appear. Portable SQL only:
 * quote every identifier, `?` placeholders.
 */
export async function e2eQuery<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  if (!E2E_DATABASE_URL.startsWith("file:")) {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}
