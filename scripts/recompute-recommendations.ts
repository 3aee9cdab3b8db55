// npx tsx scripts/recompute-recommendations.ts — recomputes "Stories like this" for every
// published story in DATABASE_URL (default data/kindred.db). Run it after tag merges or renames,
// or to repair the stored picks. Prints how many stories and how long it took.
import { databaseUrl } from "../app/lib/env.server";
import { db } from "../app/lib/db.server";
import { publicContentChanged } from "../app/models/lifecycle.server";
import { refreshAllRelated } from "../app/models/recommendation.server";

const started = performance.now();
try {
  const stories = await refreshAllRelated();
  // Story pages cached for signed-out readers show the old picks until they're told.
  await publicContentChanged();
  const ms = performance.now() - started;
  const per = stories ? ` (${(ms / stories).toFixed(1)} ms per story)` : "";
  console.log(`Recomputed "Stories like this" for ${stories} published ${stories === 1 ? "story" : "stories"} in ${Math.round(ms)} ms${per}.`);
} catch (error) {
  console.error(`Could not recompute recommendations in ${databaseUrl()}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
