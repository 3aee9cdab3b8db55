// The machine's ceiling for the benchmark: a bare node:http server answering every request
// with the exact bytes (and content headers) the app sent for the story page, with the
// same number of worker processes as the app. Whatever the app does beyond this — routing,
// database, rendering, compression — is what the ratio in bench/RESULTS.md measures.
//
//   CEILING_BODY=file CEILING_HEADERS='{"content-type":…}' WORKERS=2 PORT=3199 node --import tsx bench/lib/ceiling-server.ts

import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";

const body = fs.readFileSync(process.env.CEILING_BODY ?? "");
const headers = { ...(JSON.parse(process.env.CEILING_HEADERS ?? "{}") as Record<string, string>), "content-length": String(body.length) };
const workers = Number(process.env.WORKERS || 1);
const port = Number(process.env.PORT || 3199);

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    process.exit(0);
  });
} else {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.listen(port);
  process.on("SIGTERM", () => process.exit(0));
}
