import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./env";
import { expectAccessible, logIn, logOut, signUp, uniqueName, visit } from "./support";

// Stateless processes (issue 8): two Kindred servers on different ports share one database
// (playwright.config.ts starts both; under `npm run test:pg` it is one PostgreSQL database).
// Whatever one server learns — a session, a draft, a reaction, a log-out — the other sees,
// because it lives in the database and not in a process.

const FIRST = `http://localhost:${E2E_PORT}`;
const SECOND = `http://localhost:${E2E_PORT + 1}`;
const PASSWORD = "two doors one house";

test("log in on one server, write, save and react on the other, and see it all on the first", async ({ browser }) => {
  test.setTimeout(120_000);
  const username = uniqueName("twoserver");

  // Separate browser contexts per server: cookies are per host, not per port, so one context
  // would share them anyway; here the session is handed over the way a proxy would carry it.
  const first = await browser.newContext({ baseURL: FIRST });
  const a = await first.newPage();
  await signUp(a, username, PASSWORD);
  await logOut(a);
  await logIn(a, username, PASSWORD);
  await expect(a.locator("details.account summary")).toBeVisible();

  const second = await browser.newContext({ baseURL: SECOND });
  await second.addCookies((await first.cookies(FIRST)).map((c) => ({ ...c, domain: "localhost" })));
  const b = await second.newPage();

  // The session made by the first server is known to the second.
  await visit(b, "/write");
  await expect(b.getByRole("heading", { name: "Write your story", level: 1 })).toBeVisible();
  const title = `Two servers, one story ${Date.now().toString(36)}`;
  await b.getByLabel("Title").fill(title);
  await b
    .getByLabel("Your story")
    .fill(
      "Some mornings the only thing I could do was make the bed. Then I made coffee. Then I called my sister. " +
        "The days got longer and the nights got shorter, and one day I noticed I had not thought about a drink since lunch.",
    );
  await b.getByLabel("Alcohol", { exact: true }).check();
  await b.getByRole("button", { name: "Save draft" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Your draft is saved." })).toBeVisible();

  // React to and save a published story on the second server.
  await visit(b, "/browse?substance=alcohol");
  const link = b.locator(".story-list article h2 a").first();
  const storyTitle = (await link.textContent())!.trim();
  await link.click();
  await expect(b.getByRole("heading", { level: 1, name: storyTitle })).toBeVisible();
  if (await b.getByRole("link", { name: "Read the story" }).count()) await b.getByRole("link", { name: "Read the story" }).click();
  const helped = b.getByRole("button", { name: "This helped me" });
  await helped.click();
  await expect(helped).toHaveAttribute("aria-pressed", "true");
  await b.getByRole("button", { name: "Save", exact: true }).click();
  await expect(b.getByRole("button", { name: "Saved", exact: true })).toHaveAttribute("aria-pressed", "true");
  const storyPath = new URL(b.url()).pathname;

  // The first server shows the draft, the saved story and the reaction.
  await visit(a, "/me/stories");
  await expect(a.getByRole("heading", { name: title })).toBeVisible();
  await visit(a, "/saved");
  await expect(a.getByRole("link", { name: storyTitle })).toBeVisible();
  await visit(a, storyPath);
  await expect(a.getByRole("button", { name: "This helped me" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(a);

  // Logging out on the second server ends the session on the first too.
  await logOut(b);
  await a.goto("/me/stories");
  await expect(a).toHaveURL(/\/login/);

  await first.close();
  await second.close();
});
