import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { siteMeta, storyDescription, storyMeta, tagFeedLink } from "~/lib/seo";
import { excerpt, htmlToPlainText, requestOrigin, stripInvalidXmlChars, xmlAttr, xmlText } from "~/lib/xml.server";
import { loader as feedLoader } from "~/routes/feed[.]xml";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { loader as tagFeedLoader } from "~/routes/tags.$slug.feed[.]xml";
import type { StoryInput } from "~/schemas/story";
import { mergeTags, setTagRetired } from "./admin.server";
import { entryUpdated, firstOfMonthUtc, sitemapResponse } from "./feed.server";
import { removeStory } from "./moderation.server";
import { createStory, publishRevision, saveStory, submitStory, withdrawStory } from "./story.server";
import { ensureVocabulary } from "./tag.server";
import { placeholders, testOnPostgres } from "../../tests/setup/postgres";

// Integration tests for the Atom feeds and the sitemap, on this file's own migrated SQLite
// copy. Documents are checked by a strict XML 1.0 well-formedness parser (below) and then
// structurally against Atom 1.0 / sitemaps.org, not by string matching alone.

const ORIGIN = "http://kindred.test";
const ATOM_NS = "http://www.w3.org/2005/Atom";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

// ---------------------------------------------------------------------------------------
// A strict, small XML well-formedness parser (no DTDs; only the five predefined entities and
// character references). Throws on anything a conforming parser would reject.
// ---------------------------------------------------------------------------------------

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function parseXml(src: string): XmlNode {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`XML not well-formed: ${message} at ${i}: ${JSON.stringify(src.slice(Math.max(0, i - 20), i + 40))}`);
  };
  for (const ch of src) if (!isXmlChar(ch.codePointAt(0)!)) fail(`illegal character U+${ch.codePointAt(0)!.toString(16)}`);

  const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
  const REF = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
  const ENT: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  const name = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) return fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const ws = () => {
    const start = i;
    while (i < src.length && " \t\r\n".includes(src[i])) i++;
    return i > start;
  };
  const decode = (text: string, at: number) => {
    let out = "";
    for (let k = 0; k < text.length; k++) {
      if (text[k] !== "&") {
        out += text[k];
        continue;
      }
      REF.lastIndex = k;
      const m = REF.exec(text);
      if (!m) {
        i = at + k;
        fail("bare & or unknown entity");
      }
      const ref = m![1];
      if (ref[0] === "#") {
        const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!isXmlChar(code)) fail(`character reference to an illegal character ${ref}`);
        out += String.fromCodePoint(code);
      } else out += ENT[ref];
      k += m![0].length - 1;
    }
    return out;
  };
  const misc = () => {
    for (;;) {
      ws();
      if (src.startsWith("<!--", i)) comment();
      else if (src.startsWith("<?", i)) pi();
      else return;
    }
  };
  const comment = () => {
    const end = src.indexOf("-->", i + 4);
    if (end < 0) fail("unterminated comment");
    if (src.slice(i + 4, end).includes("--")) fail("-- inside a comment");
    i = end + 3;
  };
  const pi = () => {
    i += 2;
    const target = name();
    if (target.toLowerCase() === "xml") fail("XML declaration not at the start");
    const end = src.indexOf("?>", i);
    if (end < 0) fail("unterminated processing instruction");
    i = end + 2;
  };
  const element = (): XmlNode => {
    if (src[i] !== "<") fail("expected <");
    i++;
    const node: XmlNode = { name: name(), attrs: {}, children: [] };
    for (;;) {
      const spaced = ws();
      if (src.startsWith("/>", i)) {
        i += 2;
        return node;
      }
      if (src[i] === ">") {
        i++;
        break;
      }
      if (!spaced) fail("expected whitespace before an attribute");
      const attr = name();
      if (attr in node.attrs) fail(`duplicate attribute ${attr}`);
      ws();
      if (src[i] !== "=") fail("expected =");
      i++;
      ws();
      const quote = src[i];
      if (quote !== '"' && quote !== "'") fail("expected a quoted attribute value");
      const end = src.indexOf(quote, i + 1);
      if (end < 0) fail("unterminated attribute value");
      const raw = src.slice(i + 1, end);
      if (raw.includes("<")) fail("< in an attribute value");
      node.attrs[attr] = decode(raw, i + 1);
      i = end + 1;
    }
    for (;;) {
      if (i >= src.length) fail(`unclosed <${node.name}>`);
      if (src.startsWith("</", i)) {
        i += 2;
        const closing = name();
        if (closing !== node.name) fail(`</${closing}> closes <${node.name}>`);
        ws();
        if (src[i] !== ">") fail("expected >");
        i++;
        return node;
      }
      if (src.startsWith("<!--", i)) comment();
      else if (src.startsWith("<![CDATA[", i)) {
        const end = src.indexOf("]]>", i);
        if (end < 0) fail("unterminated CDATA");
        node.children.push(src.slice(i + 9, end));
        i = end + 3;
      } else if (src.startsWith("<?", i)) pi();
      else if (src[i] === "<") node.children.push(element());
      else {
        const end = src.indexOf("<", i);
        const raw = src.slice(i, end < 0 ? src.length : end);
        if (raw.includes("]]>")) fail("]]> in character data");
        node.children.push(decode(raw, i));
        i += raw.length;
      }
    }
  };

  if (src.startsWith("<?xml")) {
    const end = src.indexOf("?>");
    const decl = src.slice(0, end + 2);
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.0\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?\s*\?>$/.test(decl)) fail("bad XML declaration");
    i = end + 2;
  }
  misc();
  if (src.startsWith("<!DOCTYPE", i)) fail("unexpected DOCTYPE");
  const root = element();
  misc();
  if (i !== src.length) fail("content after the root element");
  return root;
}

