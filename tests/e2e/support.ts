import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

/** Runs axe on the current page; any violation fails the test with a readable summary. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe runs inside the page, which a script-free page can't do. So a script-free page is checked
 * as a copy: the same HTML (scripts removed), at the same address with the same stylesheets, in
 * a second tab that may run axe. (Contexts made in a test inherit `test.use`, so scripts are
 * switched back on explicitly.)
 */
export async function expectAccessibleWithoutJs(page: Page, browser: Browser) {
  const url = page.url();
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, "");
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(
      (u) => u.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    await expectAccessible(copy);
  } finally {
    await context.close();
  }
}

/** Goes to a page, checks it loaded without a server error, and runs the accessibility check. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBeLessThan(500);
  await expectAccessible(page);
  return response;
}

let counter = 0;
export function uniqueName(prefix = "reader"): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter}`;
}

/** Signs up through the form and returns the recovery codes shown once. */
export async function signUp(page: Page, username: string, password: string): Promise<string[]> {
  await visit(page, "/signup");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
  await expectAccessible(page);
  return page.locator("ol.codes li").allTextContents();
}

export async function logIn(page: Page, username: string, password: string) {
  await visit(page, "/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  // Wait for the answer — a new page or a message — so the next navigation can't race it.
  await Promise.race([
    page.waitForURL((url) => url.pathname !== "/login"),
    page.getByRole("alert").waitFor(),
  ]);
}

export async function logOut(page: Page) {
  await page.locator("details.account summary").click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
}

/** Writes a story (Alcohol, anonymous) and sends it for review. */
export async function writeAndSend(page: Page, title: string, body: string) {
  await visit(page, "/write");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your story").fill(body);
  await page.getByLabel("Alcohol", { exact: true }).check();
  await page.getByLabel("Anonymous", { exact: true }).check();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page).toHaveURL(/\/me\/stories\?submitted=/);
  const card = page.locator("li.my-story").filter({ hasText: title });
  await expect(card.locator(".status")).toHaveText("Waiting for review");
  await expectAccessible(page);
}

/** Opens a story from the queue tab by its title and returns its story id. */
export async function openFromQueue(page: Page, title: string, tab = "new"): Promise<string> {
  await visit(page, `/moderation?tab=${tab}`);
  await expect(page.getByRole("heading", { name: "Moderation queue", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expectAccessible(page);
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(id).not.toBe("");
  return id;
}

export async function approve(page: Page) {
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/moderation\?decided=approved$/);
  await expect(page.getByRole("status")).toContainText("Approved and published");
  await expectAccessible(page);
}
