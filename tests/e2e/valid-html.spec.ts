import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eQuery } from "./database";
import { logIn } from "./support";

// Issue 13, item 8: every page is one complete document (app/entry.server.tsx,
// docs/decisions/015-complete-documents.md). React's streaming renderer wrote Remix's data
// <script>s after </html> (the Nu HTML checker's fatal error on every page) and NUL bytes near
// multi-byte characters at ~2 KB boundaries (react#27554). Every page type is fetched here as
// raw bytes, signed out and signed in, and checked for both.

const ADMIN = { username: "robin_admin", password: "kindred-demo-admin" };

/** The bytes of one answer, with what is wrong with them as a document. */
async function problems(request: APIRequestContext, path: string, { status = 200 }: { status?: number } = {}) {
  const response = await request.get(path, { headers: { "Accept-Encoding": "gzip, br" } });
  expect(response.status(), path).toBe(status);
  const bytes = await response.body();
  const found: string[] = [];
  const nul = bytes.indexOf(0);
  if (nul !== -1) found.push(`a NUL byte at ${nul}: ${JSON.stringify(bytes.subarray(Math.max(0, nul - 40), nul + 40).toString("utf8"))}`);
  const text = bytes.toString("utf8");
  // A strict decoder, not a search for U+FFFD: that is a valid character a member may have
  // stored (PostgreSQL's driver writes one for a lone surrogate in a hostile note).
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    found.push("bytes that aren't UTF-8");
  }
  const type = response.headers()["content-type"] ?? "";
  if (type.startsWith("text/html")) {
    if (!text.startsWith("<!DOCTYPE html>")) found.push(`does not start with the doctype: ${JSON.stringify(text.slice(0, 40))}`);
    const end = text.indexOf("</html>");
    if (end === -1) found.push("no </html>");
    else if (text.slice(end + "</html>".length).trim() !== "") found.push(`markup after </html>: ${JSON.stringify(text.slice(end, end + 120))}`);
    const body = text.lastIndexOf("</body>");
    if (body === -1 || text.slice(body + "</body>".length, end).trim() !== "") found.push("markup between </body> and </html>");
    if ((text.match(/<html[\s>]/g) ?? []).length !== 1) found.push("more than one <html>");
  } else if (type.startsWith("application/atom+xml")) {
    const end = text.indexOf("</feed>");
    if (end === -1 || text.slice(end + "</feed>".length).trim() !== "") found.push("markup after </feed>");
  } else {
    found.push(`unexpected content type ${type}`);
  }
  return found;
}

async function publicAddresses(request: APIRequestContext) {
  const stories = await e2eQuery<{ slug: string }>(
    `SELECT "slug" FROM "Story" WHERE "status" = 'PUBLISHED' AND "liveRevisionId" IS NOT NULL ORDER BY "slug" LIMIT 8`,
  );
  expect(stories.length).toBeGreaterThan(0);
  const home = await (await request.get("/")).text();
  const tags = [...new Set([...home.matchAll(/href="\/tags\/([a-z0-9-]+)"/g)].map((m) => m[1]))].slice(0, 4);
  return [
    "/",
    "/?page=2",
    ...stories.map((s) => `/stories/${s.slug}`),
    // The pages the issue found NUL bytes on, and a few more tag pages.
    "/tags/depression",
    ...tags.map((slug) => `/tags/${slug}`),
    "/browse",
    "/browse?substance=opioids&situation=parenting",
    "/search?q=morning",
    "/search?q=%E2%80%94%20caf%C3%A9%20%F0%9F%8C%85",
    "/help",
    "/for-you?substance=alcohol",
    "/feed.xml",
    "/tags/alcohol/feed.xml",
  ];
}

test("signed out: every page is one complete document, with no NUL byte and nothing after </html>", async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const report: Record<string, string[]> = {};
  // Twice each: the first answer is rendered, the second comes from the page cache.
  for (const path of [...(await publicAddresses(visitor)), "/login", "/signup", "/reset"]) {
    for (let i = 0; i < 2; i++) {
      const found = await problems(visitor, path);
      if (found.length) report[`${path} (#${i + 1})`] = found;
    }
  }
  const missing = await problems(visitor, "/no-such-page", { status: 404 });
  if (missing.length) report["/no-such-page"] = missing;
  expect(report).toEqual({});
  await visitor.dispose();
});

test("signed in: every page, the editor and moderation and admin included, is one complete document", async ({ page, request }) => {
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.locator("details.account summary")).toBeVisible();
  const member = page.request;
  const [anyStory] = await e2eQuery<{ id: string }>(`SELECT "id" FROM "Story" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 1`);
  const waiting = await e2eQuery<{ id: string }>(`SELECT "id" FROM "Story" WHERE "status" = 'IN_REVIEW' ORDER BY "id" LIMIT 1`);
  const report: Record<string, string[]> = {};
  const addresses = [
    ...(await publicAddresses(request)),
    "/write",
    "/me/stories",
    "/settings",
    "/notifications",
    "/saved",
    "/for-you",
    "/moderation",
    "/moderation?tab=edits",
    "/moderation?tab=reports",
    `/moderation/${anyStory.id}`,
    ...waiting.map((w) => `/moderation/${w.id}`),
    "/moderation/audit",
    "/moderation/crisis-procedure",
    "/admin",
  ];
  for (const path of addresses) {
    const found = await problems(member, path);
    if (found.length) report[path] = found;
  }
  const missing = await problems(member, "/no-such-page", { status: 404 });
  if (missing.length) report["/no-such-page"] = missing;
  expect(report).toEqual({});

  // And the pages still come alive: the editor's scripts read the data handed over in <body>.
  await page.goto("/write");
  await page.getByLabel("Title").fill("A title typed with scripts on");
  await expect(page.getByLabel("Title")).toHaveValue("A title typed with scripts on");
  expect(await page.evaluate(() => typeof (window as unknown as { __remixRouter?: unknown }).__remixRouter)).toBe("object");
});
