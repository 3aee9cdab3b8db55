import { describe, expect, it } from "vitest";
import { db } from "./db.server";
import { hotRead } from "./hot-read.server";
import { newId } from "./ids.server";

// Runs on SQLite and, under npm run test:pg, on PostgreSQL: the same SQL text on both.
describe("hotRead", () => {
  it("numbers the placeholders in order and returns rows as objects", async () => {
    const id = newId();
    await db.user.create({ data: { id, username: "hot_read_reader", usernameKey: "hot_read_reader", passwordHash: "x" } });
    const read = hotRead<[string, string], { id: string; username: string }>(
      `SELECT "id", "username" FROM "User" WHERE "id" = ? AND "username" = ?`,
    );
    expect(await read.get(id, "hot_read_reader")).toEqual({ id, username: "hot_read_reader" });
    expect(await read.get(id, "someone_else")).toBeUndefined();
    expect(await read.all(id, "hot_read_reader")).toHaveLength(1);
    // Made once per database and SQL text.
    expect(hotRead(`SELECT "id", "username" FROM "User" WHERE "id" = ? AND "username" = ?`)).toBe(read);
  });

  it("finds nothing, and doesn't fail, for a value with U+0000 in it (PostgreSQL can't hold one)", async () => {
    const read = hotRead<[string], { id: string }>(`SELECT "id" FROM "User" WHERE "username" = ?`);
    await expect(read.get("hot\u0000read")).resolves.toBeUndefined();
  });

  it("sees a write as soon as Prisma has made it", async () => {
    const id = newId();
    const count = hotRead<[string], { n: number | string }>(`SELECT COUNT(*) AS "n" FROM "User" WHERE "id" = ?`);
    expect(Number((await count.get(id))?.n)).toBe(0);
    await db.user.create({ data: { id, username: "hot_read_writer", usernameKey: "hot_read_writer", passwordHash: "x" } });
    expect(Number((await count.get(id))?.n)).toBe(1);
  });
});
