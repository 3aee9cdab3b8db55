import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { StoryList } from "~/components/StoryList";
import { getReaderPrefs, withBlur } from "~/models/preferences.server";
import { listSaved } from "~/models/reaction.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Saved stories · Kindred", "The stories you saved to read again on Kindred.");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const prefs = await getReaderPrefs(user.id);
  return { stories: withBlur(await listSaved({ userId: user.id, prefs }), prefs) };
}

export default function Saved() {
  const { stories } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Saved stories</h1>
      <p className="muted">Only you can see this list.</p>
      <StoryList
        stories={stories}
        empty={
          <p>
            Nothing saved yet. When a story speaks to you, press “Save” on it to find it here again. <Link to="/">Read stories</Link>
          </p>
        }
      />
    </>
  );
}
