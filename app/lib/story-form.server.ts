import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { getSession } from "~/auth/session.server";
import { clip, parseForm, readForm } from "~/lib/forms";
import { renderUntrustedMarkdown } from "~/lib/markdown-pool.server";
import { insertPrompt } from "~/lib/prompts";
import { LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { checkStory, type SafetyFinding } from "~/lib/safety";
import { createStory, saveStory, submitStory, type SavedPreview } from "~/models/story.server";
import { storySchema } from "~/schemas/story";

// The editor's action, shared by /write and /me/stories/:id/edit. Whatever happens — a
// validation error, an expired session, a failed save — the response carries back
// everything the author typed, so the form re-renders with it and nothing is lost.

export interface StoryFormValues {
  title: string;
  body: string;
  anonymity: string;
  penName: string;
  tags: string[];
  warnings: string[];
}

export interface EditorActionData {
  values: StoryFormValues;
  errors: Record<string, string | undefined>;
  storyId: string | null;
  saved: boolean;
  savedAt: string | null;
  notice: string | null;
  preview: { html: string; findings: SafetyFinding[]; crisis: boolean; concern: boolean } | null;
}

const strings = (formData: FormData, name: string) =>
  formData.getAll(name).filter((v): v is string => typeof v === "string").map((v) => clip(v, 200)).slice(0, 50);
const one = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export function storyFormValues(formData: FormData): StoryFormValues {
  return {
    title: one(formData, "title"),
    body: one(formData, "body"),
    anonymity: one(formData, "anonymity") || "ANONYMOUS",
    penName: one(formData, "penName"),
    tags: strings(formData, "tags"),
    warnings: strings(formData, "warnings"),
  };
}

function reply(partial: Partial<EditorActionData> & { values: StoryFormValues }, status = 200) {
  const body: EditorActionData = {
    errors: {},
    storyId: null,
    saved: false,
    savedAt: null,
    notice: null,
    preview: null,
    ...partial,
  };
  return data(body, { status });
}

/**
 * Renders a preview with the safety findings, without saving anything. The rendering runs in a
 * worker thread (markdown-pool.server.ts); callers check the session and previewPerAccount.
 */
export async function previewStory(title: string, body: string) {
  const safety = checkStory({ title, body });
  let html = "";
  try {
    html = (await renderUntrustedMarkdown(body)).html;
  } catch {
    html = "<p>This text is too long to preview.</p>";
  }
  return { html, findings: safety.findings, crisis: safety.crisis, concern: safety.concern };
}

export async function storyFormAction({
  request,
  storyId: routeStoryId,
  context,
}: {
  request: Request;
  storyId: string | null;
  context?: AppLoadContext;
}) {
  const formData = await readForm(request);
  const values = storyFormValues(formData);
  const intent = one(formData, "intent");
  const storyId = routeStoryId ?? (clip(one(formData, "storyId"), 64) || null);

  if (intent.startsWith("prompt:")) {
    const next = { ...values, body: insertPrompt(values.body, intent.slice("prompt:".length)) };
    return reply({ values: next, storyId });
  }

  const session = await getSession(request);
  if (!session) {
    // Nothing is stored. Tell this route's loader, so the page answers 401 with the text kept.
    if (context) context.sessionRefused = true;
    const what = intent === "preview" ? "show a preview" : "save";
    return reply(
      {
        values,
        storyId,
        errors: {
          form: `Your login has ended, so we couldn't ${what}. Your writing is still here: log in in another tab, then come back and try again.`,
        },
      },
      401,
    );
  }

  // Previews need a session and count against a per-account limit: each render costs a
  // render thread up to the renderer's budget (decision 010).
  if (intent === "preview") {
    const limited = await overLimit([LIMITS.previewPerAccount, session.user.id]);
    if (limited) {
      return reply({ values, storyId, errors: { form: `${tooManyMessage(limited)} Your writing is still here, and saving still works.` } }, 429);
    }
    return reply({ values, storyId, preview: await previewStory(values.title, values.body) });
  }

  const form = parseForm(storySchema, formData);
  if (!form.ok) {
    // The preview beside the errors counts as one too (else failed autosaves would be unlimited previews).
    const preview = (await overLimit([LIMITS.previewPerAccount, session.user.id])) ? null : await previewStory(values.title, values.body);
    return reply({ values, storyId, errors: form.errors, preview }, 400);
  }

  let id = storyId;
  let pulledFromReview = false;
  let rendered: SavedPreview;
  if (id) {
    const result = await saveStory({ storyId: id, authorId: session.user.id, input: form.data });
    if (!result.ok) {
      const message =
        result.reason === "not-found"
          ? "We couldn't find this story in your account. Copy your text somewhere safe, then start a new story."
          : "This story can't be edited any more. Copy your text somewhere safe if you'd like to keep it.";
      return reply({ values, storyId: null, errors: { form: message } }, result.reason === "not-found" ? 404 : 409);
    }
    pulledFromReview = result.pulledFromReview;
    rendered = result.preview;
  } else {
    // Only a new story counts: saves of an existing one are free, so autosave never trips this.
    const limited = await overLimit([LIMITS.draftPerAccount, session.user.id]);
    if (limited) {
      return reply(
        { values, storyId: null, errors: { form: `This wasn't saved: you've started a lot of new stories. ${tooManyMessage(limited)} Your writing is still here.` } },
        429,
      );
    }
    const created = await createStory({ authorId: session.user.id, input: form.data });
    id = created.storyId;
    rendered = created.preview;
  }

  // The editor's autosave shows only when it saved (StoryEditor), so it gets no preview.
  const preview = intent === "autosave" ? null : rendered;
  const savedAt = new Date().toISOString();

  if (intent === "submit") {
    // Counted after saving, so a paused submission never costs the author their text.
    const limited = await overLimit([LIMITS.submitPerAccount, session.user.id]);
    if (limited) {
      return reply(
        { values, storyId: id, saved: true, savedAt, preview, errors: { form: `Your draft is saved. ${tooManyMessage(limited)}` } },
        429,
      );
    }
    const submitted = await submitStory({ storyId: id, authorId: session.user.id });
    if (!submitted.ok) {
      const errors =
        submitted.reason === "incomplete"
          ? { ...submitted.errors, form: "Your draft is saved. A few things need attention before it can be reviewed." }
          : { form: "Your draft is saved, but this story can't be sent for review right now." };
      return reply({ values, storyId: id, saved: true, savedAt, errors, preview }, 400);
    }
    // My stories shows the crisis resources (or, for concern, the gentler box) straight away.
    const care = submitted.crisis ? "&crisis=1" : submitted.concern ? "&concern=1" : "";
    throw redirect(`/me/stories?submitted=${encodeURIComponent(id)}${care}`);
  }

  if (intent === "save" && !routeStoryId) {
    // Without JavaScript, the first save moves the author to the story's own editing address.
    throw redirect(`/me/stories/${encodeURIComponent(id)}/edit?saved=1`);
  }

  return reply({
    values,
    storyId: id,
    saved: true,
    savedAt,
    preview,
    notice: pulledFromReview
      ? "Saved. Because you changed it, this story is back in your drafts — send it for review again when you're ready."
      : null,
  });
}

