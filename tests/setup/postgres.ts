import pg from "pg";

// The PostgreSQL side of the test set-up (docs/decisions/008-postgresql.md). With
// TEST_DATABASE=postgres, every test file gets its own database, created from a migrated
// template database (CREATE DATABASE … TEMPLATE copies files: a few milliseconds) on the
// cluster at PG_URL, which `tsx scripts/pg-cluster.ts run -- …` starts (npm run test:pg).

export const testOnPostgres = process.env.TEST_DATABASE === "postgres";
export const PG_TEMPLATE = "kindred_template";

export function adminUrl(): string {
  const url = process.env.PG_URL;
  if (!url) throw new Error("TEST_DATABASE=postgres needs PG_URL (a superuser URL); run `npm run test:pg`");
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the cluster's maintenance database. */
export async function admin(...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  client.on("notice", () => {});
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `?` placeholders (SQLite) as `$1, $2, …` (PostgreSQL) when the tests run on PostgreSQL. */
export function placeholders(sql: string): string {
  if (!testOnPostgres) return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
