import { expect, test, type Browser, type Page } from "@playwright/test";
import { approve, expectAccessible, logIn, openFromQueue, signUp, uniqueName, visit, writeAndSend } from "./support";

// Moderation end to end: an author's two stories through the queue (approve; request changes,
// resubmit, approve), a reader's report dismissed, the audit log, and an admin suspending a member.
// Each person has their own browser context, as they would have their own browser.

const PASSWORD = "one quiet day at a time";
const MODERATOR = { username: "casey_mod", password: "kindred-demo-moderator" };
const ADMIN = { username: "robin_admin", password: "kindred-demo-admin" };

const BODY_ONE =
  "The year I stopped drinking, I started walking to the river every morning before work. At first it was only " +
  "to get out of the apartment, away from the cupboard where the bottles used to be. After a while it became the " +
  "part of the day I looked forward to, a quiet half hour that belonged to nobody else.";

const BODY_TWO =
  "My kitchen table was where everything happened: the bills I didn't open, the glasses I didn't wash, the " +
  "phone calls I didn't return. When I got sober I cleared it off completely and started eating breakfast there " +
  "again, slowly, every day, like someone who had somewhere to be and people who were glad to see them.";

const ADDED = " These days I set the table for two, because my daughter comes over on Sundays.";
const NOTE = "Thank you for this. Could you say a little more about what changed at the table?";

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}


