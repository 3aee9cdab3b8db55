import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateSqlite } from "../app/lib/migrate.server";

const run = promisify(execFile);

describe("npm run db:backup", () => {
  it("copies a consistent database while a writer holds it open, and the copy restores", { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-backup-"));
    const live = path.join(dir, "live.db");
    migrateSqlite(`file:${live}`);
    const writer = new Database(live);
    writer.exec(`INSERT INTO "User" (id, username, usernameKey, passwordHash) VALUES ('u1', 'before', 'before', 'x')`);

    const out = path.join(dir, "copy.db");
    const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/backup.ts", "--out", out], {
      env: { ...process.env, DATABASE_URL: `file:${live}` },
    });
    expect(stdout).toContain("integrity check: ok");
    writer.exec(`INSERT INTO "User" (id, username, usernameKey, passwordHash) VALUES ('u2', 'after', 'after', 'x')`);
    writer.close();

    // Restore as the README says: the copy replaces the file; Kindred migrates and serves it.
    const restored = path.join(dir, "restored.db");
    fs.copyFileSync(out, restored);
    expect(migrateSqlite(`file:${restored}`)).toEqual([]);
    const db = new Database(restored, { readonly: true });
    expect(db.prepare(`SELECT username FROM "User" ORDER BY username`).all()).toEqual([{ username: "before" }]);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });
});
