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

  it("keeps every row when a later migration redefines a table that others reference", () => {
    // A database made before keep_stories_of_deleted_accounts, with a story, its revision, a
    // reaction and a saved story; that migration copies Story, drops it and renames the copy.
    const all = listMigrations();
    const cut = all.findIndex((m) => m.name.endsWith("_keep_stories_of_deleted_accounts"));
    expect(cut).toBeGreaterThan(0);
    const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-migrations-"));
    for (const m of all.slice(0, cut)) {
      fs.mkdirSync(path.join(earlier, m.name));
      fs.writeFileSync(path.join(earlier, m.name, "migration.sql"), m.sql);
    }
    const file = tempDb();
    migrateSqlite(`file:${file}`, earlier);
    const sqlite = new Database(file);
    sqlite.exec(`
      INSERT INTO "User" (id, username, usernameKey, passwordHash) VALUES ('u1', 'writer', 'writer', 'x');
      INSERT INTO "Story" (id, slug, authorId, status, updatedAt) VALUES ('s1', 'a-story', 'u1', 'PUBLISHED', CURRENT_TIMESTAMP);
      INSERT INTO "StoryRevision" (id, storyId, number, title, bodyMarkdown, bodyHtml, updatedAt) VALUES ('r1', 's1', 1, 'A story', 'Text', '<p>Text</p>', CURRENT_TIMESTAMP);
      UPDATE "Story" SET liveRevisionId = 'r1' WHERE id = 's1';
      INSERT INTO "Reaction" (userId, storyId, kind) VALUES ('u1', 's1', 'HELPED');
      INSERT INTO "SavedStory" (userId, storyId) VALUES ('u1', 's1');
    `);
    sqlite.close();

    expect(migrateSqlite(`file:${file}`)).toEqual(all.slice(cut).map((m) => m.name));
    const after = new Database(file);
    const count = (table: string) => (after.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    expect({ Story: count("Story"), StoryRevision: count("StoryRevision"), Reaction: count("Reaction"), SavedStory: count("SavedStory") }).toEqual({
      Story: 1,
      StoryRevision: 1,
      Reaction: 1,
      SavedStory: 1,
    });
    expect(after.prepare(`SELECT liveRevisionId FROM "Story" WHERE id = 's1'`).get()).toEqual({ liveRevisionId: "r1" });
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    after.close();
  });

  it("refuses a migration that would leave dangling references, and changes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kindred-migrations-"));
    for (const m of listMigrations()) {
      fs.mkdirSync(path.join(dir, m.name));
      fs.writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql);
    }
    const file = tempDb();
    migrateSqlite(`file:${file}`, dir);
    fs.mkdirSync(path.join(dir, "99999999999999_bad"));
    fs.writeFileSync(path.join(dir, "99999999999999_bad", "migration.sql"), `INSERT INTO "SavedStory" (userId, storyId) VALUES ('nobody', 'nothing');`);
    expect(() => migrateSqlite(`file:${file}`, dir)).toThrow(/99999999999999_bad leaves 2 row/);
    const sqlite = new Database(file);
    expect(sqlite.prepare(`SELECT count(*) AS n FROM "SavedStory"`).get()).toEqual({ n: 0 });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM "_prisma_migrations" WHERE migration_name = '99999999999999_bad'`).get()).toEqual({ n: 0 });
    sqlite.close();
  });
});
