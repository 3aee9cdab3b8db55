import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eQuery } from "./database";

// Atom feeds and the sitemap against the production build with demo content: fetched as a
// feed reader or a crawler would, parsed by Chromium's own XML parser (so "well-formed" means
// what a browser means), and every address they give checked to open.

const ATOM_NS = "http://www.w3.org/2005/Atom";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const FIRST_OF_MONTH = /^\d{4}-\d{2}-01T00:00:00Z$/;
/** An <updated>: the first of a month plus one second per approved edit (app/models/feed.server.ts). */
const UPDATED = /^\d{4}-\d{2}-01T00:\d{2}:\d{2}Z$/;

interface FeedEntry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  author: string;
  summary: string;
  content: string;
  contentType: string | null;
  categories: string[];
}

interface ParsedFeed {
  error: string | null;
  rootName: string;
  namespace: string | null;
  id: string;
  title: string;
  updated: string;
  self: string | null;
  alternate: string | null;
  entries: FeedEntry[];
}

/** Parses an Atom document with the browser's XML parser; any well-formedness error is reported. */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const root = doc.documentElement;
    const child = (el: Element, name: string) => Array.from(el.children).filter((c) => c.localName === name);
    const text = (el: Element, name: string) => child(el, name)[0]?.textContent ?? "";
    const link = (el: Element, rel: string) => child(el, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === rel)?.getAttribute("href") ?? null;
    return {
      error,
      rootName: root.localName,
      namespace: root.namespaceURI,
      id: text(root, "id"),
      title: text(root, "title"),
      updated: text(root, "updated"),
      self: link(root, "self"),
      alternate: link(root, "alternate"),
      entries: child(root, "entry").map((entry) => ({
        id: text(entry, "id"),
        title: text(entry, "title"),
        link: link(entry, "alternate") ?? "",
        published: text(entry, "published"),
        updated: text(entry, "updated"),
        author: child(entry, "author")[0] ? text(child(entry, "author")[0], "name") : "",
        summary: text(entry, "summary"),
        content: text(entry, "content"),
        contentType: child(entry, "content")[0]?.getAttribute("type") ?? null,
        categories: child(entry, "category").map((c) => c.getAttribute("term") ?? ""),
      })),
    };
  }, xml);
}

async function parseSitemap(page: Page, xml: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      rootName: root.localName,
      namespace: root.namespaceURI,
      elementNames: [...new Set(Array.from(doc.getElementsByTagName("*")).map((e) => e.localName))],
      locs: Array.from(doc.getElementsByTagName("loc")).map((l) => l.textContent ?? ""),
    };
  }, xml);
}

