import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { addTag, renameTag, setTagRetired, updateCrisisResource } from "~/models/admin.server";
import { storyChanged, vocabularyRebuilt } from "~/models/lifecycle.server";
import { createStory, deleteStory, publishRevision, submitStory, withdrawStory } from "~/models/story.server";
import { ensureVocabulary } from "~/models/tag.server";
import { bumpContentVersion, contentVersion } from "./content-version.server";

// The counter that empties every process's signed-out page cache (docs/decisions/009-page-cache.md):
// each change a signed-out reader could see must move it before the change's request is answered.

beforeAll(async () => {
  await ensureVocabulary();
});

async function person(role: "member" | "admin" = "member") {
  const id = newId();
  const username = `cv_${id.slice(0, 8).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash", role } });
  return id;
}

async function publishedStory(authorId: string) {
  const { storyId, revisionId } = await createStory({
    authorId,
    input: {
      title: "Counting the quiet days",
      body: "Some mornings I count the days and some mornings I forget to, and both kinds of morning are fine with me now. ".repeat(3),
      anonymity: "ANONYMOUS",
      penName: undefined,
      tags: ["alcohol"],
      warnings: [],
    },
  });
  await submitStory({ storyId, authorId });
  await publishRevision({ storyId, revisionId });
  await storyChanged(storyId);
  return storyId;
}

/** How much `change` moves the counter. */
async function moves(change: () => Promise<unknown>): Promise<number> {
  const before = await contentVersion();
  await change();
  return (await contentVersion()) - before;
}

describe("the content counter", () => {
  it("starts at 0 and goes up by one per bump, read back by every reader", async () => {
    const start = await contentVersion();
    expect(start).toBeGreaterThanOrEqual(0);
    await bumpContentVersion();
    await bumpContentVersion();
    expect(await contentVersion()).toBe(start + 2);
    const [{ value }] = await db.$queryRaw<{ value: number }[]>`SELECT "value" FROM "SiteCounter" WHERE "key" = 'content'`;
    expect(Number(value)).toBe(start + 2);
  });

  it("moves when a story is published, withdrawn or deleted", async () => {
    const author = await person();
    let storyId = "";
    expect(await moves(async () => (storyId = await publishedStory(author)))).toBeGreaterThan(0);
    expect(await moves(() => withdrawStory({ storyId, authorId: author }))).toBeGreaterThan(0);
    const other = await publishedStory(author);
    expect(await moves(() => deleteStory({ storyId: other, authorId: author }))).toBeGreaterThan(0);
  });

  it("moves when an admin changes tags or the crisis text, and not when nothing changed", async () => {
    const admin = await person("admin");
    const name = `Gardening ${newId().slice(0, 4)}`;
    expect(await moves(() => addTag({ adminId: admin, facet: "PATHWAY", name }))).toBe(1);
    const tag = await db.tag.findFirstOrThrow({ where: { name } });
    // A rename: at once, and once more when search and "stories like this" have caught up.
    expect(
      await moves(async () => {
        await renameTag({ adminId: admin, tagId: tag.id, name: `${name} club` });
        await vocabularyRebuilt();
      }),
    ).toBe(2);
    expect(await moves(() => setTagRetired({ adminId: admin, tagId: tag.id, retired: true }))).toBe(1);
    // Retiring it again is refused and changes nothing.
    expect(await moves(() => setTagRetired({ adminId: admin, tagId: tag.id, retired: true }))).toBe(0);
    const resource = await db.crisisResource.findFirstOrThrow();
    expect(
      await moves(() =>
        updateCrisisResource({ adminId: admin, id: resource.id, name: resource.name, description: `${resource.description} `, action: resource.action, href: resource.href }),
      ),
    ).toBe(1);
  });
});