test("two stories through review: approve one, request changes on the other, resubmit, approve; then a report is dismissed", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const titleOne = `Walking to the river ${stamp}`;
  const titleTwo = `The kitchen table ${stamp}`;

  // The author writes two stories.
  const author = await newPage(browser, baseURL);
  const authorName = uniqueName("author");
  await signUp(author, authorName, PASSWORD);
  await writeAndSend(author, titleOne, BODY_ONE);
  await writeAndSend(author, titleTwo, BODY_TWO);

  // The moderator approves the first and asks for changes on the second.
  const moderator = await newPage(browser, baseURL);
  await logIn(moderator, MODERATOR.username, MODERATOR.password);
  await expect(moderator.locator("details.account summary")).toContainText(MODERATOR.username);
  await expectAccessible(moderator);

  const idOne = await openFromQueue(moderator, titleOne);
  await expect(moderator.getByText("New submission", { exact: false })).toBeVisible();
  // The moderator sees the story but not who wrote it.
  await expect(moderator.locator("main")).not.toContainText(authorName);
  await approve(moderator);
  await expect(moderator.getByRole("link", { name: titleOne, exact: true })).toHaveCount(0);

  const idTwo = await openFromQueue(moderator, titleTwo);
  const changesForm = moderator.locator("form").filter({ has: moderator.getByRole("heading", { name: "Request changes" }) });
  await changesForm.getByLabel("Note for the author (required)").fill(NOTE);
  await changesForm.getByRole("button", { name: "Send back with this note" }).click();
  await expect(moderator).toHaveURL(/\/moderation\?decided=changes$/);
  await expect(moderator.getByRole("status")).toContainText("Sent back to the author");
  await expect(moderator.getByRole("link", { name: titleTwo, exact: true })).toHaveCount(0);
  await expectAccessible(moderator);

  // The author sees an unread count, the note, and the status.
  await visit(author, "/");
  await expect(author.getByRole("link", { name: /Notifications \(2\s*unread\s*\)/ })).toBeVisible();
  await author.getByRole("link", { name: /Notifications/ }).click();
  await expect(author.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(author.getByText(NOTE, { exact: false })).toBeVisible();
  await expect(author.getByText(`“${titleOne}” was approved`, { exact: false })).toBeVisible();
  await expectAccessible(author);

  await visit(author, "/me/stories");
  const cardTwo = author.locator("li.my-story").filter({ hasText: titleTwo });
  await expect(cardTwo.locator(".status")).toHaveText("Changes requested");
  await expect(cardTwo.locator(".feedback")).toContainText(NOTE);
  await expect(author.locator("li.my-story").filter({ hasText: titleOne }).locator(".status")).toHaveText("Published");

  // The author edits and sends it back.
  await cardTwo.getByRole("link", { name: /^Edit/ }).click();
  await expect(author).toHaveURL(/\/me\/stories\/[^/]+\/edit$/);
  await expect(author.getByLabel("Your story")).toHaveValue(BODY_TWO);
  await expectAccessible(author);
  await author.getByLabel("Your story").fill(BODY_TWO + ADDED);
  await author.getByRole("button", { name: "Send it back for review" }).click();
  await expect(author).toHaveURL(/\/me\/stories\?submitted=/);
  await expect(author.locator("li.my-story").filter({ hasText: titleTwo }).locator(".status")).toHaveText("Waiting for review");
  await expectAccessible(author);

  // The moderator approves the new version.
  expect(await openFromQueue(moderator, titleTwo)).toBe(idTwo);
  await expect(moderator.locator("main")).toContainText("my daughter comes over on Sundays");
  await approve(moderator);

  // It is public at its own address, for anyone.
  await visit(author, "/me/stories");
  const storyLink = author.locator("li.my-story").filter({ hasText: titleTwo }).getByRole("link", { name: titleTwo, exact: true });
  const href = await storyLink.getAttribute("href");
  expect(href).toMatch(/^\/stories\/the-kitchen-table-/);
  const visitor = await newPage(browser, baseURL);
  await visit(visitor, href!);
  await expect(visitor.getByRole("heading", { name: titleTwo, level: 1 })).toBeVisible();
  await expect(visitor.getByText("my daughter comes over on Sundays", { exact: false })).toBeVisible();
  await expect(visitor.locator("body")).not.toContainText(authorName);

  // A reader reports the first story.
  const hrefOne = await author.locator("li.my-story").filter({ hasText: titleOne }).getByRole("link", { name: titleOne, exact: true }).getAttribute("href");
  const reader = await newPage(browser, baseURL);
  await signUp(reader, uniqueName("reader"), PASSWORD);
  await visit(reader, hrefOne!);
  await reader.getByText("Report this story").click();
  await reader.getByLabel("What's wrong?").selectOption({ label: "Advertising or spam" });
  await reader.getByLabel("Anything a moderator should know (optional)").fill("It reads like an advert to me.");
  await reader.getByRole("button", { name: "Send report" }).click();
  await expect(reader.getByRole("status")).toContainText("A moderator will look at this story");
  await expectAccessible(reader);

  // It appears under reader reports; the moderator dismisses it.
  await visit(moderator, "/moderation?tab=reports");
  await expect(moderator.getByRole("link", { name: /Reader reports/ })).toHaveAttribute("aria-current", "page");
  const reportItem = moderator.locator("ol.queue li").filter({ hasText: titleOne });
  await expect(reportItem).toContainText("1 report");
  await expect(reportItem).toContainText("Advertising or spam");
  expect(await openFromQueue(moderator, titleOne, "reports")).toBe(idOne);
  await expect(moderator.getByRole("heading", { name: "Reader reports (1)" })).toBeVisible();
  await expect(moderator.getByText("It reads like an advert to me.", { exact: false })).toBeVisible();
  await moderator.getByRole("button", { name: "Dismiss 1 report" }).click();
  await expect(moderator).toHaveURL(/\/moderation\?tab=reports&decided=dismissed$/);
  await expect(moderator.getByRole("status")).toContainText("The reports were dismissed.");
  await expect(moderator.getByRole("link", { name: titleOne, exact: true })).toHaveCount(0);
  await expectAccessible(moderator);

  // The audit log lists every action, with who did it.
  await visit(moderator, "/moderation/audit");
  await expect(moderator.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await visit(moderator, `/moderation/audit?story=${idOne}`);
  const rowsOne = moderator.locator("table.audit tbody tr");
  await expect(rowsOne).toHaveCount(2);
  await expect(rowsOne.nth(0)).toContainText("Dismissed reports");
  await expect(rowsOne.nth(1)).toContainText("Approved");
  for (const row of await rowsOne.all()) await expect(row).toContainText(MODERATOR.username);

  await visit(moderator, `/moderation/audit?story=${idTwo}`);
  const rowsTwo = moderator.locator("table.audit tbody tr");
  await expect(rowsTwo).toHaveCount(2);
  await expect(rowsTwo.nth(0)).toContainText("Approved");
  await expect(rowsTwo.nth(1)).toContainText("Requested changes");
  await expect(rowsTwo.nth(1)).toContainText(NOTE);
  for (const row of await rowsTwo.all()) await expect(row).toContainText(MODERATOR.username);

  for (const p of [author, moderator, visitor, reader]) await p.context().close();
});

test("an admin suspends a member, who is logged out and can't log in again", async ({ browser, baseURL }) => {
  const memberName = uniqueName("suspendee");
  const member = await newPage(browser, baseURL);
  await signUp(member, memberName, PASSWORD);

  const admin = await newPage(browser, baseURL);
  await logIn(admin, ADMIN.username, ADMIN.password);
  await expect(admin.locator("details.account summary")).toContainText(ADMIN.username);
  await visit(admin, "/admin");
  await expect(admin.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await admin.getByLabel("Find a member by username").fill(memberName);
  await admin.getByRole("button", { name: "Search", exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin\\?q=${memberName}$`));
  const row = admin.locator("tr").filter({ hasText: memberName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Active");
  await expectAccessible(admin);

  await admin.getByLabel(`Reason for suspending ${memberName}`).fill("Posting spam links in reports");
  await admin.getByRole("button", { name: `Suspend ${memberName}` }).click();
  await expect(admin.getByRole("status")).toContainText(`${memberName} is suspended and has been logged out.`);
  await expect(admin.locator("tr").filter({ hasText: memberName })).toContainText("Suspended");
  await expectAccessible(admin);

  // The audit log records it.
  await visit(admin, "/moderation/audit?action=SUSPEND");
  const entry = admin.locator("table.audit tbody tr").filter({ hasText: memberName });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(ADMIN.username);
  await expect(entry).toContainText("Posting spam links in reports");

  // The member's open session ended, and logging in again is refused with a clear reason.
  await visit(member, "/");
  await expect(member.getByRole("link", { name: "Log in" })).toBeVisible();
  await logIn(member, memberName, PASSWORD);
  await expect(member.getByRole("alert")).toContainText("suspended");
  await expect(member).toHaveURL(/\/login/);
  await expectAccessible(member);

  await member.context().close();
  await admin.context().close();
});
