import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { listMigrations, migrateSqlite } from "./migrate.server";

function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-migrate-"));
  return path.join(dir, "test.db");
}

describe("migration runner", () => {
  it("creates every table on a new file, in WAL mode, and records each migration like Prisma does", () => {
    const file = tempDb();
    const applied = migrateSqlite(`file:${file}`);
    expect(applied).toEqual(listMigrations().map((m) => m.name));
    const sqlite = new Database(file);
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name);
    for (const table of ["User", "Session", "RecoveryCode", "Story", "StoryRevision", "Tag", "ModerationAction", "Report", "Reaction", "SavedStory", "Notification", "CrisisResource", "_prisma_migrations"]) {
      expect(tables).toContain(table);
    }
    const ledger = sqlite.prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`).all() as { checksum: string; finished_at: string }[];
    expect(ledger).toHaveLength(applied.length);
    expect(ledger[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(ledger[0].finished_at).toBeTruthy();
    sqlite.close();
  });

  it("applies nothing the second time", () => {
    const file = tempDb();
    migrateSqlite(`file:${file}`);
    expect(migrateSqlite(`file:${file}`)).toEqual([]);
  });

  it("starts with the US crisis resources and an append-only audit log", () => {
    const file = tempDb();
    migrateSqlite(`file:${file}`);
    const sqlite = new Database(file);
    const names = sqlite.prepare(`SELECT name FROM "CrisisResource" ORDER BY sortOrder`).all().map((r) => (r as { name: string }).name);
    expect(names).toEqual(["988 Suicide & Crisis Lifeline", "SAMHSA National Helpline", "Crisis Text Line", "Emergency services"]);
    sqlite.exec(`INSERT INTO "User" (id, username, usernameKey, passwordHash) VALUES ('u1', 'mod', 'mod', 'x')`);
    sqlite.exec(`INSERT INTO "ModerationAction" (id, actorId, action) VALUES ('a1', 'u1', 'APPROVE')`);
    expect(() => sqlite.exec(`UPDATE "ModerationAction" SET note = 'changed' WHERE id = 'a1'`)).toThrow(/append-only/);
    expect(() => sqlite.exec(`DELETE FROM "ModerationAction" WHERE id = 'a1'`)).toThrow(/append-only/);
    sqlite.close();
  });
});
