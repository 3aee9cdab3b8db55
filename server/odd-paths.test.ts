import { describe, expect, it } from "vitest";
import { runMiddleware } from "./middleware-harness";
import { refuseBackslashPaths } from "./odd-paths.js";

// The middleware alone; tests/e2e/hostile.spec.ts sends odd paths to the running server.
const run = (url: string) => runMiddleware(refuseBackslashPaths, url);

describe("refuseBackslashPaths (an encoded backslash in the path)", () => {
  it.each(["/%5C", "/%5c", "/%5C/", "/%5C%2F", "/%5C%5C", "/%5Cevil.example", "/stories/a%5Cb", "/%5C.data", "/%5C?x=1", "/assets/%5C"])(
    "%s → 404 with a message",
    (url) => {
      const result = run(url);
      expect(result.passed).toBe(false);
      expect(result.status).toBe(404);
      expect(result.body).toMatch(/couldn't find that page.*backslash/);
    },
  );

  it.each(["/", "/search?q=%5C", "/browse?after=%5c", "/stories/a-story", "/%255C", "/\\"])("%s goes on to the app", (url) => {
    expect(run(url).passed).toBe(true);
  });
});
