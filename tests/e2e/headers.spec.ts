import { expect, test } from "@playwright/test";
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
