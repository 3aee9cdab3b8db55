// Whom a response was made for, as the app itself knows it (issue 13). server.js
// (server/private-responses.js) reads this header, takes it off before anything is sent, and
// treats every response that lacks it as one member's: `Cache-Control: private, no-store` and
// `Vary: Cookie`. The signed-out page cache (server/page-cache.js) stores only responses that
// carry it. So nothing outside the app guesses "signed out" from the cookie text: a parser that
// reads the cookie differently from ours can no longer make a member's page public.

/** Keep in step with RENDERED_FOR in server/private-responses.js (a test checks they match). */
export const RENDERED_FOR_HEADER = "X-Kindred-Rendered-For";

/** Says that this response would be the same for anyone: no session was found or read. */
export function markRenderedForNobody(headers: Headers): void {
  headers.set(RENDERED_FOR_HEADER, "nobody");
}
