import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { expectAccessible, logIn, signUp, uniqueName, visit } from "./support";

// Identity of pen-name and anonymous authors never reaches a public response: not the
// HTML, not the data Remix serializes, not any page a reader can reach. Checked on stories
// written and approved through the app, then on every pen-name and anonymous demo story.

const PASSWORD = "gentle harbor lights";

async function userIdOf(username: string): Promise<string> {
  const [row] = await e2eQuery<{ id: string }>(`SELECT "id" FROM "User" WHERE "usernameKey" = ?`, username.toLowerCase());
  return row.id;
}

async function writeAndSubmit(page: Page, title: string, mode: "A pen name" | "Anonymous", penName?: string) {
  await visit(page, "/write");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Your story")
    .fill(
      "For a long time I thought nobody could understand what it was like. Then I found a group that met on weeknights, " +
        "and slowly I started to say things out loud. This is about the first year, the hard days and the good ones, and " +
        "what I would tell someone who is where I was.",
    );
  await page.getByLabel(mode).check();
  if (penName) await page.getByRole("textbox", { name: "Pen name" }).fill(penName);
  await page.getByLabel("Alcohol").check();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/me\/stories/);
}

async function approveAll(browser: Browser, titles: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, "casey_mod", "kindred-demo-moderator");
  for (const title of titles) {
    await visit(page, "/moderation");
    await page.getByRole("link", { name: title }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByRole("status")).toContainText("Approved");
  }
  await context.close();
}

/**
 * Every public response a reader can reach that could show a story, as text: its page, every
 * list, search, recommendation, feed and the sitemap — each page and its serialized loader data.
 */
async function publicSurfaces(page: Page, slug: string): Promise<Record<string, string>> {
  const urls = [
    "/",
    "/_root.data",
    `/stories/${slug}`,
    `/stories/${slug}?read=1`,
    `/stories/${slug}.data`,
    `/stories/${slug}.data?read=1`,
    "/help",
    "/browse?substance=alcohol",
    "/browse.data?substance=alcohol",
    "/tags/alcohol",
    "/tags/alcohol.data",
    "/search?q=group+weeknights",
    "/search.data?q=group+weeknights",
    "/for-you?substance=alcohol",
    "/for-you.data?substance=alcohol",
    "/feed.xml",
    "/tags/alcohol/feed.xml",
    "/sitemap.xml",
  ];
  const bodies: Record<string, string> = {};
  for (const url of urls) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBeLessThan(400);
    bodies[url] = await response.text();
  }
  return bodies;
}

test("a pen-name story and an anonymous story never name their author", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const username = uniqueName("privacyauthor");
  await signUp(page, username, PASSWORD);
  const penTitle = `Harbor notes ${username.slice(-5)}`;
  const anonTitle = `Nobody knows ${username.slice(-5)}`;
  await writeAndSubmit(page, penTitle, "A pen name", "Quiet Harbor");
  await writeAndSubmit(page, anonTitle, "Anonymous");
  await approveAll(browser, [penTitle, anonTitle]);
  const userId = await userIdOf(username);

  // Signed out, and signed in as another reader.
  const visitor = await browser.newContext();
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await signUp(readerPage, uniqueName("reader"), PASSWORD);
  for (const context of [visitor, reader]) {
    const p = context === visitor ? await visitor.newPage() : readerPage;
    await visit(p, "/");
    for (const title of [penTitle, anonTitle]) {
      await p.getByRole("link", { name: title }).first().click();
      await expectAccessible(p);
      const byline = await p.locator(".story > header .byline").textContent();
      expect(byline).toContain(title === penTitle ? "By Quiet Harbor" : "Shared anonymously");
      const slug = new URL(p.url()).pathname.split("/").pop()!;
      const surfaces = await publicSurfaces(p, slug);
      // The scan means something only if the story is really there: it must be on these.
      for (const url of ["/tags/alcohol", "/search?q=group+weeknights", "/feed.xml", "/browse?substance=alcohol"]) {
        expect(surfaces[url], `${url} shows the story`).toContain(title);
      }
      expect(surfaces["/sitemap.xml"]).toContain(`/stories/${slug}`);
      for (const [url, body] of Object.entries(surfaces)) {
        expect(body.toLowerCase(), `${url} names the author`).not.toContain(username.toLowerCase());
        expect(body, `${url} holds the author's id`).not.toContain(userId);
      }
      await p.goto("/");
    }
  }
  await visitor.close();
  await reader.close();
});

test("no pen-name or anonymous demo story carries its author's account id", async ({ page }) => {
  const rows = await e2eQuery<{ slug: string; authorId: string }>(
    `SELECT s."slug" AS "slug", s."authorId" AS "authorId" FROM "Story" s JOIN "StoryRevision" r ON r."id" = s."liveRevisionId"
     WHERE s."status" = 'PUBLISHED' AND r."anonymity" IN ('PEN_NAME', 'ANONYMOUS')`,
  );
  expect(rows.length).toBeGreaterThanOrEqual(10);
  for (const { slug, authorId } of rows) {
    for (const [url, body] of Object.entries(await publicSurfaces(page, slug))) {
      expect(body, `${url} holds an author id`).not.toContain(authorId);
    }
  }
});

test("pages load nothing from any other host", async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on("request", (request) => hosts.add(new URL(request.url()).host));
  for (const path of ["/", "/help", "/login", "/signup", "/reset"]) await visit(page, path);
  await page.getByRole("link", { name: "Stories", exact: true }).click();
  await page.locator(".story-list a").first().click();
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
});
