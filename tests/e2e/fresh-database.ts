// Before the end-to-end server starts: an empty database at E2E_DATABASE_URL — the SQLite file
// removed, or the PostgreSQL database dropped and created again. scripts/setup.ts then migrates
// it and loads the demo content.
import fs from "node:fs";
import pg from "pg";
import { E2E_DATABASE_URL } from "./env";

if (E2E_DATABASE_URL.startsWith("file:")) {
  const file = E2E_DATABASE_URL.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
} else {
  const url = new URL(E2E_DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  client.on("notice", () => {});
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}
