import { FACETS, WARNINGS } from "~/lib/constants";
import { db } from "~/lib/db.server";
import {
  ATOM_CONTENT_TYPE,
  FEED_CACHE_CONTROL,
  XML_CONTENT_TYPE,
  atomDocument,
  excerpt,
  htmlToPlainText,
  notFoundResponse,
  requestOrigin,
  sitemapIndexDocument,
  urlEntry,
  urlSetClose,
  urlSetOpen,
  xmlResponse,
  xmlText,
  type AtomEntry,
} from "~/lib/xml.server";
import { AUTHOR_FOR_BYLINE, publicIdentity } from "./identity.server";

// Atom feeds (/feed.xml, /tags/:slug/feed.xml) and the sitemap (/sitemap.xml). Public
// surfaces, so the rules of docs/product.md, "Anonymity", apply to every byte:
//   - the author is whatever publicIdentity returns (username for USERNAME stories only);
//   - no account id, story id or revision id appears; entries are identified by their URL;
//   - no exact time appears: feed dates are publishedAt truncated to the first of its month
//     (UTC), and the sitemap carries no <lastmod> at all, so nothing can be lined up with an
//     account's activity. An entry's <updated> is the month of its latest approved edit plus
//     one second for each approved edit (see entryUpdated): it moves with every edit, so feed
//     readers fetch the new text — which may have dropped a detail the author removed to
//     protect themselves — and it says no more than the feed itself showed as it changed.

export const FEED_LIMIT = 50;
/** sitemaps.org: at most 50,000 URLs per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Pages of the site that are always in the sitemap (docs/product.md, "Addresses"). */
export const SITEMAP_STATIC_PATHS = ["/", "/help", "/browse", "/search"] as const;

const SUMMARY_LENGTH = 300;
const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));
const WARNING_ORDER: string[] = WARNINGS.map((w) => w.slug);

/** What "published" means for every public list: approved and live. */
const PUBLISHED = { status: "PUBLISHED", liveRevisionId: { not: null } } as const;

/** The first instant of the date's month, UTC: the only precision a public date has. */
export function firstOfMonthUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export interface FeedStory {
  slug: string;
  title: string;
  /** From publicIdentity: "Anonymous", a pen name, or a username for USERNAME stories. */
  authorName: string;
  /** publishedAt truncated to the first of its month, UTC. */
  published: Date;
  /** entryUpdated: moves with every approved edit, never finer than a month. */
  updated: Date;
  bodyHtml: string;
  tags: { slug: string; name: string }[];
  /** Warning labels ("Overdose"), in the site's order. */
  warnings: string[];
}

/** Revision states of versions that were once the live one (SUPERSEDED is only ever set on a live version replaced by an edit). */
const ONCE_LIVE = ["APPROVED", "SUPERSEDED"];

/**
 * An entry's <updated>: the first of the month (UTC) of the live version's approval (the first
 * publication's, before any edit), plus one second per approved edit. Each approved edit moves
 * it forward, within its month too; a withdrawal and republication of the same text does not.
 */
export function entryUpdated(publishedAt: Date, liveDecidedAt: Date | null, versionsLive: number): Date {
  const month = Math.max(firstOfMonthUtc(publishedAt).getTime(), firstOfMonthUtc(liveDecidedAt ?? publishedAt).getTime());
  return new Date(month + Math.max(0, versionsLive - 1) * 1000);
}

/** A tag whose feed exists: any tag that hasn't been merged into another (retired ones keep their stories). */
export async function findFeedTag(slug: string) {
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, mergedIntoId: true } });
  if (!tag || tag.mergedIntoId) return null;
  return { id: tag.id, slug: tag.slug, name: tag.name };
}

