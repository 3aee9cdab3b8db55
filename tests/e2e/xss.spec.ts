import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { marked } from "marked";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { E2E_PORT } from "./env";
import { uniqueName } from "./support";

// Markdown safety in a real browser (issue 7, item 4). Every payload of the XSS corpus goes
// through the one renderer on the running server (the editor's live preview, /write/preview,
// returns exactly the HTML a published story would store), and the HTML is loaded into
// Chromium with no Content-Security-Policy, so the page's CSP can't be what saves us. Hooks:
// alert/confirm/prompt/print replaced by recorders, dialogs, console messages, page errors,
// every request other than the page itself, WebSockets and popups. Nothing may run, nothing
// may load, and the DOM may hold only the renderer's allow-list.
//
// The hooks are proven by two controls that must trip them: a few raw unsafe tags loaded
// without the renderer, and the corpus rendered by stock marked (raw HTML passed through).

const ORIGIN = `http://localhost:${E2E_PORT}`;
/** The rendered HTML is served from here, never from the app (whose CSP would hide a failure). */
const SANDBOX = "http://render.kindred.test";

function readCorpus(): string[] {
  const text = fs.readFileSync(path.resolve("tests/fixtures/xss-corpus.txt"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.replaceAll("\u23ce", "\n").replace(/\u27e8U\+([0-9A-F]{4})\u27e9/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

const PAYLOADS = [...new Set([...readCorpus(), ...XSS_PAYLOADS.map((p) => p.payload)])];

/** What a story may contain (app/lib/markdown.server.ts), checked independently here. */
const ALLOWED_TAGS = new Set(["P", "BR", "HR", "H2", "H3", "H4", "STRONG", "EM", "DEL", "BLOCKQUOTE", "UL", "OL", "LI", "CODE", "PRE", "A", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD"]);

interface Watch {
  dialogs: string[];
  calls: string[];
  requests: string[];
  console: string[];
  errors: string[];
  popups: number;
  dom: string[];
}

/** Installs every hook on a fresh page; the returned record fills as things happen. */
async function watchedPage(page: Page, documents: Map<string, string>, { replaceDialogs = true } = {}): Promise<Watch> {
  const watch: Watch = { dialogs: [], calls: [], requests: [], console: [], errors: [], popups: 0, dom: [] };
  // Reported straight to the test, so a call survives the page navigating away.
  await page.exposeFunction("__xssReport", (call: string) => watch.calls.push(call));
  if (replaceDialogs) await page.addInitScript(() => {
    const report = (window as unknown as { __xssReport: (call: string) => void }).__xssReport;
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      Object.defineProperty(window, name, {
        configurable: false,
        writable: false,
        value: (...args: unknown[]) => {
          report(`${name}(${args.map(String).join(", ")})`);
          return name === "confirm" ? false : null;
        },
      });
    }
  });
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("console", (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => watch.errors.push(error.message));
  page.on("popup", () => watch.popups++);
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const document = documents.get(url);
    if (document !== undefined && route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()) {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: document });
    }
    watch.requests.push(`${route.request().method()} ${url.slice(0, 120)}`);
    return route.abort();
  });
  await page.routeWebSocket(/.*/, (ws) => {
    watch.requests.push(`websocket ${ws.url()}`);
    void ws.close();
  });
  return watch;
}

function documentFor(fragments: string[]): string {
  const sections = fragments.map((html, i) => `<section data-payload="${i}">${html}</section>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render</title></head><body>${sections}</body></html>`;
}

/** Loads a document, gives timers, focus, toggles and refreshes time to fire, then inspects the DOM. */
async function load(page: Page, watch: Watch, url: string) {
  try {
    await inspect(page, watch, url);
  } catch (error) {
    // Only a payload that navigates the page (a refresh, a redirect) destroys the context.
    watch.dom.push(`the page did not stay put (${page.url()}): ${(error as Error).message.split("\n")[0]}`);
  }
}

async function inspect(page: Page, watch: Watch, url: string) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(250);
  // Hover over every element (onmouseover and friends), without clicking anything.
  const boxes = await page.locator("body *").evaluateAll((elements) =>
    elements.slice(0, 400).map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: r.width > 0 && r.height > 0 };
    }),
  );
  for (const box of boxes) if (box.visible && box.y < 5_000) await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(50);
  if (page.url() !== url) {
    watch.requests.push(`navigated away to ${page.url()}`);
    return;
  }
  const found = await page.evaluate(
    ({ allowed }) => {
      const problems: string[] = [];
      const where = (e: Element) => `payload ${e.closest("section")?.getAttribute("data-payload") ?? "?"}: <${e.tagName.toLowerCase()}>`;
      for (const e of Array.from(document.querySelectorAll("body *"))) {
        if (e.tagName === "SECTION" && e.parentElement === document.body) {
          if (e.attributes.length !== 1) problems.push(`${where(e)} section gained attributes`);
          continue;
        }
        if (!allowed.includes(e.tagName)) problems.push(`${where(e)} is not on the allow-list`);
        for (const attr of Array.from(e.attributes)) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) problems.push(`${where(e)} has ${name}`);
          if (e.tagName !== "A" || (name !== "href" && name !== "rel")) problems.push(`${where(e)} has attribute ${name}`);
        }
        if (e instanceof HTMLAnchorElement && e.hasAttribute("href")) {
          // What the browser would follow, after its own parsing of the attribute.
          if (!URL.canParse(e.href)) problems.push(`${where(e)} has an unparseable href ${JSON.stringify(e.getAttribute("href"))}`);
          const protocol = URL.canParse(e.href) ? new URL(e.href).protocol : "(none)";
          if (!["http:", "https:", "mailto:"].includes(protocol)) problems.push(`${where(e)} links to ${protocol}`);
          if (e.rel !== "nofollow ugc noopener noreferrer") problems.push(`${where(e)} has rel="${e.rel}"`);
        }
      }
      if (document.head.children.length !== 2) problems.push(`the head changed: ${document.head.innerHTML.slice(0, 200)}`);
      if (window.frames.length > 0) problems.push(`${window.frames.length} frames`);
      return problems;
    },
    { allowed: [...ALLOWED_TAGS] },
  );
  watch.dom.push(...found);
  // Reports from the page arrive asynchronously.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * Previews need a session and count against a per-account limit (issue 13), so the corpus is
 * rendered by a few fresh accounts, each well under its limit.
 */
