import type { ActionFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/auth/guards.server";
import { upsertUserWithRole } from "~/models/user.server";
import * as loginRoute from "~/routes/login";
import * as signupRoute from "~/routes/signup";

// Open redirects after login (issue 13, item 7): a target is followed only when a browser
// would land on this site. Each hostile form below is one a browser normalises into another
// host — tabs and line breaks dropped, "\" read as "/", "//host" a network path.

const SITE = "https://kindred.example";

/** Where a browser goes when the Location header (or a link's href) is `target`. */
const landsOn = (target: string) => new URL(target, `${SITE}/login`).origin;

const HOSTILE = [
  "//evil.example/phish",
  "/\t/evil.example/phish",
  "/\n/evil.example/phish",
  "/\r\n/evil.example/phish",
  "/\\evil.example/phish",
  "/\\\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/\t\\evil.example",
  "//\tevil.example",
  " //evil.example",
  "\t//evil.example",
  "/./\t/evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "https://evil.example/",
  "http:evil.example",
  "https:/\\evil.example",
  "javascript:alert(1)",
  "/\u0000//evil.example",
  "///evil.example",
  "//evil.example@kindred.example",
  "evil.example",
];

describe("safeRedirect", () => {
  it.each(HOSTILE)("refuses %j, which a browser would take off the site", (target) => {
    const kept = safeRedirect(target, "/");
    expect(landsOn(kept)).toBe(SITE);
    expect(kept).toMatch(/^\/(?![/\\])/);
    expect([...kept].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toBe(false);
  });

  it("keeps local paths, with their query and fragment", () => {
    expect(safeRedirect("/me/stories")).toBe("/me/stories");
    expect(safeRedirect("/search?q=sleep&tag=alcohol#results")).toBe("/search?q=sleep&tag=alcohol#results");
    expect(safeRedirect("/moderation/abc123")).toBe("/moderation/abc123");
  });

  it("keeps encoded control characters encoded, so they stay a path on this site", () => {
    // %09 is not decoded by browsers when resolving a Location: it is a path segment here.
    const kept = safeRedirect("/%09/evil.example/phish");
    expect(kept).toBe("/%09/evil.example/phish");
    expect(landsOn(kept)).toBe(SITE);
  });

  it("returns the fallback for nothing, a non-string, and paths that are not paths", () => {
    expect(safeRedirect(null, "/x")).toBe("/x");
    expect(safeRedirect(undefined, "/x")).toBe("/x");
    expect(safeRedirect("", "/x")).toBe("/x");
    expect(safeRedirect(new File(["/"], "f.txt"), "/x")).toBe("/x");
  });
});

async function loginPost(redirectTo: string, password: string) {
  const body = new URLSearchParams({ username: "redirect_tester", password, redirectTo });
  const request = new Request("http://localhost/login", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Mozilla/5.0 Chrome/130.0" },
    body,
  });
  try {
    return await loginRoute.action({ request, params: {}, context: { clientAddress: "203.0.113.7" } } as ActionFunctionArgs);
  } catch (thrown) {
    return thrown;
  }
}

describe("logging in with a redirect", () => {
  const PASSWORD = "a correct horse battery staple for redirects";

  it.each([
    ["/\t/evil.example/phish", "/"],
    ["/%09/evil.example/phish", "/%09/evil.example/phish"],
    ["/me/stories\r\nSet-Cookie: x=1", "/me/storiesSet-Cookie:%20x=1"],
    ["/me\nstories", "/mestories"],
    ["/\r/evil.example", "/"],
    ["/me/stories", "/me/stories"],
  ])("a correct login with redirectTo=%j redirects to %j, never off the site and never a 500", async (redirectTo, expected) => {
    await upsertUserWithRole({ username: "redirect_tester", password: PASSWORD, role: "member" });
    const response = await loginPost(redirectTo, PASSWORD);
    expect(response).toBeInstanceOf(Response);
    const res = response as Response;
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    expect(location).toBe(expected);
    expect(landsOn(location)).toBe(SITE);
    expect(res.headers.get("Set-Cookie")).toContain("kindred_session");
  });
});

describe("the sign-up continue link", () => {
  it.each(HOSTILE.slice(0, 8))("uses the same check for %j", async (redirectTo) => {
    const body = new URLSearchParams({
      username: `cont_${Math.random().toString(36).slice(2, 10)}`,
      password: "a long enough sign-up password for this",
      redirectTo,
    });
    const request = new Request("http://localhost/signup", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Mozilla/5.0 Chrome/130.0" },
      body,
    });
    const result = (await signupRoute.action({ request, params: {}, context: { clientAddress: "203.0.113.8" } } as ActionFunctionArgs)) as unknown as {
      data: { next?: string; codes: string[] | null };
    };
    expect(result.data.codes).toHaveLength(10);
    expect(result.data.next).toBe("/");
  });
});
