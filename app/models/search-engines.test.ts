import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { searchStories } from "./discovery.server";
import { DEFAULT_PREFS } from "./preferences.server";
import { reindexAll, reindexStory } from "./search.server";
import { createStory, publishRevision, submitStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";

// Search gives the same answers on SQLite (FTS5) and PostgreSQL (tsvector + GIN): this file runs
// under `npm test` on SQLite and under `npm run test:pg` on PostgreSQL with the same expected
// results, taken from FTS5 (docs/decisions/005-search.md, 008-postgresql.md). The stories are
// chosen for the places the two engines could differ: stemming, prefixes, accents, words that are
// stop words elsewhere, punctuation inside words, numbers, case, and the weight of each field.

let authorId: string;
const keys = new Map<string, string>();
const FILLER = "Most days now are ordinary, and ordinary is a gift I did not expect to want. ";

async function publish(key: string, title: string, tags: string[], body: string) {
  const { storyId, revisionId } = await createStory({
    authorId,
    input: { title, body, anonymity: "ANONYMOUS", penName: undefined, tags, warnings: [] },
  });
  const submitted = await submitStory({ storyId, authorId });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  await publishRevision({ storyId, revisionId, at: new Date(Date.UTC(2026, 9, 1)) });
  await reindexStory(storyId);
  keys.set(title, key);
}

/** What a reader sees: the results of /search, through the same call the page makes. */
const search = async (q: string) => (await searchStories({ q, prefs: DEFAULT_PREFS })).results;
const found = async (q: string) => (await search(q)).map((story) => keys.get(story.title));
const sorted = async (q: string) => (await found(q)).sort();

beforeAll(async () => {
  await ensureVocabulary();
  authorId = newId();
  await db.user.create({ data: { id: authorId, username: "search_author", usernameKey: "search_author", passwordHash: "x" } });
  await publish(
    "runner",
    "Running again after rehab",
    ["alcohol"],
    `${FILLER.repeat(2)}I started running at dawn. The runs were short. My sponsor runs too. ${FILLER}`,
  );
  await publish(
    "cafe",
    "The café on Elm Street",
    ["opioids", "peer-support-group"],
    `${FILLER}Every Tuesday we met at the café, and the Cafe owner knew our order. Don't ever think you're alone. ${FILLER}`,
  );
  await publish(
    "steps",
    "Twelve steps, one day",
    ["alcohol", "twelve-step"],
    `${FILLER}The 12-step meetings in the church basement were where I learned to listen. Step 4 took me a year. ${FILLER}`,
  );
  await publish(
    "recovery-title",
    "Recovery is a verb",
    ["cannabis"],
    `${FILLER.repeat(3)}`,
  );
  await publish(
    "recovery-body",
    "Notes from a long winter",
    ["cannabis"],
    `${FILLER}My recovery started in a winter so long I forgot the sun. ${FILLER}`,
  );
  await publish(
    "the-and",
    "What the night taught me",
    ["gambling"],
    `${FILLER}The night and the morning after are different countries. <b>Bold</b> &amp; honest. ${FILLER}`,
  );
});

describe("search on either engine", () => {
  it("matches stems and prefixes the same way", async () => {
    expect(await sorted("running")).toEqual(["runner"]);
    expect(await sorted("runs")).toEqual(["runner"]);
    expect(await sorted("RUN")).toEqual(["runner"]);
    expect(await sorted("recov")).toEqual(["recovery-body", "recovery-title"]);
    expect(await sorted("recovered")).toEqual(["recovery-body", "recovery-title"]);
  });

  it("ignores accents and case, keeps every word (no stop words) and splits at punctuation", async () => {
    expect(await sorted("cafe")).toEqual(["cafe"]);
    expect(await sorted("CAFÉ")).toEqual(["cafe"]);
    expect(await sorted("don't")).toEqual(["cafe"]);
    expect(await sorted("12 step")).toEqual(["steps"]);
    expect(await sorted("12-step")).toEqual(["steps"]);
    expect(await sorted("the night")).toEqual(["the-and"]);
    expect(await sorted("and the")).toEqual(["cafe", "recovery-body", "runner", "steps", "the-and"]);
    expect(await sorted("bold honest")).toEqual(["the-and"]);
  });

  it("requires every word and searches titles and tag names too", async () => {
    expect(await sorted("dawn running")).toEqual(["runner"]);
    expect(await sorted("dawn café")).toEqual([]);
    expect(await sorted("elm")).toEqual(["cafe"]);
    expect(await sorted("gambling")).toEqual(["the-and"]);
    expect(await sorted("twelve")).toEqual(["steps"]);
    expect(await sorted("zzzz")).toEqual([]);
    expect(await found("!!! ???")).toEqual([]);
  });

  it("ranks a title match above a body match", async () => {
    expect(await found("recovery")).toEqual(["recovery-title", "recovery-body"]);
  });

  it("highlights the matched words in an escaped snippet of the body", async () => {
    const [hit] = await search("tuesday");
    expect(hit.snippet).toContain("<mark>Tuesday</mark>");
    expect(hit.snippet).toMatch(/^…/);
    const [bold] = await search("honest");
    // Markup typed in a story is text: escaped in the stored HTML, escaped again in the snippet.
    expect(bold.snippet).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; <mark>honest</mark>");
    expect(bold.snippet).not.toContain("<b>");
  });

  it("drops unpublished stories and rebuilds the whole index the same way", async () => {
    expect(await reindexAll()).toBe(6);
    expect(await sorted("recovery")).toEqual(["recovery-body", "recovery-title"]);
  });
});
