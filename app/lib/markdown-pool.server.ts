import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { HARD_LIMIT, renderStoryAsPlainText, renderStoryMarkdown, type RenderedStory } from "./markdown.server";
import type { RenderReply } from "./markdown.worker";

// Rendering people's Markdown off the request thread (decision 010, revised). The renderer is
// linear by construction with a 3 s budget, but a render of hostile text still takes seconds
// ("*a " × 33,000: ~2.5 s), and on the request thread those seconds were everyone's: six loops
// of such previews took /help from 30 ms to 17–24 s. Here each render runs in a small pool of
// worker threads, so the event loop only posts the text and waits; a render that outlives
// HARD_TIMEOUT_MS (the budget failed to stop it: a super-linear regular expression in a future
// marked) is stopped by terminating its thread, and the story renders as plain text.
//
// Every render of text a person typed goes through renderUntrustedMarkdown: saves, autosaves,
// previews (with and without JavaScript). Our own documents (the crisis procedure, rendered
// once at start) and scripts call renderStoryMarkdown directly.

/** Threads per server process. Two, so one slow render does not queue every other author's. */
const POOL_SIZE = 2;

/** Well past the renderer's own 3 s budget: only a render the budget could not stop gets here. */
const HARD_TIMEOUT_MS = 10_000;
let hardTimeoutMs = HARD_TIMEOUT_MS;

/** For tests: a shorter hard stop, so the terminate-and-replace path can be exercised. */
export function setHardTimeoutForTests(ms: number = HARD_TIMEOUT_MS): void {
  hardTimeoutMs = ms;
}

interface Job {
  id: number;
  source: string;
  resolve: (rendered: RenderedStory) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

const threads: Thread[] = [];
const queue: Job[] = [];
let nextId = 1;
let unavailable = false;

/**
 * The worker's source file. The app runs from the Vite bundle (build/server/index.js) or from
 * source (Vite dev, Vitest); the worker always runs app/lib/markdown.worker.ts, loaded through
 * tsx (a dependency: `npm start` already runs through it), so it renders with exactly the module
 * the app was built from.
 */
function workerSource(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, "markdown.worker.ts"), path.join(here, "../../app/lib/markdown.worker.ts")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function startThread(): Thread | null {
  const entry = workerSource();
  if (!entry) return null;
  // Node 20 does not apply `--import tsx` to a worker's entry module, so the entry registers
  // tsx's loader itself and then imports the TypeScript worker.
  // require.resolve finds the CommonJS twin of tsx's ESM API (index.cjs), which cannot load in a
  // worker's eval'd entry; its ESM build (index.mjs) sits beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  const worker = new Worker(bootstrap, { eval: true });
  const thread: Thread = { worker, ready: false, job: null };
  worker.unref(); // an idle pool never keeps a script or a test run alive
  worker.on("message", (message: RenderReply | { ready: true }) => {
    if ("ready" in message) {
      thread.ready = true;
      return;
    }
    const job = thread.job;
    if (!job || job.id !== message.id) return;
    finish(thread, message.ok ? { html: message.html, wordCount: message.wordCount, readingMinutes: message.readingMinutes } : renderStoryAsPlainText(job.source));
  });
  worker.on("error", (error) => {
    if (!thread.ready) {
      // The thread could not even load (a broken install): render on this thread, as before
      // decision 010 was revised, rather than refuse every save.
      if (!unavailable) console.error(`markdown pool: worker threads unavailable, rendering in process (${error.name}: ${error.message})`);
      unavailable = true;
    }
  });
  worker.on("exit", () => {
    const index = threads.indexOf(thread);
    if (index >= 0) threads.splice(index, 1);
    const job = thread.job;
    thread.job = null;
    if (job) {
      clearTimeout(job.timer);
      // Ended mid-render (out of memory, a crash, or the timeout below): plain text, which is
      // linear and cannot fail the same way.
      job.resolve(unavailable && !thread.ready ? renderStoryMarkdown(job.source) : renderStoryAsPlainText(job.source));
    }
    dispatch();
  });
  threads.push(thread);
  return thread;
}

function finish(thread: Thread, rendered: RenderedStory) {
  const job = thread.job;
  if (!job) return;
  clearTimeout(job.timer);
  thread.job = null;
  thread.worker.unref();
  job.resolve(rendered);
  dispatch();
}

function dispatch() {
  while (queue.length > 0) {
    let thread = threads.find((t) => t.job === null);
    if (!thread && threads.length < POOL_SIZE) thread = startThread() ?? undefined;
    if (!thread) {
      if (threads.length === 0) {
        // No worker source at all: render here.
        unavailable = true;
        for (const job of queue.splice(0)) job.resolve(renderStoryMarkdown(job.source));
      }
      return;
    }
    const job = queue.shift()!;
    thread.job = job;
    thread.worker.ref(); // a render in flight is work the process must wait for
    job.timer = setTimeout(() => {
      console.warn("markdown pool: render stopped after the hard timeout, rendered as plain text");
      void thread.worker.terminate();
    }, hardTimeoutMs);
    job.timer.unref();
    thread.worker.postMessage({ id: job.id, source: job.source });
  }
}

/**
 * Renders text a person typed to sanitized HTML (renderStoryMarkdown's result), in a worker
 * thread. Throws RangeError, as renderStoryMarkdown does, for input over its hard limit —
 * before anything is copied to a thread.
 */
export function renderUntrustedMarkdown(source: string): Promise<RenderedStory> {
  if (typeof source !== "string") return Promise.reject(new TypeError("Markdown must be a string"));
  if (source.length > HARD_LIMIT) {
    return Promise.reject(new RangeError(`Story text is too long to render (${source.length} > ${HARD_LIMIT} characters)`));
  }
  if (unavailable) return Promise.resolve(renderStoryMarkdown(source));
  return new Promise((resolve) => {
    queue.push({ id: nextId++, source, resolve });
    dispatch();
  });
}

/** For tests: how many renders are waiting for a thread or running in one. */
export function pendingRenders(): number {
  return queue.length + threads.filter((t) => t.job !== null).length;
}
