import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { StoryList } from "~/components/StoryList";
import { clip } from "~/lib/forms";
import { siteMeta, tagFeedLink } from "~/lib/seo";
import { requestOrigin } from "~/lib/xml.server";
import { FACET_LABELS, FACET_PARAMS, type Facet } from "~/lib/constants";
import { listStories, tagsBySlug } from "~/models/discovery.server";
import { getReaderPrefs, withBlur } from "~/models/preferences.server";
import { mergedTagSlug } from "~/models/tag.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [tag] = await tagsBySlug([params.slug ?? ""]);
  if (!tag) throw new Response("Not found", { status: 404 });
  if (tag.mergedIntoId) {
    // A merged tag's address leads to the tag it became, so old links keep working.
    const into = await mergedTagSlug(tag.mergedIntoId);
    if (into) throw redirect(`/tags/${into}`, 301);
  }
  const user = await getOptionalUser(request);
  const after = new URL(request.url).searchParams.get("after");
  const prefs = await getReaderPrefs(user?.id ?? null);
  const page = await listStories({ prefs, tagIds: [tag.id], after: after ? clip(after, 200) : after });
  const cursor = after ? clip(after, 200) : "";
  const canonical = `${requestOrigin(request)}/tags/${encodeURIComponent(tag.slug)}${cursor ? `?${new URLSearchParams({ after: cursor })}` : ""}`;
  return { tag: { slug: tag.slug, name: tag.name, facet: tag.facet as Facet }, ...page, stories: withBlur(page.stories, prefs), canonical };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? siteMeta({
        title: `${data.tag.name} · Recovery stories · Kindred`,
        description: `Recovery stories about ${data.tag.name.toLowerCase()}, shared on Kindred.`,
        url: data.canonical,
        feeds: [tagFeedLink(data.tag)],
      })
    : [{ title: "Not found · Kindred" }];

export default function TagPage() {
  const { tag, stories, nextCursor } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="muted">{FACET_LABELS[tag.facet]}</p>
      <h1>{tag.name}</h1>
      <p>
        <Link to={`/browse?${FACET_PARAMS[tag.facet]}=${encodeURIComponent(tag.slug)}`}>Narrow this down</Link> ·{" "}
        <a href={`/tags/${tag.slug}/feed.xml`}>Feed of new stories</a>
      </p>
      <StoryList
        stories={stories}
        nextHref={nextCursor ? `/tags/${tag.slug}?after=${encodeURIComponent(nextCursor)}` : null}
        empty={
          <p>
            There are no stories here yet that fit your reading settings. Other people's experiences are on the{" "}
            <Link to="/">home page</Link>, and <Link to="/help">support is here</Link> whenever you need it.
          </p>
        }
      />
    </>
  );
}
