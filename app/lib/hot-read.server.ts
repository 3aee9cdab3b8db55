import crypto from "node:crypto";
import pg from "pg";
import { databaseUrl, isPostgresUrl } from "./env.server";
import { clean } from "./pg-adapter.server";
import { preparedRead } from "./sqlite-reader.server";

// Reads made on nearly every request, outside the ORM (docs/decisions/011): the page cache's
// content counter (every signed-out page view) and, on signed-in views, the session, the unread
// count and reading preferences. Prisma's query compiler, client and driver adapter cost about
// a millisecond a query; a prepared statement costs microseconds on SQLite (the read-only
// connection) and one round trip on PostgreSQL (a small pool of its own, named statements).
//
// One SQL text serves both databases: double-quoted identifiers, `?` placeholders (numbered for
// PostgreSQL here). Values come back as each driver gives them: COUNT(*) is a string from
// PostgreSQL, timestamps are Date objects there and ISO text on SQLite (see sqliteTime),
// booleans are 0/1 on SQLite. Only reads: writes go through Prisma's connection (the one write
// in SQL, the autosave, uses db.$executeRaw: docs/decisions/012).

export interface HotRead<Params extends unknown[], Row> {
  get(...params: Params): Promise<Row | undefined>;
  all(...params: Params): Promise<Row[]>;
}

const pools = new Map<string, pg.Pool>();

function pool(url: string): pg.Pool {
  let p = pools.get(url);
  if (!p) {
    p = new pg.Pool({ connectionString: url, max: Number(process.env.HOT_READ_POOL_SIZE) || 2, idleTimeoutMillis: 30_000 });
    // An idle connection ended by the server (a restart, a dropped test database) is replaced
    // on the next read; the error must not end the process.
    p.on("error", () => undefined);
    pools.set(url, p);
  }
  return p;
}

const made = new Map<string, HotRead<never[], unknown>>();

/** The read for `sql` on the current database, made once per database and SQL text. */
export function hotRead<Params extends unknown[] = unknown[], Row = Record<string, unknown>>(sql: string): HotRead<Params, Row> {
  const url = databaseUrl();
  const key = `${url}\n${sql}`;
  let read = made.get(key) as HotRead<Params, Row> | undefined;
  if (!read) {
    read = makeHotRead<Params, Row>(url, sql);
    made.set(key, read as unknown as HotRead<never[], unknown>);
  }
  return read;
}

function makeHotRead<Params extends unknown[], Row>(url: string, sql: string): HotRead<Params, Row> {
  if (isPostgresUrl(url)) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    const name = `hot_${crypto.createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    // Parameters cleaned as Prisma's are (pg-adapter.server.ts): a lookup by a value with U+0000
    // in it finds nothing instead of failing, as on SQLite.
    const run = async (params: Params) => (await pool(url).query<Row & pg.QueryResultRow>({ name, text, values: params.map(clean) })).rows as Row[];
    return { get: async (...params) => (await run(params))[0], all: (...params) => run(params) };
  }
  const statement = preparedRead<Params, Row>(sql);
  if (!statement) throw new Error(`Unsupported DATABASE_URL for hot reads: ${url.split(":")[0]}`);
  return {
    get: (...params) => Promise.resolve(statement.get(...params)),
    all: (...params) => Promise.resolve(statement.all(...params)),
  };
}
