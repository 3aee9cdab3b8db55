import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueName, visit } from "./support";

// What search engines and browsers read from a page's head (issue 13, item 9): every page has
// a meta description, the reading surfaces a canonical link (browse and search to their
// normalised query), search and filtered browse pages say in their title what they show, and
// /favicon.ico is our own icon.

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute("href");
const description = (page: Page) => page.locator('meta[name="description"]').getAttribute("content");

test("home, tag, browse and search pages have a canonical link; browse and search to the normalised query", async ({ page, baseURL }) => {
  const cases: [string, string][] = [
    ["/", "/"],
    ["/tags/alcohol", "/tags/alcohol"],
    ["/browse", "/browse"],
    ["/browse?situation=parenting&substance=opioids&substance=opioids&utm_source=x", "/browse?substance=opioids&situation=parenting"],
    ["/browse?substance=opioids&situation=parenting", "/browse?substance=opioids&situation=parenting"],
    ["/search?q=++sleep+%0A+problems&substance=alcohol&junk=1", "/search?q=sleep+problems&substance=alcohol"],
    ["/search", "/search"],
  ];
  for (const [path, expected] of cases) {
    await visit(page, path);
    expect(await canonical(page), path).toBe(`${baseURL}${expected}`);
    expect(await description(page), path).toBeTruthy();
  }
});

test("search and filtered browse titles say what is shown", async ({ page }) => {
  await visit(page, "/search?q=sleep");
  await expect(page).toHaveTitle("Search: sleep · Kindred");
  await visit(page, "/search?q=%20sleep%20%20problems%20&substance=alcohol");
  await expect(page).toHaveTitle("Search: sleep problems in Alcohol · Kindred");
  await visit(page, "/search");
  await expect(page).toHaveTitle("Search stories · Kindred");
  await visit(page, "/browse?substance=opioids&situation=parenting");
  await expect(page).toHaveTitle(/^Stories: Opioids, Parenting · Kindred$/i);
  await visit(page, "/browse");
  await expect(page).toHaveTitle("Find stories like yours · Kindred");
});

test("/login and signed-in pages have a meta description", async ({ page }) => {
  for (const path of ["/login", "/signup", "/reset"]) {
    await visit(page, path);
    expect(await description(page), path).toBeTruthy();
  }
  await signUp(page, uniqueName("describer"), "a described page is a good page");
  for (const path of ["/me/stories", "/write", "/settings", "/saved", "/notifications", "/for-you", "/logout"]) {
    await visit(page, path);
    expect(await description(page), path).toBeTruthy();
  }
});

test("/favicon.ico is a small icon of our own", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const body = await response.body();
  expect(body.length).toBeLessThan(10_000);
  // An ICO header: reserved 0, type 1 (icon), at least one image.
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});
