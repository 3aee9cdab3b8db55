import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { toPostgresSchema } from "./pg-schema";

const run = promisify(execFile);

describe("npm run db:pg-schema", () => {
  it("finds the committed PostgreSQL schema and migrations equal to what it produces from the SQLite ones", { timeout: 180_000 }, async () => {
    // If this fails, prisma/postgresql was edited by hand or not regenerated: run `npm run db:pg-schema`.
    const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/pg-schema.ts", "--check"]);
    expect(stdout).toContain("prisma/postgresql matches the SQLite schema and migrations.");
  });

  it("changes only the provider, the placeholder URL and the client's output", () => {
    const sqlite = [
      "generator client {",
      '  output = "../app/generated/prisma"',
      "}",
      "datasource db {",
      '  provider = "sqlite"',
      '  url      = "file:./dev.db"',
      "}",
      "model A {",
      "  id String @id",
      "}",
    ].join("\n");
    const pg = toPostgresSchema(sqlite, "../../app/generated/prisma-pg");
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../app/generated/prisma-pg"');
    expect(pg).not.toContain("file:");
    expect(pg).toContain("model A {\n  id String @id\n}");
  });
});