/** Newest published stories, optionally only those whose live version carries a tag. */
export async function listFeedStories({ tagId, limit = FEED_LIMIT }: { tagId?: string; limit?: number } = {}): Promise<FeedStory[]> {
  const stories = await db.story.findMany({
    where: { ...PUBLISHED, ...(tagId ? { liveRevision: { is: { tags: { some: { tagId } } } } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      publishedAt: true,
      author: AUTHOR_FOR_BYLINE,
      _count: { select: { revisions: { where: { status: { in: ONCE_LIVE } } } } },
      liveRevision: {
        select: {
          decidedAt: true,
          title: true,
          anonymity: true,
          penName: true,
          bodyHtml: true,
          tags: { select: { tag: { select: { slug: true, name: true, facet: true } } } },
          warnings: { select: { warning: true } },
        },
      },
    },
  });
  return stories.flatMap(({ slug, publishedAt, author, liveRevision: rev, _count }) => {
    if (!rev || !publishedAt) return [];
    const tags = rev.tags
      .map((t) => t.tag)
      .sort(
        (a, b) =>
          FACETS.indexOf(a.facet as (typeof FACETS)[number]) - FACETS.indexOf(b.facet as (typeof FACETS)[number]) ||
          a.name.localeCompare(b.name),
      );
    const warnings = rev.warnings
      .map((w) => w.warning)
      .sort((a, b) => WARNING_ORDER.indexOf(a) - WARNING_ORDER.indexOf(b))
      .map((w) => WARNING_LABEL[w] ?? w);
    return [
      {
        slug,
        title: rev.title,
        authorName: publicIdentity(rev, author).name,
        published: firstOfMonthUtc(publishedAt),
        updated: entryUpdated(publishedAt, rev.decidedAt, _count.revisions),
        bodyHtml: rev.bodyHtml,
        tags: tags.map(({ slug: tagSlug, name }) => ({ slug: tagSlug, name })),
        warnings,
      },
    ];
  });
}

export function storyUrl(origin: string, slug: string): string {
  return `${origin}/stories/${encodeURIComponent(slug)}`;
}

export function tagUrl(origin: string, slug: string): string {
  return `${origin}/tags/${encodeURIComponent(slug)}`;
}

function feedEntry(story: FeedStory, origin: string): AtomEntry {
  const notes = story.warnings.length ? `Content notes: ${story.warnings.join(", ")}` : "";
  const text = excerpt(htmlToPlainText(story.bodyHtml), SUMMARY_LENGTH);
  const url = storyUrl(origin, story.slug);
  return {
    id: url,
    title: story.title,
    link: url,
    published: story.published,
    updated: story.updated,
    authorName: story.authorName,
    summary: notes ? `${notes}.\n\n${text}` : text,
    contentHtml: [
      // Warnings first, as the story page's notice does: the reader decides before reading on.
      notes ? `<p><strong>${xmlText(notes)}</strong></p>` : "",
      // Stored HTML, sanitized once when saved (app/lib/markdown.server.ts); never re-rendered here.
      story.bodyHtml,
      `<p><em>If this story brought up something hard, <a href="${xmlText(`${origin}/help`)}">support is available any time</a>.</em></p>`,
    ]
      .filter(Boolean)
      .join("\n"),
    categories: story.tags.map((t) => ({ term: t.slug, label: t.name, scheme: `${origin}/tags/` })),
  };
}

/** The response for /feed.xml, or for /tags/:slug/feed.xml when `tagSlug` is given (404 for an unknown or merged tag). */
export async function storyFeedResponse(request: Request, { tagSlug }: { tagSlug?: string } = {}): Promise<Response> {
  const origin = requestOrigin(request);
  const tag = tagSlug === undefined ? null : await findFeedTag(tagSlug);
  if (tagSlug !== undefined && !tag) return notFoundResponse();
  const stories = await listFeedStories({ tagId: tag?.id });
  const entries = stories.map((story) => feedEntry(story, origin));
  const newest = entries.reduce<Date | null>((max, e) => (max && max >= e.updated ? max : e.updated), null);
  const selfUrl = tag ? `${tagUrl(origin, tag.slug)}/feed.xml` : `${origin}/feed.xml`;
  const xml = atomDocument({
    id: selfUrl,
    title: tag ? `Kindred — ${tag.name}` : "Kindred — new stories",
    subtitle: tag
      ? `New recovery stories tagged “${tag.name}”, each read by a peer moderator before it appears.`
      : "New recovery stories from people like you, each read by a peer moderator before it appears.",
    selfUrl,
    alternateUrl: tag ? tagUrl(origin, tag.slug) : `${origin}/`,
    base: `${origin}/`,
    // An empty feed still needs a date: the current month's first day says nothing about anyone.
    updated: newest ?? firstOfMonthUtc(new Date()),
    entries,
  });
  return xmlResponse(xml, ATOM_CONTENT_TYPE, FEED_CACHE_CONTROL);
}

// ---------------------------------------------------------------------------------------
// Sitemap
// ---------------------------------------------------------------------------------------

export async function listActiveTagSlugs(): Promise<string[]> {
  const tags = await db.tag.findMany({
    where: { retiredAt: null },
    select: { slug: true },
    orderBy: [{ facet: "asc" }, { sortOrder: "asc" }],
  });
  return tags.map((t) => t.slug);
}

export async function countPublishedStories(): Promise<number> {
  return db.story.count({ where: PUBLISHED });
}

/**
 * Slugs of published stories in a stable order (by story id, which is random and carries no
 * time), `limit` of them starting at `offset`, yielded in batches so a sitemap page never holds
 * more than one batch in memory. Keyset pagination after the first batch.
 */
export async function* publishedStorySlugs({
  offset = 0,
  limit = SITEMAP_MAX_URLS,
  batchSize = 2_000,
}: { offset?: number; limit?: number; batchSize?: number } = {}): AsyncGenerator<string[]> {
  let remaining = limit;
  let after: string | null = null;
  while (remaining > 0) {
    const rows: { id: string; slug: string }[] = await db.story.findMany({
      where: { ...PUBLISHED, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      skip: after ? 0 : offset,
      take: Math.min(batchSize, remaining),
      select: { id: true, slug: true },
    });
    if (rows.length === 0) return;
    yield rows.map((r) => r.slug);
    remaining -= rows.length;
    after = rows[rows.length - 1].id;
  }
}

function streamOf(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = parts[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

async function* urlSet(origin: string, fixed: string[], stories: { offset: number; limit: number } | null): AsyncGenerator<string> {
  yield urlSetOpen + fixed.map(urlEntry).join("");
  if (stories) {
    for await (const slugs of publishedStorySlugs(stories)) {
      yield slugs.map((slug) => urlEntry(storyUrl(origin, slug))).join("");
    }
  }
  yield urlSetClose;
}

/**
 * /sitemap.xml: one <urlset> while everything fits in `perPage` URLs; beyond that a sitemap
 * index pointing at /sitemap.xml?page=N, where page 1 holds the site's pages and tag pages
 * and page N ≥ 2 holds stories (N − 2)·perPage onwards. Stories are streamed in batches.
 */
export async function sitemapResponse(
  request: Request,
  { perPage = SITEMAP_MAX_URLS }: { perPage?: number } = {},
): Promise<Response> {
  const origin = requestOrigin(request);
  const pageParam = new URL(request.url).searchParams.get("page");
  const [tagSlugs, storyCount] = await Promise.all([listActiveTagSlugs(), countPublishedStories()]);
  const fixed = [...SITEMAP_STATIC_PATHS.map((p) => `${origin}${p}`), ...tagSlugs.map((slug) => tagUrl(origin, slug))];
  const pageCount = 1 + Math.ceil(storyCount / perPage);

  if (pageParam === null) {
    if (fixed.length + storyCount <= perPage) {
      return xmlResponse(streamOf(urlSet(origin, fixed, { offset: 0, limit: storyCount })), XML_CONTENT_TYPE);
    }
    const pages = Array.from({ length: pageCount }, (_, i) => `${origin}/sitemap.xml?page=${i + 1}`);
    return xmlResponse(sitemapIndexDocument(pages), XML_CONTENT_TYPE);
  }

  if (!/^[1-9][0-9]{0,6}$/.test(pageParam)) return notFoundResponse();
  const page = Number(pageParam);
  if (page > pageCount) return notFoundResponse();
  if (page === 1) return xmlResponse(streamOf(urlSet(origin, fixed, null)), XML_CONTENT_TYPE);
  return xmlResponse(streamOf(urlSet(origin, [], { offset: (page - 2) * perPage, limit: perPage })), XML_CONTENT_TYPE);
}
