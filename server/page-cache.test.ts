import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { createRemixRequest } from "@remix-run/express/dist/server.js";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { readCookie, SESSION_COOKIE } from "~/auth/cookies.server";
import { RENDERED_FOR_HEADER } from "~/lib/rendered-for.server";
import { chooseEncoding, createPageCache, inlineScriptHashes, isCacheableRequest, notModified } from "./page-cache.js";
import { RENDERED_FOR, settlePrivacy } from "./private-responses.js";

/** What the app's entry adds to a page rendered for nobody (app/lib/rendered-for.server.ts). */
const FOR_NOBODY = { [RENDERED_FOR_HEADER]: "nobody" };

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

describe("notModified", () => {
  const entry = { etag: 'W/"abc"', checkedAt: Date.parse("Wed, 02 Dec 2026 10:00:00 GMT") + 500 };
  const req = (headers: Record<string, string>) => ({ headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) });
  const now = Date.parse("Wed, 02 Dec 2026 12:00:00 GMT");
  it.each([
    [{}, false],
    [{ "If-None-Match": 'W/"abc"' }, true],
    [{ "If-None-Match": '"abc"' }, true],
    [{ "If-None-Match": '"x", W/"abc"' }, true],
    [{ "If-None-Match": "*" }, true],
    [{ "If-None-Match": '"abcd"' }, false],
    [{ "If-None-Match": "abc" }, false],
    // The entry was made within 10:00:00; a copy from then may predate a change.
    [{ "If-Modified-Since": "Wed, 02 Dec 2026 10:00:00 GMT" }, false],
    [{ "If-Modified-Since": "Wed, 02 Dec 2026 10:00:01 GMT" }, true],
    [{ "If-Modified-Since": "Wed, 02 Dec 2026 09:00:00 GMT" }, false],
    [{ "If-Modified-Since": "Wed, 02 Dec 2026 13:00:00 GMT" }, false],
    [{ "If-Modified-Since": "not a date" }, false],
    [{ "If-Modified-Since": "Wed, 02 Dec 2026 11:00:00 GMT", "If-None-Match": '"x"' }, false],
  ])("%j → %s", (headers, expected) => {
    expect(notModified(req(headers) as unknown as http.IncomingMessage, entry, now)).toBe(expected);
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
    // Every spelling a cookie parser might read as the session (ours trims around the name).
    for (const cookie of ["kindred_session =abc", " kindred_session\t= abc", 'kindred_session="abc"', "a=1;kindred_session=abc", "KINDRED_SESSION=abc", "a=1, kindred_session=abc"])
      expect(isCacheableRequest(req("/", { cookie })), cookie).toBe(false);
    // Several Cookie headers: node:http joins them, and the raw ones are read too.
    const several = { url: "/", method: "GET", headers: { cookie: "a=1" }, rawHeaders: ["Cookie", "a=1", "cookie", "kindred_session=abc"] };
    expect(isCacheableRequest(several as unknown as http.IncomingMessage)).toBe(false);
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
  async function start(options: { render?: (path: string, nonce: string) => Response; maxBytes?: number } = {}) {
    const state = { version: 1, renders: 0 };
    const cache = createPageCache({ version: () => state.version, maxBytes: options.maxBytes, fixedHeaders: { "X-Content-Type-Options": "nosniff" } });
    const app = express();
    // A fresh nonce per request, as server/security-headers.js makes.
    app.use((req, res, next) => {
      res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
      res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${res.locals.cspNonce}'`);
      next();
    });
    app.use(
      cache.middleware(async (req: express.Request, res: express.Response) => {
        state.renders += 1;
        const nonce = res.locals.cspNonce as string;
        if (options.render) return options.render(req.path, nonce);
        return new Response(`<html><script nonce="${nonce}">go()</script><p>page ${req.originalUrl} v${state.version}</p></html>`, {
          headers: { "Content-Type": "text/html; charset=utf-8", Vary: "Cookie", ...FOR_NOBODY },
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
    // The render's nonce attributes are not kept either: the page's scripts run by their hashes.
    expect(second.text).toBe("<html><script>go()</script><p>page /stories/a v1</p></html>");
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    // The app's mark stays on the server; both kinds of variance are declared, once.
    expect(second.headers.get(RENDERED_FOR)).toBeNull();
    expect(second.headers.get("vary")).toBe("Cookie, Accept-Encoding");

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

  it("never stores an answer the app didn't mark as rendered for nobody, or with a cookie, a non-200 status or no-store, and never serves a signed-in reader", async () => {
    const { state, get } = await start({
      render: (path) =>
        path === "/stories/cookie"
          ? new Response("<p>x</p>", { headers: { "Content-Type": "text/html", "Set-Cookie": "a=b", ...FOR_NOBODY } })
          : path === "/stories/missing"
            ? new Response("<p>gone</p>", { status: 404, headers: { "Content-Type": "text/html", ...FOR_NOBODY } })
            : path === "/stories/unmarked"
              ? new Response("<p>somebody's</p>", { headers: { "Content-Type": "text/html" } })
              : new Response("<p>x</p>", { headers: { "Content-Type": "text/html", "Cache-Control": "no-store", ...FOR_NOBODY } }),
    });
    for (const path of ["/stories/cookie", "/stories/missing", "/stories/nostore", "/stories/unmarked"]) {
      const a = await get(path);
      const b = await get(path);
      expect([a.cache, b.cache], path).toEqual(["bypass", "bypass"]);
      expect(b.headers.get(RENDERED_FOR), path).toBeNull();
    }
    expect(state.renders).toBe(8);
    // An unmarked answer may be somebody's: private, and varying with the cookie.
    const unmarked = await get("/stories/unmarked");
    expect(unmarked.headers.get("cache-control")).toBe("private, no-store");
    expect(unmarked.headers.get("vary")).toBe("Cookie");
    expect((await get("/", { Cookie: "kindred_session=x.y" })).status).toBe(418);
  });

  it("answers a repeated request with 304 from its ETag, until what the page shows changes", async () => {
    const { state, get } = await start();
    const first = await get("/stories/a");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    // Last-Modified is when the page was found current (this request), never when anything in it happened.
    expect(Date.parse(first.headers.get("last-modified")!)).toBeLessThanOrEqual(Date.parse(first.headers.get("date")!));
    expect(Date.parse(first.headers.get("date")!) - Date.parse(first.headers.get("last-modified")!)).toBeLessThanOrEqual(1_000);
    const again = await get("/stories/a", { "If-None-Match": etag! });
    expect(again).toMatchObject({ status: 304, cache: "hit", text: "" });
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("vary")).toBe("Cookie, Accept-Encoding");
    // The policy the stored page needs (browsers update stored headers from a 304), never a nonce.
    expect(again.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
    // Any of several tags, weak or strong, or *; another page's tag is no match.
    expect((await get("/stories/a", { "If-None-Match": `"other", ${etag!.slice(2)}` })).status).toBe(304);
    expect((await get("/stories/a", { "If-None-Match": "*" })).status).toBe(304);
    expect((await get("/stories/b", { "If-None-Match": etag! })).status).toBe(200);
    expect(state.renders).toBe(2);

    // The content counter moves and this page changes: a new tag, and the old one gets the page.
    state.version = 2;
    const changed = await get("/stories/a", { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain("v2");
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await get("/stories/a", { "If-None-Match": changed.headers.get("etag")! })).status).toBe(304);
  });

  it("keeps the ETag when the counter moves but the page is the same (whatever the render's nonce), and answers HEAD with 304 too", async () => {
    const { state, get } = await start({
      render: (_path, nonce) =>
        new Response(`<p>the same page</p><script nonce="${nonce}">go()</script>`, { headers: { "Content-Type": "text/html; charset=utf-8", ...FOR_NOBODY } }),
    });
    const etag = (await get("/help")).headers.get("etag")!;
    state.version = 7;
    const rendered = await get("/help", { "If-None-Match": etag });
    expect(rendered).toMatchObject({ status: 304, cache: "miss" });
    expect(state.renders).toBe(2);
    const { port } = server!.address() as AddressInfo;
    const head = await new Promise<number | undefined>((resolve) =>
      http.request({ host: "127.0.0.1", port, path: "/help", method: "HEAD", headers: { "If-None-Match": etag } }, (res) => resolve(res.statusCode)).end(),
    );
    expect(head).toBe(304);
  });

  it("answers If-Modified-Since with 304 only for a copy made after this one, and ignores it beside If-None-Match", async () => {
    const { state, get } = await start();
    const first = await get("/feed.xml");
    const lastModified = first.headers.get("last-modified")!;
    // Made in the same second as the reader's copy: a change could lie between the two, so the
    // page is sent again.
    expect((await get("/feed.xml", { "If-Modified-Since": lastModified })).status).toBe(200);
    // A second later the stored copy predates the reader's and is still current.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const later = await get("/feed.xml");
    expect(later.status).toBe(200);
    const since = later.headers.get("last-modified")!;
    expect(Date.parse(since)).toBeGreaterThan(Date.parse(lastModified));
    expect((await get("/feed.xml", { "If-Modified-Since": since })).status).toBe(304);
    // If-None-Match wins when both are sent; a date in the future or no date is ignored.
    expect((await get("/feed.xml", { "If-Modified-Since": since, "If-None-Match": '"stale"' })).status).toBe(200);
    expect((await get("/feed.xml", { "If-Modified-Since": new Date(Date.now() + 86_400_000).toUTCString() })).status).toBe(200);
    expect((await get("/feed.xml", { "If-Modified-Since": "yesterday" })).status).toBe(200);
    expect(state.renders).toBe(1);
    // Once the content changes, the old date gets the new page.
    state.version = 2;
    expect((await get("/feed.xml", { "If-Modified-Since": since })).status).toBe(200);
  });

  it("never gives a validator to, or answers 304 for, anything but a page stored for nobody", async () => {
    const { get } = await start({
      render: (path) =>
        path === "/stories/unmarked"
          ? new Response("<p>somebody's</p>", { headers: { "Content-Type": "text/html" } })
          : new Response("<p>for nobody</p>", { headers: { "Content-Type": "text/html", ...FOR_NOBODY } }),
    });
    const stored = await get("/stories/public");
    const etag = stored.headers.get("etag")!;
    const unmarked = await get("/stories/unmarked", { "If-None-Match": "*" });
    expect(unmarked).toMatchObject({ status: 200, cache: "bypass" });
    expect(unmarked.headers.get("etag")).toBeNull();
    expect(unmarked.headers.get("last-modified")).toBeNull();
    // A request that may carry a session never reaches the cache (the app behind answers 418 here).
    expect((await get("/stories/public", { Cookie: "kindred_session=x.y", "If-None-Match": etag })).status).toBe(418);
    expect((await get("/stories/public", { Cookie: "kindred_session =x.y", "If-None-Match": "*" })).status).toBe(418);
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

describe("settlePrivacy", () => {
  it("keeps a response marked for nobody as it is, without the mark", () => {
    const { response, forNobody } = settlePrivacy(new Response("x", { headers: { "Cache-Control": "public, max-age=300", ...FOR_NOBODY } }));
    expect(forNobody).toBe(true);
    expect(response.headers.get(RENDERED_FOR)).toBeNull();
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("vary")).toBeNull();
  });

  it("makes every other response private, even one that asked to be public or can't be changed", () => {
    const publicOne = settlePrivacy(new Response("x", { headers: { "Cache-Control": "public, max-age=300", Vary: "Accept-Encoding" } }));
    expect(publicOne.forNobody).toBe(false);
    expect(publicOne.response.headers.get("cache-control")).toBe("private, no-store");
    expect(publicOne.response.headers.get("vary")).toBe("Accept-Encoding, Cookie");
    const redirect = settlePrivacy(Response.redirect("http://localhost/login", 302));
    expect(redirect.response.status).toBe(302);
    expect(redirect.response.headers.get("location")).toBe("http://localhost/login");
    expect(redirect.response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("reads the header the app writes", () => expect(RENDERED_FOR.toLowerCase()).toBe(RENDERED_FOR_HEADER.toLowerCase()));
});

// Issue 13: a member's request whose Cookie header spelled the session name the way our parser
// accepts but the cache's pattern didn't (`kindred_session =…`) put their page in the cache, and
// signed-out visitors were served it. Here the app behind the cache decides who is signed in
// with the app's own parser (app/auth/cookies.server.ts) on the request Remix is given, and
// marks its page for nobody only when it found no session — as app/entry.server.tsx does.
describe("a member's page never reaches anyone else, whatever the cookie's spelling", () => {
  const TOKEN = "sess1.secretpart";
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function start() {
    const cache = createPageCache({ version: () => 1 });
    const app = express();
    app.use(
      cache.middleware(async (req: express.Request, res: express.Response) => {
        const request = createRemixRequest(req, res);
        const signedIn = readCookie(request, SESSION_COOKIE) === TOKEN;
        const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", Vary: "Cookie" });
        if (!signedIn) headers.set(RENDERED_FOR_HEADER, "nobody");
        return new Response(signedIn ? "<p>Signed in as river · 3 unread</p>" : "<p>Log in · Sign up</p>", { headers });
      }),
    );
    // What server.js does for requests the cache leaves to Remix.
    app.use((req, res) => {
      const signedIn = readCookie(createRemixRequest(req, res), SESSION_COOKIE) === TOKEN;
      res.setHeader("Cache-Control", "private, no-store");
      res.type("html").send(signedIn ? "<p>Signed in as river · 3 unread</p>" : "<p>Log in · Sign up</p>");
    });
    server = http.createServer((req, res) => void cache.serveHit(req, res).then((served) => served || app(req, res)));
    await new Promise<void>((resolve) => server!.listen(0, resolve));
    const { port } = server!.address() as AddressInfo;
    /** A GET with exactly these raw headers (several Cookie headers included), through node:http (raw headers get no Host of their own). */
    return (path: string, rawHeaders: string[] = []) =>
      new Promise<{ body: string; cache?: string; cacheControl?: string }>((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port, path, method: "GET", headers: ["Host", `127.0.0.1:${port}`, ...rawHeaders] }, (res) => {
          const chunks: Buffer[] = [];
          res
            .on("data", (c) => chunks.push(c))
            .on("end", () =>
              resolve({ body: Buffer.concat(chunks).toString(), cache: res.headers["x-kindred-cache"] as string | undefined, cacheControl: res.headers["cache-control"] }),
            );
        });
        request.on("error", reject).end();
      });
  }

  // Each spelling as raw header pairs. The app's parser reads the session from those marked true.
  const spellings: [string, string[], boolean][] = [
    ["plain", ["Cookie", `kindred_session=${TOKEN}`], true],
    ["a space before =", ["Cookie", `kindred_session =${TOKEN}`], true],
    ["spaces and a tab around the name and =", ["Cookie", `a=1;  kindred_session\t = ${TOKEN}`], true],
    ["no space after ;", ["Cookie", `a=1;kindred_session=${TOKEN}`], true],
    ["percent-encoded", ["Cookie", `kindred_session=${encodeURIComponent(TOKEN).replace(".", "%2E")}`], true],
    ["quoted", ["Cookie", `kindred_session="${TOKEN}"`], false],
    ["the name repeated, the member's first", ["Cookie", `kindred_session=${TOKEN}; kindred_session=stale.one`], true],
    ["the name repeated, the member's second", ["Cookie", `kindred_session=stale.one; kindred_session=${TOKEN}`], false],
    ["several Cookie headers", ["Cookie", "theme=dark", "Cookie", `kindred_session=${TOKEN}`], true],
    ["several Cookie headers, lower-case", ["cookie", `kindred_session =${TOKEN}`, "cookie", "theme=dark"], true],
    ["another case", ["Cookie", `KINDRED_SESSION=${TOKEN}`], false],
    ["comma-separated", ["Cookie", `theme=dark, kindred_session=${TOKEN}`], false],
  ];

  it.each(spellings)("%s", async (_name, cookie, readAsMember) => {
    const get = await start();
    const path = "/browse?x=1";
    // The member asks several times (as the attack did), before and after a signed-out render.
    for (let i = 0; i < 3; i++) {
      const member = await get(path, cookie);
      expect(member.cache, "a request that names the session is never answered from the cache").not.toBe("hit");
      expect(member.body.includes("Signed in as river")).toBe(readAsMember);
      if (readAsMember) expect(member.cacheControl).toBe("private, no-store");
    }
    for (let i = 0; i < 3; i++) {
      const visitor = await get(path);
      expect(visitor.body).toBe("<p>Log in · Sign up</p>");
      expect(visitor.cache).toBe(i === 0 ? "miss" : "hit");
    }
    // The cached signed-out page is never served in place of the member's own.
    const member = await get(path, cookie);
    expect(member.cache).not.toBe("hit");
    expect(member.body.includes("Signed in as river")).toBe(readAsMember);
  });
});
