/**
 * `?_data=<route id>` is how Remix asked for a route's data before single fetch. Kindred uses
 * single fetch (`.data` addresses), and Remix still answers `_data` the old way: it logs a
 * warning with a stack trace for every such request, then fails with 500 on any loader that
 * returns `data()` (GET /login?_data=routes%2Flogin). Nothing of ours sends `_data`, so anyone
 * who does — a scanner, an old cached script — gets a plain 400 here, before Remix (and the
 * log) ever sees it.
 */
export function refuseLegacyDataRequests(req, res, next) {
  const query = req.url.indexOf("?");
  // Parsed as Remix parses it (URLSearchParams), so `%5Fdata` or `_data` without a value count too.
  if (query < 0 || !new URLSearchParams(req.url.slice(query + 1)).has("_data")) return next();
  res
    .status(400)
    .type("text/plain")
    .send("This address asks for data in a way Kindred doesn't use. Open it again without “_data” in the address.");
}
