// The requests the benchmark makes, shared by `npm run bench` and `npm run bench:profile`.

import { autosaveForm, draftIds } from "./fixtures";
import { rawRequest, type Target } from "./load";
import type { RouteResult } from "./results";

/** What a browser sends: compression is part of the real cost of a page. */
export const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "kindred-bench (autocannon)",
};

export interface RouteSpec {
  key: string;
  name: string;
  kind: RouteResult["kind"];
  target: RouteResult["target"];
  request: Target;
}

export function routes(storySlug: string, cookie: string, origin: string, drafts: string[]): RouteSpec[] {
  const get = (p: string, signedIn = false): Target => ({
    method: "GET",
    path: p,
    headers: signedIn ? { ...BROWSER_HEADERS, cookie } : BROWSER_HEADERS,
  });
  // Each request saves the next of the drafts (one per connection), like authors typing.
  const post = (label: string, requests: { path: string; body: string }[]): Target => {
    let next = 0;
    return {
      method: "POST",
      path: label,
      headers: { ...BROWSER_HEADERS, cookie, origin, "content-type": "application/x-www-form-urlencoded" },
      next: () => requests[next++ % requests.length],
    };
  };
  const autosaves = drafts.map((id) => ({ path: "/write.data", body: autosaveForm(id) }));
  const saves = drafts.map((id) => ({ path: `/me/stories/${encodeURIComponent(id)}/edit`, body: autosaveForm(id, undefined, "save") }));
  return [
    { key: "story", name: "Story page, signed out", kind: "public", target: "story", request: get(`/stories/${storySlug}`) },
    { key: "home", name: "Home, signed out", kind: "public", target: "page", request: get("/") },
    { key: "tag", name: "Tag page, signed out", kind: "public", target: "page", request: get("/tags/alcohol") },
    { key: "browse", name: "Browse, two facets, signed out", kind: "public", target: "page", request: get("/browse?substance=opioids&situation=parenting") },
    { key: "search", name: "Search, signed out", kind: "public", target: "search", request: get("/search?q=morning") },
    { key: "for-you", name: "For you, signed in", kind: "signed-in", target: "page", request: get("/for-you", true) },
    // With JavaScript, moving between pages fetches only the loaders' data: no page is rendered.
    { key: "for-you-data", name: "For you, signed in, reached by a link (client-side navigation)", kind: "signed-in", target: "page", request: get("/for-you.data", true) },
    // What every signed-in page costs before its own content: the session, the header and the
    // layout rendered around nothing (the 404 page). Not a page anyone asks for; a floor.
    { key: "floor", name: "Reference: the signed-in layout alone (404 page)", kind: "reference", target: "page", request: get("/no-such-page", true) },
    // The editor's autosave is a fetcher submission: with single fetch it posts to /write.data.
    { key: "autosave", name: "Write: autosave (editor), signed in", kind: "signed-in", target: "page", request: post("/write.data", autosaves) },
    // Without JavaScript, "Save draft" posts the form to the story's editing address and gets
    // the whole page back, with the preview and the safety findings.
    { key: "write", name: "Write: form post, signed in", kind: "signed-in", target: "page", request: post("/me/stories/:id/edit", saves) },
  ];
}


/**
 * Creates `count` drafts (one per connection) through the app itself: an autosave without a
 * storyId starts a story. Returns their ids, read back from the database: the SQLite `file`,
 * or `listDrafts` when the server runs on another database (bench/lib/store.ts).
 */
export async function createDrafts({
  origin,
  cookie,
  userId,
  file,
  count,
  listDrafts,
}: {
  origin: string;
  cookie: string;
  userId: string;
  file: string;
  count: number;
  listDrafts?: () => Promise<string[]>;
}): Promise<string[]> {
  const headers = { ...BROWSER_HEADERS, cookie, origin, "content-type": "application/x-www-form-urlencoded" };
  for (let i = 0; i < count; i++) {
    const response = await rawRequest(`${origin}/write.data`, { method: "POST", headers, body: autosaveForm(null) });
    if (response.status !== 200) throw new Error(`Creating a draft answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
  }
  const ids = listDrafts ? await listDrafts() : draftIds(file, userId);
  if (ids.length < count) throw new Error(`Expected ${count} drafts, found ${ids.length}`);
  return ids;
}
