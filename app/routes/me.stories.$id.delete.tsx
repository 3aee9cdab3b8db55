import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { deleteStory, getStoryForEditing } from "~/models/story.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Delete a story · Kindred", "Delete one of your stories from Kindred for good.");

// Deleting asks first, on its own page, so it works the same with or without JavaScript.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const story = await getStoryForEditing({ storyId: params.id ?? "", authorId: user.id });
  if (!story) throw new Response("Not found", { status: 404 });
  return { id: story.id, title: story.values.title || "Untitled draft", published: story.status === "PUBLISHED" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (!(await deleteStory({ storyId: params.id ?? "", authorId: user.id }))) {
    throw new Response("Not found", { status: 404 });
  }
  throw redirect("/me/stories?deleted=1");
}

export default function DeleteStory() {
  const story = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>Delete “{story.title}”?</h1>
      <p>
        {story.published ? "It will disappear from Kindred straight away. " : ""}
        This deletes the story and every version of it. It can't be undone.
      </p>
      <p className="muted">If you only want to take it offline for now, you can withdraw it instead and keep it.</p>
      <Form method="post" className="actions">
        <button type="submit" className="danger">
          Yes, delete it
        </button>
        <Link to="/me/stories" className="button secondary">
          Keep it
        </Link>
      </Form>
    </div>
  );
}
