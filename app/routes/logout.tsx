import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { endSession } from "~/auth/session.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Log out · Kindred", "Log out of Kindred on this device.");

// Logging out changes state, so it is a POST; a GET shows a button (links can't log anyone out).
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getOptionalUser(request))) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  // Clear-Site-Data asks the browser to drop what it kept of this site, so no copy of a
  // signed-in page outlives the session (issue 13); those pages are no-store anyway.
  throw redirect("/", { headers: { "Set-Cookie": await endSession(request), "Clear-Site-Data": '"cache"' } });
}

export default function Logout() {
  return (
    <div className="narrow">
      <h1>Log out</h1>
      <Form method="post">
        <button type="submit" className="primary">
          Log out of Kindred
        </button>
      </Form>
    </div>
  );
}
