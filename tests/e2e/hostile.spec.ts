import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./env";
import { uniqueName } from "./support";

// Hostile requests against the real server (issue 7, item 3): what only the HTTP layer sees —
// malformed percent-encoding, very long addresses, bodies over the size limit, bodies that
// aren't forms. Never a 5xx, always a sentence saying what was wrong. (The loaders and actions
// themselves are fed the Big List of Naughty Strings in tests/integration/hostile-input.test.ts.)

const ORIGIN = `http://localhost:${E2E_PORT}`;

interface RawAnswer {
  status: number;
  body: string;
}

/** A request sent byte for byte as written: no client normalises the path first. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "localhost", port: E2E_PORT, method, path, headers: { Origin: ORIGIN, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    // The server may answer (413) and close before the whole body is written.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/**
 * Announces a body of `declaredBytes`, sends only its first 64 KB and waits for the answer:
 * a server that reads before refusing would wait for the rest and never answer.
 */
function oversized(path: string, declaredBytes: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "localhost",
        port: E2E_PORT,
        method: "POST",
        path,
        headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(declaredBytes) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
          req.destroy();
        });
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    req.write(Buffer.alloc(64 * 1024, "a"));
  });
}

/** The sentence a person sees: the text/plain body, or the error page's heading and paragraph. */
function visibleMessage(body: string): string {
  const page = /<h1>([^<]*)<\/h1>\s*<p>([^<]*)<\/p>/.exec(body);
  const text = page ? `${page[1]} ${page[2]}` : body.trim();
  return text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

test.describe("the HTTP layer under hostile requests", () => {
  test("malformed percent-encoding in the address is a 400 or 404 with a message, never a 5xx", async () => {
    const paths = [
      "/stories/%E0%A4%A",
      "/stories/%ED%A0%80", // half a surrogate pair
      "/tags/%E0%A4%A",
      "/tags/%ED%A0%80/feed.xml",
      "/me/stories/%E0%A4%A/edit",
      "/moderation/%FF",
      "/%",
      "/%%",
      "/assets/%E0%A4%A",
      "/favicon.ico%",
      "/search?q=%E0%A4%A",
      "/browse?after=%FF&substance=%",
      "/?after=%E0%A4%A",
    ];
    for (const path of paths) {
      const answer = await raw("GET", path);
      expect(answer.status, path).toBeLessThan(500);
      if (answer.status >= 400) {
        expect([400, 404], path).toContain(answer.status);
        expect(visibleMessage(answer.body), `${path} says why`).toMatch(/couldn't find|isn't valid|not found/i);
      }
    }
  });

  test("very long addresses: cut to size, not found, or refused by the HTTP parser — never a 5xx", async () => {
    const cases: [string, number[]][] = [
      [`/search?q=${"a".repeat(8_000)}`, [200]],
      [`/browse?after=${"a".repeat(8_000)}&substance=${"b".repeat(4_000)}`, [200]],
      [`/stories/${"a".repeat(8_000)}`, [404]],
      [`/tags/${"%F0%9F%98%80".repeat(1_000)}`, [404]],
      [`/search?q=${"a".repeat(20_000)}`, [414, 431]], // over Node's 16 KB header limit
    ];
    for (const [path, statuses] of cases) {
      const answer = await raw("GET", path);
      expect(statuses, `${path.slice(0, 40)}… answered ${answer.status}`).toContain(answer.status);
    }
  });

  test("a body over the size limit is refused with 413 before it is read", async () => {
    for (const path of ["/login", "/signup", "/write", "/write/preview"]) {
      const answer = await oversized(path, 10 * 1024 * 1024);
      expect(answer.status, path).toBe(413);
      expect(answer.body, path).toMatch(/too much to send/);
    }
    // A chunked body has no length to check up front.
    const chunked = await raw("POST", "/login", { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" }, "username=a&password=b");
    expect(chunked.status).toBe(411);
    expect(chunked.body).toMatch(/arrived without its length/);
  });

  test("the largest honest story (50,000 emoji, percent-encoded: 600 KB) is under the limit", async ({ request }) => {
    // Previews need a session (issue 13): this context signs up first and keeps the cookie.
    const signedUp = await request.post("/signup", { headers: { Origin: ORIGIN }, form: { username: uniqueName("sprouts"), password: "a long password for sprouts" } });
    expect(signedUp.ok()).toBe(true);
    const response = await request.post("/write/preview", {
      headers: { Origin: ORIGIN },
      form: { title: "Sprouts", body: "🌱".repeat(50_000) },
    });
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { html: string }).html).toContain("🌱🌱🌱");
  });

  test("bodies that aren't forms get 415 or 400 with a message, never a 5xx", async () => {
    const bodies: [string, string, string][] = [
      ["application/json", JSON.stringify({ username: "x", password: "y" }), "only accepts its own form"],
      ["text/plain", "username=x&password=y", "only accepts its own form"],
      ["multipart/form-data; boundary=x", "garbage", "couldn't read what was sent"],
      ["multipart/form-data", "--x\r\n\r\n", "couldn't read what was sent"],
    ];
    for (const path of ["/login", "/signup", "/reset", "/write/preview"]) {
      for (const [type, body, message] of bodies) {
        const answer = await raw("POST", path, { "Content-Type": type, "Content-Length": String(Buffer.byteLength(body)) }, body);
        expect(answer.status, `${path} ${type}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${path} ${type}`).toBeLessThan(500);
        expect(visibleMessage(answer.body), `${path} ${type}`).toContain(message);
      }
    }
  });

  test("a form with broken percent-encoding is read as text, and refused or answered — never a 5xx", async () => {
    const body = "username=%E0%A4%A&password=%&redirectTo=%ED%A0%80";
    const answer = await raw("POST", "/login", { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length) }, body);
    expect(answer.status).toBe(400);
  });
});
