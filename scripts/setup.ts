// Run by `npm start` before the server: build if needed, create and migrate the database,
// load the tag vocabulary, and on a brand-new database add the demo content
// (KINDRED_DEMO=false turns that off).
import { spawnSync } from "node:child_process";
import { databaseUrl } from "../app/lib/env.server";
import { migrateDatabase } from "../app/lib/migrate.server";
import { buildIsStale } from "./lib/build-state";

if (buildIsStale()) {
  console.log("Building Kindred (first start or changed sources)…");
  const result = spawnSync("npx", ["remix", "vite:build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const applied = await migrateDatabase(databaseUrl());
if (applied.length) console.log(`Database migrated: ${applied.join(", ")}`);

const { db } = await import("../app/lib/db.server");
const { ensureVocabulary } = await import("../app/models/tag.server");
await ensureVocabulary();
if (process.env.KINDRED_DEMO !== "false" && (await db.user.count()) === 0) {
  const { seedDemo } = await import("../prisma/seed");
  const seeded = await seedDemo();
  if (seeded) console.log(`Added demo content: ${seeded.stories} stories and the demo accounts listed in the README.`);
}
await db.$disconnect();
