import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { deleteAccount, exportAccount } from "./account-data.server";
import { saveReaderPrefs, DEFAULT_PREFS } from "./preferences.server";
import { createStory, getPublishedStory, publishRevision, submitStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";
import { signUp } from "./user.server";

beforeAll(ensureVocabulary);

describe("export everything", () => {

  it("holds the account's stories with every revision, preferences and sessions, and no secrets", async () => {
    const account = await signUp({ username: "exporter", password: "a steady exporting phrase", email: "me@example.org", userAgent: null });
    if (!account.ok) throw new Error("sign-up failed");
    await createStory({
      authorId: account.userId,
      input: { title: "My draft", body: "Some words of mine.", anonymity: "PEN_NAME", penName: "Lantern", tags: ["alcohol"], warnings: ["relapse"] },
    });
    await saveReaderPrefs(account.userId, { ...DEFAULT_PREFS, earlyRecovery: true, modes: { ...DEFAULT_PREFS.modes, overdose: "HIDE" } });

    const data = await exportAccount(account.userId);
    expect(data.account).toMatchObject({ username: "exporter", email: "me@example.org", role: "member" });
    expect(data.stories).toHaveLength(1);
    expect(data.stories[0].revisions[0]).toMatchObject({
      title: "My draft",
      bodyMarkdown: "Some words of mine.",
      penName: "Lantern",
      tags: ["alcohol"],
      warnings: ["relapse"],
    });
    expect(data.preferences).toMatchObject({ earlyRecovery: true, warnings: { overdose: "HIDE" } });
    expect(data.sessions).toHaveLength(1);

    const json = JSON.stringify(data);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.userId }, select: { passwordHash: true } });
    expect(json).not.toContain(user.passwordHash);
    expect(json).not.toContain("secretHash");
    expect(json).not.toContain("codeHash");
    expect(json).not.toContain(account.userId);
  });
});

describe("deleting an account", () => {
  async function authorWithStories(username: string) {
    const account = await signUp({ username, password: "a steady leaving phrase", email: null, userAgent: null });
    if (!account.ok) throw new Error("sign-up failed");
    const body = "I kept going to meetings even when I didn't want to, and slowly the days got lighter. ".repeat(4);
    const published = await createStory({
      authorId: account.userId,
      input: { title: "A story worth keeping", body, anonymity: "USERNAME", penName: undefined, tags: ["alcohol"], warnings: [] },
    });
    await submitStory({ storyId: published.storyId, authorId: account.userId });
    await publishRevision({ storyId: published.storyId, revisionId: published.revisionId });
    const draft = await createStory({
      authorId: account.userId,
      input: { title: "Unfinished", body: "Not ready", anonymity: "PEN_NAME", penName: "Lantern", tags: [], warnings: [] },
    });
    return { ...account, published, draft };
  }

  it("refuses a wrong password and changes nothing", async () => {
    const a = await authorWithStories("leaver_wrong");
    expect(await deleteAccount({ userId: a.userId, password: "not it at all", keepStories: false })).toEqual({
      ok: false,
      errors: { password: "That isn't your password." },
    });
    expect(await db.user.count({ where: { id: a.userId } })).toBe(1);
  });

  it("deletes the account, its sessions and codes, and every story", async () => {
    const a = await authorWithStories("leaver_all");
    expect(await deleteAccount({ userId: a.userId, password: "a steady leaving phrase", keepStories: false })).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: a.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: a.userId } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: a.userId } })).toBe(0);
    expect(await db.story.count({ where: { id: { in: [a.published.storyId, a.draft.storyId] } } })).toBe(0);
  });

  it("can keep published stories as Anonymous, detached from any account, and drops drafts", async () => {
    const a = await authorWithStories("leaver_keep");
    expect(await deleteAccount({ userId: a.userId, password: "a steady leaving phrase", keepStories: true })).toEqual({ ok: true });
    const kept = await db.story.findUniqueOrThrow({
      where: { id: a.published.storyId },
      select: { authorId: true, slug: true, revisions: { select: { anonymity: true } } },
    });
    expect(kept.authorId).toBeNull();
    expect(kept.revisions).toEqual([{ anonymity: "ANONYMOUS" }]);
    expect(await db.story.count({ where: { id: a.draft.storyId } })).toBe(0);
    const page = await getPublishedStory({ slug: kept.slug });
    expect(page?.byline).toEqual({ mode: "ANONYMOUS", name: "Anonymous" });
    expect(JSON.stringify(page)).not.toContain("leaver_keep");
  });
});
