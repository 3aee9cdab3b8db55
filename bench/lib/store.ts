// The rows a benchmark run writes into the database the server uses, and reads back: its
// session, the drafts it autosaves, and the stories it times "stories like this" on. On SQLite
// straight into the data set's file (bench/lib/fixtures.ts); with --postgres into the
// PostgreSQL copy, in the same formats. What is only read (the data set's counts, the story for
// the story page) comes from the SQLite file in both cases: the copy holds the same rows
// (bench/lib/postgres.ts checks it was made from this data set).

import crypto from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import Database from "better-sqlite3";
import pg from "pg";
import { cleanUp, createBenchSession, draftIds } from "./fixtures";
import { BENCH_READER } from "./sqlite";

export interface BenchSession {
  /** The Cookie header value. */
  cookie: string;
  sessionId: string;
  userId: string;
}

export interface BenchStore {
  /** DATABASE_URL for the server and for the app's modules in this process. */
  url: string;
  createSession(usernameKey?: string): Promise<BenchSession>;
  draftIds(userId: string): Promise<string[]>;
  /** Removes what a run added: its session and the drafts it autosaved (revisions cascade). */
  cleanUp(sessionId: string, userId: string): Promise<void>;
  /** `count` published stories, at random. */
  randomPublishedIds(count: number): Promise<string[]>;
  close(): Promise<void>;
}

export function sqliteStore(file: string): BenchStore {
  return {
    url: `file:${file}`,
    createSession: async (usernameKey) => createBenchSession(file, usernameKey),
    draftIds: async (userId) => draftIds(file, userId),
    cleanUp: async (sessionId, userId) => cleanUp(file, sessionId, userId),
    async randomPublishedIds(count) {
      const sqlite = new Database(file, { readonly: true });
      try {
        return (sqlite.prepare(`SELECT id FROM "Story" WHERE status = 'PUBLISHED' ORDER BY random() LIMIT ?`).all(count) as { id: string }[]).map((r) => r.id);
      } finally {
        sqlite.close();
      }
    },
    close: async () => undefined,
  };
}

const randomToken = (bytes: number) => encodeBase32LowerCaseNoPadding(crypto.randomBytes(bytes));

export async function postgresStore(url: string): Promise<BenchStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    // As app/auth/session.server.ts createSession writes it (see fixtures.ts createBenchSession);
    // timestamps are UTC in "timestamp without time zone" columns, as the app stores them.
    async createSession(usernameKey = BENCH_READER) {
      const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "usernameKey" = $1`, [usernameKey]);
      if (!rows[0]) throw new Error(`No ${usernameKey} in the PostgreSQL copy: seed the data set with npm run bench:seed`);
      const id = randomToken(15);
      const secret = randomToken(20);
      const secretHash = crypto.createHash("sha256").update(secret).digest();
      await client.query(
        `INSERT INTO "Session" ("id", "secretHash", "userId", "createdAt", "lastVerifiedAt", "label")
         VALUES ($1, $2, $3, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 'Benchmark')`,
        [id, secretHash, rows[0].id],
      );
      // As in fixtures.ts: the run's own drafts must not meet the per-account limit on new stories.
      await client.query(`DELETE FROM "RateLimit" WHERE "key" = $1`, [`draft:account:${rows[0].id}`]);
      return { cookie: `kindred_session=${id}.${secret}`, sessionId: id, userId: rows[0].id };
    },
    async draftIds(userId) {
      const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Story" WHERE "authorId" = $1 AND "status" = 'DRAFT'`, [userId]);
      return rows.map((r) => r.id);
    },
    async cleanUp(sessionId, userId) {
      await client.query(`DELETE FROM "Session" WHERE "id" = $1`, [sessionId]);
      await client.query(`DELETE FROM "Story" WHERE "authorId" = $1 AND "status" = 'DRAFT'`, [userId]);
    },
    async randomPublishedIds(count) {
      const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Story" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT $1`, [count]);
      return rows.map((r) => r.id);
    },
    close: () => client.end(),
  };
}
