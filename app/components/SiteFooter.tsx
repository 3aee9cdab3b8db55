import { Link } from "@remix-run/react";
import { Fragment } from "react";
import type { CrisisResourceItem } from "~/lib/care";

/**
 * On every page: the crisis resources as the admin set them (root loader), each a link that
 * calls or texts, and the way to /help, which says what each one is.
 */
export function SiteFooter({ resources }: { resources: CrisisResourceItem[] }) {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>
          <strong>In crisis?</strong>{" "}
          {resources.length ? (
            <>
              Reach out now:{" "}
              {resources.map((r, i) => (
                <Fragment key={r.id}>
                  {i ? " · " : null}
                  <a href={r.href}>{r.name}</a>
                </Fragment>
              ))}
              .{" "}
            </>
          ) : null}
          See <Link to="/help">all crisis resources</Link>.
        </p>
        <p className="muted">
          Kindred is a place for people in recovery to share their stories. Every story is read by a peer moderator
          before it appears. Stories are personal experience, not medical advice.
        </p>
      </div>
    </footer>
  );
}
