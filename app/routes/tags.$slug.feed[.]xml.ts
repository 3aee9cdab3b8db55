import type { LoaderFunctionArgs } from "@remix-run/node";
import { storyFeedResponse } from "~/models/feed.server";

// /tags/:slug/feed.xml: Atom feed of the newest published stories carrying one tag; 404 for
// an unknown tag or one merged into another (app/models/feed.server.ts).
export async function loader({ request, params }: LoaderFunctionArgs) {
  return storyFeedResponse(request, { tagSlug: params.slug ?? "" });
}
