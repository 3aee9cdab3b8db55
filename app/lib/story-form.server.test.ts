import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { newId } from "~/lib/ids.server";
import { LIMITS, hit } from "~/lib/rate-limit.server";
import { getStoryForEditing } from "~/models/story.server";
import { ensureVocabulary } from "~/models/tag.server";
import { storyFormAction, type EditorActionData } from "./story-form.server";

// The editor's action (/write and /me/stories/:id/edit), driven with real Requests against this
// file's own SQLite copy. Whatever goes wrong, the author's text must come back intact.

beforeAll(async () => {
  await ensureVocabulary();
});

const BODY =
  "I was the kind of tired that sleep doesn't fix. Then a neighbour asked me to help in her garden on " +
  "Saturdays, and I kept showing up. Two years later the tomatoes are still my favourite part of the week, " +
  "and the meetings on Tuesday nights are where I found the words for all of it.";

async function member() {
  const id = newId();
  const username = `writer_${id.slice(0, 8).toLowerCase()}`;
  await db.user.create({ data: { id, username, usernameKey: username, passwordHash: "not-a-real-hash" } });
  const setCookie = await createSession(id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0");
  return { id, username, cookie: setCookie.split(";")[0] };
}

type Fields = Record<string, string | string[] | Blob | undefined>;

function formRequest(fields: Fields, cookie?: string, path = "/write") {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) form.append(name, v);
    else if (value instanceof Blob) form.append(name, value, "upload.txt");
    else form.append(name, value);
  }
  const headers = new Headers({ Origin: "http://localhost" });
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { method: "POST", body: form, headers });
}

function validFields(overrides: Fields = {}): Fields {
  return {
    title: "Tomatoes on Saturdays",
    body: BODY,
    anonymity: "ANONYMOUS",
    penName: "",
    tags: ["alcohol", "older-adult"],
    warnings: ["relapse"],
    intent: "save",
    ...overrides,
  };
}

interface Answer {
  status: number;
  data: EditorActionData;
}

/** Runs the action and returns its `data()` answer; fails the test on a thrown response. */
async function answer(request: Request, storyId: string | null = null): Promise<Answer> {
  const result = (await storyFormAction({ request, storyId })) as unknown as {
    type?: string;
    data: EditorActionData;
    init: { status?: number } | null;
  };
  expect(result.type).toBe("DataWithResponseInit");
  return { status: result.init?.status ?? 200, data: result.data };
}

/** Runs the action expecting it to throw a redirect; returns the Location. */
async function redirected(request: Request, storyId: string | null = null): Promise<string> {
  try {
    await storyFormAction({ request, storyId });
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect([301, 302, 303]).toContain(response.status);
    return response.headers.get("Location") ?? "";
  }
  throw new Error("expected a redirect");
}

const storyCount = (authorId: string) => db.story.count({ where: { authorId } });

