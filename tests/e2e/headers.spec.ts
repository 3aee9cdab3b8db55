import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_PORT } from "./env";
import { visit } from "./support";

test("every page carries the security headers, and scripts run under a nonce- or hash-based policy", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/help", "/login", "/feed.xml", "/no-such-page"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    // Rendered pages carry a fresh nonce; pages from the signed-out cache, their scripts' hashes.
    if (["hit", "miss"].includes(headers["x-kindred-cache"])) expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    else expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp, path).not.toContain("unsafe-inline");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
  // Two rendered responses never share a nonce (/login is never cached).
  const [a, b] = await Promise.all([request.get("/login"), request.get("/login")]);
  expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);

  // With the policy in force, the app still hydrates: client-side navigation works.
  await visit(page, "/");
  await page.getByRole("link", { name: "Need help now?" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { name: "Need help now?", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => typeof window.__remixContext)).toBe("object");
  expect(violations).toEqual([]);
});

test("pages and hashed assets arrive compressed; assets are kept for a year", async ({ request }) => {
  const html = await request.get("/login", { headers: { "accept-encoding": "br" } });
  expect(html.headers()["content-encoding"]).toBe("br");
  expect(html.headers()["cache-control"] ?? "").not.toContain("immutable");
  const script = (await html.text()).match(/\/assets\/[\w.-]+\.js/)?.[0];
  expect(script).toBeTruthy();
  const asset = await request.get(script!, { headers: { "accept-encoding": "br" } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-encoding"]).toBe("br");
  expect(asset.headers()["cache-control"]).toContain("immutable");
  // Decompressed by the client: the script itself, whole.
  expect((await asset.text()).length).toBeGreaterThan(100);
});

// HSTS only over HTTPS (issue 13, item 9; RFC 6797 §7.2). The test servers speak plain HTTP and
// don't trust a proxy, so nothing they send has it, whatever X-Forwarded-Proto claims; a server
// with TRUST_PROXY=true sends it exactly when the proxy says the request came over https.
test("Strict-Transport-Security is sent only for HTTPS requests, rendered or from the page cache", async ({ request }) => {
  for (const path of ["/", "/", "/help", "/login", "/feed.xml", "/favicon.ico"]) {
    for (const headers of [{}, { "X-Forwarded-Proto": "https" }] as Record<string, string>[]) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBeLessThan(400);
      expect(response.headers()["strict-transport-security"], `${path} ${JSON.stringify(headers)}`).toBeUndefined();
    }
  }

  const port = E2E_PORT + 2;
  const server: ChildProcess = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NODE_ENV: "production", COOKIE_SECURE: "false", TRUST_PROXY: "true", WEB_CONCURRENCY: "1", PORT: String(port) },
    stdio: "ignore",
  });
  try {
    const base = `http://localhost:${port}`;
    for (let i = 0; ; i++) {
      if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
      expect(i, "the TRUST_PROXY server starts").toBeLessThan(240);
      await sleep(250);
    }
    // "/" twice: rendered, then from the page cache.
    for (const path of ["/", "/", "/login", "/feed.xml"]) {
      const secure = await fetch(`${base}${path}`, { headers: { "X-Forwarded-Proto": "https" } });
      expect(secure.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
      const plain = await fetch(`${base}${path}`, { headers: { "X-Forwarded-Proto": "http" } });
      expect(plain.headers.get("strict-transport-security"), path).toBeNull();
      const direct = await fetch(`${base}${path}`);
      expect(direct.headers.get("strict-transport-security"), path).toBeNull();
    }
  } finally {
    server.kill("SIGTERM");
  }
});
