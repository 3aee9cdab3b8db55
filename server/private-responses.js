// What may be cached of a Remix response, decided by the app rather than by the cookie text
// (issue 13, docs/decisions/009-page-cache.md).
//
// The app marks a response it rendered for nobody — a document whose root loader found no
// session, a feed, robots.txt — with `X-Kindred-Rendered-For: nobody`
// (app/lib/rendered-for.server.ts). Every other response may show one member's data, so it
// gets `Cache-Control: private, no-store` (no shared cache keeps it, and the browser keeps no
// copy to show again after logging out: Back must ask the server) and `Vary: Cookie`. The
// mark itself never leaves the server.

/** Keep in step with RENDERED_FOR_HEADER in app/lib/rendered-for.server.ts. */
export const RENDERED_FOR = "X-Kindred-Rendered-For";
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Adds a name to a Vary header value once. */
export function withVary(value, name) {
  const names = (value ?? "").split(",").map((n) => n.trim()).filter(Boolean);
  if (names.some((n) => n === "*" || n.toLowerCase() === name.toLowerCase())) return names.join(", ");
  return [...names, name].join(", ");
}

/**
 * Takes the app's mark off a response and makes every unmarked one private. Returns the
 * response to send (a copy when its headers can't be changed, as with `Response.redirect`) and
 * whether the app rendered it for nobody.
 */
export function settlePrivacy(response) {
  const forNobody = response.headers.get(RENDERED_FOR) === "nobody";
  let settled = response;
  try {
    settled.headers.delete(RENDERED_FOR);
  } catch {
    settled = new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
    settled.headers.delete(RENDERED_FOR);
  }
  if (!forNobody) {
    settled.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    settled.headers.set("Vary", withVary(settled.headers.get("Vary"), "Cookie"));
  }
  return { response: settled, forNobody };
}
