import type { HeadersFunction } from "@remix-run/node";

/**
 * Route `headers` export for forms that can be rate limited: a document response only carries
 * the headers a route returns here, so the action's Retry-After is passed through.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
