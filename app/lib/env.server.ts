import path from "node:path";

// Configuration read from the environment, in one place. See README "Configuration".

export const DEFAULT_DATABASE_URL = "file:./data/kindred.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** `postgres://` or `postgresql://`: Kindred runs on PostgreSQL (docs/decisions/008-postgresql.md). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** Secure cookies in production unless COOKIE_SECURE=false (plain-HTTP intranet installs). */
export function secureCookies(): boolean {
  if (process.env.COOKIE_SECURE === "false") return false;
  if (process.env.COOKIE_SECURE === "true") return true;
  return isProduction();
}

/** Absolute filesystem path of a `file:` SQLite URL, relative paths resolved from the cwd. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "").split("?")[0];
  return path.resolve(process.cwd(), file);
}
