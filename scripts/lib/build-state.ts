import fs from "node:fs";
import path from "node:path";

// Whether the production build in build/ is older than its sources: `npm start` builds then,
// and the benchmark warns that it would measure old code.

export const SERVER_BUILD = "build/server/index.js";

/** Newest modification time under a directory (generated code excluded). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or app/, public/ or the Vite config changed since it was made. */
export function buildIsStale(): boolean {
  if (!fs.existsSync(SERVER_BUILD)) return true;
  const sources = Math.max(newestMtime("app"), newestMtime("public"), fs.statSync("vite.config.ts").mtimeMs);
  return fs.statSync(SERVER_BUILD).mtimeMs < sources;
}
