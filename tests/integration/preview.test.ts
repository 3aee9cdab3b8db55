import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { createSession } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { LIMITS, hit } from "~/lib/rate-limit.server";
import * as helpRoute from "~/routes/help";
import * as previewRoute from "~/routes/write.preview";

// /write/preview (issue 13, 5b): a session, a per-account limit, and a render that never holds
// this process's event loop — checked on this file's own SQLite copy with the route's action.

interface PreviewAnswer {
  html: string;
  error: string | null;
}

async function member() {
  const id = newId();
  const username = `previewer_${id.slice(0, 8).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash" } });
  const setCookie = await createSession(id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0");
  return { id, cookie: setCookie.split(";")[0] };
}

function previewRequest(body: string, cookie?: string) {
  const headers = new Headers({ Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" });
  if (cookie) headers.set("Cookie", cookie);
  return new Request("http://localhost/write/preview", { method: "POST", body: new URLSearchParams({ title: "A title", body }), headers });
}

async function preview(body: string, cookie?: string): Promise<{ status: number; data: PreviewAnswer }> {
  // A thrown Response (a redirect) fails here: fetchers must get an answer, not a redirect loop.
  const response = await previewRoute.action({ request: previewRequest(body, cookie), params: {}, context: {} });
  expect(response).toBeInstanceOf(Response);
  return { status: response.status, data: (await response.json()) as PreviewAnswer };
}

describe("/write/preview", () => {
  it("signed out: 401 with a message, nothing rendered", async () => {
    const { status, data } = await preview("**hello**");
    expect(status).toBe(401);
    expect(data.error).toMatch(/login has ended/);
    expect(data.html).toBe("");
  });

  it("signed in: the one renderer's sanitized HTML", async () => {
    const author = await member();
    const { status, data } = await preview("**hello** <script>alert(1)</script>", author.cookie);
    expect(status).toBe(200);
    expect(data.error).toBeNull();
    expect(data.html).toBe("<p><strong>hello</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("past the per-account limit: 429 with a message; another account is unaffected", async () => {
    const author = await member();
    for (let i = 0; i < LIMITS.previewPerAccount.max - 1; i++) await hit(LIMITS.previewPerAccount, author.id);
    expect((await preview("the last one allowed", author.cookie)).status).toBe(200);
    const refused = await preview("one too many", author.cookie);
    expect(refused.status).toBe(429);
    expect(refused.data.error).toMatch(/preview is paused/);
    expect(refused.data.html).toBe("");
    expect((await preview("someone else", (await member()).cookie)).status).toBe(200);
  });

  it("a hostile render (\"*a \" × 33,000) does not hold up another request: /help answers while it runs", async () => {
    const author = await member();
    await Promise.all([preview("warm", author.cookie), preview("up", author.cookie)]); // both render threads started
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    let hostileMs = 0;
    const hostile = preview("*a ".repeat(33_000), author.cookie).then((answer) => {
      hostileMs = performance.now() - started;
      return answer;
    });
    const help = await helpRoute.loader();
    expect(help.resources.length).toBeGreaterThan(0);
    expect(hostileMs).toBe(0); // still rendering when /help had its answer
    const other = await preview("An ordinary *story*.", author.cookie); // the pool's other thread
    expect(other.data.html).toBe("<p>An ordinary <em>story</em>.</p>");
    expect(hostileMs).toBe(0);

    const { status, data } = await hostile;
    delay.disable();
    expect(status).toBe(200);
    expect(data.html.startsWith("<p>*a *a")).toBe(true);
    // On the request thread the loop would have stalled for the whole render; here its longest
    // stall is a small part of it (relative, so no machine is too slow for this check).
    expect(delay.max / 1e6).toBeLessThan(hostileMs / 4);
  }, 60_000);
});
