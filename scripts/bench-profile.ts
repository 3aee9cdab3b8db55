// npm run bench:profile -- --db bench/data/bench-100000.db --route search [--seconds 20] [--connections 50]
// npm run bench:profile -- --db … --path /help [--signed-in]   (any GET, to compare with a route)
//
// CPU-profiles one route: the production server runs as a single process
// (WEB_CONCURRENCY=1) under `node --cpu-prof`, autocannon loads the route, the server is
// stopped (the profile is written on exit) and the profile is summarised by area and by
// function into bench/profiles/<route>-<stories>.md (the .cpuprofile next to it opens in
// Chrome DevTools). Routes: story, home, tag, browse, search, for-you, autosave, write.

import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { cleanUp, createBenchSession, describeDataSet, pickStory } from "../bench/lib/fixtures";
import { drain } from "../bench/lib/load";
import { renderSummary, summariseProfile } from "../bench/lib/cpuprofile";
import { BROWSER_HEADERS, createDrafts, routes, type RouteSpec } from "../bench/lib/routes";
import { ensureBuild, startServer, stopServer } from "../bench/lib/server";
import { benchDbPath, intArg, parseArgs } from "../bench/lib/sqlite";

const args = parseArgs(process.argv.slice(2));
const FILE = path.resolve(args.get("db") ?? benchDbPath(intArg(args, "stories", 10_000)));
const PATH = args.get("path");
const SIGNED_IN = args.has("signed-in");
const ROUTE = PATH ? `path${PATH.replace(/[^a-z0-9]+/gi, "-")}${SIGNED_IN ? "-signed-in" : ""}` : (args.get("route") ?? "search");
const SECONDS = intArg(args, "seconds", 20);
const CONNECTIONS = intArg(args, "connections", 50);
const PORT = intArg(args, "port", 3150);
const OUT_DIR = path.resolve("bench/profiles");

async function main() {
  if (!fs.existsSync(FILE)) throw new Error(`${FILE} doesn't exist: run npm run bench:seed first`);
  ensureBuild();
  const dataSet = describeDataSet(path.relative(process.cwd(), FILE), fs.statSync(FILE).size);
  const name = `${ROUTE}-${dataSet.stories}`;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const profileFile = path.join(OUT_DIR, `${name}.cpuprofile`);
  fs.rmSync(profileFile, { force: true });

  const story = pickStory(FILE);
  const session = createBenchSession(FILE);
  const server = await startServer({
    script: "server.js",
    port: PORT,
    nodeArgs: ["--cpu-prof", "--cpu-prof-dir", OUT_DIR, "--cpu-prof-name", `${name}.cpuprofile`],
    env: { NODE_ENV: "production", DATABASE_URL: `file:${FILE}`, COOKIE_SECURE: "false", WEB_CONCURRENCY: "1" },
  });
  let requests = 0;
  try {
    const drafts = ["autosave", "write"].includes(ROUTE)
      ? await createDrafts({ origin: server.origin, cookie: session.cookie, userId: session.userId, file: FILE, count: CONNECTIONS })
      : [];
    const all = routes(story.slug, session.cookie, server.origin, drafts);
    const spec: RouteSpec | undefined = PATH
      ? {
          key: ROUTE,
          name: `GET ${PATH}${SIGNED_IN ? ", signed in" : ""}`,
          kind: SIGNED_IN ? "signed-in" : "public",
          target: "page",
          request: { method: "GET", path: PATH, headers: SIGNED_IN ? { ...BROWSER_HEADERS, cookie: session.cookie } : BROWSER_HEADERS },
        }
      : all.find((r) => r.key === ROUTE);
    if (!spec) throw new Error(`Unknown route ${ROUTE}`);
    console.log(`Profiling ${spec.name} (${spec.request.method} ${spec.request.path}) on ${dataSet.file}: ${SECONDS} s, ${CONNECTIONS} connections, one process`);
    const next = spec.request.next;
    const result = await autocannon({
      url: server.origin,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [{ method: spec.request.method, path: spec.request.path, headers: spec.request.headers, ...(next ? { setupRequest: (req) => ({ ...req, ...next() }) } : {}) }],
    });
    requests = result.requests.total;
    console.log(`${requests} requests, ${(requests / result.duration).toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`);
    await drain(server.origin);
  } finally {
    await stopServer(server);
    cleanUp(FILE, session.sessionId, session.userId);
  }

  if (!fs.existsSync(profileFile)) throw new Error(`No profile written to ${profileFile}:\n${server.output()}`);
  const summary = summariseProfile(profileFile);
  const text = renderSummary(`${ROUTE}, ${dataSet.stories.toLocaleString("en-US")} stories (${requests} requests in ${SECONDS} s, one process)`, summary);
  fs.writeFileSync(path.join(OUT_DIR, `${name}.md`), text + "\n");
  console.log(`\n${text}\nWritten to bench/profiles/${name}.md and ${name}.cpuprofile`);
}

await main();
