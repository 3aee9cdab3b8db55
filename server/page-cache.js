import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { sendRemixResponse } from "@remix-run/express/dist/server.js";
import { settlePrivacy, withVary } from "./private-responses.js";
import { contentSecurityPolicy } from "./security-headers.js";

// The page cache for signed-out readers (docs/decisions/009-page-cache.md).
//
// A signed-out reader's page depends only on its address: no session, default warning
// preferences. So the finished bytes of such a page — and their gzip and brotli forms,
// compressed once — are kept per process and served again until the database's content
// counter moves (app/lib/content-version.server.ts). Every request reads the counter first,
// so a withdrawn, removed or edited story leaves the cache of every process at once.
//
// A cached page can't carry a fresh script nonce, so it carries a policy with the hashes of
// its own inline scripts instead: still no 'unsafe-inline', and nothing injected runs.
//
// Hits are answered by `serveHit` straight from node:http, before Express: the whole cost of
// a hit is one counter read and one write. Misses go through Express to `middleware`, which
// renders through Remix and stores what may be shared.
//
// Who may be served, and what may be stored, is not guessed from the cookie text (issue 13: a
// `kindred_session =…` cookie, which our parser reads and a stricter pattern here did not,
// once put a member's page in the cache). Stored: only an answer the app itself marked as
// rendered for nobody (server/private-responses.js). Served from the cache: only a request that
// the app would render for nobody too — one with no Cookie header naming the session at all,
// in any spelling any parser might accept.
//
// Conditional requests (issue 13): every stored page has an ETag, a hash of its bytes, so it
// changes whenever what the page shows changes and never when it doesn't; `If-None-Match` with
// it is answered 304 from the cache. `Last-Modified` is the moment the page was last checked
// against the content counter (never when anything in it happened: that could be lined up with
// someone's withdrawal), and `If-Modified-Since` is answered 304 only when this process's copy
// was made a whole second before that date and is still current — then the reader's copy, made
// at that date, is this one. Only stored pages — rendered for nobody — ever carry a validator or
// get a 304; a signed-in request never reaches the cache.

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Addresses whose signed-out pages may be cached: the public reading surfaces. */
const CACHEABLE = /^\/(?:$|stories\/[^/]+$|tags\/[^/]+$|tags\/[^/]+\/feed\.xml$|browse$|search$|help$|feed\.xml$)/;
const MAX_URL = 512;
/**
 * Anywhere in a Cookie header, in any case: whatever our parser (app/auth/cookies.server.ts)
 * or any other accepts — spaces or tabs around the name or `=`, quotes, the name repeated —
 * has the name in it, so such a request is never answered for nobody.
 */
const SESSION_NAME = /kindred_session/i;

/** Whether any of the request's Cookie headers (one or several) could carry a session. */
export function mayCarrySession(req) {
  const raw = req.rawHeaders;
  if (raw) {
    for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i].toLowerCase() === "cookie" && SESSION_NAME.test(raw[i + 1])) return true;
  }
  const cookie = req.headers.cookie;
  return cookie != null && SESSION_NAME.test(Array.isArray(cookie) ? cookie.join("; ") : String(cookie));
}

/** Which encoding to send, from the request's Accept-Encoding (q=0 means "not this"). */
export function chooseEncoding(header) {
  if (!header) return "identity";
  const accepted = new Map();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/** The sha256 sources for every inline script of an HTML page. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    hashes.push(`'sha256-${crypto.createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return [...new Set(hashes)];
}

/** The opaque part of each entity tag in an If-None-Match value ("*" stays "*"). */
function entityTags(header) {
  const tags = [];
  for (const match of String(header).matchAll(/\*|(?:W\/)?"([^"]*)"/g)) tags.push(match[0] === "*" ? "*" : match[1]);
  return tags;
}

/**
 * Whether the reader's copy is this entry's, by RFC 9110 §13.1: If-None-Match when it is sent
 * (weak comparison), otherwise If-Modified-Since. `now`: just before the counter was read and
 * found to be the entry's.
 *
 * If-Modified-Since: every Last-Modified we send is a moment just before a read of the counter,
 * so the reader's copy was current at some instant within the second their date names. This
 * entry has been current from `checkedAt` until now; made before that second began, it was
 * current during it too, so it is the reader's copy. Made within that second, it may not be (a
 * change could fall between the two), and the page is sent again.
 */
export function notModified(req, entry, now) {
  const noneMatch = req.headers["if-none-match"];
  if (noneMatch != null) {
    const opaque = entry.etag.slice(3, -1);
    return entityTags(noneMatch).some((tag) => tag === "*" || tag === opaque);
  }
  const since = req.headers["if-modified-since"];
  if (since == null) return false;
  const date = Date.parse(since);
  // Invalid, or later than now: ignored (RFC 9110 §13.1.3).
  if (!Number.isFinite(date) || date > now) return false;
  return entry.checkedAt < date;
}

/** Whether a raw node:http request may be answered from (or stored in) the cache. */
export function isCacheableRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.url.length > MAX_URL) return false;
  if (mayCarrySession(req)) return false;
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  // Remix's data requests (client-side navigation) are answered by the app, not cached.
  return CACHEABLE.test(path) && !path.endsWith(".data");
}

/**
 * The cache. `version()` reads the content counter (a number, or a promise of one);
 * `trustProxy` as Express's; `fixedHeaders` are the security headers besides the policy;
 * `maxBytes` bounds the memory of one process (about 2,000 story pages in 32 MB).
 */