async function fetchFeed(request: APIRequestContext, page: Page, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, no-cache");
  const xml = await response.text();
  const feed = await parseFeed(page, xml);
  expect(feed.error, `${path} is well-formed`).toBeNull();
  expect(feed.rootName).toBe("feed");
  expect(feed.namespace).toBe(ATOM_NS);
  expect(feed.id).toMatch(/^http:\/\//);
  expect(feed.title).not.toBe("");
  expect(feed.updated).toMatch(UPDATED);
  expect(feed.self).toMatch(new RegExp(`${path.replace(/[.]/g, "\\.")}$`));
  expect(feed.alternate).toMatch(/^http:\/\//);
  for (const entry of feed.entries) {
    expect(entry.id).toBe(entry.link);
    expect(entry.title).not.toBe("");
    expect(entry.author).not.toBe("");
    expect(entry.published).toMatch(FIRST_OF_MONTH);
    expect(entry.updated).toMatch(UPDATED);
    expect(entry.updated >= entry.published).toBe(true);
    expect(entry.contentType).toBe("html");
    expect(entry.content).toContain("<p>");
  }
  if (feed.entries.length) expect(feed.updated).toBe(feed.entries.map((e) => e.updated).sort().at(-1));
  return { xml, feed };
}

/** Authors of live pen-name and anonymous stories, straight from the database. */
async function hiddenAuthors() {
  const stories = await e2eQuery<{ slug: string; anonymity: string; penName: string | null; username: string }>(
    `SELECT s."slug" AS "slug", r."anonymity" AS "anonymity", r."penName" AS "penName", u."username" AS "username"
     FROM "Story" s JOIN "StoryRevision" r ON r."id" = s."liveRevisionId" JOIN "User" u ON u."id" = s."authorId"
     WHERE s."status" = 'PUBLISHED' AND r."anonymity" IN ('PEN_NAME', 'ANONYMOUS')`,
  );
  const userIds = (await e2eQuery<{ id: string }>(`SELECT "id" FROM "User"`)).map((r) => r.id);
  const storyIds = (await e2eQuery<{ id: string }>(`SELECT "id" FROM "Story"`)).map((r) => r.id);
  return { stories, userIds, storyIds };
}

test("the site feed is valid Atom, names authors only as they chose, and every story in it opens", async ({ page, request, baseURL }) => {
  const { xml, feed } = await fetchFeed(request, page, "/feed.xml");
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  expect(feed.alternate).toBe(`${baseURL}/`);
  expect(feed.entries.length).toBeGreaterThanOrEqual(10);
  expect(feed.entries.length).toBeLessThanOrEqual(50);

  for (const entry of feed.entries) {
    expect(entry.link.startsWith(`${baseURL}/stories/`), entry.link).toBe(true);
    const response = await request.get(entry.link);
    expect(response.status(), entry.link).toBe(200);
    // The page is the story: its title, up to the first character HTML might escape.
    expect(await response.text()).toContain(entry.title.split(/[^\p{L}\p{N} ]/u)[0]);
  }

  // Pen-name and anonymous stories show the pen name or "Anonymous", never the account.
  const { stories, userIds, storyIds } = await hiddenAuthors();
  expect(stories.length).toBeGreaterThan(0);
  let checked = 0;
  for (const story of stories) {
    const entry = feed.entries.find((e) => e.link === `${baseURL}/stories/${story.slug}`);
    if (!entry) continue;
    checked += 1;
    expect(entry.author).toBe(story.anonymity === "PEN_NAME" ? story.penName : "Anonymous");
    expect(entry.author.toLowerCase()).not.toBe(story.username.toLowerCase());
  }
  expect(checked).toBeGreaterThan(0);
  for (const id of [...userIds, ...storyIds]) expect(xml, "the feed holds an account or story id").not.toContain(id);

  // Warnings lead the entry instead of being left out.
  const warned = feed.entries.find((e) => e.summary.startsWith("Content notes: "));
  if (warned) expect(warned.content.startsWith("<p><strong>Content notes: ")).toBe(true);
});

test("a tag feed holds exactly that tag's stories; unknown tags answer 404", async ({ page, request, baseURL }) => {
  const { feed: site } = await fetchFeed(request, page, "/feed.xml");
  // The tag on the most stories in the site feed.
  const counts = new Map<string, number>();
  for (const e of site.entries) for (const c of e.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [slug] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];

  const path = `/tags/${slug}/feed.xml`;
  const { xml, feed } = await fetchFeed(request, page, path);
  expect(feed.self).toBe(`${baseURL}${path}`);
  expect(feed.alternate).toBe(`${baseURL}/tags/${slug}`);
  expect(feed.entries.length).toBeGreaterThan(0);
  for (const entry of feed.entries) {
    expect(entry.categories).toContain(slug);
    expect((await request.get(entry.link)).status(), entry.link).toBe(200);
  }
  // With fewer than 50 stories on the site, the tag feed is the site feed filtered by the tag.
  if (site.entries.length < 50) {
    expect(feed.entries.map((e) => e.link)).toEqual(site.entries.filter((e) => e.categories.includes(slug)).map((e) => e.link));
  }
  const { userIds } = await hiddenAuthors();
  for (const id of userIds) expect(xml).not.toContain(id);

  for (const missing of ["/tags/no-such-tag/feed.xml", "/tags/%3Cscript%3E/feed.xml"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
});

test("the sitemap lists the site's pages and every published story, with no dates, and each address opens", async ({ page, request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const xml = await response.text();
  const sitemap = await parseSitemap(page, xml);
  expect(sitemap.error).toBeNull();
  expect(sitemap.rootName).toBe("urlset");
  expect(sitemap.namespace).toBe(SITEMAP_NS);
  expect(sitemap.elementNames.sort()).toEqual(["loc", "url", "urlset"]);
  expect(xml).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  for (const path of ["/", "/help", "/browse", "/search"]) expect(sitemap.locs).toContain(`${baseURL}${path}`);
  expect(sitemap.locs.some((l) => l.startsWith(`${baseURL}/tags/`))).toBe(true);

  const { feed } = await fetchFeed(request, page, "/feed.xml");
  for (const entry of feed.entries) expect(sitemap.locs).toContain(entry.link);
  const { stories, userIds, storyIds } = await hiddenAuthors();
  for (const story of stories) expect(sitemap.locs).toContain(`${baseURL}/stories/${story.slug}`);
  for (const id of [...userIds, ...storyIds]) expect(xml).not.toContain(id);

  for (const loc of sitemap.locs) {
    expect(loc.startsWith(`${baseURL}/`), loc).toBe(true);
    expect((await request.get(loc)).status(), loc).toBe(200);
  }
  expect((await request.get("/sitemap.xml?page=99")).status()).toBe(404);
});
