import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./csrf.js";

describe("isSameOrigin (the check in front of every POST)", () => {
  const host = "kindred.example:3000";
  it.each([
    [{ origin: "http://kindred.example:3000", host }, true],
    [{ origin: "https://kindred.example:3000", host }, true],
    [{ origin: "https://evil.example", host }, false],
    [{ origin: "http://kindred.example:3001", host }, false],
    [{ host }, false],
    [{ origin: "null", host, "sec-fetch-site": "same-origin" }, true],
    [{ origin: "null", host, "sec-fetch-site": "cross-site" }, false],
    [{ origin: "null", host }, false],
    [{ origin: "not a url", host }, false],
    [{ origin: "http://kindred.example:3000" }, false],
  ])("%o → %s", (headers, expected) => {
    expect(isSameOrigin(headers as Record<string, string>)).toBe(expected);
  });
});
