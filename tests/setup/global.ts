import fs from "node:fs";
import path from "node:path";
import { migrateSqlite } from "../../app/lib/migrate.server";

// Migrates one template database; every test file starts from a copy of it.
export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

export default function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const file of fs.readdirSync(TMP_DIR)) {
    if (file.startsWith("unit-") || file.startsWith("template")) fs.rmSync(path.join(TMP_DIR, file), { force: true });
  }
  migrateSqlite(`file:${TEMPLATE_DB}`);
}
