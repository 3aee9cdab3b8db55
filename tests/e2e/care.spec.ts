import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { E2E_PORT } from "./env";
import { expectAccessible, expectAccessibleWithoutJs, logIn, signUp, uniqueName, visit } from "./support";

// The two care tiers and the one list of crisis resources, end to end: an admin edits a
// resource on /admin and the edit reaches every page (signed-out cached pages on both servers
// included); an author writes a crisis sentence and the crisis box shows the admin's list at
// once (with JavaScript: the live preview; without: after Save draft or Preview); the story
// goes to the top of the moderation queue with the sentence highlighted, and the procedure is
// beside it. A concern sentence gets the gentle box and the place after crisis items.
//
// The sentences below are ones the care check (app/lib/safety/crisis.ts) raises as crisis and
// as concern; its own tests cover the wording families.

const PASSWORD = "gentle steady steps";
const ADMIN = { username: "robin_admin", password: "kindred-demo-admin" };
const MODERATOR = { username: "casey_mod", password: "kindred-demo-moderator" };

const OPENING =
  "The year I stopped drinking, I started walking to the river every morning before work. At first it was only " +
  "to get out of the apartment, away from the cupboard where the bottles used to be. After a while it became the " +
  "part of the day I looked forward to, a quiet half hour that belonged to nobody else.";
const CRISIS_SENTENCE = "I want to die.";
const CONCERN_SENTENCE = "I don't see the point of any of this anymore.";
const CRISIS_BODY = `${OPENING} Lately the mornings are dark again. ${CRISIS_SENTENCE} I haven't told anyone.`;
const CONCERN_BODY = `${OPENING} Lately it is harder to get up. ${CONCERN_SENTENCE} I keep walking anyway.`;

const STAMP = Date.now().toString(36);
/** What the admin changes the first resource to: every place that shows resources must show this. */
const EDITED = { name: `Lifeline, edited ${STAMP}`, action: `Call or text 988 (edited ${STAMP})` };
const ORIGINAL = { name: "988 Suicide & Crisis Lifeline", action: "Call or text 988" };
/** The original name as it appears in a page's HTML (React escapes the ampersand; the loader data may not). */
const hasOriginalName = (html: string) => html.includes("Suicide &amp; Crisis Lifeline") || html.includes("Suicide & Crisis Lifeline");

const CRISIS_HEADING = "You matter, and you don't have to carry this alone";
const CONCERN_HEADING = "It sounds like you're carrying a lot";

async function newPage(browser: Browser, baseURL: string | undefined, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  return context.newPage();
}

async function editFirstResource(page: Page, values: { name: string; action: string }) {
  await visit(page, "/admin");
  const form = page.locator("form").filter({ has: page.locator("#crisis-name-crisis-988") });
  await form.getByLabel("Name").fill(values.name);
  await form.getByLabel("What to do").fill(values.action);
  await form.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByText(`Saved “${values.name}”.`)).toBeVisible();
  await expectAccessible(page);
}

/** Signed-out GETs of a page, several times (consecutive requests land on different worker processes). */
async function signedOut(visitor: APIRequestContext, url: string, tries = 6) {
  const answers = [];
  for (let i = 0; i < tries; i++) {
    const response = await visitor.get(url, { headers: { "Accept-Encoding": "gzip, br" } });
    answers.push({ status: response.status(), cache: response.headers()["x-kindred-cache"], body: await response.text() });
  }
  return answers;
}

async function writeStory(page: Page, title: string, body: string) {
  await visit(page, "/write");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your story").fill(body);
  await page.getByLabel("Alcohol", { exact: true }).check();
  await page.getByLabel("Anonymous", { exact: true }).check();
}

/** The author's crisis box, with the admin's list in it. */
async function expectCrisisBox(page: Page) {
  const box = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: CRISIS_HEADING }) });
  await expect(box).toBeVisible({ timeout: 15_000 });
  await expect(box.getByRole("link", { name: EDITED.action })).toHaveAttribute("href", "tel:988");
  await expect(box).toContainText(EDITED.name);
  await expect(box.getByRole("link", { name: "Call 911" })).toBeVisible();
  await expect(box).not.toContainText(ORIGINAL.name);
}

/** The gentler concern box: the same list, and no alert. */
async function expectConcernBox(page: Page) {
  const box = page.locator("section").filter({ has: page.getByRole("heading", { name: CONCERN_HEADING }) });
  await expect(box).toBeVisible({ timeout: 15_000 });
  await expect(box).not.toHaveAttribute("role", "alert");
  await expect(box.getByRole("link", { name: EDITED.action })).toBeVisible();
  await expect(page.getByRole("heading", { name: CRISIS_HEADING })).toHaveCount(0);
}

