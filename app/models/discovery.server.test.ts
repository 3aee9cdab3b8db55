import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { countStories, facetCounts, listStories, searchStories, tagsBySlug } from "./discovery.server";
import { DEFAULT_PREFS, type ReaderPrefs } from "./preferences.server";
import { storyChanged } from "./lifecycle.server";
import { toMatchQuery } from "./search.server";
import { createStory, publishRevision, submitStory, withdrawStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";

let authorId: string;
const BODY = "Some mornings were harder than others, and I learned to ask for help before things got bad. ".repeat(4);

async function publish(title: string, tags: string[], warnings: string[] = [], body = BODY, monthsAgo = 0) {
  const { storyId, revisionId } = await createStory({
    authorId,
    input: { title, body, anonymity: "ANONYMOUS", penName: undefined, tags, warnings },
  });
  const submitted = await submitStory({ storyId, authorId });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  await publishRevision({ storyId, revisionId, at: new Date(Date.UTC(2026, 10 - monthsAgo, 1)) });
  await storyChanged(storyId);
  return storyId;
}

const ids = async (slugs: string[]) => (await tagsBySlug(slugs)).map((t) => t.id);

beforeAll(async () => {
  await ensureVocabulary();
  authorId = newId();
  await db.user.create({ data: { id: authorId, username: "discover_author", usernameKey: "discover_author", passwordHash: "x" } });
  await publish("Methadone mornings with my daughter", ["opioids", "parenting", "medication-for-oud", "early-recovery"], [], BODY + " The clinic line at dawn.", 5);
  await publish("The bottle in the desk drawer", ["alcohol", "workplace", "twelve-step"], ["relapse"], BODY + " My manager noticed.", 4);
  await publish("Quiet farm, loud mind", ["methamphetamine", "rural"], ["detailed-use"], BODY + " The barn at night.", 3);
  await publish("Parenting through the fog", ["opioids", "parenting", "one-to-five-years"], [], BODY + " School pickups again.", 2);
  await publish("A sober dad's first year", ["alcohol", "parenting", "early-recovery"], [], BODY + " Soccer on Saturdays.", 1);
});

describe("lists", () => {
  it("shows newest first and pages by the last story's address", async () => {
    const first = await listStories({ prefs: DEFAULT_PREFS, limit: 2 });
    expect(first.stories.map((s) => s.title)).toEqual(["A sober dad's first year", "Parenting through the fog"]);
    expect(first.nextCursor).toBe(first.stories[1].slug);
    const second = await listStories({ prefs: DEFAULT_PREFS, limit: 2, after: first.nextCursor });
    expect(second.stories.map((s) => s.title)).toEqual(["Quiet farm, loud mind", "The bottle in the desk drawer"]);
    const last = await listStories({ prefs: DEFAULT_PREFS, limit: 2, after: second.nextCursor });
    expect(last.stories.map((s) => s.title)).toEqual(["Methadone mornings with my daughter"]);
    expect(last.nextCursor).toBeNull();
  });

  it("combines facets with AND and counts what each further choice would give", async () => {
    const opioidsParenting = await ids(["opioids", "parenting"]);
    const both = await listStories({ prefs: DEFAULT_PREFS, tagIds: opioidsParenting });
    expect(both.stories.map((s) => s.title).sort()).toEqual(["Methadone mornings with my daughter", "Parenting through the fog"]);
    const counts = await facetCounts({ prefs: DEFAULT_PREFS, tagIds: await ids(["parenting"]) });
    const [opioids, alcohol, rural, early] = await Promise.all(
      ["opioids", "alcohol", "rural", "early-recovery"].map(async (slug) => (await ids([slug]))[0]),
    );
    expect(counts[opioids]).toBe(2);
    expect(counts[alcohol]).toBe(1);
    expect(counts[rural] ?? 0).toBe(0);
    expect(counts[early]).toBe(2);
    expect(await countStories({ prefs: DEFAULT_PREFS, tagIds: await ids(["parenting", "early-recovery"]) })).toBe(2);
  });

  it("hides what the reader chose to hide, everywhere, including the early-recovery switch", async () => {
    const hideRelapse: ReaderPrefs = { ...DEFAULT_PREFS, modes: { ...DEFAULT_PREFS.modes, relapse: "HIDE" } };
    const titles = (await listStories({ prefs: hideRelapse })).stories.map((s) => s.title);
    expect(titles).not.toContain("The bottle in the desk drawer");
    expect(titles).toHaveLength(4);
    const early: ReaderPrefs = { ...DEFAULT_PREFS, earlyRecovery: true };
    const earlyTitles = (await listStories({ prefs: early })).stories.map((s) => s.title);
    expect(earlyTitles).not.toContain("The bottle in the desk drawer");
    expect(earlyTitles).not.toContain("Quiet farm, loud mind");
    const counts = await facetCounts({ prefs: early, tagIds: [] });
    expect(counts[(await tagsBySlug(["rural"]))[0].id] ?? 0).toBe(0);
    const found = await searchStories({ q: "barn", prefs: early });
    expect(found.results).toHaveLength(0);
  });
});

describe("search", () => {
  it("finds words in the body, title and tag names, with a highlighted, escaped snippet", async () => {
    const byBody = await searchStories({ q: "soccer", prefs: DEFAULT_PREFS });
    expect(byBody.results.map((r) => r.title)).toEqual(["A sober dad's first year"]);
    expect(byBody.results[0].snippet).toContain("<mark>Soccer</mark>");
    const byTitle = await searchStories({ q: "methadone", prefs: DEFAULT_PREFS });
    expect(byTitle.results[0].title).toBe("Methadone mornings with my daughter");
    const byTag = await searchStories({ q: "workplace", prefs: DEFAULT_PREFS });
    expect(byTag.results.map((r) => r.title)).toEqual(["The bottle in the desk drawer"]);
    const prefix = await searchStories({ q: "pickup", prefs: DEFAULT_PREFS });
    expect(prefix.results.map((r) => r.title)).toEqual(["Parenting through the fog"]);
  });

  it("combines with facet filters", async () => {
    const parenting = await searchStories({ q: "mornings", prefs: DEFAULT_PREFS, tagIds: await ids(["alcohol"]) });
    expect(parenting.results.every((r) => r.tags.some((t) => t.slug === "alcohol"))).toBe(true);
    expect(parenting.total).toBe(2);
  });

  it("never lets reader input become FTS syntax or markup", async () => {
    expect(toMatchQuery('"; DROP TABLE x; -- OR NEAR(a b) *')).toBe('"DROP"* "TABLE"* "x"* "OR"* "NEAR"* "a"* "b"*');
    expect(toMatchQuery("  ***  ")).toBeNull();
    const odd = await searchStories({ q: '<script>alert(1)</script> "unbalanced', prefs: DEFAULT_PREFS });
    expect(odd.results).toEqual([]);
  });

  it("keeps the index in step: a withdrawn story can't be found", async () => {
    const id = await publish("Temporary story about kayaks", ["alcohol"], [], BODY + " Kayaks on the lake.");
    expect((await searchStories({ q: "kayaks", prefs: DEFAULT_PREFS })).total).toBe(1);
    await withdrawStory({ storyId: id, authorId });
    expect((await searchStories({ q: "kayaks", prefs: DEFAULT_PREFS })).total).toBe(0);
  });
});
