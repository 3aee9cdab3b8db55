// npm run db:migrate — apply pending migrations to DATABASE_URL (default data/kindred.db).
import { databaseUrl } from "../app/lib/env.server";
import { migrateDatabase } from "../app/lib/migrate.server";

const applied = await migrateDatabase(databaseUrl());
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
