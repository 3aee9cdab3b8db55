import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { RelatedStories } from "~/components/RelatedStories";
import { readingTime } from "~/components/StoryCard";
import { REACTIONS, REPORT_REASONS, WARNINGS, type ReactionKind } from "~/lib/constants";
import { parseForm, readForm } from "~/lib/forms";
import { LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { storyDescription, storyMeta } from "~/lib/seo";
import { requestOrigin } from "~/lib/xml.server";
import { reportStory } from "~/models/moderation.server";
import { getReaderPrefs, hiddenWarnings, needsNotice, withBlur } from "~/models/preferences.server";
import { storiesLikeThis } from "~/models/recommendation.server";
import { readerState, toggleReaction, toggleSaved } from "~/models/reaction.server";
import { getPublishedStory } from "~/models/story.server";
import { reportSchema } from "~/schemas/moderation";

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const story = await getPublishedStory({ slug: params.slug ?? "" });
  if (!story) throw new Response("Not found", { status: 404 });
  const user = await getOptionalUser(request);
  const prefs = await getReaderPrefs(user?.id ?? null);
  // A story with warnings opens behind a notice (unless the reader chose "show" for all of
  // them); the text is only sent once the reader chooses to go on.
  const passed = new URL(request.url).searchParams.get("read") === "1";
  const gated = needsNotice(prefs, story.warnings) && !passed;
  const [mine, related] = await Promise.all([
    user ? readerState({ userId: user.id, slug: story.slug }) : null,
    storiesLikeThis({ slug: story.slug, hiddenWarnings: hiddenWarnings(prefs), limit: 5 }),
  ]);
  return {
    story: { ...story, html: gated ? null : story.html },
    gated,
    signedIn: Boolean(user),
    mine,
    related: withBlur(related, prefs),
    url: `${requestOrigin(request)}/stories/${story.slug}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const limited = await overLimit(intent === "report" ? [LIMITS.reportPerAccount, user.id] : [LIMITS.reactPerAccount, user.id]);
  if (limited) {
    return data(
      { errors: { form: tooManyMessage(limited) } as Record<string, string | undefined>, reported: false },
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  if (intent === "react" || intent === "save") {
    const kind = formData.get("kind");
    const result =
      intent === "save"
        ? await toggleSaved({ userId: user.id, slug })
        : REACTIONS.some((r) => r.kind === kind)
          ? await toggleReaction({ userId: user.id, slug, kind: kind as ReactionKind })
          : undefined;
    if (result === undefined) return data({ errors: { form: "Choose one of the reactions." }, reported: false }, { status: 400 });
    if (result === null) throw new Response("Not found", { status: 404 });
    return { errors: {} as Record<string, string | undefined>, reported: false };
  }
  const form = parseForm(reportSchema, formData);
  if (!form.ok) return data({ errors: form.errors, reported: false }, { status: 400 });
  const reported = await reportStory({ slug, reporterId: user.id, ...form.data });
  if (!reported) throw new Response("Not found", { status: 404 });
  return { errors: {} as Record<string, string | undefined>, reported: true };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? storyMeta({
        title: data.story.title,
        description: storyDescription({ byline: data.story.byline, tags: data.story.tags.map((t) => t.name) }),
        url: data.url,
        byline: data.story.byline,
        tags: data.story.tags.map((t) => t.name),
      })
    : [{ title: "Story not found · Kindred" }];

export default function StoryPage() {
  const { story, gated, signedIn, mine, related } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  return (
    <article className="reading story">
      <header>
        <h1>{story.title}</h1>
        <p className="byline">
          {story.byline.mode === "ANONYMOUS" ? "Shared anonymously" : <>By {story.byline.name}</>}
          {story.published ? ` · ${story.published}` : ""} · {readingTime(story.wordCount)}
        </p>
        {story.tags.length ? (
          <ul className="tags" aria-label="Tags">
            {story.tags.map((tag) => (
              <li key={tag.slug}>
                <Link to={`/tags/${tag.slug}`}>{tag.name}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      {gated ? (
        <section className="warning-gate card" aria-labelledby="gate-heading">
          <h2 id="gate-heading">Before you read</h2>
          <p>This story talks about:</p>
          <ul>
            {story.warnings.map((w) => (
              <li key={w}>{WARNING_LABEL[w] ?? w}</li>
            ))}
          </ul>
          <p>Only read on if it feels right for you today. It's fine to come back another time.</p>
          <p className="actions">
            <Link to="?read=1" className="button primary" rel="nofollow">
              Read the story
            </Link>
            <Link to="/" className="button secondary">
              Not now
            </Link>
          </p>
        </section>
      ) : (
        <>
          {story.warnings.length ? (
            <p className="muted">Content notes: {story.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}</p>
          ) : null}
          {/* Sanitized once, when saved, by the one renderer (app/lib/markdown.server.ts). */}
          <div className="story-body" dangerouslySetInnerHTML={{ __html: story.html ?? "" }} />
        </>
      )}
      {mine && !gated ? (
        <section className="reactions" aria-labelledby="reactions-heading">
          <h2 id="reactions-heading" className="visually-hidden">
            Your response
          </h2>
          <p className="muted">Only the author sees how many people responded. Nobody sees who.</p>
          <div className="actions">
            {REACTIONS.map((r) => (
              <Form method="post" key={r.kind} preventScrollReset>
                <input type="hidden" name="intent" value="react" />
                <input type="hidden" name="kind" value={r.kind} />
                <button type="submit" className="secondary" aria-pressed={mine.reactions.includes(r.kind)}>
                  {r.label}
                </button>
              </Form>
            ))}
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="save" />
              <button type="submit" className="secondary" aria-pressed={mine.saved}>
                {mine.saved ? "Saved" : "Save"}
              </button>
            </Form>
          </div>
        </section>
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <RelatedStories stories={related} />
      <footer className="story-footer">
        <p className="muted">
          If this story brought up something hard, <Link to="/help">support is available any time</Link>.
        </p>
        {result?.reported ? (
          <p className="notice ok" role="status">
            Thank you. A moderator will look at this story. Your report is private.
          </p>
        ) : signedIn ? (
          <details className="report" open={Boolean(result?.errors && Object.keys(errors).length)}>
            <summary>Report this story</summary>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="report" />
              <div className="field">
                <label htmlFor="report-reason">What's wrong?</label>
                <select
                  id="report-reason"
                  name="reason"
                  defaultValue=""
                  aria-invalid={errors.reason ? true : undefined}
                  aria-describedby={errors.reason ? "report-reason-error" : undefined}
                >
                  <option value="" disabled>
                    Choose one
                  </option>
                  {REPORT_REASONS.map((r) => (
                    <option key={r.slug} value={r.slug}>
                      {r.label}
                    </option>
                  ))}
                </select>
                {errors.reason ? (
                  <p className="error" id="report-reason-error">
                    {errors.reason}
                  </p>
                ) : null}
              </div>
              <div className="field">
                <label htmlFor="report-note">Anything a moderator should know (optional)</label>
                <textarea id="report-note" name="note" rows={3} />
                {errors.note ? <p className="error">{errors.note}</p> : null}
              </div>
              <div>
                <button type="submit" className="secondary">
                  Send report
                </button>
              </div>
            </Form>
          </details>
        ) : (
          <p className="muted">
            Something wrong with this story? <Link to="/login">Log in</Link> to report it to a moderator.
          </p>
        )}
      </footer>
    </article>
  );
}
