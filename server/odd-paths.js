/**
 * An address whose path holds an encoded backslash (`%5C`). No Kindred address has one, and
 * Remix cannot render one that starts with it: the router decodes `/%5C` to `/\`, which a URL
 * parser reads as `//` (a host that isn't there), so `GET /%5C` — or `/%5C/`, `/%5C%2F` —
 * answered 500 "Unexpected Server Error" to anyone (issue 13, item 5). Every such address gets
 * a plain 404 here, before the page cache and Remix see it; the rest of the address decides
 * nothing. (A literal `\` is left alone: a URL parser turns it into `/`, as a browser does.)
 */
export function refuseBackslashPaths(req, res, next) {
  const query = req.url.indexOf("?");
  const path = query < 0 ? req.url : req.url.slice(0, query);
  if (!/%5c/i.test(path)) return next();
  res
    .status(404)
    .type("text/plain")
    .send("We couldn't find that page: no address on Kindred has a backslash (%5C) in it. Check it for a typo, or start again from the home page.");
}
