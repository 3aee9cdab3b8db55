import { expect, test } from "@playwright/test";
import { expectAccessible, expectAccessibleWithoutJs, logIn, logOut, signUp, uniqueName, visit } from "./support";

const PASSWORD = "slow mornings are good";

test("sign up shows ten recovery codes once, then log out and back in", async ({ page }) => {
  const username = uniqueName("newcomer");
  const codes = await signUp(page, username, PASSWORD);
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: /I've saved my codes/ }).click();
  await expect(page.locator("details.account summary")).toContainText(username);
  await expectAccessible(page);

  // The codes are never shown again.
  await visit(page, "/settings");
  await expect(page.getByText("You have 10 unused recovery codes", { exact: false })).toBeVisible();
  await expect(page.getByText(codes[0])).toHaveCount(0);

  await logOut(page);
  await expectAccessible(page);
  await logIn(page, username.toUpperCase(), PASSWORD);
  await expect(page.locator("details.account summary")).toContainText(username);
});

test("a wrong password gets a clear message, keeps the username, and reveals nothing", async ({ page }) => {
  const username = uniqueName("forgetful");
  await signUp(page, username, PASSWORD);
  await page.context().clearCookies();

  await logIn(page, username, "not my password at all");
  await expect(page.getByRole("alert")).toHaveText("That username and password don't match an account.");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expectAccessible(page);

  await logIn(page, `${username}_nobody`, "not my password at all");
  await expect(page.getByRole("alert")).toHaveText("That username and password don't match an account.");
});

