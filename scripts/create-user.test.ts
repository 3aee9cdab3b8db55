import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");

async function createUser(dbFile: string, ...args: string[]) {
  try {
    const { stdout } = await run(TSX, ["scripts/create-user.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

describe("npm run user:create", () => {
  it("creates an admin on a new database, promotes an existing account, and refuses bad input", { timeout: 60_000 }, async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kindred-user-")), "x.db");
    expect(await createUser(file, "--username", "FirstAdmin", "--password", "a calm admin phrase")).toEqual({ code: 0, out: "FirstAdmin is now an admin.\n" });
    expect((await createUser(file, "--username", "firstadmin", "--password", "a calm admin phrase", "--role", "moderator")).out).toBe(
      "FirstAdmin is now a moderator.\n",
    );
    const weak = await createUser(file, "--username", "someone", "--password", "password");
    expect(weak.code).toBe(2);
    expect(weak.out).toMatch(/Password: Use at least 8 characters|Password: That password is one of the most common/);
    const badRole = await createUser(file, "--username", "someone", "--password", "a calm admin phrase", "--role", "owner");
    expect(badRole.code).toBe(2);
    expect(badRole.out).toMatch(/Role must be one of/);
    const sqlite = new Database(file);
    expect(sqlite.prepare(`SELECT username, role FROM "User"`).all()).toEqual([{ username: "FirstAdmin", role: "moderator" }]);
    sqlite.close();
  });
});
