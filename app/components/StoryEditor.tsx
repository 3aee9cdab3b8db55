import { Form, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { careLevel } from "~/lib/care";
import { FACET_LABELS, FACETS, WARNINGS, type Facet } from "~/lib/constants";
import { STORY_PROMPTS } from "~/lib/prompts";
import type { SafetyFinding } from "~/lib/safety";
import { BODY_MAX, PEN_NAME_MAX, TITLE_MAX } from "~/schemas/story";
import { CareCallout, SafetyPanel } from "./SafetyPanel";

export interface EditorTag {
  slug: string;
  name: string;
  facet: string;
  description: string;
}

export interface EditorValues {
  title: string;
  body: string;
  anonymity: string;
  penName: string;
  tags: string[];
  warnings: string[];
}

/** What the editor shows beside the form: the text as readers will see it, the findings, the care tiers. */
export interface EditorPreview {
  html: string;
  findings: SafetyFinding[];
  crisis: boolean;
  concern: boolean;
}

export interface EditorProps {
  storyId: string | null;
  values: EditorValues;
  errors: Record<string, string | undefined>;
  tags: EditorTag[];
  preview: EditorPreview | null;
  notice: string | null;
  savedAt: string | null;
  /** Autosave is off while a story waits for review: saving would take it out of the queue. */
  autosave: boolean;
  submitLabel: string;
}

const ANONYMITY_CHOICES = [
  { value: "USERNAME", label: "My username", explain: "Readers see your username, linked to your profile." },
  { value: "PEN_NAME", label: "A pen name", explain: "Readers see a name you choose here; it is never linked to your account." },
  { value: "ANONYMOUS", label: "Anonymous", explain: "Readers see “Anonymous”, linked to nothing at all." },
] as const;

const AUTOSAVE_DELAY_MS = 4000;
const PREVIEW_DELAY_MS = 700;

function localKey(storyId: string | null) {
  return `kindred-draft:${storyId ?? "new"}`;
}

export function StoryEditor(props: EditorProps) {
  const { values, errors, tags } = props;
  const navigation = useNavigation();
  const autosaver = useFetcher<{ storyId: string | null; savedAt: string | null; errors: Record<string, string | undefined> }>();
  // /write/preview answers an error (a session that ended, the per-account limit, too long) with an empty preview.
  const previewer = useFetcher<EditorPreview & { error?: string | null }>();
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(values.title);
  const [body, setBody] = useState(values.body);
  const [anonymity, setAnonymity] = useState(values.anonymity);
  const [dirty, setDirty] = useState(false);
  const [storyId, setStoryId] = useState(props.storyId);
  const [restorable, setRestorable] = useState<{ title: string; body: string; at: string } | null>(null);
  // Without JavaScript every field stays visible; once hydrated, the pen name shows only when chosen.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (autosaver.data?.storyId) setStoryId(autosaver.data.storyId);
    if (autosaver.data?.savedAt) {
      setDirty(false);
      window.localStorage.removeItem(localKey(null));
    }
  }, [autosaver.data]);

  // A copy in this browser too: an expired session or a lost connection never costs the text.
  useEffect(() => {
    const saved = window.localStorage.getItem(localKey(props.storyId));
    if (!saved) return;
    try {
      const copy = JSON.parse(saved) as { title: string; body: string; at: string };
      if (copy.body !== values.body || copy.title !== values.title) setRestorable(copy);
      else window.localStorage.removeItem(localKey(props.storyId));
    } catch {
      window.localStorage.removeItem(localKey(props.storyId));
    }
    // Only when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!dirty) return;
    window.localStorage.setItem(localKey(storyId), JSON.stringify({ title, body, at: new Date().toISOString() }));
  }, [dirty, title, body, storyId]);

  // While the page's own form is being sent (Save draft, Submit), it carries the text: an
  // autosave then would race it, and before the story exists both would create one.
  const pageSending = navigation.formData !== undefined;
  useEffect(() => {
    if (!dirty || !props.autosave || !formRef.current || pageSending) return;
    const timer = window.setTimeout(() => {
      const formData = new FormData(formRef.current!);
      formData.set("intent", "autosave");
      if (storyId) formData.set("storyId", storyId);
      autosaver.submit(formData, { method: "post" });
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // autosaver is stable; re-arm on every change of the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dirty, title, body, anonymity, props.autosave, storyId, pageSending]);

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      previewer.submit({ title, body }, { method: "post", action: "/write/preview" });
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dirty, title, body]);

  // Whichever came last: the live preview's answer, or the page's own (Preview, Save draft). The
  // crisis and concern boxes follow it, so an older answer must never hide a newer one.
  const [preview, setPreview] = useState(props.preview);
  const [previewProblem, setPreviewProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!previewer.data) return;
    // A refused preview keeps the last one (and its crisis or concern box) and says why.
    setPreviewProblem(previewer.data.error ?? null);
    if (!previewer.data.error) setPreview(previewer.data);
  }, [previewer.data]);
  useEffect(() => setPreview(props.preview), [props.preview]);
  // The story's id as soon as the first autosave has created it (the state follows a render later).
  const knownStoryId = storyId ?? autosaver.data?.storyId ?? null;
  // While the first autosave is creating the story, a save or a submission would create a second one.
  const busy = navigation.state === "submitting" || (!knownStoryId && autosaver.state !== "idle");
  // The status line follows whichever answered last, the autosave or the page's own form, and
  // never reports a save the server refused (a 400 for an over-long story kept the old text).
  const [lastAnswer, setLastAnswer] = useState<"page" | "autosave">("page");
  useEffect(() => {
    if (autosaver.data) setLastAnswer("autosave");
  }, [autosaver.data]);
  useEffect(() => {
    if (navigation.state === "submitting") setLastAnswer("page");
  }, [navigation.state]);
  const refusal = (answerErrors: Record<string, string | undefined> | undefined, keep: string) => {
    if (answerErrors?.form) return answerErrors.form;
    const field = Object.values(answerErrors ?? {}).find(Boolean);
    return `Not saved: ${field ?? "something went wrong."}${keep}`;
  };
  const pageRefused = !props.savedAt && Object.values(errors).some(Boolean);
  const autosaveRefused = lastAnswer === "autosave" && autosaver.data != null && !autosaver.data.savedAt;
  const autosaveStatus =
    autosaver.state !== "idle" ? "Saving…"
    : autosaveRefused ? refusal(autosaver.data?.errors, " Your text is still here, and in this browser.")
    : lastAnswer === "autosave" && autosaver.data?.savedAt
      ? `Draft saved at ${new Date(autosaver.data.savedAt).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" })}.`
    // The page's own messages are already on the form (beside each field, or at the top): point to them.
    : pageRefused ? "Not saved: see what needs attention above. Your text is still here."
    : props.savedAt ? "Draft saved."
    : "";
  const saveFailed = autosaver.state === "idle" && (autosaveRefused || (lastAnswer === "page" && pageRefused));

  function insertPromptAtCursor(id: string, event: React.MouseEvent) {
    const prompt = STORY_PROMPTS.find((p) => p.id === id);
    const area = bodyRef.current;
    if (!prompt || !area) return;
    event.preventDefault();
    const block = `## ${prompt.heading}\n\n`;
    const at = area.selectionStart ?? body.length;
    const before = body.slice(0, at).replace(/\s*$/, "");
    const next = `${before}${before ? "\n\n" : ""}${block}${body.slice(at).replace(/^\s*/, "")}`;
    setBody(next);
    setDirty(true);
    requestAnimationFrame(() => {
      area.focus();
      const cursor = (before ? before.length + 2 : 0) + block.length;
      area.setSelectionRange(cursor, cursor);
    });
  }

  const byFacet = (facet: Facet) => tags.filter((t) => t.facet === facet);
  const describedBy = (name: string, hint = true) =>
    [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="editor">
      {restorable ? (
        <div className="notice" role="status">
          <p>
            This browser kept a copy of your writing from {new Date(restorable.at).toLocaleString()} that differs from
            the saved version.
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setTitle(restorable.title);
              setBody(restorable.body);
              setDirty(true);
              setRestorable(null);
            }}
          >
            Restore that copy
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              window.localStorage.removeItem(localKey(props.storyId));
              setRestorable(null);
            }}
          >
            Keep the saved version
          </button>
        </div>
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {props.notice ? (
        <p className="notice ok" role="status">
          {props.notice}
        </p>
      ) : null}
      {/* Crisis: resources at once, as an alert. Concern: the same resources in a calmer box. */}
      {preview ? <CareCallout level={careLevel(preview)} /> : null}

      <Form method="post" className="stack" ref={formRef} noValidate onChange={() => setDirty(true)}>
        {knownStoryId ? <input type="hidden" name="storyId" value={knownStoryId} /> : null}
        <div className="field">
          <label htmlFor="title">Title</label>
          <input
            id="title"
            name="title"
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={TITLE_MAX * 2}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy("title")}
          />
          <p className="hint counter" id="title-hint">
            {[...title].length} of {TITLE_MAX} characters
          </p>
          {errors.title ? (
            <p className="error" id="title-error">
              {errors.title}
            </p>
          ) : null}
        </div>

        <fieldset className="prompts">
          <legend>Not sure where to start? Add a prompt</legend>
          {STORY_PROMPTS.map((p) => (
            <button
              key={p.id}
              type="submit"
              name="intent"
              value={`prompt:${p.id}`}
              className="secondary"
              title={p.hint}
              onClick={(e) => insertPromptAtCursor(p.id, e)}
            >
              {p.heading}
            </button>
          ))}
        </fieldset>

        <div className="field">
          <label htmlFor="body">Your story</label>
          <p className="hint" id="body-hint">
            Write in your own words, at your own pace. You can use Markdown: **bold**, *italics*, ## headings, &gt;
            quotes and - lists. {[...body].length.toLocaleString("en-US")} of {BODY_MAX.toLocaleString("en-US")} characters.
          </p>
          <textarea
            id="body"
            name="body"
            ref={bodyRef}
            rows={18}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy("body")}
          />
          {errors.body ? (
            <p className="error" id="body-error">
              {errors.body}
            </p>
          ) : null}
        </div>

        <fieldset className="field choices" aria-describedby={errors.anonymity ? "anonymity-error" : undefined}>
          <legend>How your name appears</legend>
          {ANONYMITY_CHOICES.map((choice) => (
            <div key={choice.value} className="choice">
              <input
                type="radio"
                id={`anonymity-${choice.value}`}
                name="anonymity"
                value={choice.value}
                checked={anonymity === choice.value}
                onChange={() => setAnonymity(choice.value)}
                aria-describedby={`anonymity-${choice.value}-explain`}
              />
              <label htmlFor={`anonymity-${choice.value}`}>{choice.label}</label>
              <p className="hint" id={`anonymity-${choice.value}-explain`}>
                {choice.explain}
              </p>
            </div>
          ))}
          {errors.anonymity ? (
            <p className="error" id="anonymity-error">
              {errors.anonymity}
            </p>
          ) : null}
        </fieldset>

        <div className="field" hidden={hydrated && anonymity !== "PEN_NAME" && !errors.penName}>
          <label htmlFor="penName">Pen name</label>
          <input
            id="penName"
            name="penName"
            type="text"
            defaultValue={values.penName}
            maxLength={PEN_NAME_MAX * 2}
            aria-invalid={errors.penName ? true : undefined}
            aria-describedby={describedBy("penName")}
          />
          <p className="hint" id="penName-hint">
            Only used when you choose “A pen name”. Avoid anything people know you by.
          </p>
          {errors.penName ? (
            <p className="error" id="penName-error">
              {errors.penName}
            </p>
          ) : null}
        </div>

        <fieldset className="field tag-picker" aria-describedby={describedBy("tags")}>
          <legend>What your story is about</legend>
          <p className="hint" id="tags-hint">
            Choose at least one substance or situation, so readers in a similar place can find it.
          </p>
          {errors.tags ? (
            <p className="error" id="tags-error">
              {errors.tags}
            </p>
          ) : null}
          {FACETS.map((facet) => (
            <fieldset key={facet} className="facet">
              <legend>{FACET_LABELS[facet]}</legend>
              <div className="checks">
                {byFacet(facet).map((tag) => (
                  <div key={tag.slug} className="check">
                    <input
                      type="checkbox"
                      id={`tag-${tag.slug}`}
                      name="tags"
                      value={tag.slug}
                      defaultChecked={values.tags.includes(tag.slug)}
                    />
                    <label htmlFor={`tag-${tag.slug}`} title={tag.description || undefined}>
                      {tag.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>

        <fieldset className="field" aria-describedby="warnings-hint">
          <legend>Content warnings</legend>
          <p className="hint" id="warnings-hint">
            Readers choose whether to open stories with these. A moderator may adjust them.
          </p>
          {errors.warnings ? <p className="error">{errors.warnings}</p> : null}
          <div className="checks">
            {WARNINGS.map((w) => (
              <div key={w.slug} className="check">
                <input
                  type="checkbox"
                  id={`warning-${w.slug}`}
                  name="warnings"
                  value={w.slug}
                  defaultChecked={values.warnings.includes(w.slug)}
                />
                <label htmlFor={`warning-${w.slug}`}>{w.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <div className="actions">
          <button type="submit" name="intent" value="save" className="secondary" disabled={busy}>
            Save draft
          </button>
          <button type="submit" name="intent" value="preview" className="secondary" disabled={busy}>
            Preview
          </button>
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy}>
            {props.submitLabel}
          </button>
          <p className={saveFailed ? "hint autosave error" : "hint autosave"} aria-live="polite">
            {autosaveStatus}
          </p>
        </div>
      </Form>

      {previewProblem ? (
        <p className="hint" role="status">
          {previewProblem}
        </p>
      ) : null}
      {preview ? (
        <>
          <SafetyPanel title={title} body={body} findings={preview.findings} />
          <section className="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <div className="card">
              <h3 className="preview-title">{title || "Untitled"}</h3>
              {/* Sanitized by the one renderer on the server (app/lib/markdown.server.ts). */}
              <div className="story-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
