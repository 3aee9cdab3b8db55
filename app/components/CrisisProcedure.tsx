import { Link } from "@remix-run/react";
import type { CrisisResourceItem } from "~/lib/care";
import { CrisisResourceList } from "./CrisisResources";

/**
 * The crisis and concern procedure beside a flagged item: the admin's resources to share
 * first, then the procedure itself (rendered on the server from docs/moderation/crisis-procedure.md).
 */
export function CrisisProcedurePanel({ title, html, resources }: { title: string; html: string; resources: CrisisResourceItem[] }) {
  return (
    <section className="procedure card" id="procedure" aria-labelledby="procedure-heading">
      <h2 id="procedure-heading">{title}</h2>
      <p>
        <Link to="/moderation/crisis-procedure">Open it on its own page</Link>
      </p>
      <h3>Crisis resources to share</h3>
      <CrisisResourceList resources={resources} describe />
      {/* Our own document through the one Markdown renderer (sanitized), not anyone's input. */}
      <div className="procedure-text" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