describe("bad input answers 400 on the right field and keeps everything typed", () => {
  const cases: { name: string; fields: Fields; field: string; message: RegExp }[] = [
    { name: "a title of 121 characters", fields: { title: "t".repeat(121) }, field: "title", message: /120 characters/ },
    { name: "a body over 50,000 characters", fields: { body: `${BODY} `.repeat(200).slice(0, 50_001) }, field: "body", message: /50,000/ },
    { name: "an unknown anonymity value", fields: { anonymity: "EVERYONE" }, field: "anonymity", message: /username, pen name or anonymous/ },
    { name: "a pen name story without a pen name", fields: { anonymity: "PEN_NAME", penName: "   " }, field: "penName", message: /pen name/ },
    { name: "a warning that isn't in the list", fields: { warnings: ["relapse", "spiders"] }, field: "warnings", message: /from the list/ },
  ];

  for (const { name, fields, field, message } of cases) {
    it(name, async () => {
      const author = await member();
      const sent = validFields(fields);
      const { status, data } = await answer(formRequest(sent, author.cookie));
      expect(status).toBe(400);
      expect(data.errors[field]).toMatch(message);
      // Only the broken field is complained about.
      expect(Object.keys(data.errors)).toEqual([field]);
      expect(data.values.title).toBe(sent.title);
      expect(data.values.body).toBe(sent.body);
      expect(data.values.tags).toEqual(sent.tags);
      expect(data.values.warnings).toEqual(sent.warnings);
      expect(data.values.anonymity).toBe(sent.anonymity);
      expect(data.values.penName).toBe(sent.penName);
      expect(data.saved).toBe(false);
      expect(await storyCount(author.id)).toBe(0);
    });
  }

  it("a file uploaded in the title field", async () => {
    const author = await member();
    const sent = validFields({ title: new Blob(["not a title"], { type: "text/plain" }) });
    const { status, data } = await answer(formRequest(sent, author.cookie));
    expect(status).toBe(400);
    expect(data.errors.title).toBe("Title must be text.");
    expect(data.values.body).toBe(BODY);
    expect(data.values.tags).toEqual(["alcohol", "older-adult"]);
    expect(data.values.warnings).toEqual(["relapse"]);
    expect(await storyCount(author.id)).toBe(0);
  });

  it("accepts a title of exactly 120 characters", async () => {
    const author = await member();
    const location = await redirected(formRequest(validFields({ title: "t".repeat(120) }), author.cookie));
    expect(location).toMatch(/^\/me\/stories\/[^/]+\/edit\?saved=1$/);
    expect(await storyCount(author.id)).toBe(1);
  });

  it("accepts a title the editor's counter shows as 120 characters, even with an emoji in it", async () => {
    const author = await member();
    // The editor counts characters as the author sees them ([...title].length): this shows "120 of 120".
    const title = `${"t".repeat(118)}🌱🌱`;
    expect([...title].length).toBe(120);
    const { status, data } = await answer(formRequest(validFields({ title, intent: "autosave" }), author.cookie));
    // BUG: storySchema's .max(120) counts UTF-16 code units (122 here), while StoryEditor's counter counts
    // code points, so the author sees "120 of 120 characters" and still gets "Keep the title to 120 characters or fewer."
    expect(data.errors).toEqual({});
    expect(status).toBe(200);
  });

  it("echoes repeated tags and warnings in the order they were chosen", async () => {
    const author = await member();
    const sent = validFields({ title: "x".repeat(130), tags: ["veteran", "opioids", "therapy"], warnings: ["overdose", "death-grief"] });
    const { status, data } = await answer(formRequest(sent, author.cookie));
    expect(status).toBe(400);
    expect(data.values.tags).toEqual(["veteran", "opioids", "therapy"]);
    expect(data.values.warnings).toEqual(["overdose", "death-grief"]);
    // The preview still comes back, so the author keeps seeing their privacy check.
    expect(data.preview?.html).toContain("tomatoes");
  });
});

describe("an ended session", () => {
  it("answers 401 with everything typed and saves nothing", async () => {
    const author = await member();
    const sent = validFields({ penName: "Garden Keeper", anonymity: "PEN_NAME" });
    const { status, data } = await answer(formRequest(sent));
    expect(status).toBe(401);
    expect(data.errors.form).toMatch(/login has ended/);
    expect(data.values).toEqual({
      title: "Tomatoes on Saturdays",
      body: BODY,
      anonymity: "PEN_NAME",
      penName: "Garden Keeper",
      tags: ["alcohol", "older-adult"],
      warnings: ["relapse"],
    });
    expect(data.saved).toBe(false);
    expect(await db.storyRevision.count({ where: { title: "Tomatoes on Saturdays", story: { authorId: author.id } } })).toBe(0);
  });

  it("with a cookie that no longer matches a session, also answers 401 and saves nothing", async () => {
    const author = await member();
    const before = await db.story.count();
    const { status, data } = await answer(formRequest(validFields({ intent: "submit" }), `${author.cookie.split(".")[0]}.wrongsecret`));
    expect(status).toBe(401);
    expect(data.values.body).toBe(BODY);
    expect(await db.story.count()).toBe(before);
  });
});

