import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { StoryEditor } from "~/components/StoryEditor";
import { storyFormAction } from "~/lib/story-form.server";
import { listActiveTags } from "~/models/tag.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Write your story · Kindred", "Write your recovery story in your own words; a moderator reads it before it is shared.");

const EMPTY = { title: "", body: "", anonymity: "ANONYMOUS", penName: "", tags: [], warnings: [] };

export { skipEditorBackgroundRevalidation as shouldRevalidate } from "~/lib/editor";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // After the action refused a save for want of a session (ended, or the account suspended),
  // the page answers with that refusal and the author's text rather than a redirect to log in.
  if (!context.sessionRefused) await requireUser(request);
  return { tags: await listActiveTags(), values: EMPTY };
}

export async function action({ request, context }: ActionFunctionArgs) {
  return storyFormAction({ request, storyId: null, context });
}

export default function Write() {
  const { tags, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="reading wide-editor">
      <h1>Write your story</h1>
      <p className="lede">
        Take your time. Your draft is private until you send it for review, and a peer moderator reads every story before
        anyone else can.
      </p>
      <StoryEditor
        storyId={result?.storyId ?? null}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        tags={tags}
        preview={result?.preview ?? null}
        notice={result?.notice ?? null}
        savedAt={result?.savedAt ?? null}
        autosave
        submitLabel="Send for review"
      />
    </div>
  );
}
