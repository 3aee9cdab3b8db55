import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_PORT } from "./env";
import { approve, logIn, openFromQueue, signUp, uniqueName, writeAndSend } from "./support";

// Issue 13, items 2 and 12: signed-out pages and feeds answer conditional GETs with 304 from
// the page cache (server/page-cache.js, decision 009) — in every process, since a stored page
// is the same bytes wherever it was rendered for the same address — and never for a member.
// (The two servers' pages differ: they name their own origin in absolute links.) A feed's validators
// change the moment a story in it is approved or withdrawn, so a polling reader gets the new
// feed at once.

const PASSWORD = "one quiet day at a time";
const MODERATOR = { username: "casey_mod", password: "kindred-demo-moderator" };
const BODY =
  "On the night bus home I counted the stops instead of the drinks I wasn't having. Nine stops, every night, " +
  "for a year. Somewhere around the sixth month I stopped counting and started looking out of the window.";
const SERVERS = [`http://localhost:${E2E_PORT}`, `http://localhost:${E2E_PORT + 1}`];
const TRIES = 4;

interface Answer {
  origin: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A GET to both servers, several times each (consecutive requests reach different worker
 * processes); `headers` may depend on the server (its own ETag).
 */
async function everywhere(client: APIRequestContext, path: string, headers: (origin: string) => Record<string, string> = () => ({})): Promise<Answer[]> {
  const answers = [];
  for (const origin of SERVERS) {
    for (let i = 0; i < TRIES; i++) {
      const response = await client.get(origin + path, { headers: { "Accept-Encoding": "gzip, br", ...headers(origin) } });
      answers.push({ origin, status: response.status(), headers: response.headers(), body: await response.text() });
    }
  }
  return answers;
}

/** The one ETag each server gave (fails if a server gave several). */
function etagsOf(answers: Answer[]): Map<string, string> {
  const byOrigin = new Map<string, Set<string>>();
  for (const a of answers) byOrigin.set(a.origin, (byOrigin.get(a.origin) ?? new Set()).add(a.headers["etag"]));
  for (const [origin, tags] of byOrigin) expect(tags.size, `one ETag for the page from every process of ${origin}`).toBe(1);
  return new Map([...byOrigin].map(([origin, tags]) => [origin, [...tags][0]]));
}

const ALL = (status: number) => Array(SERVERS.length * TRIES).fill(status);

test("a signed-out page answers If-None-Match with 304 in every process, and a member never gets a validator", async ({ page, playwright }) => {
  const visitor = await playwright.request.newContext();
  const first = await everywhere(visitor, "/help");
  expect(first.map((a) => a.status)).toEqual(ALL(200));
  const etags = etagsOf(first);
  for (const tag of etags.values()) expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);

  const again = await everywhere(visitor, "/help", (origin) => ({ "If-None-Match": etags.get(origin)! }));
  expect(again.map((a) => a.status)).toEqual(ALL(304));
  expect(again.every((a) => a.body === "" && a.headers["etag"] === etags.get(a.origin))).toBe(true);
  // The policy the stored page's scripts need comes with the 304: hashes, never a nonce.
  for (const a of again) expect(a.headers["content-security-policy"]).not.toContain("nonce-");
  await visitor.dispose();

  // Signed in, the same page is rendered for the member: no validator, no 304, even when the
  // browser offers the signed-out page's ETag.
  await signUp(page, uniqueName("validator"), PASSWORD);
  const offers: Record<string, string>[] = [{ "If-None-Match": etags.get(SERVERS[0])! }, { "If-None-Match": "*" }, { "If-Modified-Since": new Date().toUTCString() }];
  for (const headers of offers) {
    for (const path of ["/help", "/", "/feed.xml", "/me/stories"]) {
      const response = await page.request.get(path, { headers });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(200);
      expect(response.headers()["etag"], path).toBeUndefined();
      expect(response.headers()["last-modified"], path).toBeUndefined();
      if (path !== "/feed.xml") expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
  }
});

test("a feed answers ETag and Last-Modified with 304 until a story in it is approved or withdrawn, then drops it at once", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const reader = await playwright.request.newContext();
  const poll = async (headers: (origin: string) => Record<string, string> = () => ({})) => everywhere(reader, "/feed.xml", headers);
  const matching = (tags: Map<string, string>) => (origin: string) => ({ "If-None-Match": tags.get(origin)! });

  const before = await poll();
  expect(before.map((a) => a.status)).toEqual(ALL(200));
  const etags = etagsOf(before);
  expect(before.every((a) => a.headers["cache-control"] === "public, no-cache")).toBe(true);
  expect((await poll(matching(etags))).map((a) => a.status)).toEqual(ALL(304));
  // Last-Modified: a copy the reader got a second after the feed was stored is answered 304.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const dated = await reader.get(`${SERVERS[0]}/feed.xml`);
  const lastModified = dated.headers()["last-modified"];
  expect(Date.parse(lastModified)).toBeGreaterThan(0);
  expect((await reader.get(`${SERVERS[0]}/feed.xml`, { headers: { "If-Modified-Since": lastModified } })).status()).toBe(304);

  // A story is approved: every process answers the old validators with the new feed.
  const authorContext = await browser.newContext({ baseURL });
  const author = await authorContext.newPage();
  const title = `Nine stops on the night bus ${uniqueName("cg")}`;
  await signUp(author, uniqueName("conditional"), PASSWORD);
  await writeAndSend(author, title, BODY);
  const moderatorContext = await browser.newContext({ baseURL });
  const moderator = await moderatorContext.newPage();
  await logIn(moderator, MODERATOR.username, MODERATOR.password);
  await openFromQueue(moderator, title);
  await approve(moderator);

  for (const headers of [matching(etags), () => ({ "If-Modified-Since": lastModified })]) {
    const answers = await poll(headers);
    expect(answers.map((a) => a.status)).toEqual(ALL(200));
    expect(answers.every((a) => a.body.includes(title))).toBe(true);
  }
  const withStory = etagsOf(await poll());
  for (const origin of SERVERS) expect(withStory.get(origin)).not.toBe(etags.get(origin));

  // The author withdraws it: from the next poll on, the feed without it, whatever the reader holds.
  await author.goto("/me/stories");
  const card = author.locator("li.my-story").filter({ hasText: title });
  await card.getByRole("button", { name: `Withdraw “${title}”` }).click();
  await expect(author.locator("li.my-story").filter({ hasText: title }).locator(".status")).toHaveText("Withdrawn");
  const withdrawn = await poll(matching(withStory));
  expect(withdrawn.map((a) => a.status)).toEqual(ALL(200));
  expect(withdrawn.some((a) => a.body.includes(title) || a.body.includes(BODY.slice(0, 30)))).toBe(false);
  expect(withdrawn.every((a) => a.headers["etag"] !== withStory.get(a.origin))).toBe(true);
  await reader.dispose();
  await authorContext.close();
  await moderatorContext.close();
});
