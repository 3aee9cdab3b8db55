import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./components/Nonce";
import { markRenderedForNobody } from "./lib/rendered-for.server";
import "./lib/load-context";

const ABORT_DELAY = 5_000;

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

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext?.cspNonce;
  // Bots and no-JS readers get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // Every document depends on the session cookie (the header shows who is signed in).
          responseHeaders.append("Vary", "Cookie");
          if (renderedForNobody(remixContext)) markRenderedForNobody(responseHeaders);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

// For the signed-out page cache in server.js (server/page-cache.js): the database's content
// counter, read through the app's own database configuration.
export { contentVersion } from "./lib/content-version.server";
