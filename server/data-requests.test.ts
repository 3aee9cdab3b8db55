import { describe, expect, it } from "vitest";
import { runMiddleware } from "./middleware-harness";
import { refuseLegacyDataRequests } from "./data-requests.js";

// The middleware alone; tests/e2e/hostile.spec.ts sends the same addresses to the running server.
const run = (url: string) => runMiddleware(refuseLegacyDataRequests, url);

describe("refuseLegacyDataRequests (?_data before Remix)", () => {
  it.each([
    "/login?_data=routes%2Flogin",
    "/login?_data",
    "/?x=1&_data=root",
    "/stories/a-story?%5Fdata=routes%2Fstories.%24slug",
    "/write/preview?_data=routes%2Fwrite.preview",
  ])("%s → 400 with a message", (url) => {
    const result = run(url);
    expect(result.passed).toBe(false);
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/_data/);
  });

  it.each(["/login", "/login?redirectTo=%2Fwrite", "/search?q=_data", "/browse?data=1", "/_data"])("%s passes", (url) => {
    expect(run(url).passed).toBe(true);
  });
});
