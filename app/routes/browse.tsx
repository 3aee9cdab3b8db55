import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { FacetPicker } from "~/components/FacetPicker";
import { StoryList } from "~/components/StoryList";
import { clip } from "~/lib/forms";
import { canonicalQuery, forTitle, inFacetOrder, siteMeta } from "~/lib/seo";
import { requestOrigin } from "~/lib/xml.server";
import { countStories, facetCounts, facetFiltersFromUrl, listStories } from "~/models/discovery.server";
import { getReaderPrefs, withBlur } from "~/models/preferences.server";
import { listPickerTags } from "~/models/tag.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  siteMeta({
    // A filtered page says what it shows: "Stories: Alcohol, Parenting · Kindred".
    title: data?.selectedNames.length ? `Stories: ${forTitle(data.selectedNames.join(", "))} · Kindred` : "Find stories like yours · Kindred",
    description: data?.selectedNames.length
      ? `Recovery stories about ${data.selectedNames.join(", ").toLowerCase()}, shared on Kindred.`
      : "Browse recovery stories by substance, situation, recovery pathway and stage.",
    url: data?.canonical,
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getOptionalUser(request);
  const prefs = await getReaderPrefs(user?.id ?? null);
  const filters = await facetFiltersFromUrl(url);
  const afterParam = url.searchParams.get("after");
  const after = afterParam === null ? undefined : clip(afterParam, 200);
  const [tags, counts, total, page] = await Promise.all([
    listPickerTags(),
    facetCounts({ prefs, tagIds: filters.tagIds }),
    countStories({ prefs, tagIds: filters.tagIds }),
    listStories({ prefs, tagIds: filters.tagIds, after }),
  ]);
  const next = new URLSearchParams(url.searchParams);
  if (page.nextCursor) next.set("after", page.nextCursor);
  return {
    tags,
    counts,
    total,
    selected: filters.slugs,
    selectedNames: inFacetOrder(filters.tags).map((t) => t.name),
    ...page,
    stories: withBlur(page.stories, prefs),
    nextHref: page.nextCursor ? `/browse?${next.toString()}` : null,
    // The same page under one address, however its query was spelled.
    canonical: `${requestOrigin(request)}/browse${canonicalQuery(filters.tags, { after })}`,
  };
}

export default function Browse() {
  const { tags, counts, total, selected, selectedNames, stories, nextHref } = useLoaderData<typeof loader>();
  return (
    <div className="browse">
      <h1>Find stories like yours</h1>
      <p className="lede">
        Choose what fits your experience — a substance, your situation, how you're approaching recovery, where you are
        now. Each choice shows how many stories you'd find.
      </p>
      <Form method="get" className="card stack" key={selected.join(",")}>
        <FacetPicker tags={tags} selected={selected} counts={counts} />
        <div className="actions">
          <button type="submit" className="primary">
            Show stories
          </button>
          {selected.length ? (
            <Link to="/browse" className="button secondary">
              Clear choices
            </Link>
          ) : null}
        </div>
      </Form>
      <h2 aria-live="polite">
        {selected.length ? `${total} ${total === 1 ? "story" : "stories"} about ${selectedNames.join(" + ")}` : `All ${total} stories`}
      </h2>
      <StoryList
        stories={stories}
        nextHref={nextHref}
        empty={
          <p>
            No stories match all of these yet. Try removing one choice — someone with a story close to yours may be just a
            step away. And if you need support right now, <Link to="/help">help is here</Link>.
          </p>
        }
      />
    </div>
  );
}
