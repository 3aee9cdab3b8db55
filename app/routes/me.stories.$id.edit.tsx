import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { StoryEditor } from "~/components/StoryEditor";
import type { SafetyFinding } from "~/lib/safety";
import { storyFormAction, previewStory } from "~/lib/story-form.server";
import { getStoryForEditing } from "~/models/story.server";
import { listActiveTags } from "~/models/tag.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Edit your story · Kindred", "Edit your story; changes to a published story are read by a moderator before they go live.");

export { skipEditorBackgroundRevalidation as shouldRevalidate } from "~/lib/editor";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  if (context.sessionRefused) {
    // The action refused a save without a valid session; answer that refusal, not a login redirect.
    throw new Response("Your login has ended, so nothing was saved. Log in again to keep editing this story.", { status: 401 });
  }
  const user = await requireUser(request);
  const story = await getStoryForEditing({ storyId: params.id ?? "", authorId: user.id });
  if (!story) throw new Response("Not found", { status: 404 });
  if (!["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED", "WITHDRAWN"].includes(story.status)) {
    throw new Response("This story can no longer be edited.", { status: 409 });
  }
  const { safetyFindings, ...rest } = story;
  const { html, crisis, concern } = await previewStory(story.values.title, story.values.body);
  return {
    story: rest,
    preview: { html, crisis, concern, findings: safetyFindings as SafetyFinding[] },
    tags: await listActiveTags(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // No requireUser here: an expired session must not redirect away from unsaved text.
  return storyFormAction({ request, storyId: params.id ?? "", context });
}

const STATUS_NOTE: Record<string, string> = {
  IN_REVIEW: "This story is waiting for a moderator. If you save changes, it comes back to your drafts until you send it again.",
  CHANGES_REQUESTED: "A moderator asked for some changes. You'll find their note on My stories.",
  WITHDRAWN: "This story is withdrawn and not shown to anyone. Send it for review again to bring it back.",
};

export default function EditStory() {
  const { story, preview, tags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const inReview = story.revisionStatus === "IN_REVIEW";
  const liveNote =
    story.status === "PUBLISHED"
      ? inReview
        ? "Your edit is waiting for review. The published version stays up until a moderator approves the change."
        : "Your story stays up exactly as it is while you edit. Changes go live only after a moderator approves them."
      : null;
  const note = liveNote ?? STATUS_NOTE[story.status] ?? null;
  return (
    <div className="reading wide-editor">
      <p>
        <Link to="/me/stories">← My stories</Link>
      </p>
      <h1>{story.status === "PUBLISHED" ? "Edit your published story" : "Edit your story"}</h1>
      {note ? <p className="notice">{note}</p> : null}
      {params.get("saved") && !result ? (
        <p className="notice ok" role="status">
          Your draft is saved.
        </p>
      ) : null}
      <StoryEditor
        storyId={story.id}
        values={result?.values ?? story.values}
        errors={result?.errors ?? {}}
        tags={tags}
        preview={result?.preview ?? preview}
        notice={result?.notice ?? null}
        // After any answer of the action, only its own savedAt: a refused save must never show
        // the last save's "Draft saved." (issue 13, 5d).
        savedAt={result ? result.savedAt : story.savedAt}
        autosave={!inReview}
        submitLabel={story.status === "CHANGES_REQUESTED" ? "Send it back for review" : "Send for review"}
      />
    </div>
  );
}
