import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { StoryList } from "~/components/StoryList";
import { clip } from "~/lib/forms";
import { siteMeta } from "~/lib/seo";
import { requestOrigin } from "~/lib/xml.server";
import { listStories } from "~/models/discovery.server";
import { getReaderPrefs, withBlur } from "~/models/preferences.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  siteMeta({
    title: "Kindred · Recovery stories from people like you",
    description: "Personal stories of recovery from addiction, written by people in recovery and their families.",
    url: data?.canonical,
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const after = new URL(request.url).searchParams.get("after");
  const prefs = await getReaderPrefs(user?.id ?? null);
  const page = await listStories({ prefs, after: after ? clip(after, 200) : after });
  const cursor = after ? clip(after, 200) : "";
  const canonical = `${requestOrigin(request)}/${cursor ? `?${new URLSearchParams({ after: cursor })}` : ""}`;
  return { ...page, stories: withBlur(page.stories, prefs), paged: Boolean(after), canonical };
}

export default function Home() {
  const { stories, nextCursor, paged } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      {params.get("account") === "deleted" ? (
        <p className="notice ok" role="status">
          Your account has been deleted. Thank you for being part of Kindred — you're welcome back any time.
        </p>
      ) : null}
      <h1>Stories of recovery, from people like you</h1>
      {paged ? null : (
        <p className="lede">
          Real experiences of addiction and recovery, written by people who lived them and read by a peer moderator before
          they appear here. Take your time. You can also <Link to="/browse">find stories like yours</Link> or{" "}
          <Link to="/search">search</Link>.
        </p>
      )}
      <h2>{paged ? "Older stories" : "Newest stories"}</h2>
      <StoryList
        stories={stories}
        headingLevel={3}
        nextHref={nextCursor ? `/?after=${encodeURIComponent(nextCursor)}` : null}
        empty={
          <p>
            {paged ? "You've reached the end — there are no older stories." : "No stories have been shared yet."} If you need
            someone to talk to right now, <Link to="/help">help is available any time</Link>.
          </p>
        }
      />
    </>
  );
}
