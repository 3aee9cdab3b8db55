import { Link } from "@remix-run/react";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>
          <strong>In crisis?</strong> Call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline), or
          see <Link to="/help">all crisis resources</Link>. If someone is in danger, call <a href="tel:911">911</a>.
        </p>
        <p className="muted">
          Kindred is a place for people in recovery to share their stories. Every story is read by a peer moderator
          before it appears. Stories are personal experience, not medical advice.
        </p>
      </div>
    </footer>
  );
}
