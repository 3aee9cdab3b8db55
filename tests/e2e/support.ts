import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe on the current page; any violation fails the test with a readable summary. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
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
