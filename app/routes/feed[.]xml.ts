import type { LoaderFunctionArgs } from "@remix-run/node";
import { storyFeedResponse } from "~/models/feed.server";

// /feed.xml: Atom feed of the newest published stories (app/models/feed.server.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  return storyFeedResponse(request);
}
