/**
 * Every request that can change something must come from one of our own pages (cross-site
 * request forgery). Browsers send an Origin header on every POST; our pages use
 * `Referrer-Policy: no-referrer`, under which a plain form POST carries `Origin: null`, so
 * for that one value the browser's own `Sec-Fetch-Site: same-origin` decides. A missing or
 * foreign Origin gets 403; tools that omit it are refused on purpose.
 */
export function isSameOrigin(headers) {
  const origin = headers.origin;
  const host = headers.host;
  if (!origin || !host) return false;
  if (origin === "null") return headers["sec-fetch-site"] === "same-origin";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
