import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireModerator } from "~/auth/guards.server";
import { CrisisResourceList, useCrisisResources } from "~/components/CrisisResources";
import { CRISIS_PROCEDURE_TITLE, crisisProcedureHtml } from "~/lib/crisis-procedure.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(`${data?.title ?? "Crisis procedure"} · Kindred moderation`, "What a Kindred moderator does when a story or a report shows someone may be in danger.");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  return { title: CRISIS_PROCEDURE_TITLE, html: crisisProcedureHtml(2) };
}

/** The moderators' crisis and concern procedure, from docs/moderation/crisis-procedure.md. */
export default function CrisisProcedure() {
  const { title, html } = useLoaderData<typeof loader>();
  const resources = useCrisisResources();
  return (
    <div className="reading procedure-page">
      <p>
        <Link to="/moderation">← Back to the queue</Link>
      </p>
      <h1>{title}</h1>
      <section className="card" aria-labelledby="resources-heading">
        <h2 id="resources-heading">Crisis resources to share</h2>
        <p className="muted">As the admins keep them on the help page. Include them in what you send the author.</p>
        <CrisisResourceList resources={resources} describe />
      </section>
      {/* Our own document through the one Markdown renderer (sanitized), not anyone's input. */}
      <div className="procedure-text" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
