import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { renderStoryAsPlainText, renderStoryMarkdown } from "./markdown.server";
import { pendingRenders, renderUntrustedMarkdown, setHardTimeoutForTests } from "./markdown-pool.server";

// The pool renders with the same module as the app (markdown.worker.ts imports
// markdown.server.ts), so its output must be identical; and a hostile render must leave this
// thread free while it runs (decision 010).

const HOSTILE = "*a ".repeat(33_000); // ~2.5 s of rendering on the request thread before the pool

describe("renderUntrustedMarkdown (worker threads)", () => {
  it("renders exactly what renderStoryMarkdown renders", async () => {
    for (const source of [
      "# Title\n\nSome *emphasis*, a [link](https://example.org) and <script>alert(1)</script>.",
      "> quoted\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |",
      "",
    ]) {
      expect(await renderUntrustedMarkdown(source)).toEqual(renderStoryMarkdown(source));
    }
  }, 30_000);

  it("refuses text over the hard limit with a RangeError, as the renderer does", async () => {
    await expect(renderUntrustedMarkdown("a".repeat(100_001))).rejects.toBeInstanceOf(RangeError);
  });

  it("a render past the hard stop ends its thread, comes back as plain text, and the pool carries on", async () => {
    await Promise.all([renderUntrustedMarkdown("warm"), renderUntrustedMarkdown("up")]);
    setHardTimeoutForTests(50); // far below the hostile render's seconds, whatever the machine
    try {
      const stopped = await renderUntrustedMarkdown(HOSTILE);
      expect(stopped).toEqual(renderStoryAsPlainText(HOSTILE));
    } finally {
      setHardTimeoutForTests();
    }
    expect(await renderUntrustedMarkdown("Still *here*.")).toEqual(renderStoryMarkdown("Still *here*."));
    expect(pendingRenders()).toBe(0);
  }, 60_000);

  it("a hostile render leaves the event loop free: other work finishes while it is still running", async () => {
    // Both threads started (two renders at once): their start-up is not the subject here.
    await Promise.all([renderUntrustedMarkdown("warm"), renderUntrustedMarkdown("up")]);
    const started = performance.now();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let hostileDone = false;
    let hostileMs = 0;
    const hostile = renderUntrustedMarkdown(HOSTILE).then((rendered) => {
      hostileDone = true;
      hostileMs = performance.now() - started;
      return rendered;
    });
    // "Another request": many turns of the event loop and a second, ordinary render (the
    // pool's other thread), all finished before the hostile render is.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    const other = await renderUntrustedMarkdown("An ordinary *story*.");
    expect(other.html).toBe("<p>An ordinary <em>story</em>.</p>");
    expect(hostileDone).toBe(false);
    expect(pendingRenders()).toBe(1);

    const rendered = await hostile;
    delay.disable();
    // Still the one renderer's output (or its plain-text fallback), sanitized.
    expect([renderStoryMarkdown(HOSTILE).html, renderStoryAsPlainText(HOSTILE).html]).toContain(rendered.html);
    // The loop was never held by the render: its longest stall is a small part of the render's
    // time (on the request thread it would have been all of it). Relative, so no machine is too slow.
    expect(delay.max / 1e6).toBeLessThan(hostileMs / 4);
  }, 60_000);
});