const kids = (node: XmlNode, name: string) => node.children.filter((c): c is XmlNode => typeof c !== "string" && c.name === name);
const one = (node: XmlNode, name: string) => {
  const found = kids(node, name);
  expect(found, `exactly one <${name}> in <${node.name}>`).toHaveLength(1);
  return found[0];
};
const textOf = (node: XmlNode): string => node.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
const allNames = (node: XmlNode): string[] => [node.name, ...node.children.flatMap((c) => (typeof c === "string" ? [] : allNames(c)))];

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FIRST_OF_MONTH = /^\d{4}-\d{2}-01T00:00:00Z$/;
/** An <updated>: the first of a month plus one second per approved edit (entryUpdated). */
const UPDATED = /^\d{4}-\d{2}-01T00:\d{2}:\d{2}Z$/;

interface ParsedEntry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  author: string;
  summary: string;
  content: string;
  categories: { term: string; label: string }[];
  xml: XmlNode;
}

/** Parses a feed and checks it against RFC 4287's structural rules; returns its parts. */
function parseAtom(xml: string) {
  const feed = parseXml(xml);
  expect(feed.name).toBe("feed");
  expect(feed.attrs.xmlns).toBe(ATOM_NS);
  const id = textOf(one(feed, "id"));
  expect(() => new URL(id)).not.toThrow();
  const title = textOf(one(feed, "title"));
  expect(title.length).toBeGreaterThan(0);
  const updated = textOf(one(feed, "updated"));
  expect(updated).toMatch(UPDATED);
  const links = kids(feed, "link");
  const self = links.filter((l) => l.attrs.rel === "self");
  const alternate = links.filter((l) => l.attrs.rel === "alternate" && l.attrs.type === "text/html");
  expect(self).toHaveLength(1);
  expect(alternate).toHaveLength(1);
  expect(self[0].attrs.type).toBe("application/atom+xml");
  for (const l of links) expect(l.attrs.href).toMatch(/^https?:\/\//);
  const entries: ParsedEntry[] = kids(feed, "entry").map((entry) => {
    const entryLinks = kids(entry, "link").filter((l) => (l.attrs.rel ?? "alternate") === "alternate");
    expect(entryLinks).toHaveLength(1);
    const author = one(entry, "author");
    const summary = one(entry, "summary");
    const content = one(entry, "content");
    expect(content.attrs.type).toBe("html");
    expect(content.children.every((c) => typeof c === "string")).toBe(true);
    expect(["text", undefined]).toContain(summary.attrs.type);
    const published = textOf(one(entry, "published"));
    const entryUpdated = textOf(one(entry, "updated"));
    expect(published).toMatch(RFC3339);
    expect(entryUpdated).toMatch(RFC3339);
    for (const c of kids(entry, "category")) expect(c.attrs.term).toBeTruthy();
    return {
      id: textOf(one(entry, "id")),
      title: textOf(one(entry, "title")),
      link: entryLinks[0].attrs.href,
      published,
      updated: entryUpdated,
      author: textOf(one(author, "name")),
      summary: textOf(summary),
      content: textOf(content),
      categories: kids(entry, "category").map((c) => ({ term: c.attrs.term, label: c.attrs.label })),
      xml: entry,
    };
  });
  // Entry ids are unique and absolute; the feed's updated is its newest entry's.
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  for (const e of entries) expect(() => new URL(e.id)).not.toThrow();
  if (entries.length) expect(updated).toBe([...entries.map((e) => e.updated)].sort().at(-1));
  return { feed, id, title, updated, selfHref: self[0].attrs.href, alternateHref: alternate[0].attrs.href, entries };
}

/** Parses a <urlset> and returns its locations; fails on <lastmod> or any other date. */
function parseUrlSet(xml: string): string[] {
  const root = parseXml(xml);
  expect(root.name).toBe("urlset");
  expect(root.attrs.xmlns).toBe(SITEMAP_NS);
  expect(allNames(root).filter((n) => !["urlset", "url", "loc"].includes(n))).toEqual([]);
  return kids(root, "url").map((u) => textOf(one(u, "loc")));
}

function parseSitemapIndex(xml: string): string[] {
  const root = parseXml(xml);
  expect(root.name).toBe("sitemapindex");
  expect(root.attrs.xmlns).toBe(SITEMAP_NS);
  expect(allNames(root).filter((n) => !["sitemapindex", "sitemap", "loc"].includes(n))).toEqual([]);
  return kids(root, "sitemap").map((s) => textOf(one(s, "loc")));
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

const loaderArgs = (url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => ({
  request: new Request(url, { headers }),
  params,
  context: {},
});

async function getFeed(path = "/feed.xml") {
  const response = await feedLoader(loaderArgs(`${ORIGIN}${path}`));
  return { response, xml: await response.text() };
}

async function getTagFeed(slug: string) {
  const response = await tagFeedLoader(loaderArgs(`${ORIGIN}/tags/${slug}/feed.xml`, { slug }));
  return { response, xml: await response.text() };
}

async function getSitemap(query = "") {
  const response = await sitemapLoader(loaderArgs(`${ORIGIN}/sitemap.xml${query}`));
  return { response, xml: await response.text() };
}

let userCounter = 0;
/** A member with a distinctive username, so a leak can't hide behind an ordinary word. */
async function member(prefix = "author", role = "member") {
  userCounter += 1;
  const id = newId();
  const username = `${prefix}_fq${userCounter}x${id.slice(0, 5)}`;
  await db.user.create({ data: { id, username, usernameKey: username.toLowerCase(), passwordHash: "not-a-real-hash", role } });
  return { id, username };
}

const BODY =
  "The first winter sober was the longest season of my life. I learned to sit with the quiet, to make tea " +
  "when the craving came, and to call the people who said I could call them. Slowly the mornings got lighter, " +
  "and one day I noticed I had laughed at breakfast without thinking about a drink at all.";

function input(overrides: Partial<StoryInput> = {}): StoryInput {
  return { title: "A winter of small mercies", body: BODY, anonymity: "USERNAME", penName: undefined, tags: ["alcohol"], warnings: [], ...overrides };
}

async function publish(authorId: string, overrides: Partial<StoryInput> = {}, at?: Date) {
  const { storyId, revisionId } = await createStory({ authorId, input: input(overrides) });
  expect(await submitStory({ storyId, authorId })).toMatchObject({ ok: true });
  await publishRevision({ storyId, revisionId, at });
  const row = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { slug: true, liveRevision: { select: { bodyHtml: true } } } });
  return { storyId, revisionId, slug: row.slug, bodyHtml: row.liveRevision!.bodyHtml };
}

/** A tag only this test uses, so its feed holds exactly what the test put there. */
async function privateTag(name: string) {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${newId().slice(0, 6)}`;
  const tag = await db.tag.create({ data: { id: newId(), facet: "SITUATION", slug, name, sortOrder: 999 } });
  return { id: tag.id, slug, name };
}

const entryFor = (entries: ParsedEntry[], slug: string) => entries.find((e) => e.link === `${ORIGIN}/stories/${slug}`);

beforeAll(async () => {
  await ensureVocabulary();
});

const savedTrustProxy = process.env.TRUST_PROXY;
afterEach(() => {
  if (savedTrustProxy === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = savedTrustProxy;
});

// ---------------------------------------------------------------------------------------

describe("/feed.xml", () => {
  it("is well-formed Atom 1.0 with the newest published stories, their stored HTML and their tags", async () => {
    const author = await member("feedwriter");
    const title = "Tea & toast <b>at</b> dawn ]]> \u0008 🌅";
    const story = await publish(author.id, {
      title,
      body: `${BODY}\n\nA line with <script>alert(1)</script> & a [link](/help) and "quotes" ]]> too.`,
      tags: ["alcohol", "parenting", "twelve-step"],
    });
    const draftOnly = await createStory({ authorId: author.id, input: input({ title: "Still a draft, never public" }) });

    const { response, xml } = await getFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    // Any cache may keep a feed but must ask before each use (the page cache answers 304).
    expect(response.headers.get("Cache-Control")).toBe("public, no-cache");
    const feed = parseAtom(xml);
    expect(feed.id).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.selfHref).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.alternateHref).toBe(`${ORIGIN}/`);
    expect(feed.title).toBe("Kindred — new stories");

    const entry = entryFor(feed.entries, story.slug)!;
    expect(entry).toBeDefined();
    expect(entry.id).toBe(`${ORIGIN}/stories/${story.slug}`);
    expect(entry.title).toBe(stripInvalidXmlChars(title));
    expect(entry.author).toBe(author.username);
    // The stored, sanitized HTML, unchanged (never re-rendered), followed by the help line.
    expect(entry.content.startsWith(story.bodyHtml)).toBe(true);
    expect(entry.content).toContain(`<a href="${ORIGIN}/help">`);
    expect(entry.content).not.toContain("<script>");
    expect(entry.summary).toContain("The first winter sober");
    expect(entry.summary).not.toContain("<");
    expect(entry.categories).toEqual([
      { term: "alcohol", label: "Alcohol" },
      { term: "parenting", label: "Parenting" },
      { term: "twelve-step", label: "12-step" },
    ]);
    expect(xml).not.toContain("Still a draft, never public");
    expect(xml).not.toContain(draftOnly.storyId);
  });

  it("gives every date as the first of its month (UTC) and the feed the newest entry's", async () => {
    const author = await member("dates");
    const tag = await privateTag("Dated stories");
    const older = await publish(author.id, { title: "An older story", tags: [tag.slug] }, new Date("2023-05-17T13:45:12.345Z"));
    const newer = await publish(author.id, { title: "A newer story", tags: [tag.slug] }, new Date("2023-07-31T23:59:59.999Z"));
    // Nothing finer than the month leaks, in either time zone direction.
    const { xml } = await getTagFeed(tag.slug);
    const feed = parseAtom(xml);
    expect(feed.updated).toBe("2023-07-01T00:00:00Z");
    expect(entryFor(feed.entries, older.slug)).toMatchObject({ published: "2023-05-01T00:00:00Z", updated: "2023-05-01T00:00:00Z" });
    expect(entryFor(feed.entries, newer.slug)).toMatchObject({ published: "2023-07-01T00:00:00Z", updated: "2023-07-01T00:00:00Z" });
    expect(feed.entries.map((e) => e.title)).toEqual(["A newer story", "An older story"]);
    for (const leak of ["13:45", "2023-05-17", "2023-07-31", "23:59"]) expect(xml).not.toContain(leak);

    const main = parseAtom((await getFeed()).xml);
    for (const e of main.entries) {
      expect(e.published).toMatch(FIRST_OF_MONTH);
      expect(e.updated).toMatch(UPDATED);
      expect(e.updated >= e.published).toBe(true);
    }
    expect(firstOfMonthUtc(new Date("2024-03-01T00:30:00+02:00")).toISOString()).toBe("2024-02-01T00:00:00.000Z");
  });

  it("puts content warnings at the top of the summary and the content", async () => {
    const author = await member("warned");
    const story = await publish(author.id, { title: "The night it nearly ended", warnings: ["relapse", "overdose"] });
    const entry = entryFor(parseAtom((await getFeed()).xml).entries, story.slug)!;
    expect(entry.summary.startsWith("Content notes: Overdose, Relapse.")).toBe(true);
    expect(entry.content.startsWith("<p><strong>Content notes: Overdose, Relapse</strong></p>")).toBe(true);
    expect(entry.content).toContain(story.bodyHtml);
  });

  it("holds at most 50 stories, newest first", async () => {
    const author = await member("prolific");
    const tag = await privateTag("Many stories");
    const slugs: string[] = [];
    for (let n = 0; n < 52; n++) {
      const at = new Date(Date.UTC(2020, n, 10));
      slugs.push((await publish(author.id, { title: `Story number ${n}`, tags: [tag.slug] }, at)).slug);
    }
    const feed = parseAtom((await getTagFeed(tag.slug)).xml);
    expect(feed.entries).toHaveLength(50);
    expect(feed.entries.map((e) => e.link)).toEqual(slugs.slice(2).reverse().map((s) => `${ORIGIN}/stories/${s}`));
    expect(parseAtom((await getFeed()).xml).entries).toHaveLength(50);
  });

  it("uses the request's origin, and forwarded headers only when TRUST_PROXY is true", async () => {
    const forwarded = { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "stories.example.org" };
    delete process.env.TRUST_PROXY;
    let response = await feedLoader(loaderArgs("http://localhost:3000/feed.xml", {}, forwarded));
    let feed = parseAtom(await response.text());
    expect(feed.selfHref).toBe("http://localhost:3000/feed.xml");
    expect(feed.entries.every((e) => e.link.startsWith("http://localhost:3000/stories/"))).toBe(true);

    process.env.TRUST_PROXY = "true";
    response = await feedLoader(loaderArgs("http://localhost:3000/feed.xml", {}, forwarded));
    feed = parseAtom(await response.text());
    expect(feed.selfHref).toBe("https://stories.example.org/feed.xml");
    expect(feed.entries.every((e) => e.link.startsWith("https://stories.example.org/stories/"))).toBe(true);

    // Junk in the headers is ignored even when trusted.
    const junk = new Request("http://localhost:3000/feed.xml", { headers: { "X-Forwarded-Proto": "javascript", "X-Forwarded-Host": 'evil"><x' } });
    expect(requestOrigin(junk)).toBe("http://localhost:3000");
    const chain = new Request("http://localhost:3000/", { headers: { "X-Forwarded-Proto": "https, http", "X-Forwarded-Host": "a.example, b.example" } });
    expect(requestOrigin(chain)).toBe("https://a.example");
  });
});

describe("anonymity in feeds and the sitemap", () => {
  it("pen-name and anonymous entries name neither the account's username nor its id", async () => {
    // One person who writes under all three modes: the username may appear only on their username story.
    const author = await member("threeways");
    const penOnly = await member("penonly");
    const anonOnly = await member("anononly");
    const tag = await privateTag("Identity check");
    const named = await publish(author.id, { title: "Under my own name", tags: [tag.slug, "alcohol"] });
    const pen = await publish(author.id, { title: "Under a pen name", anonymity: "PEN_NAME", penName: "Quiet Harbor", tags: [tag.slug, "alcohol"] });
    const anon = await publish(author.id, { title: "Under no name", anonymity: "ANONYMOUS", tags: [tag.slug, "alcohol"] });
    const pen2 = await publish(penOnly.id, { title: "Lantern", anonymity: "PEN_NAME", penName: "Lantern Keeper", tags: [tag.slug] });
    const anon2 = await publish(anonOnly.id, { title: "Nobody's story", anonymity: "ANONYMOUS", tags: [tag.slug] });

    const documents = {
      feed: (await getFeed()).xml,
      tagFeed: (await getTagFeed(tag.slug)).xml,
      alcohol: (await getTagFeed("alcohol")).xml,
      sitemap: (await getSitemap()).xml,
    };
    const revisionIds = [named, pen, anon, pen2, anon2].flatMap((s) => [s.storyId, s.revisionId]);
    for (const [name, xml] of Object.entries(documents)) {
      for (const secret of [author.id, penOnly.id, anonOnly.id, penOnly.username, anonOnly.username, ...revisionIds]) {
        expect(xml.toLowerCase(), `${name} contains ${secret}`).not.toContain(secret.toLowerCase());
      }
    }
    expect(documents.sitemap.toLowerCase()).not.toContain(author.username.toLowerCase());

    for (const key of ["feed", "tagFeed", "alcohol"] as const) {
      const { entries } = parseAtom(documents[key]);
      expect(entryFor(entries, named.slug)?.author).toBe(author.username);
      for (const [story, name] of [
        [pen, "Quiet Harbor"],
        [anon, "Anonymous"],
      ] as const) {
        const entry = entryFor(entries, story.slug);
        if (key === "feed" && !entry) continue; // may have scrolled out of the newest 50
        expect(entry!.author).toBe(name);
        const entryXml = JSON.stringify(entry!.xml).toLowerCase();
        expect(entryXml).not.toContain(author.username.toLowerCase());
        expect(entryXml).not.toContain(author.id.toLowerCase());
      }
    }
    const tagEntries = parseAtom(documents.tagFeed).entries;
    expect(entryFor(tagEntries, pen2.slug)?.author).toBe("Lantern Keeper");
    expect(entryFor(tagEntries, anon2.slug)?.author).toBe("Anonymous");
    // The slug is made from the title, never from the author.
    for (const s of [pen, anon, pen2, anon2]) expect(s.slug).not.toMatch(/threeways|penonly|anononly/);
  });
});

describe("an approved edit", () => {
  it("moves the entry's <updated> (and the feed's) each time, a pending edit doesn't, and no finer time than the month appears", async () => {
    const author = await member("editor");
    const tag = await privateTag("Edited stories");
    const story = await publish(author.id, { title: "Said too much at first", tags: [tag.slug] }, new Date("2024-02-10T09:15:00Z"));
    const entry = async () => {
      const { xml } = await getTagFeed(tag.slug);
      const feed = parseAtom(xml);
      return { feed, xml, entry: entryFor(feed.entries, story.slug)! };
    };
    const first = await entry();
    expect(first.entry).toMatchObject({ published: "2024-02-01T00:00:00Z", updated: "2024-02-01T00:00:00Z" });

    // The author takes out a detail that could identify them; until a moderator approves the
    // edit, the feed keeps the live text and its date.
    const edit = async (body: string, at: Date) => {
      const before = (await entry()).entry.updated;
      const saved = await saveStory({ storyId: story.storyId, authorId: author.id, input: input({ title: "Said too much at first", body, tags: [tag.slug] }) });
      if (!saved.ok) throw new Error(`save failed: ${saved.reason}`);
      expect(await submitStory({ storyId: story.storyId, authorId: author.id })).toMatchObject({ ok: true });
      expect((await entry()).entry.updated, "unchanged while the edit waits for review").toBe(before);
      await publishRevision({ storyId: story.storyId, revisionId: saved.revisionId, at });
    };
    const pending = await saveStory({ storyId: story.storyId, authorId: author.id, input: input({ title: "Said too much at first", body: `${BODY} I worked at Riverside Dental.`, tags: [tag.slug] }) });
    expect(pending.ok).toBe(true);
    expect((await entry()).entry).toMatchObject({ updated: "2024-02-01T00:00:00Z" });
    expect((await entry()).xml).not.toContain("Riverside Dental");

    // Approved in the same month: one second later, so feed readers fetch the new text.
    await edit(`${BODY} Without the name of my workplace.`, new Date("2024-02-20T17:40:00Z"));
    const second = await entry();
    expect(second.entry).toMatchObject({ published: "2024-02-01T00:00:00Z", updated: "2024-02-01T00:00:01Z" });
    expect(second.entry.content).toContain("Without the name of my workplace.");
    expect(second.feed.updated).toBe("2024-02-01T00:00:01Z");

    // Another edit, approved months later: that month, plus its count of edits.
    await edit(`${BODY} Shorter again.`, new Date("2024-06-03T08:00:00Z"));
    const third = await entry();
    expect(third.entry).toMatchObject({ published: "2024-02-01T00:00:00Z", updated: "2024-06-01T00:00:02Z" });
    expect(third.feed.updated).toBe("2024-06-01T00:00:02Z");
    for (const leak of ["09:15", "17:40", "08:00", "2024-02-10", "2024-02-20", "2024-06-03"]) expect(third.xml).not.toContain(leak);

    // The site feed says the same.
    expect(entryFor(parseAtom((await getFeed()).xml).entries, story.slug)).toMatchObject({ updated: "2024-06-01T00:00:02Z" });
  });

  it("entryUpdated: the later month of first publication and latest approval, plus a second per edit", () => {
    const feb = new Date("2024-02-10T09:15:00Z");
    expect(entryUpdated(feb, null, 1).toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(entryUpdated(feb, feb, 1).toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(entryUpdated(feb, new Date("2024-02-29T23:59:59Z"), 4).toISOString()).toBe("2024-02-01T00:00:03.000Z");
    expect(entryUpdated(feb, new Date("2025-01-01T00:00:00Z"), 2).toISOString()).toBe("2025-01-01T00:00:01.000Z");
    // Never before publication, even with odd data.
    expect(entryUpdated(feb, new Date("2023-01-05T00:00:00Z"), 0).toISOString()).toBe("2024-02-01T00:00:00.000Z");
  });
});

describe("withdrawn and removed stories", () => {
  it("disappear from the feed, their tag feeds and the sitemap", async () => {
    const author = await member("leaver");
    const moderator = await member("moderator", "moderator");
    const tag = await privateTag("Coming and going");
    const stays = await publish(author.id, { title: "The one that stays", tags: [tag.slug] });
    const withdrawn = await publish(author.id, { title: "The one withdrawn", tags: [tag.slug] });
    const removed = await publish(author.id, { title: "The one removed", tags: [tag.slug] });

    const present = async () => {
      const feed = parseAtom((await getFeed()).xml).entries.map((e) => e.link);
      const tagFeed = parseAtom((await getTagFeed(tag.slug)).xml).entries.map((e) => e.link);
      const sitemap = parseUrlSet((await getSitemap()).xml);
      return [stays, withdrawn, removed].map((s) => {
        const url = `${ORIGIN}/stories/${s.slug}`;
        return [feed.includes(url), tagFeed.includes(url), sitemap.includes(url)];
      });
    };
    expect(await present()).toEqual([
      [true, true, true],
      [true, true, true],
      [true, true, true],
    ]);
    expect(await withdrawStory({ storyId: withdrawn.storyId, authorId: author.id })).toMatchObject({ ok: true, status: "WITHDRAWN" });
    await removeStory({ moderatorId: moderator.id, storyId: removed.storyId, reason: "other", note: "Test removal." });
    expect(await present()).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    const xml = (await getFeed()).xml + (await getTagFeed(tag.slug)).xml + (await getSitemap()).xml;
    expect(xml).not.toContain("The one withdrawn");
    expect(xml).not.toContain(withdrawn.slug);
    expect(xml).not.toContain(removed.slug);
  });
});

describe("/tags/:slug/feed.xml", () => {
  it("holds only stories whose live version carries the tag; an edit counts once it is approved", async () => {
    const author = await member("tagger");
    const a = await privateTag("Tag A");
    const b = await privateTag("Tag B");
    const story = await publish(author.id, { title: "Moving between tags", tags: [a.slug] });
    const other = await publish(author.id, { title: "Only ever B", tags: [b.slug] });

    const links = async (slug: string) => parseAtom((await getTagFeed(slug)).xml).entries.map((e) => e.link);
    const url = (s: { slug: string }) => `${ORIGIN}/stories/${s.slug}`;
    expect(await links(a.slug)).toEqual([url(story)]);
    expect(await links(b.slug)).toEqual([url(other)]);

    // An edit moves the story to tag B; while it waits for review the live version still says A.
    const saved = await saveStory({ storyId: story.storyId, authorId: author.id, input: input({ title: "Moving between tags", tags: [b.slug] }) });
    expect(saved.ok).toBe(true);
    expect(await submitStory({ storyId: story.storyId, authorId: author.id })).toMatchObject({ ok: true });
    expect(await links(a.slug)).toEqual([url(story)]);
    expect(await links(b.slug)).toEqual([url(other)]);

    if (!saved.ok) throw new Error("save failed");
    await publishRevision({ storyId: story.storyId, revisionId: saved.revisionId });
    expect(await links(a.slug)).toEqual([]);
    expect((await links(b.slug)).sort()).toEqual([url(story), url(other)].sort());

    const feed = parseAtom((await getTagFeed(b.slug)).xml);
    expect(feed.id).toBe(`${ORIGIN}/tags/${b.slug}/feed.xml`);
    expect(feed.selfHref).toBe(`${ORIGIN}/tags/${b.slug}/feed.xml`);
    expect(feed.alternateHref).toBe(`${ORIGIN}/tags/${b.slug}`);
    expect(feed.title).toBe("Kindred — Tag B");
    expect(feed.entries.every((e) => e.categories.some((c) => c.term === b.slug))).toBe(true);
    // An empty tag still has a valid feed.
    const empty = await getTagFeed(a.slug);
    expect(empty.response.status).toBe(200);
    expect(parseAtom(empty.xml).entries).toEqual([]);
  });

  it("answers 404 for an unknown tag and for one merged into another; a retired tag keeps its feed", async () => {
    const admin = await member("admin", "admin");
    const author = await member("retiree");
    const retired = await privateTag("Retired tag");
    const merged = await privateTag("Merged tag");
    const target = await privateTag("Merge target");
    const onRetired = await publish(author.id, { title: "Under a retired tag", tags: [retired.slug] });
    const onMerged = await publish(author.id, { title: "Under a merged tag", tags: [merged.slug] });

    for (const slug of ["no-such-tag", "", "../feed", "%3Cx%3E"]) {
      const { response } = await getTagFeed(slug);
      expect(response.status, slug).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/plain/);
    }

    expect(await setTagRetired({ adminId: admin.id, tagId: retired.id, retired: true })).toMatchObject({ ok: true });
    const retiredFeed = await getTagFeed(retired.slug);
    expect(retiredFeed.response.status).toBe(200);
    expect(parseAtom(retiredFeed.xml).entries.map((e) => e.link)).toEqual([`${ORIGIN}/stories/${onRetired.slug}`]);

    expect(await mergeTags({ adminId: admin.id, sourceId: merged.id, targetId: target.id })).toMatchObject({ ok: true });
    expect((await getTagFeed(merged.slug)).response.status).toBe(404);
    expect(parseAtom((await getTagFeed(target.slug)).xml).entries.map((e) => e.link)).toEqual([`${ORIGIN}/stories/${onMerged.slug}`]);
  });
});

describe("/sitemap.xml", () => {
  it("lists the site's pages, active tag pages and every published story, without any dates", async () => {
    const author = await member("mapped");
    const published = await publish(author.id, { title: "On the map", anonymity: "PEN_NAME", penName: "Cartographer" });
    const draft = await createStory({ authorId: author.id, input: input({ title: "Not on the map" }) });
    const retired = await privateTag("Retired from the map");
    await db.tag.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });

    const { response, xml } = await getSitemap();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    const locs = parseUrlSet(xml);
    for (const path of ["/", "/help", "/browse", "/search", "/tags/alcohol", "/tags/parenting", `/stories/${published.slug}`]) {
      expect(locs).toContain(`${ORIGIN}${path}`);
    }
    expect(locs).not.toContain(`${ORIGIN}/tags/${retired.slug}`);
    expect(xml).not.toContain(draft.storyId);
    expect(new Set(locs).size).toBe(locs.length);
    expect(xml).not.toMatch(/lastmod|\d{4}-\d{2}-\d{2}/);

    const activeTags = await db.tag.count({ where: { retiredAt: null } });
    const stories = await db.story.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } });
    expect(locs.length).toBe(4 + activeTags + stories.length);
    expect(locs.filter((l) => l.includes("/stories/")).sort()).toEqual(stories.map((s) => `${ORIGIN}/stories/${s.slug}`).sort());
  });

  it("becomes a sitemap index of pages once there are more addresses than fit in one", async () => {
    const whole = parseUrlSet((await getSitemap()).xml);
    const storyCount = whole.filter((l) => l.includes("/stories/")).length;
    expect(storyCount).toBeGreaterThan(10);
    const perPage = Math.ceil(storyCount / 3); // three story pages, the last one shorter
    const request = (query = "") => new Request(`${ORIGIN}/sitemap.xml${query}`);

    const index = await sitemapResponse(request(), { perPage });
    expect(index.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const pages = parseSitemapIndex(await index.text());
    expect(pages).toEqual([1, 2, 3, 4].map((n) => `${ORIGIN}/sitemap.xml?page=${n}`));

    const union: string[] = [];
    for (const page of pages) {
      const response = await sitemapResponse(request(new URL(page).search), { perPage });
      expect(response.status).toBe(200);
      const locs = parseUrlSet(await response.text());
      if (page.endsWith("=1")) expect(locs.some((l) => l.includes("/stories/"))).toBe(false);
      else {
        expect(locs.length).toBeGreaterThan(0);
        expect(locs.length).toBeLessThanOrEqual(perPage);
        expect(locs.every((l) => l.includes("/stories/"))).toBe(true);
      }
      union.push(...locs);
    }
    expect(union.sort()).toEqual([...whole].sort());

    for (const bad of ["?page=0", "?page=5", "?page=-1", "?page=abc", "?page=1.5", "?page=99999999999"]) {
      expect((await sitemapResponse(request(bad), { perPage })).status, bad).toBe(404);
    }
    // The route itself serves the same pages by number.
    expect((await getSitemap("?page=1")).response.status).toBe(200);
    expect((await getSitemap("?page=3")).response.status).toBe(404);
  });

  // The time that matters is the sitemap's, checked below; setting up 100,000 rows takes longer on PostgreSQL.
  it("copes with 100,000 stories: an index of 50,000-address pages, streamed", { timeout: 90_000 }, async () => {
    const author = await member("bulk");
    const N = 100_000;
    const now = new Date().toISOString();
    // PostgreSQL types a parameter in a SELECT list as text: it needs the cast SQLite must not get.
    const at = testOnPostgres ? "CAST(? AS TIMESTAMP(3))" : "?";
    await db.$executeRawUnsafe(
      placeholders(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N})
       INSERT INTO "Story" ("id", "slug", "authorId", "status", "createdAt", "updatedAt", "publishedAt")
       SELECT 'bulkstory' || i, 'bulk-story-' || i, ?, 'PUBLISHED', ${at}, ${at}, ${at} FROM n`),
      author.id,
      now,
      now,
      now,
    );
    await db.$executeRawUnsafe(
      placeholders(`INSERT INTO "StoryRevision" ("id", "storyId", "number", "status", "title", "bodyMarkdown", "bodyHtml", "anonymity", "createdAt", "updatedAt")
       SELECT 'bulkrev' || substr("id", 10), "id", 1, 'APPROVED', 'Bulk', 'Bulk', '<p>Bulk</p>', 'ANONYMOUS', ${at}, ${at} FROM "Story" WHERE "id" LIKE 'bulkstory%'`),
      now,
      now,
    );
    await db.$executeRawUnsafe(`UPDATE "Story" SET "liveRevisionId" = 'bulkrev' || substr("id", 10) WHERE "id" LIKE 'bulkstory%'`);
    try {
      const total = await db.story.count({ where: { status: "PUBLISHED", liveRevisionId: { not: null } } });
      expect(total).toBeGreaterThanOrEqual(N);
      const index = await getSitemap();
      const pages = parseSitemapIndex(index.xml);
      const pageCount = 1 + Math.ceil(total / 50_000);
      expect(pages).toEqual(Array.from({ length: pageCount }, (_, i) => `${ORIGIN}/sitemap.xml?page=${i + 1}`));
      let stories = 0;
      for (const page of pages.slice(1)) {
        const { response, xml } = await getSitemap(new URL(page).search);
        expect(response.body).toBeInstanceOf(ReadableStream);
        const locs = parseUrlSet(xml);
        expect(locs.length).toBeLessThanOrEqual(50_000);
        stories += locs.length;
      }
      // Every story once, across streamed pages; how long it takes is the benchmark's business.
      expect(stories).toBe(total);
      // The feeds still answer quickly and hold 50 entries.
      expect(parseAtom((await getFeed()).xml).entries).toHaveLength(50);
    } finally {
      await db.$executeRawUnsafe(`UPDATE "Story" SET "liveRevisionId" = NULL WHERE "id" LIKE 'bulkstory%'`);
      await db.$executeRawUnsafe(`DELETE FROM "StoryRevision" WHERE "id" LIKE 'bulkrev%'`);
      await db.$executeRawUnsafe(`DELETE FROM "Story" WHERE "id" LIKE 'bulkstory%'`);
    }
  });
});

