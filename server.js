// Kindred's HTTP server: Express in front of Remix. `node server.js --dev` runs Vite's dev
// middleware; otherwise it serves the production build (npm start), one worker process per
// core (WEB_CONCURRENCY overrides): SQLite in WAL mode serves many readers at once and the
// busy timeout queues writers. No per-request logging: it costs throughput and logs must
// never hold story text.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import zlib from "node:zlib";
import compression from "compression";
import express from "express";
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler as createRemixHandler } from "@remix-run/node";
import { bodyLimit } from "./server/body-limit.js";
import { clientErrors } from "./server/client-errors.js";
import { isSameOrigin } from "./server/csrf.js";
import { refuseLegacyDataRequests } from "./server/data-requests.js";
import { refuseBackslashPaths } from "./server/odd-paths.js";
import { createPageCache } from "./server/page-cache.js";
import { settlePrivacy } from "./server/private-responses.js";
import { fixedSecurityHeaders, securityHeaders, strictTransportSecurity } from "./server/security-headers.js";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

function sameOriginOnly(req, res, next) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  if (isSameOrigin(req.headers)) {
    // Remix repeats the Origin check itself and refuses "null"; the browser vouched for this
    // request with Sec-Fetch-Site, so hand Remix our own origin.
    if (req.headers.origin === "null") req.headers.origin = `${req.protocol}://${req.headers.host}`;
    return next();
  }
  res.status(403).type("text/plain").send("This request didn't come from a Kindred page, so it was refused.");
}

async function main() {
  const app = express();
  const production = process.env.COOKIE_SECURE !== "false";
  const trustProxy = process.env.TRUST_PROXY === "true";
  app.disable("x-powered-by");
  // No automatic ETags (nor Express's own 304s): validators come only from the page cache, for
  // pages rendered for nobody; a member's page never gets one (server/page-cache.js).
  app.disable("etag");
  app.set("trust proxy", trustProxy);

  let build;
  let vite;
  if (dev) {
    vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
    build = () => vite.ssrLoadModule("virtual:remix/server-build");
  } else {
    build = await import("./build/server/index.js");
  }
  const mode = dev ? "development" : "production";
  const getLoadContext = (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip });

  // Signed-out readers' pages, kept until the content they show changes (PAGE_CACHE=false
  // turns it off). Hits never reach Express.
  const cache =
    !dev && process.env.PAGE_CACHE !== "false"
      ? createPageCache({ version: build.entry.module.contentVersion, trustProxy, fixedHeaders: fixedSecurityHeaders({ production }) })
      : null;

  // Vite's dev server injects inline scripts of its own; the policy applies to production.
  if (!dev) app.use(securityHeaders({ production }));
  app.use(sameOriginOnly);
  app.use(bodyLimit());
  app.use(refuseBackslashPaths);
  app.use(refuseLegacyDataRequests);
  const handle = createRemixHandler(build, mode);
  const render = (req, res) => handle(createRemixRequest(req, res), getLoadContext(req, res));
  if (cache) app.use(cache.middleware(render));
  // Brotli's default window gives every compressed response 4 MB of encoder state to allocate
  // and fill: at 100,000 stories under 50 connections that held For you at 89 req/s and a
  // worker's RSS near 500 MB; with a 256 KB window (pages are far smaller, so no bigger
  // responses) 248 req/s and 431 MB (bench/RESULTS.md). Pages made per request are compressed
  // at quality 2: For you's 30 KB in 0.38 ms to 7.5 KB, as small as gzip's default makes it in
  // 0.70 ms (quality 4: 0.78 ms, 7.1 KB). Hashed assets, compressed once per browser that
  // keeps them a year, at quality 5. The page cache compresses its pages once, at quality 9.
  const brotli = (quality) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } });
  if (dev) {
    app.use(compression({ brotli: brotli(2) }));
    app.use(vite.middlewares);
  } else {
    // Hashed assets never change: cache them for a year. Everything else briefly.
    app.use("/assets", compression({ brotli: brotli(5) }), express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false }));
    app.use(compression({ brotli: brotli(2) }));
    app.use(express.static("build/client", { maxAge: "1h", index: false }));
  }
  // Every response the app did not mark as rendered for nobody is private: no-store, Vary:
  // Cookie (server/private-responses.js); the page cache settles its own the same way.
  app.all("*", async (req, res, next) => {
    try {
      await sendRemixResponse(res, settlePrivacy(await render(req, res)).response);
    } catch (error) {
      next(error);
    }
  });
  app.use(clientErrors);

  const serve = cache
    ? (req, res) => {
        cache.serveHit(req, res).then(
          (served) => served || app(req, res),
          () => app(req, res),
        );
      }
    : app;
  // HSTS only over HTTPS (direct, or TRUST_PROXY and X-Forwarded-Proto: https), cached or not.
  const server = http.createServer(
    dev
      ? serve
      : (req, res) => {
          strictTransportSecurity(req, res, trustProxy);
          serve(req, res);
        },
  );
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Kindred is listening on http://localhost:${port}`);
  });

  // SIGTERM: stop taking new connections, let in-flight requests finish, then exit.
  // In a cluster the primary accepts connections and hands each to a worker; one handed over
  // just as this worker closes is answered "not accepted" only while the worker still runs,
  // so linger a moment instead of exiting at once (a connection lost that way hangs).
  const shutdown = () => {
    server.close(() => setTimeout(() => process.exit(0), cluster.isWorker ? 250 : 0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

function startCluster(workers) {
  // V8 lets an idle-collected heap grow toward a limit sized from the machine's memory (over
  // 4 GB here), so under load a worker's RSS wandered past 700 MB at 100,000 stories while its
  // live data (the discovery index, the page cache, requests) stays near 200 MB. A limit makes
  // it collect sooner. WORKER_HEAP_MB raises it for much larger sites (the discovery index
  // takes about 0.8 KB a published story); 0 leaves V8's default.
  const heapMb = Number(process.env.WORKER_HEAP_MB ?? 320);
  if (heapMb > 0) cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`] });
  let stopping = false;
  let earlyExits = 0;
  const startedAt = new Map();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that dies right after starting (a missing build, a bad config) would die
    // again: give up instead of looping.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000 && ++earlyExits >= workers) {
      console.error("Workers keep failing at start-up; stopping.");
      process.exit(1);
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
    fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 11_000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const workers = dev ? 1 : Number(process.env.WEB_CONCURRENCY || os.availableParallelism());
if (workers > 1 && cluster.isPrimary) {
  startCluster(workers);
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