test.describe.serial("crisis and concern", () => {
  test.afterAll(async ({ browser, baseURL }) => {
    // Put the resource back for the specs that run after this one.
    const admin = await newPage(browser, baseURL);
    await logIn(admin, ADMIN.username, ADMIN.password);
    await editFirstResource(admin, ORIGINAL);
    await admin.context().close();
  });

  test("an admin's edit of the crisis resources reaches every page at once, cached signed-out pages on both servers included", async ({
    browser,
    baseURL,
    playwright,
  }) => {
    const visitor = await playwright.request.newContext({ baseURL });
    const other = await playwright.request.newContext({ baseURL: `http://localhost:${E2E_PORT + 1}` });
    // Signed-out pages are cached with the footer as it is now, on both servers.
    for (const client of [visitor, other]) {
      for (const path of ["/", "/help"]) {
        const answers = await signedOut(client, path);
        expect(answers.every((a) => a.status === 200 && hasOriginalName(a.body))).toBe(true);
        expect(answers.some((a) => a.cache === "hit")).toBe(true);
      }
    }

    const admin = await newPage(browser, baseURL);
    await logIn(admin, ADMIN.username, ADMIN.password);
    await editFirstResource(admin, EDITED);
    // The admin's own page footer follows at once.
    await expect(admin.locator("footer").getByRole("link", { name: EDITED.name })).toHaveAttribute("href", "tel:988");

    for (const client of [visitor, other]) {
      const home = await signedOut(client, "/");
      expect(home.every((a) => a.status === 200 && a.body.includes(EDITED.name) && !hasOriginalName(a.body))).toBe(true);
      const help = await signedOut(client, "/help");
      expect(help.every((a) => a.body.includes(EDITED.action) && a.body.includes(EDITED.name))).toBe(true);
    }

    const reader = await newPage(browser, baseURL);
    await visit(reader, "/");
    const footer = reader.locator("footer");
    await expect(footer.getByRole("link", { name: EDITED.name })).toHaveAttribute("href", "tel:988");
    await expect(footer.getByRole("link", { name: "Emergency services" })).toHaveAttribute("href", "tel:911");
    await expect(footer.getByRole("link", { name: "all crisis resources" })).toHaveAttribute("href", "/help");
    await visit(reader, "/help");
    await expect(reader.locator("main").getByRole("link", { name: EDITED.action })).toBeVisible();
    await expect(reader.locator("main").getByRole("heading", { name: EDITED.name })).toBeVisible();
    await Promise.all([admin.context().close(), reader.context().close(), visitor.dispose(), other.dispose()]);
  });

  test("with JavaScript: a crisis sentence brings the crisis box with the admin's resources while typing; the story tops the queue with the sentence highlighted", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const author = await newPage(browser, baseURL);
    await signUp(author, uniqueName("carer"), PASSWORD);
    const title = `Dark mornings ${STAMP}`;
    await writeStory(author, title, CRISIS_BODY);
    // The live preview (no button pressed) shows the box, kindly worded, as an alert.
    await expectCrisisBox(author);
    await expect(author.locator("main")).toContainText("Your story is safe here");
    await expectAccessible(author);

    await author.getByRole("button", { name: "Send for review" }).click();
    await expect(author).toHaveURL(/\/me\/stories\?submitted=[^&]+&crisis=1$/);
    await expectCrisisBox(author);
    await expectAccessible(author);

    // The moderator: first in the queue, named as crisis in words, the sentence quoted and marked.
    const moderator = await newPage(browser, baseURL);
    await logIn(moderator, MODERATOR.username, MODERATOR.password);
    await visit(moderator, "/moderation");
    const first = moderator.locator("ol.queue > li").first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(title);
    await expect(first).toContainText("Crisis — please look now");
    await expect(first.locator("mark.care.crisis")).toContainText(CRISIS_SENTENCE.replace(/\.$/, ""));
    // Quoted with the text around it (the check may flag other sentences too: each has its own quote).
    await expect(first.locator("blockquote").filter({ has: moderator.locator("mark.care.crisis") })).toContainText(
      "Lately the mornings are dark again.",
    );

    await first.getByRole("link", { name: title }).click();
    await expect(moderator.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(moderator.getByRole("alert")).toContainText("Please act within minutes");
    const signals = moderator.locator("section").filter({ has: moderator.getByRole("heading", { name: "What raised the flag" }) });
    await expect(signals.locator("mark.care.crisis")).toContainText(CRISIS_SENTENCE.replace(/\.$/, ""));
    // And in the story text itself, in context.
    await expect(moderator.locator("p.marked mark.care.crisis")).toContainText(CRISIS_SENTENCE.replace(/\.$/, ""));
    // The procedure beside it, with the admin's resources to share.
    const procedure = moderator.locator("#procedure");
    await expect(procedure.getByRole("heading", { name: "Crisis and concern procedure", level: 2 })).toBeVisible();
    await expect(procedure.getByRole("link", { name: EDITED.action })).toBeVisible();
    await expect(procedure.getByRole("heading", { name: "When an item is flagged crisis" })).toBeVisible();
    await expect(procedure.getByRole("heading", { name: "Look after yourself" })).toBeVisible();
    await expectAccessible(moderator);

    // The procedure on its own page, reached from the guidelines.
    await moderator.locator("aside.guidelines").getByRole("link", { name: "crisis procedure" }).click();
    await expect(moderator.getByRole("heading", { name: "Crisis and concern procedure", level: 1 })).toBeVisible();
    await expect(moderator.locator("main").getByRole("link", { name: EDITED.action })).toBeVisible();
    await expect(moderator.getByText("Read the highlighted sentence in context", { exact: false }).first()).toBeVisible();
    await expectAccessible(moderator);
    await Promise.all([author.context().close(), moderator.context().close()]);
  });

  test("without JavaScript: the crisis box with the admin's resources appears after Save draft, and after Preview", async ({
    browser,
    baseURL,
  }) => {
    // Sign up in a tab with scripts (the shared helper runs axe), then carry the session over.
    const signup = await browser.newContext({ baseURL, javaScriptEnabled: true });
    await signUp(await signup.newPage(), uniqueName("nojscare"), PASSWORD);
    const page = await newPage(browser, baseURL, false);
    await page.context().addCookies(await signup.cookies());
    await signup.close();

    const response = await page.goto("/write");
    expect(response?.status()).toBe(200);
    await page.getByLabel("Title").fill(`No script, still heard ${STAMP}`);
    await page.getByLabel("Your story").fill(CRISIS_BODY);
    await page.getByLabel("Alcohol", { exact: true }).check();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/me\/stories\/[^/]+\/edit\?saved=1$/);
    await expectCrisisBox(page);
    await expectAccessibleWithoutJs(page, browser);

    // Preview (nothing saved) shows it too, and clears it once the sentence is gone.
    await page.getByLabel("Your story").fill(`${OPENING} Lately the mornings are lighter.`);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(page.getByRole("heading", { name: CRISIS_HEADING })).toHaveCount(0);
    await page.getByLabel("Your story").fill(CRISIS_BODY);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expectCrisisBox(page);
    await expectAccessibleWithoutJs(page, browser);
    await page.context().close();
  });

  test("a concern sentence brings the gentle box (no alert) with the admin's resources, and the story comes after crisis items in the queue", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const author = await newPage(browser, baseURL);
    await signUp(author, uniqueName("heavy"), PASSWORD);
    const title = `Harder to get up ${STAMP}`;
    await writeStory(author, title, CONCERN_BODY);
    await expectConcernBox(author);
    await expectAccessible(author);
    await author.getByRole("button", { name: "Send for review" }).click();
    await expect(author).toHaveURL(/\/me\/stories\?submitted=[^&]+&concern=1$/);
    await expectConcernBox(author);
    await expectAccessible(author);

    const moderator = await newPage(browser, baseURL);
    await logIn(moderator, MODERATOR.username, MODERATOR.password);
    await visit(moderator, "/moderation");
    const items = moderator.locator("ol.queue > li");
    const levels = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-level")));
    const titles = await items.locator("h2").allTextContents();
    const at = titles.indexOf(title);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(levels[at]).toBe("concern");
    // After every crisis item, before every ordinary one.
    expect(levels.slice(0, at).every((l) => l === "crisis" || l === "concern")).toBe(true);
    expect(levels.slice(at + 1).every((l) => l !== "crisis")).toBe(true);
    const item = items.nth(at);
    await expect(item).toContainText("Concern — please look soon");
    await expect(item.locator("mark.care.concern").filter({ hasText: "see the point" })).toHaveCount(1);

    await item.getByRole("link", { name: title }).click();
    await expect(moderator.getByRole("alert")).toHaveCount(0);
    await expect(moderator.locator("p.concern-callout")).toContainText("may be struggling");
    await expect(moderator.locator("#procedure").getByRole("heading", { name: "When an item is flagged concern" })).toBeVisible();
    await expectAccessible(moderator);
    await Promise.all([author.context().close(), moderator.context().close()]);
  });
});
