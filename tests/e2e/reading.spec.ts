import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { expectAccessible, signUp, uniqueName, visit } from "./support";

// A reader finds stories like theirs: a private profile drives For you; hiding "relapse"
// keeps every relapse story out of every list; reactions and saving are private.

const PASSWORD = "a soft place to land";

async function relapseTitles(): Promise<string[]> {
  const rows = await e2eQuery<{ title: string }>(
    `SELECT r."title" AS "title" FROM "Story" s JOIN "StoryRevision" r ON r."id" = s."liveRevisionId"
     JOIN "RevisionWarning" w ON w."revisionId" = r."id" WHERE s."status" = 'PUBLISHED' AND w."warning" = 'relapse'`,
  );
  return rows.map((row) => row.title);
}

async function listedTitles(page: Page): Promise<string[]> {
  return page.locator(".story-list article h2 a, .story-list article h3 a").allTextContents();
}

test("a reader's profile drives For you, and hiding relapse keeps relapse stories out of every list", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueName("reader"), PASSWORD);

  await visit(page, "/for-you");
  await page.getByLabel("Opioids").check();
  await page.getByLabel("Parenting").check();
  await page.getByRole("button", { name: "Save my profile" }).click();
  await expect(page.getByRole("status")).toContainText("Your reading profile is saved");
  await expectAccessible(page);
  const suggestions = page.locator(".story-list article");
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.first()).toContainText(/Opioids|Parenting/);
  await expect(suggestions.first()).toContainText(/matches your:/i);

  const relapse = await relapseTitles();
  expect(relapse.length).toBeGreaterThan(0);

  await visit(page, "/settings");
  await page.getByRole("radio", { name: "Relapse: hide" }).check();
  await page.getByRole("button", { name: "Save reading settings" }).click();
  await expect(page.getByRole("status")).toContainText("reading settings are saved");
  await expectAccessible(page);

  const lists = ["/", "/browse", "/browse?substance=alcohol", "/tags/relapse", "/tags/alcohol", "/search?q=again", "/search?q=drink", "/for-you", "/saved"];
  for (const path of lists) {
    await visit(page, path);
    for (const title of await listedTitles(page)) expect(relapse, `${path} lists “${title}”`).not.toContain(title);
  }
});

test("reactions and saving are private toggles; saved stories are listed for the reader only", async ({ page, browser }) => {
  await signUp(page, uniqueName("saver"), PASSWORD);
  await visit(page, "/browse?substance=alcohol");
  const first = page.locator(".story-list article h2 a").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  // Client-side navigation changes the address before React renders the new page: wait for the heading.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  if (await page.getByRole("link", { name: "Read the story" }).count()) await page.getByRole("link", { name: "Read the story" }).click();
  const helped = page.getByRole("button", { name: "This helped me" });
  await helped.click();
  await expect(helped).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Saved", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await helped.click();
  await expect(helped).toHaveAttribute("aria-pressed", "false");

  await visit(page, "/saved");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // Nobody else sees counts or buttons: a visitor's page has neither.
  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("button", { name: "This helped me" })).toHaveCount(0);
  await expect(other.getByText(/\d+ (people|readers)/)).toHaveCount(0);
  await visitor.close();
});