function previewAccounts(newContext: () => Promise<APIRequestContext>) {
  const perAccount = 90;
  let used = perAccount;
  let current: APIRequestContext | null = null;
  return async (): Promise<APIRequestContext> => {
    if (used >= perAccount || !current) {
      await current?.dispose();
      current = await newContext();
      const signedUp = await current.post("/signup", {
        headers: { Origin: ORIGIN },
        form: { username: uniqueName("xss"), password: "a long password for the xss corpus" },
      });
      expect(signedUp.ok(), "sign-up for previews").toBe(true);
      used = 0;
    }
    used += 1;
    return current;
  };
}

async function renderThroughPreview(request: APIRequestContext, body: string): Promise<string> {
  const response = await request.post("/write/preview", { headers: { Origin: ORIGIN }, form: { title: "XSS corpus", body } });
  expect(response.status(), `preview of ${JSON.stringify(body).slice(0, 80)}`).toBe(200);
  const result = (await response.json()) as { html: string; error: string | null };
  expect(result.error).toBeNull();
  return result.html;
}

const CHUNK = 25;

test.describe("the XSS corpus in Chromium", () => {
  test("has several hundred payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThan(600);
  });

  test("control: raw unsafe HTML, loaded without the renderer, trips every hook", async ({ page }) => {
    const documents = new Map<string, string>();
    const url = `${SANDBOX}/control`;
    documents.set(
      url,
      documentFor([
        "<img src=x onerror=alert(1)>",
        '<img src="https://attacker.example/pixel.png">',
        '<a href="javascript:alert(2)">x</a>',
        "<svg><animate onbegin=confirm(3) attributeName=x dur=1s>",
        "<details open ontoggle=prompt(4)>x</details>",
      ]),
    );
    const watch = await watchedPage(page, documents);
    await load(page, watch, url);
    expect(watch.calls).toEqual(expect.arrayContaining(["alert(1)", "confirm(3)", "prompt(4)"]));
    expect(watch.requests.some((r) => r.includes("attacker.example/pixel.png"))).toBe(true);
    expect(watch.requests.some((r) => r.includes(`${SANDBOX}/x`))).toBe(true); // the onerror image
    expect(watch.dom.some((p) => p.includes("links to javascript:"))).toBe(true);
    expect(watch.dom.some((p) => p.includes("has onerror"))).toBe(true);
  });

  test("control: without the replaced alert, the dialog hook still sees it", async ({ page }) => {
    const documents = new Map([[`${SANDBOX}/dialog`, documentFor(["<img src=x onerror=alert(1)>"])]]);
    const watch = await watchedPage(page, documents, { replaceDialogs: false });
    await load(page, watch, `${SANDBOX}/dialog`);
    await expect.poll(() => watch.dialogs).toEqual(["alert: 1"]);
  });

  test("control: the corpus through stock marked (raw HTML allowed) runs script and loads things", async ({ page }) => {
    test.setTimeout(120_000);
    const documents = new Map<string, string>();
    const sample = PAYLOADS.filter((_, i) => i % 5 === 0);
    const url = `${SANDBOX}/stock-marked`;
    documents.set(url, documentFor(sample.map((p) => marked.parse(p, { async: false }))));
    const watch = await watchedPage(page, documents);
    await load(page, watch, url);
    expect(watch.calls.length + watch.dialogs.length, "script ran").toBeGreaterThan(0);
    expect(watch.requests.length, "something loaded").toBeGreaterThan(0);
  });

  test("through Kindred's renderer: nothing runs, nothing loads, only the allow-list is left", async ({ page, playwright }) => {
    test.setTimeout(300_000);
    const account = previewAccounts(() => playwright.request.newContext({ baseURL: ORIGIN }));
    const rendered: string[] = [];
    for (const payload of PAYLOADS) rendered.push(await renderThroughPreview(await account(), payload));
    // Also as one story: payloads can interact across paragraphs (an unclosed tag, a definition).
    const together = await renderThroughPreview(await account(), PAYLOADS.join("\n\n").slice(0, 50_000));

    const documents = new Map<string, string>();
    const urls: string[] = [];
    for (let start = 0; start < rendered.length; start += CHUNK) {
      const url = `${SANDBOX}/chunk/${start}`;
      documents.set(url, documentFor(rendered.slice(start, start + CHUNK)));
      urls.push(url);
    }
    documents.set(`${SANDBOX}/together`, documentFor([together]));
    urls.push(`${SANDBOX}/together`);

    const watch = await watchedPage(page, documents);
    const failures: string[] = [];
    for (const url of urls) {
      const before = { dialogs: watch.dialogs.length, calls: watch.calls.length, requests: watch.requests.length, console: watch.console.length, errors: watch.errors.length, dom: watch.dom.length };
      await load(page, watch, url);
      const start = Number(url.split("/").pop()) || 0;
      const news = [
        ...watch.dialogs.slice(before.dialogs).map((d) => `dialog ${d}`),
        ...watch.calls.slice(before.calls).map((c) => `called ${c}`),
        ...watch.requests.slice(before.requests).map((r) => `request ${r}`),
        ...watch.console.slice(before.console).map((c) => `console ${c}`),
        ...watch.errors.slice(before.errors).map((e) => `page error ${e}`),
        ...watch.dom.slice(before.dom),
      ];
      // Name the payloads of this chunk so a failure can be traced.
      for (const line of news) failures.push(`${url} (payloads ${start}–${start + CHUNK - 1}): ${line}`);
    }
    expect(watch.popups, "popups").toBe(0);
    expect(failures).toEqual([]);
  });
});
