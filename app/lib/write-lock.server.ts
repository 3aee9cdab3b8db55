import type { Prisma } from "~/generated/prisma/client";
import { databaseUrl, isPostgresUrl } from "./env.server";

// SQLite runs one writing transaction at a time, so code that reads rows, decides, and writes
// them back inside a transaction never interleaves with another doing the same. PostgreSQL
// (READ COMMITTED) lets two such transactions overlap, and both can insert the same row. A
// transaction that maintains derived rows (the stored "stories like this") calls this first:
// on PostgreSQL it waits for a transaction-scoped advisory lock named `name`, released at
// commit or rollback; on SQLite it does nothing.

export async function lockForWrite(tx: Prisma.TransactionClient, name: string): Promise<void> {
  if (!isPostgresUrl(databaseUrl())) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))`;
}
