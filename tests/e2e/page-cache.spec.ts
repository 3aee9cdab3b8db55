import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { approve, expectAccessible, logIn, openFromQueue, signUp, uniqueName, writeAndSend } from "./support";

// The signed-out page cache (server/page-cache.js): pages are served again from memory, in
// every app process, until what they show changes — and a withdrawal takes the old page out of
// every process before the author's request is even answered. The server runs one worker per
// core, so each check asks several times: consecutive requests land on different processes.

const PASSWORD = "one quiet day at a time";
const MODERATOR = { username: "casey_mod", password: "kindred-demo-moderator" };
const BODY =
  "Every Thursday I drove past the bar on the corner and every Thursday I kept driving. It took me a long time to " +
  "understand that the driving past was the whole thing, that nobody was going to hand me a certificate for it, " +
  "and that the quiet pride I felt at the next traffic light was enough.";
const TRIES = 6;

async function signedOutGets(visitor: APIRequestContext, path: string) {
  const answers = [];
  for (let i = 0; i < TRIES; i++) {
    const response = await visitor.get(path, { headers: { "Accept-Encoding": "gzip, br" } });
    answers.push({ status: response.status(), cache: response.headers()["x-kindred-cache"], body: await response.text() });
  }
  return answers;
}

async function newPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test("a withdrawn story leaves every cached page at once, and cached pages still run their scripts under the policy", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const author = await newPage(browser, baseURL);
  const title = `Thursdays on the corner ${uniqueName("pc")}`;
  await signUp(author, uniqueName("cacher"), PASSWORD);
  await writeAndSend(author, title, BODY);

  const moderator = await newPage(browser, baseURL);
  await logIn(moderator, MODERATOR.username, MODERATOR.password);
  await openFromQueue(moderator, title);
  await approve(moderator);

  // The story is public; signed-out readers are answered from the cache after the first render.
  await author.goto("/me/stories");
  const card = author.locator("li.my-story").filter({ hasText: title });
  const href = await card.getByRole("link", { name: title, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/stories\//);
  const visitor = await playwright.request.newContext({ baseURL });
  const before = await signedOutGets(visitor, href!);
  expect(before.map((a) => a.status)).toEqual(Array(TRIES).fill(200));
  expect(before.every((a) => a.body.includes(title))).toBe(true);
  expect(before.filter((a) => a.cache === "hit").length).toBeGreaterThan(0);
  const homeBefore = await signedOutGets(visitor, "/");
  expect(homeBefore.every((a) => a.body.includes(title))).toBe(true);
  expect(homeBefore.filter((a) => a.cache === "hit").length).toBeGreaterThan(0);

  // A signed-in reader is never served from the cache.
  const signedIn = await author.request.get(href!);
  expect(signedIn.headers()["x-kindred-cache"]).toBeUndefined();

  // A cached page in a real browser: its inline scripts run under the hash-based policy, so
  // the app hydrates and client-side navigation works, with no policy violation reported.
  const reader = await newPage(browser, baseURL);
  const violations: string[] = [];
  reader.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // Each worker process keeps its own cache, and which one answers a navigation depends on the
  // connection Chromium reuses (two navigations need not reach both): navigate until one answers
  // from its cache, then check that page.
  let response = await reader.goto("/");
  for (let i = 0; i < 8 && response?.headers()["x-kindred-cache"] !== "hit"; i++) response = await reader.goto("/");
  expect(response?.status()).toBe(200);
  await expectAccessible(reader);
  expect(response?.headers()["x-kindred-cache"]).toBe("hit");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-inline");
  expect(await reader.evaluate(() => typeof window.__remixContext)).toBe("object");
  await reader.getByRole("link", { name: "Need help now?" }).click();
  await expect(reader.getByRole("heading", { name: "Need help now?", level: 1 })).toBeVisible();
  expect(violations).toEqual([]);

  // The author withdraws it: from the very next request on, no process shows it anywhere.
  await card.getByRole("button", { name: `Withdraw “${title}”` }).click();
  await expect(author.locator("li.my-story").filter({ hasText: title }).locator(".status")).toHaveText("Withdrawn");
  const after = await signedOutGets(visitor, href!);
  expect(after.map((a) => a.status)).toEqual(Array(TRIES).fill(404));
  expect(after.some((a) => a.body.includes(BODY.slice(0, 40)))).toBe(false);
  for (const path of ["/", "/browse?substance=alcohol", "/tags/alcohol", "/feed.xml"]) {
    const answers = await signedOutGets(visitor, path);
    expect(answers.map((a) => a.status), path).toEqual(Array(TRIES).fill(200));
    expect(answers.some((a) => a.body.includes(title)), `${path} still lists the withdrawn story`).toBe(false);
  }
  await visitor.dispose();
});
