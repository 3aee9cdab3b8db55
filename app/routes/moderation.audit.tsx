import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireModerator } from "~/auth/guards.server";
import { AUDIT_ACTIONS, AUDIT_LABELS, moderationReasonLabel, type AuditAction } from "~/lib/constants";
import { clip } from "~/lib/forms";
import { listAuditLog } from "~/models/audit.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Audit log · Kindred moderation", "Every moderation decision on Kindred, in order.");

// Read-only: the audit log has no actions, and the database refuses changes to it.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireModerator(request);
  const params = new URL(request.url).searchParams;
  const action = params.get("action") ?? "";
  const filters = {
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : "",
    actor: clip(params.get("actor") ?? "", 100),
    storyId: clip(params.get("story") ?? "", 64),
  };
  const log = await listAuditLog({
    action: filters.action || undefined,
    actor: filters.actor || undefined,
    storyId: filters.storyId || undefined,
    before: params.get("before") ?? undefined,
    // Only admins see which account an entry concerns (a reveal's author, a suspended member).
    full: hasRole(user, "admin"),
  });
  return { filters, ...log };
}

const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default function AuditLog() {
  const { filters, entries, nextCursor } = useLoaderData<typeof loader>();
  const next = new URLSearchParams({
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.storyId ? { story: filters.storyId } : {}),
    ...(nextCursor ? { before: nextCursor } : {}),
  });
  return (
    <div>
      <p>
        <Link to="/moderation">← Back to the queue</Link>
      </p>
      <h1>Audit log</h1>
      <p className="muted">Every decision, removal, reveal and administrative change. Entries can't be edited or deleted.</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={filters.action}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">Moderator or admin</label>
          <input type="text" id="audit-actor" name="actor" defaultValue={filters.actor} />
        </div>
        <div className="field">
          <label htmlFor="audit-story">Story id</label>
          <input type="text" id="audit-story" name="story" defaultValue={filters.storyId} />
        </div>
        <div>
          <button type="submit" className="secondary">
            Filter
          </button>
        </div>
      </Form>
      {entries.length === 0 ? (
        <p className="card">No entries match these filters.</p>
      ) : (
        <table className="audit">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Story</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{DATE_TIME.format(new Date(e.createdAt))}</td>
                <td>{e.actor}</td>
                <td>
                  {AUDIT_LABELS[e.action as AuditAction] ?? e.action}
                  {e.member ? <span> · member {e.member}</span> : null}
                  {e.details !== "{}" ? <span className="muted"> {e.details}</span> : null}
                </td>
                <td>{e.storyId ? <Link to={`/moderation/${e.storyId}`}>{e.storyId.slice(0, 8)}</Link> : "—"}</td>
                <td>{[moderationReasonLabel(e.reason), e.note].filter(Boolean).join(" — ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextCursor ? (
        <p>
          <Link to={`?${next.toString()}`}>Older entries</Link>
        </p>
      ) : null}
    </div>
  );
}
