// A render thread for markdown-pool.server.ts: the one renderer (markdown.server.ts, the same
// module the app imports), run off the request thread so that a slow render never holds up
// anyone else's request. One message in, one message out; no state between renders.
import { parentPort } from "node:worker_threads";
import { renderStoryMarkdown } from "./markdown.server";

export interface RenderRequest {
  id: number;
  source: string;
}

export type RenderReply =
  | { id: number; ok: true; html: string; wordCount: number; readingMinutes: number }
  | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error("markdown.worker.ts runs only as a worker thread (see markdown-pool.server.ts)");

port.on("message", ({ id, source }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, ok: true, ...renderStoryMarkdown(source) };
  } catch (error) {
    // Never the story text: only what kind of failure it was.
    reply = { id, ok: false, error: error instanceof Error ? error.name : "error" };
  }
  port.postMessage(reply);
});

// The pool counts a thread as started once its modules have loaded.
port.postMessage({ ready: true });
