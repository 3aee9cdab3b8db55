import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { FacetPicker } from "~/components/FacetPicker";
import { StoryList } from "~/components/StoryList";
import { clip } from "~/lib/forms";
import { canonicalQuery, forTitle, inFacetOrder, normaliseQuery, siteMeta } from "~/lib/seo";
import { requestOrigin } from "~/lib/xml.server";
import { facetFiltersFromUrl, searchStories } from "~/models/discovery.server";
import { getReaderPrefs, withBlur } from "~/models/preferences.server";
import { listPickerTags } from "~/models/tag.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  // A search says what it shows: "Search: sleep · Kindred", "Search: sleep in Alcohol · Kindred".
  const query = data ? normaliseQuery(data.q) : "";
  const within = data?.selectedNames.length ? ` in ${forTitle(data.selectedNames.join(", "))}` : "";
  return siteMeta({
    title: query ? `Search: ${forTitle(query)}${within} · Kindred` : "Search stories · Kindred",
    description: "Search personal recovery stories by the words in them.",
    url: data?.canonical,
  });
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = clip(url.searchParams.get("q") ?? "", 200);
  const pageNumber = Math.min(50, Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const user = await getOptionalUser(request);
  const prefs = await getReaderPrefs(user?.id ?? null);
  const filters = await facetFiltersFromUrl(url);
  const [tags, found] = await Promise.all([
    listPickerTags(),
    q.trim() ? searchStories({ q, prefs, tagIds: filters.tagIds, page: pageNumber }) : Promise.resolve(null),
  ]);
  const next = new URLSearchParams(url.searchParams);
  next.set("page", String(pageNumber + 1));
  return {
    q,
    tags,
    selected: filters.slugs,
    results: withBlur(found?.results ?? [], prefs),
    total: found?.total ?? 0,
    capped: found?.capped ?? false,
    searched: found !== null,
    nextHref: found?.hasMore ? `/search?${next.toString()}` : null,
    selectedNames: inFacetOrder(filters.tags).map((t) => t.name),
    // The same search under one address, however its query was spelled.
    canonical: `${requestOrigin(request)}/search${canonicalQuery(filters.tags, { q, page: found ? pageNumber : 1 })}`,
  };
}

export default function Search() {
  const { q, tags, selected, results, total, capped, searched, nextHref } = useLoaderData<typeof loader>();
  return (
    <div className="search">
      <h1>Search stories</h1>
      <Form method="get" role="search" className="card stack" key={`${q}|${selected.join(",")}`}>
        <div className="field">
          <label htmlFor="search-q">Words to look for</label>
          <input type="search" id="search-q" name="q" defaultValue={q} maxLength={200} />
        </div>
        <details open={selected.length > 0}>
          <summary>Narrow by substance, situation, pathway or stage</summary>
          <FacetPicker tags={tags} selected={selected} idPrefix="search-facet" />
        </details>
        <div>
          <button type="submit" className="primary">
            Search
          </button>
        </div>
      </Form>
      {searched ? (
        <>
          <h2 aria-live="polite">
            {total} {total === 1 ? "story" : "stories"} found for “{q}”
          </h2>
          {capped ? (
            <p className="muted">
              Many stories mention these words, so these are the best matches among the newest ones. Add a word or a topic to narrow it down.
            </p>
          ) : null}
          <StoryList
            stories={results}
            nextHref={nextHref}
            nextLabel="More results"
            empty={
              <p>
                Nothing matched those words yet. Try fewer or different words, or <Link to="/browse">browse by topic</Link>.
                Whatever brought you here, <Link to="/help">support is available any time</Link>.
              </p>
            }
          />
        </>
      ) : null}
    </div>
  );
}