export function createPageCache({ version, trustProxy = false, fixedHeaders = {}, maxBytes = 32 * 1024 * 1024 }) {
  /** key → entry, in least-recently-used order. */
  const entries = new Map();
  /** key → { version, promise<entry | null> }: one render per page and version while others wait. */
  const pending = new Map();
  let bytes = 0;
  const fixed = Object.entries(fixedHeaders);

  /** The page's identity: the address as the app sees it (feeds and Open Graph tags carry absolute addresses). */
  function keyOf(req) {
    const forwarded = trustProxy ? `${req.headers["x-forwarded-proto"] ?? ""}|${req.headers["x-forwarded-host"] ?? ""}|` : "";
    return `${req.socket.encrypted ? "https" : "http"}|${forwarded}${req.headers.host ?? ""}|${req.url}`;
  }

  const forget = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  const store = (key, entry) => {
    forget(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  };

  /** `now`: a moment just before the content counter was read and found to be the entry's. */
  function send(req, res, entry, how, now) {
    if (notModified(req, entry, now)) {
      const headers = { ...entry.headers, "Last-Modified": new Date(now).toUTCString(), "X-Kindred-Cache": how };
      delete headers["content-type"];
      for (const [name, value] of fixed) headers[name] = value;
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    // Only the compressed forms are kept; the rare client that takes neither gets it unzipped.
    const body = encoding === "identity" ? zlib.gunzipSync(entry.bodies.gzip) : entry.bodies[encoding];
    const headers = { ...entry.headers, "Content-Length": body.length, "Last-Modified": new Date(now).toUTCString(), "X-Kindred-Cache": how };
    if (encoding !== "identity") headers["Content-Encoding"] = encoding;
    for (const [name, value] of fixed) headers[name] = value;
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else res.end(body);
  }

  /** `before`: a moment just before the counter was read. */
  async function hit(req, res, current, before) {
    const key = keyOf(req);
    const entry = entries.get(key);
    if (!entry) return false;
    if (entry.version !== current) {
      forget(key);
      return false;
    }
    // Most recently used goes last.
    entries.delete(key);
    entries.set(key, entry);
    send(req, res, entry, "hit", before);
    return true;
  }

  /** Answers a cacheable request from the cache; false when it must be rendered. */
  async function serveHit(req, res) {
    if (!isCacheableRequest(req)) return false;
    try {
      const before = Date.now();
      const current = await version();
      return await hit(req, res, current, before);
    } catch {
      return false; // The database can't tell us: render, never risk a stale page.
    }
  }

  /** Renders through Remix; stores and returns an entry when the answer may be shared. */
  async function renderAndMaybeStore(req, res, key, current, checkedAt, render) {
    const { response, forNobody } = settlePrivacy(await render(req, res));
    const type = response.headers.get("content-type") ?? "";
    const shareable =
      forNobody &&
      response.status === 200 &&
      response.body &&
      !response.headers.has("set-cookie") &&
      !/no-store|private/i.test(response.headers.get("cache-control") ?? "") &&
      /^(text\/html|application\/atom\+xml|application\/xml|text\/xml)/.test(type);
    if (!shareable) return { response };
    let raw = Buffer.from(await response.arrayBuffer());
    // The render's nonce attributes go: a stored page runs its scripts by their hashes, and
    // without them every process stores the same bytes for the same page, so one ETag holds
    // across processes and across renders of an unchanged page.
    const nonce = res.locals?.cspNonce;
    if (nonce && type.startsWith("text/html")) raw = Buffer.from(raw.toString("utf8").split(` nonce="${nonce}"`).join(""), "utf8");
    const headers = {};
    for (const [name, value] of response.headers) if (name !== "content-length" && name !== "content-encoding") headers[name] = value;
    headers.vary = withVary(headers.vary, "Accept-Encoding");
    headers["Content-Security-Policy"] = contentSecurityPolicy(type.startsWith("text/html") ? inlineScriptHashes(raw.toString("utf8")).join(" ") : "");
    const [gz, br] = await Promise.all([
      gzip(raw, { level: 9 }),
      brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    ]);
    headers.etag = `W/"${crypto.createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`;
    // Current since `checkedAt`, just after the counter was read: the render shows that version
    // or, if something changed meanwhile, a later one whose bump makes this entry stale at once.
    const entry = { version: current, checkedAt, etag: headers.etag, headers, bodies: { gzip: gz, br }, bytes: gz.length + br.length + key.length + 1024 };
    store(key, entry);
    return { entry };
  }

  /** Express middleware for cacheable requests that `serveHit` could not answer. */
  function middleware(render) {
    return async function pageCacheMiddleware(req, res, next) {
      if (!isCacheableRequest(req)) return next();
      try {
        let current;
        // Just before and just after the counter was read: the reader's Last-Modified is the
        // first (their copy was current from then on), an entry made now is current since the
        // second (see notModified).
        const before = Date.now();
        try {
          current = await version();
        } catch {
          return next();
        }
        const checkedAt = Date.now();
        if (await hit(req, res, current, before)) return;
        const key = keyOf(req);
        const waiting = pending.get(key);
        if (waiting && waiting.version === current) {
          const entry = await waiting.promise;
          return entry ? send(req, res, entry, "hit", before) : next();
        }
        let settle = () => {};
        const promise = new Promise((resolve) => (settle = resolve));
        pending.set(key, { version: current, promise });
        try {
          const result = await renderAndMaybeStore(req, res, key, current, checkedAt, render);
          settle(result.entry ?? null);
          if (result.entry) return send(req, res, result.entry, "miss", before);
          res.setHeader("X-Kindred-Cache", "bypass");
          await sendRemixResponse(res, result.response);
        } catch (error) {
          settle(null);
          throw error;
        } finally {
          if (pending.get(key)?.promise === promise) pending.delete(key);
        }
      } catch (error) {
        next(error);
      }
    };
  }

  return { serveHit, middleware, stats: () => ({ entries: entries.size, bytes }) };
}
