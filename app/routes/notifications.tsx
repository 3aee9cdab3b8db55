import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { formatDate } from "~/lib/dates";
import { listNotifications, markAllRead } from "~/models/notification.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Notifications · Kindred", "What happened to your stories on Kindred: reviews, approvals and replies from moderators.");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notifications = await listNotifications(user.id);
  return {
    notifications: notifications.map((n) => ({
      id: n.id,
      message: n.message,
      unread: !n.readAt,
      date: formatDate(n.createdAt),
      storyId: n.story?.id ?? null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await markAllRead(user.id);
  return { ok: true };
}

export default function Notifications() {
  const { notifications } = useLoaderData<typeof loader>();
  const unread = notifications.filter((n) => n.unread).length;
  return (
    <div className="reading">
      <h1>Notifications</h1>
      {unread ? (
        <Form method="post">
          <button type="submit" className="secondary">
            Mark all as read
          </button>
        </Form>
      ) : null}
      {notifications.length === 0 ? (
        <p className="card">Nothing new. When a moderator reads one of your stories, you'll hear about it here.</p>
      ) : (
        <ul className="story-list">
          {notifications.map((n) => (
            <li key={n.id} className={`card${n.unread ? " unread" : ""}`}>
              <p>
                {n.unread ? <strong>New: </strong> : null}
                {n.message}
              </p>
              <p className="byline">
                {n.date}
                {n.storyId ? (
                  <>
                    {" · "}
                    <Link to="/me/stories">See it in My stories</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
