import { Link } from "@remix-run/react";

/** The guidelines moderators apply (docs/product.md, "Moderation"), shown beside the queue. */
export function ModerationGuidelines() {
  return (
    <aside className="guidelines card" aria-labelledby="guidelines-heading">
      <h2 id="guidelines-heading">Guidelines</h2>
      <ul>
        <li>No identifying details of other people.</li>
        <li>No instructions for getting or using substances.</li>
        <li>No glorifying use.</li>
        <li>No medical claims stated as fact.</li>
        <li>No harassment or hate.</li>
        <li>No advertising.</li>
        <li>How authors describe themselves is their choice.</li>
      </ul>
      <p className="muted">
        Crisis items come first, then concern items. If a story suggests someone is in danger now, follow the{" "}
        <Link to="/moderation/crisis-procedure">crisis procedure</Link> before anything else — within minutes. Take breaks;
        stories with warnings stay blurred until you choose to look.
      </p>
    </aside>
  );
}
