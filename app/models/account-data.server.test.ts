import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { exportAccount } from "./account-data.server";
import { saveReaderPrefs, DEFAULT_PREFS } from "./preferences.server";
import { createStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";
import { signUp } from "./user.server";

describe("export everything", () => {
  beforeAll(ensureVocabulary);

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
