import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceContext } from "./components/Nonce";
import { markRenderedForNobody } from "./lib/rendered-for.server";
import "./lib/load-context";

// Documents are rendered to one complete string and sent at once (docs/decisions/015-complete-documents.md).
// Kindred defers nothing, so React's streaming renderer bought nothing and cost two things: the
// loader data Remix streams through a Suspense boundary came out as <script>s after </html>
// (every page failed the Nu HTML checker), and its byte buffering wrote NUL bytes (U+0000)
// into pages near multi-byte characters at 2 KB boundaries (react#27554). It also cost CPU on
// every signed-in page: a Node stream, a web stream around it, and Express reading it back.

/** Longest we wait for the loader data Remix encodes (nothing is deferred, so it is ready at once). */
const HANDOFF_TIMEOUT_MS = 5_000;

/**
 * Whether this document was made for nobody: the root loader ran and found no session (its
 * `user` is null). Every page shows the header the root loader fills, and every loader that
 * reads the session shares the root's answer for this request (app/auth/session.server.ts), so
 * then nothing on the page belongs to anyone. A root loader that failed, or data of another
 * shape, counts as somebody's: the page stays private.
 */
function renderedForNobody(remixContext: EntryContext): boolean {
  const root = remixContext.staticHandlerContext.loaderData?.root as { user?: unknown } | null | undefined;
  return root != null && root.user === null;
}

/** The whole of Remix's loader-data stream (turbo-stream text), read before rendering. */
async function readHandoff(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => void reader.cancel(new Error("The page's data took too long to encode.")).catch(() => {}), HANDOFF_TIMEOUT_MS);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
  }
}

// What Remix's own StreamTransfer escapes in the JSON it puts in a script (@remix-run/react markup.js).
const SCRIPT_ESCAPES: Record<string, string> = { "&": "\\u0026", ">": "\\u003e", "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };
const escapeForScript = (json: string) => json.replace(/[&><\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]);
const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The script that hands the loader data to the browser's router, as Remix's StreamTransfer would
 * in chunks: one enqueue of the whole text, then close. It goes inside <body>, after <Scripts>
 * (which creates `window.__remixContext.streamController`).
 */
function handoffScript(handoff: string, nonce: string | undefined): string {
  const attrs = nonce ? ` nonce="${escapeAttribute(nonce)}"` : "";
  const enqueue = handoff ? `window.__remixContext.streamController.enqueue(${escapeForScript(JSON.stringify(handoff))});` : "";
  return `<script${attrs}>${enqueue}window.__remixContext.streamController.close();</script>`;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext?.cspNonce;
  // Take the loader data out of Remix's hands: its StreamTransfer would suspend on it and, in a
  // complete-string render, leave it out. It is added below, as one script inside <body>.
  const stream = remixContext.serverHandoffStream;
  remixContext.serverHandoffStream = undefined;
  const handoff = stream ? await readHandoff(stream) : null;

  let html = renderToString(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceContext.Provider>,
  );
  if (handoff !== null && remixContext.renderMeta?.didRenderScripts) {
    const end = html.lastIndexOf("</body>");
    const script = handoffScript(handoff, nonce);
    html = end === -1 ? html + script : html.slice(0, end) + script + html.slice(end);
  }

  // A NUL someone typed into a form (a moderator's note, a story) is stored as typed, and React
  // writes text as it is; in HTML it is a parse error that a parser drops from text, so it is
  // dropped here. (The loader data escapes it as \u0000 in its JSON, and keeps it.)
  if (html.includes("\u0000")) html = html.replaceAll("\u0000", "");

  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // Every document depends on the session cookie (the header shows who is signed in).
  responseHeaders.append("Vary", "Cookie");
  if (renderedForNobody(remixContext)) markRenderedForNobody(responseHeaders);
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}

// For the signed-out page cache in server.js (server/page-cache.js): the database's content
// counter, read through the app's own database configuration.
export { contentVersion } from "./lib/content-version.server";
