import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_PORT } from "./env";
import { signUp, uniqueName } from "./support";

// Issue 13: the editor never reports a save the server refused (5d), previews need a session
// (5b), and `?_data` addresses are a 400, not a 500 (5e) — on the running server, in Chromium.

const ORIGIN = `http://localhost:${E2E_PORT}`;
const PASSWORD = "a long password for the editor";
const STORY = "The first winter sober I walked to the river every morning, because it was the one thing I could do.";
/** What the issue pasted: 55,016 characters, over the 50,000 a story may have. */
const PASTE = `${STORY}\n\n`.repeat(600).slice(0, 55_016);

/** A signed-up author with a saved draft; returns the draft's editing address. */
async function authorWithDraft(page: Page): Promise<string> {
  await signUp(page, uniqueName("saver"), PASSWORD);
  await page.goto("/write");
  await page.getByLabel("Title").fill(`Refused saves ${Date.now().toString(36)}`);
  await page.getByLabel("Your story").fill(STORY);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/me\/stories\/[^/]+\/edit\?saved=1$/);
  return new URL(page.url()).pathname;
}

async function storedBody(page: Page, editPath: string): Promise<string> {
  // The editing page's own data: what the database holds for the draft.
  const response = await page.request.get(`${editPath}.data`);
  expect(response.status()).toBe(200);
  return await response.text();
}

test("with JavaScript: an autosave refused with 400 says what went wrong, keeps the text, and never says saved", async ({ page }) => {
  const editPath = await authorWithDraft(page);
  await page.goto(editPath);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith(editPath));
  await page.getByLabel("Your story").fill(PASTE);
  expect((await answered).status()).toBe(400);
  const status = page.locator(".hint.autosave");
  await expect(status).toHaveText(/^Not saved: Stories can be up to 50,000 characters\. Your text is still here/);
  await expect(status).not.toHaveText(/Draft saved/);
  await expect(page.getByLabel("Your story")).toHaveValue(PASTE);
  const stored = await storedBody(page, editPath);
  expect(stored).toContain(STORY);
  expect(stored.length).toBeLessThan(PASTE.length);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  async function signedInWithoutJs(page: Page, browser: Browser, baseURL: string | undefined): Promise<string> {
    const withJs = await browser.newContext({ baseURL, javaScriptEnabled: true });
    const editPath = await authorWithDraft(await withJs.newPage());
    await page.context().addCookies(await withJs.cookies());
    await withJs.close();
    return editPath;
  }

  test("a save refused with 400 says so, keeps the text, and the status line doesn't say saved", async ({ page, browser, baseURL }) => {
    const editPath = await signedInWithoutJs(page, browser, baseURL);
    await page.goto(editPath);
    await expect(page.locator(".hint.autosave")).toHaveText("Draft saved.");
    await page.getByLabel("Your story").fill(PASTE);
    const saving = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Save draft" }).click();
    expect((await saving).status()).toBe(400);
    await expect(page.locator(".hint.autosave")).toHaveText("Not saved: see what needs attention above. Your text is still here.");
    await expect(page.locator("#body-error")).toHaveText("Stories can be up to 50,000 characters.");
    await expect(page.getByText("Draft saved")).toHaveCount(0);
    await expect(page.getByLabel("Your story")).toHaveValue(PASTE);
    expect(await storedBody(page, editPath)).toContain(STORY);
  });
});

test("/write/preview refuses a signed-out visitor with 401 and a message, not a redirect", async ({ playwright }) => {
  const stranger = await playwright.request.newContext({ baseURL: ORIGIN });
  const response = await stranger.post("/write/preview", { headers: { Origin: ORIGIN }, form: { title: "x", body: "*a ".repeat(33_000) }, maxRedirects: 0 });
  expect(response.status()).toBe(401);
  const answer = (await response.json()) as { html: string; error: string };
  expect(answer.error).toMatch(/login has ended/);
  expect(answer.html).toBe("");
  await stranger.dispose();
});

test("?_data addresses answer 400 with a message, never 500", async ({ request }) => {
  for (const path of ["/login?_data=routes%2Flogin", "/?_data=root", "/help?_data=routes%2Fhelp", "/write?_data=routes%2Fwrite"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/_data/);
  }
});
