import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { admin, databaseUrl, testOnPostgres } from "../tests/setup/postgres";
import { COPY_ORDER } from "./copy-to-postgres";

// Moving the demo install from SQLite to PostgreSQL copies every row and builds the search
// index. Needs PostgreSQL: runs under `npm run test:pg`, reported as skipped under `npm test`.

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const databases: string[] = [];

afterAll(async () => {
  for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe.runIf(testOnPostgres)("npm run db:copy-to-pg", () => {
  it("copies every row of a SQLite install into a new PostgreSQL database, which then finds the same stories", { timeout: 180_000 }, async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kindred-copy-")), "source.db");
    await run(TSX, ["prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: `file:${file}` } });
    const name = `kindred_copy_${crypto.randomBytes(4).toString("hex")}`;
    await admin(`CREATE DATABASE ${name}`);
    databases.push(name);
    const to = databaseUrl(name);
    const { stdout } = await run(TSX, ["scripts/copy-to-postgres.ts", "--from", `file:${file}`, "--to", to], { env: { ...process.env, DATABASE_URL: "" } });
    // The search index is built in bulk; the app reindexing a sample found nothing to change.
    expect(stdout).not.toContain("differs from the app's");

    const sqlite = new Database(file, { readonly: true });
    const client = new pg.Client({ connectionString: to });
    await client.connect();
    try {
      for (const table of COPY_ORDER) {
        const expected = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
        expect(rows[0].n, table).toBe(expected);
      }
      const live = sqlite.prepare(`SELECT "id", "liveRevisionId" FROM "Story" WHERE "liveRevisionId" IS NOT NULL ORDER BY "id"`).all();
      const { rows: copiedLive } = await client.query(`SELECT "id", "liveRevisionId" FROM "Story" WHERE "liveRevisionId" IS NOT NULL ORDER BY "id"`);
      expect(copiedLive).toEqual(live);
      const published = (sqlite.prepare(`SELECT count(*) AS n FROM "Story" WHERE "status" = 'PUBLISHED'`).get() as { n: number }).n;
      const { rows: indexed } = await client.query(`SELECT count(*)::int AS n FROM "StorySearch"`);
      expect(indexed[0].n).toBe(published);
      // Stories keep their place in the index ("seq" as FTS5's rowid): the newest matches agree.
      const order = sqlite.prepare(`SELECT storyId FROM "StorySearch" ORDER BY rowid`).pluck().all();
      const { rows: copiedOrder } = await client.query(`SELECT "storyId" FROM "StorySearch" ORDER BY "seq"`);
      expect(copiedOrder.map((r) => r.storyId)).toEqual(order);
      const sessionHash = sqlite.prepare(`SELECT "secretHash" FROM "Session" LIMIT 1`).get() as { secretHash: Buffer } | undefined;
      if (sessionHash) {
        const { rows: copiedHash } = await client.query(`SELECT "secretHash" FROM "Session" LIMIT 1`);
        expect(Buffer.isBuffer(copiedHash[0].secretHash)).toBe(true);
      }
    } finally {
      sqlite.close();
      await client.end();
    }

    // A second copy into the same database is refused: it already has accounts.
    await expect(run(TSX, ["scripts/copy-to-postgres.ts", "--from", `file:${file}`, "--to", to])).rejects.toMatchObject({
      stderr: expect.stringContaining("already has accounts"),
    });
  });
});