describe("XML helpers", () => {
  it("escapes text and attributes and drops characters XML can't carry", () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
    expect(xmlAttr(`a & "b" 'c'\n<d>`)).toBe("a &amp; &quot;b&quot; &apos;c&apos;&#10;&lt;d&gt;");
    expect(stripInvalidXmlChars("a\u0000b\u0008c\u000bd\ufffee\ud800f🌅\tg\n")).toBe("abcdef🌅\tg\n");
    expect(xmlText("]]>")).toBe("]]&gt;");
  });

  it("turns stored HTML into a plain-text excerpt", () => {
    expect(htmlToPlainText("<p>One &amp; <em>two</em></p><p>three&nbsp;&#39;four&#x27;</p>")).toBe("One & two three 'four'");
    expect(excerpt("word ".repeat(100).trim(), 50)).toMatch(/^(word ){8,}word…$/);
    expect(excerpt("short", 50)).toBe("short");
  });
});

describe("meta helpers", () => {
  const feedLink = { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/feed.xml", title: "Kindred — new stories" };

  it("storyMeta gives Open Graph and a feed link, and names only what publicIdentity returned", () => {
    const url = "https://kindred.example/stories/a-story-abc123";
    const anon = storyMeta({
      title: "A story",
      description: storyDescription({ byline: { mode: "ANONYMOUS", name: "Anonymous" }, tags: ["Opioids", "Parenting"] }),
      url,
      byline: { mode: "ANONYMOUS", name: "Anonymous" },
    });
    expect(anon).toEqual(
      expect.arrayContaining([
        { title: "A story · Kindred" },
        { name: "description", content: "A recovery story about opioids and parenting, shared anonymously on Kindred." },
        { property: "og:type", content: "article" },
        { property: "og:title", content: "A story" },
        { property: "og:description", content: "A recovery story about opioids and parenting, shared anonymously on Kindred." },
        { property: "og:url", content: url },
        { property: "og:site_name", content: "Kindred" },
        { name: "twitter:card", content: "summary" },
        { tagName: "link", rel: "canonical", href: url },
        feedLink,
      ]),
    );
    const keys = (m: object[]) => m.flatMap((d) => Object.values(d as Record<string, string>));
    expect(keys(anon).join(" ")).not.toMatch(/article:author|og:image|published_time/);
    expect(anon.some((d) => "name" in d && d.name === "author")).toBe(false);

    const pen = storyMeta({ title: "B", description: "d", url, byline: { mode: "PEN_NAME", name: "Quiet Harbor" } });
    expect(pen).toContainEqual({ name: "author", content: "Quiet Harbor" });
    for (const meta of [anon, pen]) {
      expect(keys(meta)).not.toContain("article:author");
      expect(keys(meta)).not.toContain("og:image");
    }
  });

  it("siteMeta covers other pages, with extra feed links", () => {
    const meta = siteMeta({
      title: "Parenting · Recovery stories · Kindred",
      description: "Stories about parenting.",
      url: "https://kindred.example/tags/parenting",
      feeds: [tagFeedLink({ slug: "parenting", name: "Parenting" })],
    });
    expect(meta).toEqual([
      { title: "Parenting · Recovery stories · Kindred" },
      { name: "description", content: "Stories about parenting." },
      { property: "og:type", content: "website" },
      { property: "og:title", content: "Parenting · Recovery stories · Kindred" },
      { property: "og:description", content: "Stories about parenting." },
      { property: "og:url", content: "https://kindred.example/tags/parenting" },
      { tagName: "link", rel: "canonical", href: "https://kindred.example/tags/parenting" },
      { property: "og:site_name", content: "Kindred" },
      { name: "twitter:card", content: "summary" },
      feedLink,
      { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/tags/parenting/feed.xml", title: "Kindred — Parenting" },
    ]);
    expect(siteMeta({ title: "Kindred" })).toContainEqual(feedLink);
  });
});
