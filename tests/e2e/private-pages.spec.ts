import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./env";
import { expectAccessibleWithoutJs, logOut, signUp, uniqueName } from "./support";

// Issue 13, items 1 and 3: a page made for a member stays theirs. Every signed-in response is
// `private, no-store` (so the browser keeps no copy to show after logging out, and no shared
// cache keeps one at all), logging out clears the site's cache, and the signed-out page cache
// stores only what the app marked as rendered for nobody — whatever the Cookie header's spelling.

const PASSWORD = "one quiet day at a time";
const BODY =
  "Every Thursday I drove past the bar on the corner and every Thursday I kept driving. It took me a long time to " +
  "understand that the driving past was the whole thing, that nobody was going to hand me a certificate for it, " +
  "and that the quiet pride I felt at the next traffic light was enough.";

test("signed-in responses are private and vary with the cookie; signed-out pages keep their caching", async ({ page, playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const signedOut = await visitor.get("/browse");
  expect(signedOut.status()).toBe(200);
  expect(signedOut.headers()["cache-control"]).toBeUndefined();
  expect(signedOut.headers()["vary"]).toMatch(/\bCookie\b/);
  expect(signedOut.headers()["x-kindred-rendered-for"]).toBeUndefined();
  expect((await visitor.get("/feed.xml")).headers()["cache-control"]).toBe("public, no-cache");
  await visitor.dispose();

  await signUp(page, uniqueName("private"), PASSWORD);
  for (const path of ["/", "/browse", "/help", "/me/stories", "/settings", "/for-you", "/me/stories.data", "/_root.data"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(400);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
    expect(response.headers()["vary"], path).toMatch(/\bCookie\b/);
    expect(response.headers()["x-kindred-rendered-for"], path).toBeUndefined();
    expect(response.headers()["x-kindred-cache"], path).toBeUndefined();
  }
  // Logging out (with scripts, through a fetch) asks the browser to drop the site's cache.
  // (Chromium reports that header only among allHeaders().)
  const loggingOut = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/logout"));
  await logOut(page);
  expect((await (await loggingOut).allHeaders())["clear-site-data"]).toBe('"cache"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("log in, open My stories, log out, press Back: no private page comes back", async ({ page, browser, baseURL }) => {
    // An account, made in a tab with scripts (the shared helper runs axe).
    const username = uniqueName("shared");
    const title = `Thursdays on the corner ${uniqueName("t")}`;
    const signup = await browser.newContext({ baseURL, javaScriptEnabled: true });
    await signUp(await signup.newPage(), username, PASSWORD);
    await signup.close();

    // On the shared computer, without scripts: log in, send an anonymous story for review.
    await page.goto("/login");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    await page.goto("/write");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Your story").fill(BODY);
    await page.getByLabel("Alcohol", { exact: true }).check();
    await page.getByLabel("Anonymous", { exact: true }).check();
    await page.getByRole("button", { name: "Send for review" }).click();
    await expect(page).toHaveURL(/\/me\/stories\?submitted=/);
    const mine = await page.goto("/me/stories");
    expect(mine?.status()).toBe(200);
    expect(mine?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.locator("li.my-story").filter({ hasText: title })).toBeVisible();
    await expect(page.locator("details.account summary")).toContainText(username);
    await expectAccessibleWithoutJs(page, browser);

    const loggingOut = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/logout");
    await page.locator("details.account summary").click();
    await page.getByRole("button", { name: "Log out" }).click();
    expect((await (await loggingOut).allHeaders())["clear-site-data"]).toBe('"cache"');
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

    // Back: the browser kept no copy, so it asks again and is sent to log in.
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Log in", level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/login");
    const html = await page.content();
    expect(html).not.toContain(title);
    expect(html).not.toContain(username);
    await expect(page.locator("details.account")).toHaveCount(0);
    await expectAccessibleWithoutJs(page, browser);
  });
});

test("a member's request never puts their page in the signed-out cache, whatever the cookie's spelling", async ({ page }) => {
  const username = uniqueName("poison");
  await signUp(page, username, PASSWORD);
  const token = (await page.context().cookies()).find((c) => c.name === "kindred_session")?.value;
  expect(token).toBeTruthy();

  /** A GET with exactly these raw headers to one of the two servers (each runs a worker per core). */
  const get = (port: number, path: string, cookies: string[]) =>
    new Promise<{ status: number; body: string; cacheControl?: string; cache?: string }>((resolve, reject) => {
      const headers = ["Host", `localhost:${port}`, ...cookies.flatMap((value) => ["Cookie", value])];
      const request = http.request({ host: "localhost", port, path, method: "GET", headers }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on("data", (c) => chunks.push(c))
          .on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              cacheControl: res.headers["cache-control"],
              cache: res.headers["x-kindred-cache"] as string | undefined,
            }),
          );
      });
      request.on("error", reject).end();
    });

  const spellings = [
    [`kindred_session=${token}`],
    [`kindred_session =${token}`],
    [`theme=dark;  kindred_session\t = ${token}`],
    [`kindred_session="${token}"`],
    [`kindred_session=${token}; kindred_session=stale.one`],
    [`kindred_session=stale.one; kindred_session=${token}`],
    ["theme=dark", `kindred_session=${token}`],
    [`kindred_session =${token}`, "theme=dark"],
  ];
  for (const [i, cookies] of spellings.entries()) {
    const path = `/browse?x=${i}`;
    for (const port of [E2E_PORT, E2E_PORT + 1]) {
      for (let n = 0; n < 6; n++) {
        const member = await get(port, path, cookies);
        expect(member.status, cookies.join(" | ")).toBe(200);
        expect(member.cache, cookies.join(" | ")).not.toBe("hit");
        if (member.body.includes(username)) expect(member.cacheControl, cookies.join(" | ")).toBe("private, no-store");
      }
      for (let n = 0; n < 6; n++) {
        const visitor = await get(port, path, []);
        expect(visitor.status).toBe(200);
        expect(visitor.body, `a signed-out visitor got the member's page after ${cookies.join(" | ")}`).not.toContain(username);
        expect(visitor.body).toContain("Log in");
      }
    }
  }
});
