// Waits until a URL answers 200 (the first end-to-end server's /healthz), so that the second
// server starts on a database that is already migrated and seeded.
import { setTimeout as sleep } from "node:timers/promises";

const url = process.argv[2];
const deadline = Date.now() + 180_000;
for (;;) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) throw new Error(`${url} did not answer within 3 minutes`);
  await sleep(250);
}
