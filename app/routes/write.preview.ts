import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { readForm } from "~/lib/forms";
import { previewStory } from "~/lib/story-form.server";
import { BODY_MAX, TITLE_MAX } from "~/schemas/story";

// Live preview for the editor (with JavaScript): the one renderer plus the safety checks,
// nothing saved. Without JavaScript the editor's own "Preview" button does the same.
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const title = form.get("title");
  const body = form.get("body");
  if (typeof title !== "string" || typeof body !== "string") {
    return data({ html: "", findings: [], crisis: false, concern: false, error: "Nothing to preview." }, { status: 400 });
  }
  if (body.length > BODY_MAX * 2 || title.length > TITLE_MAX * 4) {
    return data({ html: "", findings: [], crisis: false, concern: false, error: "This text is too long to preview." }, { status: 400 });
  }
  return data({ ...previewStory(title, body), error: null });
}
