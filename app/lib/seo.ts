import type { MetaDescriptor } from "@remix-run/node";
import { FACET_PARAMS, FACETS, type Facet } from "./constants";

// Meta, Open Graph and feed-discovery tags for route `meta` exports. Shared by browser and
// server (no .server imports). Rules from docs/product.md, "Anonymity":
//   - the only author information is the byline publicIdentity returned; an anonymous story
//     names nobody, a pen-name story names only its pen name, and there is never an
//     `article:author` (it would point at an account);
//   - no dates (article:published_time would be an exact time), no og:image (we serve no
//     images and load nothing from other hosts);
//   - descriptions never quote the story: a link preview must not show text that sits behind
//     a content-warning notice on the page itself.

export const SITE_NAME = "Kindred";

/** The Atom feed of new stories, announced on every page. */
export const SITE_FEED_LINK = {
  tagName: "link",
  rel: "alternate",
  type: "application/atom+xml",
  href: "/feed.xml",
  title: "Kindred — new stories",
} as const satisfies MetaDescriptor;

/** The shape publicIdentity (app/models/identity.server.ts) returns; repeated here so this module stays browser-safe. */
export type PublicByline =
  | { mode: "USERNAME"; name: string }
  | { mode: "PEN_NAME"; name: string }
  | { mode: "ANONYMOUS"; name: string };

const DESCRIPTION_MAX = 300;

function clean(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The feed-discovery link for one tag's feed (/tags/:slug/feed.xml). */
export function tagFeedLink(tag: { slug: string; name: string }): MetaDescriptor {
  return {
    tagName: "link",
    rel: "alternate",
    type: "application/atom+xml",
    href: `/tags/${encodeURIComponent(tag.slug)}/feed.xml`,
    title: `Kindred — ${tag.name}`,
  };
}

/**
 * A description for a story page that quotes nothing from the story: tags and the byline as
 * publicIdentity gave it. "A recovery story about opioids and parenting, shared anonymously on Kindred."
 */
export function storyDescription({ byline, tags = [] }: { byline: PublicByline; tags?: string[] }): string {
  const names = tags.slice(0, 4).map((t) => t.toLowerCase());
  const about =
    names.length === 0 ? ""
    : names.length === 1 ? ` about ${names[0]}`
    : ` about ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const who = byline.mode === "ANONYMOUS" ? "shared anonymously on Kindred" : `shared on Kindred by ${byline.name}`;
  return `A recovery story${about}, ${who}.`;
}

/**
 * Meta for a story page. `url` should be the absolute address of the story
 * (`${requestOrigin(request)}/stories/${slug}` from app/lib/xml.server.ts, computed in the
 * loader); it is used for og:url and the canonical link, so `?read=1` is not a second page.
 * `byline` must be what publicIdentity returned, and nothing else.
 */
export function storyMeta({
  title,
  description,
  url,
  byline,
  tags = [],
}: {
  title: string;
  description: string;
  url: string;
  byline: PublicByline;
  /** Tag names, for article:tag. */
  tags?: string[];
}): MetaDescriptor[] {
  const desc = clean(description);
  const descriptors: MetaDescriptor[] = [
    { title: `${title} · ${SITE_NAME}` },
    { name: "description", content: desc },
    { property: "og:type", content: "article" },
    { property: "og:title", content: title },
    { property: "og:description", content: desc },
    { property: "og:url", content: url },
    { property: "og:site_name", content: SITE_NAME },
    { name: "twitter:card", content: "summary" },
    ...tags.map((tag) => ({ property: "article:tag", content: tag })),
    { tagName: "link", rel: "canonical", href: url },
    SITE_FEED_LINK,
  ];
  // Username and pen-name stories show that name on the page already; anonymous ones name no one.
  if (byline.mode !== "ANONYMOUS") descriptors.splice(2, 0, { name: "author", content: byline.name });
  return descriptors;
}

/**
 * Meta for any other page. `title` is the whole document title ("Search stories · Kindred");
 * `url`, when given, should be absolute (og:url and the canonical link); `feeds` adds
 * discovery links (e.g. tagFeedLink(tag)) after the site feed.
 */
export function siteMeta({
  title,
  description,
  url,
  feeds = [],
}: {
  title: string;
  description?: string;
  url?: string;
  feeds?: MetaDescriptor[];
}): MetaDescriptor[] {
  const desc = description ? clean(description) : undefined;
  return [
    { title },
    ...(desc ? [{ name: "description", content: desc }] : []),
    { property: "og:type", content: "website" },
    { property: "og:title", content: title },
    ...(desc ? [{ property: "og:description", content: desc }] : []),
    ...(url ? [{ property: "og:url", content: url }, { tagName: "link", rel: "canonical", href: url }] : []),
    { property: "og:site_name", content: SITE_NAME },
    { name: "twitter:card", content: "summary" },
    SITE_FEED_LINK,
    ...feeds,
  ];
}

/**
 * Meta for a page that is nobody's landing page (log in, a member's own pages, moderation): its
 * title and a description of what it is for, never of anyone's data.
 */
export function pageMeta(title: string, description: string): MetaDescriptor[] {
  return [{ title }, { name: "description", content: clean(description) }];
}

/** A search as a reader typed it, tidied for an address or a title: spaces collapsed. */
export function normaliseQuery(q: string): string {
  return q.replace(/\s+/g, " ").trim();
}

/** Shortens text for a title, at a word where it can. */
export function forTitle(text: string, max = 60): string {
  return clean(text, max);
}

/** Tags of known facets in one order (facet, then slug), each once: for addresses and titles. */
export function inFacetOrder<T extends { slug: string; facet: string }>(tags: T[]): T[] {
  const seen = new Set<string>();
  return tags
    .filter((t) => (FACETS as readonly string[]).includes(t.facet) && !seen.has(t.slug) && Boolean(seen.add(t.slug)))
    .sort((a, b) => FACETS.indexOf(a.facet as Facet) - FACETS.indexOf(b.facet as Facet) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The query of a browse or search address in one spelling, whatever order or repetition it
 * came in: `q` (normalised), the known tags by facet (in FACETS order) and slug, then a page
 * (`page` above 1, or a cursor `after`). Unknown tags and unknown parameters are left out.
 */
export function canonicalQuery(
  tags: { slug: string; facet: string }[],
  { q, page, after }: { q?: string; page?: number; after?: string | null } = {},
): string {
  const params = new URLSearchParams();
  const query = q === undefined ? "" : normaliseQuery(q);
  if (query) params.set("q", query);
  for (const tag of inFacetOrder(tags)) params.append(FACET_PARAMS[tag.facet as Facet], tag.slug);
  if (page && page > 1) params.set("page", String(page));
  if (after) params.set("after", after);
  const text = params.toString();
  return text ? `?${text}` : "";
}