describe("preview and prompts", () => {
  it("preview renders the text with its safety findings and saves nothing", async () => {
    const author = await member();
    const body = `${BODY}\n\n**Write to me** at someone@example.com. I want to die tonight.`;
    const { status, data } = await answer(formRequest(validFields({ body, intent: "preview" }), author.cookie));
    expect(status).toBe(200);
    expect(data.preview?.html).toContain("<strong>Write to me</strong>");
    expect(data.preview?.findings).toContainEqual(expect.objectContaining({ kind: "email", text: "someone@example.com" }));
    expect(data.preview?.crisis).toBe(true);
    expect(data.saved).toBe(false);
    expect(data.storyId).toBeNull();
    // Multipart forms carry line breaks as CRLF, exactly as a browser sends them.
    expect(data.values.body.replace(/\r\n/g, "\n")).toBe(body);
    expect(await storyCount(author.id)).toBe(0);
  });

  it("preview needs a session: signed out, a 401 that says so and keeps the text, nothing rendered", async () => {
    const { status, data } = await answer(formRequest(validFields({ intent: "preview" })));
    expect(status).toBe(401);
    expect(data.errors.form).toMatch(/login has ended, so we couldn't show a preview/);
    expect(data.values.body).toBe(BODY);
    expect(data.preview).toBeNull();
  });

  it("previews count against the per-account limit: past it, a 429 with a message, the text kept", async () => {
    const author = await member();
    for (let i = 0; i < LIMITS.previewPerAccount.max; i++) await hit(LIMITS.previewPerAccount, author.id);
    const { status, data } = await answer(formRequest(validFields({ intent: "preview" }), author.cookie));
    expect(status).toBe(429);
    expect(data.errors.form).toMatch(/paused this for about/);
    expect(data.values.body).toBe(BODY);
    expect(data.preview).toBeNull();
    // A save still works, and its answer is not a preview that slipped past the limit.
    const refused = await answer(formRequest(validFields({ intent: "autosave", title: "t".repeat(121) }), author.cookie));
    expect(refused.status).toBe(400);
    expect(refused.data.preview).toBeNull();
  });

  it("preview never passes raw HTML through", async () => {
    const author = await member();
    const { data } = await answer(
      formRequest(validFields({ body: `${BODY}\n\n<script>alert(1)</script><img src="https://tracker.example/p.gif">`, intent: "preview" }), author.cookie),
    );
    expect(data.preview?.html).not.toContain("<script");
    expect(data.preview?.html).not.toContain("<img");
  });

  it("a prompt appends its heading to the body on its own paragraph and saves nothing", async () => {
    const author = await member();
    const { status, data } = await answer(formRequest(validFields({ body: "Some words so far.\n\n", intent: "prompt:where-i-was" }), author.cookie));
    expect(status).toBe(200);
    expect(data.values.body).toBe("Some words so far.\n\n## Where I was\n\n");
    expect(data.values.title).toBe("Tomatoes on Saturdays");
    expect(data.values.tags).toEqual(["alcohol", "older-adult"]);
    expect(await storyCount(author.id)).toBe(0);

    const empty = await answer(formRequest(validFields({ body: "", intent: "prompt:where-i-was" }), author.cookie));
    expect(empty.data.values.body).toBe("## Where I was\n\n");
  });
});

describe("a refused save is never reported as saved (issue 13, 5d)", () => {
  it("a 55,016-character paste: autosave answers 400 on the body, no savedAt, the old text stays stored", async () => {
    const author = await member();
    const first = await answer(formRequest(validFields({ intent: "autosave" }), author.cookie));
    expect(first.data.savedAt).not.toBeNull();
    const storyId = first.data.storyId!;
    const pasted = `${BODY}\n\n`.repeat(400).slice(0, 55_016);
    const { status, data } = await answer(formRequest(validFields({ intent: "autosave", storyId, body: pasted }), author.cookie, `/me/stories/${storyId}/edit`), storyId);
    expect(status).toBe(400);
    expect(data.saved).toBe(false);
    expect(data.savedAt).toBeNull(); // what the editor's status line reads (StoryEditor, e2e in editor-saves.spec.ts)
    expect(data.errors.body).toMatch(/50,000/);
    expect(data.values.body.replace(/\r\n/g, "\n")).toBe(pasted); // multipart sends CRLF
    const stored = await getStoryForEditing({ storyId, authorId: author.id });
    expect(stored?.values.body).toBe(BODY);
  });
});

describe("saving", () => {
  it("the first save on /write goes to the story's own editing address, with the text stored", async () => {
    const author = await member();
    const location = await redirected(formRequest(validFields({ anonymity: "PEN_NAME", penName: "Garden Keeper" }), author.cookie));
    const match = /^\/me\/stories\/([^/?]+)\/edit\?saved=1$/.exec(location);
    expect(match).not.toBeNull();
    const storyId = decodeURIComponent(match![1]);
    const story = await getStoryForEditing({ storyId, authorId: author.id });
    expect(story?.status).toBe("DRAFT");
    expect(story?.values).toEqual({
      title: "Tomatoes on Saturdays",
      body: BODY,
      anonymity: "PEN_NAME",
      penName: "Garden Keeper",
      tags: expect.arrayContaining(["alcohol", "older-adult"]),
      warnings: ["relapse"],
    });
  });

  it("autosave on /write creates the draft once and then keeps updating the same story", async () => {
    const author = await member();
    const first = await answer(formRequest(validFields({ intent: "autosave", title: "" }), author.cookie));
    expect(first.status).toBe(200);
    expect(first.data.saved).toBe(true);
    expect(first.data.storyId).toEqual(expect.any(String));
    const second = await answer(
      formRequest(validFields({ intent: "autosave", title: "Now with a title", storyId: first.data.storyId! }), author.cookie),
    );
    expect(second.data.storyId).toBe(first.data.storyId);
    expect(await storyCount(author.id)).toBe(1);
    const story = await getStoryForEditing({ storyId: first.data.storyId!, authorId: author.id });
    expect(story?.values.title).toBe("Now with a title");
  });

  it("saving on the edit address updates that story and stays on the page", async () => {
    const author = await member();
    const storyId = decodeURIComponent(/\/me\/stories\/([^/]+)\/edit/.exec(await redirected(formRequest(validFields(), author.cookie)))![1]);
    const { status, data } = await answer(
      formRequest(validFields({ body: `${BODY} A new last line.` }), author.cookie, `/me/stories/${storyId}/edit`),
      storyId,
    );
    expect(status).toBe(200);
    expect(data.saved).toBe(true);
    expect(data.storyId).toBe(storyId);
    expect((await getStoryForEditing({ storyId, authorId: author.id }))?.values.body).toBe(`${BODY} A new last line.`);
  });

  it("someone else's story can't be saved through the edit address, and the text comes back", async () => {
    const owner = await member();
    const intruder = await member();
    const storyId = decodeURIComponent(/\/me\/stories\/([^/]+)\/edit/.exec(await redirected(formRequest(validFields(), owner.cookie)))![1]);
    const sent = validFields({ title: "Not yours", body: "Overwritten?" });
    const { status, data } = await answer(formRequest(sent, intruder.cookie, `/me/stories/${storyId}/edit`), storyId);
    expect(status).toBe(404);
    expect(data.values.title).toBe("Not yours");
    expect(data.values.body).toBe("Overwritten?");
    expect((await getStoryForEditing({ storyId, authorId: owner.id }))?.values.title).toBe("Tomatoes on Saturdays");
    expect(await storyCount(intruder.id)).toBe(0);
  });
});

describe("sending for review", () => {
  it("an incomplete story answers 400 with what's missing, but the draft IS saved", async () => {
    const author = await member();
    const sent = validFields({ title: "Half Written", body: "Only a beginning.", tags: ["twelve-step"], intent: "submit" });
    const { status, data } = await answer(formRequest(sent, author.cookie));
    expect(status).toBe(400);
    expect(data.errors.body).toMatch(/200 characters/);
    expect(data.errors.tags).toMatch(/substance or situation/);
    expect(data.errors.form).toMatch(/draft is saved/i);
    expect(data.saved).toBe(true);
    expect(data.storyId).toEqual(expect.any(String));
    expect(data.values.body).toBe("Only a beginning.");

    const row = await db.story.findUniqueOrThrow({ where: { id: data.storyId! }, include: { workingRevision: true } });
    expect(row.authorId).toBe(author.id);
    expect(row.status).toBe("DRAFT");
    expect(row.workingRevision?.title).toBe("Half Written");
    expect(row.workingRevision?.bodyMarkdown).toBe("Only a beginning.");
  });

  it("a complete story is sent for review and the author lands on My stories", async () => {
    const author = await member();
    const location = await redirected(formRequest(validFields({ intent: "submit" }), author.cookie));
    const match = /^\/me\/stories\?submitted=([^&]+)$/.exec(location);
    expect(match).not.toBeNull();
    const row = await db.story.findUniqueOrThrow({ where: { id: decodeURIComponent(match![1]) } });
    expect(row.status).toBe("IN_REVIEW");
    expect(row.crisis).toBe(false);
  });

  it("a story with crisis language is sent with the crisis flag, so My stories shows help", async () => {
    const author = await member();
    const location = await redirected(formRequest(validFields({ intent: "submit", body: `${BODY} I want to die tonight.` }), author.cookie));
    expect(location).toMatch(/^\/me\/stories\?submitted=[^&]+&crisis=1$/);
    const id = decodeURIComponent(/submitted=([^&]+)/.exec(location)![1]);
    expect((await db.story.findUniqueOrThrow({ where: { id } })).crisis).toBe(true);
  });
});
