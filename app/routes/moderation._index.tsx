import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireModerator } from "~/auth/guards.server";
import { CareExcerpts } from "~/components/CareExcerpts";
import { ModerationGuidelines } from "~/components/ModerationGuidelines";
import { REPORT_REASONS, WARNINGS } from "~/lib/constants";
import { formatDate } from "~/lib/dates";
import { listQueue, type QueueTab } from "~/models/moderation.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Moderation queue · Kindred", "Stories and edits waiting for a moderator, and reports from readers.");

const TABS: { id: QueueTab; label: string }[] = [
  { id: "new", label: "New submissions" },
  { id: "edits", label: "Edits to published stories" },
  { id: "reports", label: "Reader reports" },
];

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));
const REPORT_LABEL: Record<string, string> = Object.fromEntries(REPORT_REASONS.map((r) => [r.slug, r.label]));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const param = new URL(request.url).searchParams.get("tab");
  const tab: QueueTab = param === "edits" || param === "reports" ? param : "new";
  return { tab, ...(await listQueue({ tab })) };
}

/** How each tier announces itself in the list: in words, never by colour alone. */
const FLAG: Record<string, { className: string; label: string }> = {
  crisis: { className: " crisis-item", label: "Crisis — please look now · " },
  concern: { className: " concern-item", label: "Concern — please look soon · " },
};

const DECIDED: Record<string, string> = {
  approved: "Approved and published. The author has been told.",
  changes: "Sent back to the author with your note.",
  rejected: "Rejected. The author has been told why.",
  removed: "The story was removed and the author told why.",
  dismissed: "The reports were dismissed.",
};

export default function ModerationQueue() {
  const { tab, counts, items } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const decided = DECIDED[params.get("decided") ?? ""];
  return (
    <div className="moderation">
      <div className="moderation-main">
        <h1>Moderation queue</h1>
        {decided ? (
          <p className="notice ok" role="status">
            {decided}
          </p>
        ) : null}
        <p>
          <Link to="/moderation/audit">Audit log</Link> · <Link to="/moderation/crisis-procedure">Crisis and concern procedure</Link>
        </p>
        <nav aria-label="Queue tabs" className="tabs">
          <ul>
            {TABS.map((t) => (
              <li key={t.id}>
                <Link to={`/moderation?tab=${t.id}`} aria-current={tab === t.id ? "page" : undefined}>
                  {t.label} <span className="count">({counts[t.id]})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {items.length === 0 ? (
          <p className="card">Nothing waiting here. Thank you for looking after this community.</p>
        ) : (
          <ol className="queue">
            {items.map((item) => (
              <li key={item.storyId} className={`card${FLAG[item.level]?.className ?? ""}`} data-level={item.level}>
                <h2>
                  <Link to={`/moderation/${item.storyId}`}>{item.title}</Link>
                </h2>
                <p className="byline">
                  {FLAG[item.level] ? <strong className={`flag ${item.level}`}>{FLAG[item.level].label}</strong> : null}
                  {tab === "reports" ? `First reported ${formatDate(item.since)}` : `Submitted ${formatDate(item.since)}`}
                  {item.identifying ? ` · ${item.identifying} privacy ${item.identifying === 1 ? "finding" : "findings"}` : ""}
                  {item.reports ? ` · ${item.reports} ${item.reports === 1 ? "report" : "reports"}` : ""}
                </p>
                {item.reasons.length ? (
                  <p className="byline">Reported for: {item.reasons.map((r) => REPORT_LABEL[r] ?? r).join("; ")}</p>
                ) : null}
                {item.warnings.length ? (
                  <p className="byline">Warnings: {item.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}</p>
                ) : null}
                <CareExcerpts excerpts={item.care} />
              </li>
            ))}
          </ol>
        )}
      </div>
      <ModerationGuidelines />
    </div>
  );
}
