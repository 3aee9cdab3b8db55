import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { CareCallout } from "~/components/SafetyPanel";
import { careLevel, type CareLevel } from "~/lib/care";
import { moderationReasonLabel, REACTIONS } from "~/lib/constants";
import { formatDate } from "~/lib/dates";
import { clip, readForm } from "~/lib/forms";
import { LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { listMyStories, submitStory, withdrawStory } from "~/models/story.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("My stories · Kindred", "Your drafts and shared stories on Kindred, and where each one stands.");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { stories: await listMyStories({ authorId: user.id }) };
}

export { retryAfterHeaders as headers } from "~/lib/headers";

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const storyId = clip(String(form.get("storyId") ?? ""), 64);
  if (intent === "withdraw") {
    const result = await withdrawStory({ storyId, authorId: user.id });
    if (!result.ok) return data({ error: "That story can't be withdrawn right now.", notice: null, care: "none" as CareLevel }, { status: 400 });
    return {
      error: null,
      care: "none" as CareLevel,
      notice:
        result.status === "WITHDRAWN"
          ? "Your story is withdrawn. It is no longer shown to anyone."
          : "Your story is back in your drafts and out of the review queue.",
    };
  }
  if (intent === "submit") {
    // The same per-account limit as the editor's Send for review: this is the other door to it.
    const limited = await overLimit([LIMITS.submitPerAccount, user.id]);
    if (limited) {
      return data(
        { error: `Nothing was sent. ${tooManyMessage(limited)}`, notice: null, care: "none" as CareLevel },
        { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
      );
    }
    const result = await submitStory({ storyId, authorId: user.id });
    if (!result.ok) {
      const error =
        result.reason === "incomplete"
          ? `This story isn't ready for review yet: ${Object.values(result.errors).join(" ")}`
          : "That story can't be sent for review right now.";
      return data({ error, notice: null, care: "none" as CareLevel }, { status: 400 });
    }
    return { error: null, notice: "Sent for review. A moderator will read it soon; we'll let you know here.", care: careLevel(result) };
  }
  return data({ error: "We didn't recognise that action. Please try again.", notice: null, care: "none" as CareLevel }, { status: 400 });
}

const STATUS_LABEL: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "Waiting for review",
  CHANGES_REQUESTED: "Changes requested",
  PUBLISHED: "Published",
  WITHDRAWN: "Withdrawn",
  REMOVED: "Removed by a moderator",
  REJECTED: "Not accepted",
};

export default function MyStories() {
  const { stories } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitted = params.get("submitted");
  return (
    <div className="reading">
      <h1>My stories</h1>
      <CareCallout level={result ? result.care : params.get("crisis") ? "crisis" : params.get("concern") ? "concern" : "none"} />
      {submitted && !result ? (
        <p className="notice ok" role="status">
          Thank you for sharing. Your story is with a moderator now; we'll let you know here when it's been read.
        </p>
      ) : null}
      {params.get("deleted") && !result ? (
        <p className="notice ok" role="status">
          The story was deleted.
        </p>
      ) : null}
      {result?.notice ? (
        <p className="notice ok" role="status">
          {result.notice}
        </p>
      ) : null}
      {result?.error ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <p>
        <Link to="/write" className="button primary">
          Write a new story
        </Link>
      </p>
      {stories.length === 0 ? (
        <p className="card">You haven't started a story yet. Whenever you're ready, there's no rush.</p>
      ) : (
        <ul className="story-list">
          {stories.map((story) => (
            <li key={story.id} className="card my-story">
              <h2>{story.slug ? <Link to={`/stories/${story.slug}`}>{story.title}</Link> : story.title}</h2>
              <p className="byline">
                <span className={`status status-${story.status.toLowerCase()}`}>{STATUS_LABEL[story.status] ?? story.status}</span>
                {story.pendingEdit ? ` · your edit is ${story.pendingEdit === "IN_REVIEW" ? "waiting for review" : "a draft"}` : ""}
                {" · "}updated {formatDate(story.updated)}
              </p>
              {story.feedback ? (
                <div className="feedback">
                  <p>
                    <strong>
                      {story.feedback.action === "REQUEST_CHANGES"
                        ? "A moderator asked for changes:"
                        : story.feedback.action === "REJECT"
                          ? "A moderator couldn't accept this story:"
                          : "A moderator removed this story:"}
                    </strong>{" "}
                    {[moderationReasonLabel(story.feedback.reason), story.feedback.note].filter(Boolean).join(" — ")}
                  </p>
                </div>
              ) : null}
              {story.status === "PUBLISHED" ? (
                <p className="byline">
                  Only you see these:{" "}
                  {REACTIONS.map((r) => `${r.label} ${story.reactions[r.kind] ?? 0}`).join(" · ")}
                </p>
              ) : null}
              <div className="actions">
                {["DRAFT", "CHANGES_REQUESTED", "PUBLISHED", "WITHDRAWN", "IN_REVIEW"].includes(story.status) ? (
                  <Link className="button secondary" to={`/me/stories/${story.id}/edit`}>
                    Edit<span className="visually-hidden"> “{story.title}”</span>
                  </Link>
                ) : null}
                {["DRAFT", "CHANGES_REQUESTED", "WITHDRAWN"].includes(story.status) || story.pendingEdit === "DRAFT" || story.pendingEdit === "CHANGES_REQUESTED" ? (
                  <Form method="post">
                    <input type="hidden" name="storyId" value={story.id} />
                    <button type="submit" name="intent" value="submit" className="secondary">
                      {story.status === "CHANGES_REQUESTED" ? "Resubmit" : "Send for review"}
                      <span className="visually-hidden"> “{story.title}”</span>
                    </button>
                  </Form>
                ) : null}
                {story.status === "PUBLISHED" || story.status === "IN_REVIEW" ? (
                  <Form method="post">
                    <input type="hidden" name="storyId" value={story.id} />
                    <button type="submit" name="intent" value="withdraw" className="secondary">
                      {story.status === "PUBLISHED" ? "Withdraw" : "Take back to drafts"}
                      <span className="visually-hidden"> “{story.title}”</span>
                    </button>
                  </Form>
                ) : null}
                <Link className="button danger-link" to={`/me/stories/${story.id}/delete`}>
                  Delete<span className="visually-hidden"> “{story.title}”</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