test("sign-up with bad input says which field and why, and keeps what was typed", async ({ page }) => {
  await visit(page, "/signup");
  await page.getByLabel("Username").fill("a");
  await page.getByLabel("Password", { exact: true }).fill("iloveyou");
  await page.getByLabel("E-mail (optional)").fill("not-an-email");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 3 characters.")).toBeVisible();
  await expect(page.getByText("That doesn't look like an e-mail address.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue("a");
  await expect(page.getByLabel("E-mail (optional)")).toHaveValue("not-an-email");
  await expectAccessible(page);
});

test("reset the password with a recovery code; the code works only once", async ({ page }) => {
  const username = uniqueName("resetter");
  const codes = await signUp(page, username, PASSWORD);
  await page.context().clearCookies();

  await visit(page, "/reset");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Recovery code").fill(codes[0]);
  await page.getByLabel("New password").fill("a fresh start phrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByText("You have 9 recovery codes left.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await logOut(page);
  await logIn(page, username, PASSWORD);
  await expect(page.getByRole("alert")).toBeVisible();
  await logIn(page, username, "a fresh start phrase");
  await expect(page.locator("details.account summary")).toContainText(username);

  await page.context().clearCookies();
  await visit(page, "/reset");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Recovery code").fill(codes[0]);
  await page.getByLabel("New password").fill("yet another phrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("alert")).toContainText("don't match");
});

test("changing the password ends the other session", async ({ browser }) => {
  const username = uniqueName("twodevices");
  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  await signUp(laptop, username, PASSWORD);

  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await logIn(phone, username, PASSWORD);
  await expect(phone.locator("details.account summary")).toContainText(username);

  await visit(laptop, "/settings");
  await expect(laptop.locator("table.sessions tbody tr")).toHaveCount(2);
  await laptop.getByLabel("Current password").fill(PASSWORD);
  await laptop.getByLabel("New password").fill("a new phrase for both");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status")).toContainText("1 other session was logged out");
  await expectAccessible(laptop);

  await visit(phone, "/settings");
  await expect(phone).toHaveURL(/\/login/);
  await visit(laptop, "/settings");
  await expect(laptop.locator("table.sessions tbody tr")).toHaveCount(1);
  await phoneContext.close();
  await laptopContext.close();
});

test("a POST from a foreign origin, or with none, is refused", async ({ request, baseURL }) => {
  const foreign = await request.post("/login", {
    headers: { Origin: "https://evil.example" },
    form: { username: "x", password: "y" },
  });
  expect(foreign.status()).toBe(403);
  const none = await request.fetch("/login", { method: "POST", form: { username: "x", password: "y" } });
  expect(none.status()).toBe(403);
  const ours = await request.post("/login", { headers: { Origin: baseURL! }, form: { username: "x", password: "y" } });
  expect(ours.status()).toBe(400);
});

test("every public page of the shell is accessible and links to help", async ({ page }) => {
  for (const path of ["/", "/help", "/login", "/signup", "/reset", "/no-such-page"]) {
    await visit(page, path);
    await expect(page.getByRole("link", { name: "Need help now?" })).toBeVisible();
  }
  await visit(page, "/help");
  await expect(page.getByRole("link", { name: "Call or text 988" })).toBeVisible();
  await expect(page.getByText("1-800-662-4357")).toBeVisible();
  await expect(page.getByText("Text HOME to 741741")).toBeVisible();
});

test("too many wrong passwords for one account pause log-in, with a clear message and the time to wait", async ({ request, baseURL }) => {
  // Any name: the count is kept per name whether or not an account has it, so it reveals nothing.
  const form = { username: uniqueName("guessed"), password: "definitely not it" };
  let last = await request.post("/login", { headers: { Origin: baseURL! }, form });
  for (let attempt = 2; attempt <= 11; attempt++) {
    last = await request.post("/login", { headers: { Origin: baseURL! }, form });
  }
  // The eleventh is refused whichever worker process answers: the counter lives in the database.
  expect(last.status()).toBe(429);
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await last.text()).toContain("we&#x27;ve paused this for about");
});

test("export my data, then delete my account; it can't log in again", async ({ page }) => {
  const username = uniqueName("leaving");
  await signUp(page, username, PASSWORD);
  await visit(page, "/settings");
  const download = await page.request.get("/settings/export.json");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.json()).account.username).toBe(username);

  await page.getByLabel("Delete all my stories too").check();
  await page.getByLabel("Your password, to confirm").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That isn't your password.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Delete all my stories too").check();
  await page.getByLabel("Your password, to confirm").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("status")).toContainText("Your account has been deleted");
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await logIn(page, username, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText("That username and password don't match an account.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page right after sign-up shows the new member in the header, not 'Log in / Sign up' (issue 13, item 10)", async ({ page, browser }) => {
    const username = uniqueName("nojs");
    await page.goto("/signup");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
    await expect(page.getByText("you're logged in")).toBeVisible();
    const header = page.locator("header").first();
    await expect(header.locator("details.account summary")).toContainText(username);
    await expect(header.getByRole("link", { name: "Log in" })).toHaveCount(0);
    await expect(header.getByRole("link", { name: "Sign up" })).toHaveCount(0);
    await expectAccessibleWithoutJs(page, browser);
  });
});

test("a stranger's wrong passwords lock the account for strangers, not for its owner's browser (issue 13, item 6)", async ({ page, browser, baseURL }) => {
  const username = uniqueName("lockee");
  await signUp(page, username, PASSWORD);
  const cookies = await page.context().cookies();
  const device = cookies.find((c) => c.name === "kindred_device");
  expect(device?.httpOnly).toBe(true);
  expect(device?.value).not.toContain(username);
  await logOut(page);

  const stranger = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const theirs = await stranger.newPage();
  for (let i = 0; i < 11; i++) {
    await logIn(theirs, username, `a wrong guess number ${i}`);
    if ((await theirs.getByRole("alert").textContent())?.includes("a lot of attempts")) break;
  }
  await expect(theirs.getByRole("alert")).toContainText("That's a lot of attempts");
  // The right password from the stranger's browser is refused too.
  await logIn(theirs, username, PASSWORD);
  await expect(theirs.getByRole("alert")).toContainText("That's a lot of attempts");
  await stranger.close();

  // The owner's browser, which has signed in before, gets in.
  await logIn(page, username, PASSWORD);
  await expect(page.locator("details.account summary")).toContainText(username);
});
