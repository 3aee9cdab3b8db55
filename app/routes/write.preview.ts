import type { ActionFunctionArgs } from "@remix-run/node";
import { getSession } from "~/auth/session.server";
import { readForm } from "~/lib/forms";
import { LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { previewStory } from "~/lib/story-form.server";
import { BODY_MAX, TITLE_MAX } from "~/schemas/story";

const nothing = { html: "", findings: [], crisis: false, concern: false };

// Live preview for the editor (with JavaScript): the one renderer plus the safety checks,
// nothing saved. Without JavaScript the editor's own "Preview" button does the same.
// Only for a session, and counted per account: a render costs a render thread up to the
// renderer's budget (decision 010). Refusals are answers, never redirects: the caller is the
// editor's fetcher, which shows the message and keeps the last preview. Answers are Responses:
// a resource route's data() reaches callers other than a fetcher as a 200 whatever its status.
export async function action({ request }: ActionFunctionArgs) {
  // The form first: a body that isn't a form gets readForm's own 415/400 message.
  const form = await readForm(request);
  const session = await getSession(request);
  if (!session) {
    return Response.json(
      { ...nothing, error: "Your login has ended, so there's no preview. Your writing is still here: log in in another tab, then come back." },
      { status: 401 },
    );
  }
  const title = form.get("title");
  const body = form.get("body");
  if (typeof title !== "string" || typeof body !== "string") {
    return Response.json({ ...nothing, error: "Nothing to preview." }, { status: 400 });
  }
  if (body.length > BODY_MAX * 2 || title.length > TITLE_MAX * 4) {
    return Response.json({ ...nothing, error: "This text is too long to preview." }, { status: 400 });
  }
  const limited = await overLimit([LIMITS.previewPerAccount, session.user.id]);
  if (limited) {
    return Response.json({ ...nothing, error: `The preview is paused. ${tooManyMessage(limited)}` }, { status: 429 });
  }
  return Response.json({ ...(await previewStory(title, body)), error: null });
}
