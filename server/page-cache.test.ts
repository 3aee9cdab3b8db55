import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { chooseEncoding, createPageCache, inlineScriptHashes, isCacheableRequest } from "./page-cache.js";

describe("chooseEncoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["*", "br"],
    ["deflate", "identity"],
    ["GZIP", "gzip"],
  ])("%s → %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script once and ignores scripts with a src", () => {
    const body = 'window.__ctx = {"a":1};';
    const html = `<p>x</p><script nonce="n">${body}</script><script type="module" src="/assets/a.js"></script><script nonce="n">${body}</script><script>b()</script>`;
    const hash = (s: string) => `'sha256-${crypto.createHash("sha256").update(s).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([hash(body), hash("b()")]);
  });
});

describe("isCacheableRequest", () => {
  const req = (url: string, { method = "GET", cookie }: { method?: string; cookie?: string } = {}) =>
    ({ url, method, headers: cookie ? { cookie } : {} }) as unknown as http.IncomingMessage;

  it.each(["/", "/stories/a-slug", "/tags/alcohol", "/tags/alcohol/feed.xml", "/browse?substance=opioids", "/search?q=morning", "/help", "/feed.xml"])(
    "caches %s for a signed-out reader",
    (url) => expect(isCacheableRequest(req(url))).toBe(true),
  );

  it.each(["/login", "/write", "/for-you", "/saved", "/settings", "/moderation", "/stories/a/b", "/stories/a.data", "/sitemap.xml", "/healthz"])(
    "never caches %s",
    (url) => expect(isCacheableRequest(req(url))).toBe(false),
  );

  it("never caches a request with a session, a POST, or an oversized address", () => {
    expect(isCacheableRequest(req("/", { cookie: "kindred_session=abc.def" }))).toBe(false);
    expect(isCacheableRequest(req("/", { cookie: "other=1; kindred_session=abc" }))).toBe(false);
    expect(isCacheableRequest(req("/", { cookie: "other=1" }))).toBe(true);
    expect(isCacheableRequest(req("/", { method: "POST" }))).toBe(false);
    expect(isCacheableRequest(req("/", { method: "HEAD" }))).toBe(true);
    expect(isCacheableRequest(req(`/search?q=${"a".repeat(600)}`))).toBe(false);
  });
});

describe("the cache in front of a server", () => {
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A tiny app: renders count, the content counter is `state.version`. */
  async function start(options: { render?: (path: string) => Response; maxBytes?: number } = {}) {
    const state = { version: 1, renders: 0 };
    const cache = createPageCache({ version: () => state.version, maxBytes: options.maxBytes, fixedHeaders: { "X-Content-Type-Options": "nosniff" } });
    const app = express();
    app.use((req, res, next) => {
      res.setHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc'");
      next();
    });
    app.use(
      cache.middleware(async (req: express.Request) => {
        state.renders += 1;
        if (options.render) return options.render(req.path);
        return new Response(`<html><script nonce="abc">go()</script><p>page ${req.originalUrl} v${state.version}</p></html>`, {
          headers: { "Content-Type": "text/html; charset=utf-8" },
        });
      }),
    );
    app.use((req, res) => res.status(418).send("not cached"));
    server = http.createServer((req, res) => void cache.serveHit(req, res).then((served) => served || app(req, res)));
    await new Promise<void>((resolve) => server!.listen(0, resolve));
    const origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(origin + path, { headers });
      return { status: response.status, cache: response.headers.get("x-kindred-cache"), text: await response.text(), headers: response.headers };
    };
    return { state, get, cache };
  }

  it("renders once, then answers from memory until the content counter moves", async () => {
    const { state, get } = await start();
    const first = await get("/stories/a");
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(first.text).toContain("v1");
    const second = await get("/stories/a");
    expect(second).toMatchObject({ status: 200, cache: "hit" });
    expect(second.text).toBe(first.text);
    expect(state.renders).toBe(1);
    // The policy names the page's own script, never the render's nonce.
    const hash = crypto.createHash("sha256").update("go()").digest("base64");
    expect(second.headers.get("content-security-policy")).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(second.headers.get("content-security-policy")).not.toContain("nonce");
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");

    state.version = 2;
    const third = await get("/stories/a");
    expect(third.cache).toBe("miss");
    expect(third.text).toContain("v2");
    expect(state.renders).toBe(2);
  });

  it("keeps one entry per address and serves the encoding asked for", async () => {
    const { state, get } = await start();
    await get("/search?q=one");
    await get("/search?q=two");
    expect(state.renders).toBe(2);
    // fetch decompresses transparently; the raw bytes are checked through node:http.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      const { port } = server!.address() as AddressInfo;
      http.get({ host: "127.0.0.1", port, path: "/search?q=one", headers: { "Accept-Encoding": "br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c)).on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.encoding).toBe("br");
    expect(zlib.brotliDecompressSync(raw.body).toString()).toContain("page /search?q=one v1");
    // A client that takes no encoding gets the page itself.
    const plain = await new Promise<{ encoding?: string; body: string }>((resolve) => {
      const { port } = server!.address() as AddressInfo;
      http.get({ host: "127.0.0.1", port, path: "/search?q=one" }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c)).on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks).toString() }));
      });
    });
    expect(plain.encoding).toBeUndefined();
    expect(plain.body).toContain("page /search?q=one v1");
    expect(state.renders).toBe(2);
  });

  it("never stores an answer with a cookie, a non-200 status or no-store, and never serves a signed-in reader", async () => {
    const { state, get } = await start({
      render: (path) =>
        path === "/stories/cookie"
          ? new Response("<p>x</p>", { headers: { "Content-Type": "text/html", "Set-Cookie": "a=b" } })
          : path === "/stories/missing"
            ? new Response("<p>gone</p>", { status: 404, headers: { "Content-Type": "text/html" } })
            : new Response("<p>x</p>", { headers: { "Content-Type": "text/html", "Cache-Control": "no-store" } }),
    });
    for (const path of ["/stories/cookie", "/stories/missing", "/stories/nostore"]) {
      const a = await get(path);
      const b = await get(path);
      expect([a.cache, b.cache], path).toEqual(["bypass", "bypass"]);
    }
    expect(state.renders).toBe(6);
    expect((await get("/", { Cookie: "kindred_session=x.y" })).status).toBe(418);
  });

  it("renders a page once for a crowd of first readers, and stays within its memory bound", async () => {
    const { state, get, cache } = await start({ maxBytes: 3_000 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/browse")));
    expect(answers.every((a) => a.status === 200 && a.text.includes("/browse"))).toBe(true);
    expect(state.renders).toBe(1);
    for (let i = 0; i < 50; i++) await get(`/search?q=${i}`);
    expect(cache.stats().bytes).toBeLessThanOrEqual(3_000);
    expect(cache.stats().entries).toBeGreaterThan(0);
  });
});
