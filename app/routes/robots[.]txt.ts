import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestOrigin } from "~/lib/xml.server";
import { RENDERED_FOR_HEADER } from "~/lib/rendered-for.server";

// Crawlers may read public stories; account, moderation and writing pages are not for them.
export async function loader({ request }: LoaderFunctionArgs) {
  const body = [
    "User-agent: *",
    "Disallow: /settings",
    "Disallow: /me/",
    "Disallow: /write",
    "Disallow: /moderation",
    "Disallow: /admin",
    "Disallow: /saved",
    "Disallow: /for-you",
    "Disallow: /notifications",
    `Sitemap: ${requestOrigin(request)}/sitemap.xml`,
    "",
  ].join("\n");
  // The same for everyone (no session is read), so it may stay public (app/lib/rendered-for.server.ts).
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600", [RENDERED_FOR_HEADER]: "nobody" } });
}
