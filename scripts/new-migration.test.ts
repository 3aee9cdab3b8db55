import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run db:new-migration", () => {
  it("finds no difference between the committed migrations and prisma/schema.prisma", { timeout: 120_000 }, async () => {
    // If this fails, the schema changed without a migration: run `npm run db:new-migration -- <name>`.
    const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/new-migration.ts", "schema_check"]);
    expect(stdout).toContain("No changes between the migrations and prisma/schema.prisma.");
  });

  it("refuses a name that isn't snake_case", async () => {
    await expect(run(path.resolve("node_modules/.bin/tsx"), ["scripts/new-migration.ts", "Bad Name!"])).rejects.toMatchObject({ code: 2 });
  });
});
