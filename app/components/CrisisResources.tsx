import { useRouteLoaderData } from "@remix-run/react";
import type { CrisisResourceItem } from "~/lib/care";

/**
 * The crisis resources as the admin last saved them, from the root loader (every page has
 * them). Empty only when the root loader could not run — an error page — in which case the
 * places that show resources still link to /help.
 */
export function useCrisisResources(): CrisisResourceItem[] {
  const data = useRouteLoaderData("root") as { crisisResources?: CrisisResourceItem[] } | undefined;
  return data?.crisisResources ?? [];
}

/** The resources as a list of "what to do — who": the editor's boxes, My stories, the crisis procedure. */
export function CrisisResourceList({ resources, describe = false }: { resources: CrisisResourceItem[]; describe?: boolean }) {
  if (resources.length === 0) return null;
  return (
    <ul className="resource-list">
      {resources.map((r) => (
        <li key={r.id}>
          <a href={r.href}>{r.action}</a> — {r.name}
          {describe && r.description ? <span className="muted"> {r.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
