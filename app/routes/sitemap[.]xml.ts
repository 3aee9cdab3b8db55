import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapResponse } from "~/models/feed.server";

// /sitemap.xml (and /sitemap.xml?page=N once there are more than 50,000 addresses): the
// site's pages, active tag pages and every published story, with no dates
// (app/models/feed.server.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  return sitemapResponse(request);
}
