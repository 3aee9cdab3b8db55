// npm run db:seed — demo content: the tag vocabulary, demo accounts and 30+ fictional stories.
// The accounts and their passwords are listed in the README. Safe to run twice: it does nothing
// when the demo accounts already exist.
import { pathToFileURL } from "node:url";
import { db } from "../app/lib/db.server";
import { recordAction } from "../app/models/audit.server";
import { storyChanged } from "../app/models/lifecycle.server";
import { createStory, publishRevision, submitStory } from "../app/models/story.server";
import { ensureVocabulary } from "../app/models/tag.server";
import { upsertUserWithRole } from "../app/models/user.server";
import { demoStories } from "./demo/stories";

export const DEMO_ACCOUNTS = [
  { username: "river", password: "kindred-demo-river", role: "member" },
  { username: "sam", password: "kindred-demo-sam", role: "member" },
  { username: "jordan", password: "kindred-demo-jordan", role: "member" },
  { username: "casey_mod", password: "kindred-demo-moderator", role: "moderator" },
  { username: "robin_admin", password: "kindred-demo-admin", role: "admin" },
] as const;

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

export async function seedDemo(): Promise<{ stories: number } | null> {
  await ensureVocabulary();
  if (await db.user.findFirst({ where: { usernameKey: "river" }, select: { id: true } })) return null;

  const users: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    users[account.username] = (await upsertUserWithRole(account)).id;
  }
  const moderatorId = users.casey_mod;
  const now = Date.now();
  let count = 0;
  for (const story of demoStories) {
    const authorId = users[story.author];
    const { storyId, revisionId } = await createStory({
      authorId,
      input: {
        title: story.title,
        body: story.body,
        anonymity: story.anonymity,
        penName: story.penName,
        tags: story.tags,
        warnings: story.warnings,
      },
    });
    const submitted = await submitStory({ storyId, authorId });
    if (!submitted.ok) throw new Error(`Demo story "${story.title}" could not be submitted: ${JSON.stringify(submitted)}`);
    const at = new Date(now - story.monthsAgo * MONTH_MS - count * 3_600_000);
    await publishRevision({ storyId, revisionId, at });
    await storyChanged(storyId);
    await recordAction({ actorId: moderatorId, action: "APPROVE", storyId, revisionId, at });
    count++;
  }
  return { stories: count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { migrateDatabase } = await import("../app/lib/migrate.server");
  const { databaseUrl } = await import("../app/lib/env.server");
  await migrateDatabase(databaseUrl());
  const result = await seedDemo();
  console.log(result ? `Seeded ${result.stories} demo stories.` : "Demo content is already there.");
  await db.$disconnect();
}
