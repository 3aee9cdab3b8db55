import { Form, NavLink, Link } from "@remix-run/react";

export interface HeaderUser {
  username: string;
  role: string;
  unread: number;
}

/** Site header: navigation, the always-present "Need help now?" link, and the account menu. */
export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="site-header">
      <div className="inner">
        <Link to="/" className="brand">
          Kin<span>dred</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <NavLink to="/" end>
                Stories
              </NavLink>
            </li>
 <li>
              <NavLink to="/browse">Browse</NavLink>
            </li>
            <li>
              <NavLink to="/search">Search</NavLink>
            </li>
            <li>
              <NavLink to="/for-you">For you</NavLink>
            </li>
            <li>
              <NavLink to="/write">Write</NavLink>
            </li>
            {user ? (
              <li>
                <NavLink to="/me/stories">My stories</NavLink>
              </li>
            ) : null}
            {user && (user.role === "moderator" || user.role === "admin") ? (
              <li>
                <NavLink to="/moderation">Moderation</NavLink>
              </li>
            ) : null}
            {user?.role === "admin" ? (
              <li>
                <NavLink to="/admin">Admin</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="header-end">
          <Link to="/help" className="help-link">
            Need help now?
          </Link>
          {user ? (
            <Link to="/notifications" className="notifications-link">
              Notifications
              {user.unread ? <span className="unread-count">{`(${user.unread} unread)`}</span> : null}
            </Link>
          ) : null}
          {user ? (
            <details className="account">
              <summary>
                <span className="visually-hidden">Account menu for </span>
                {user.username}
              </summary>
              <div className="menu">
                <ul>
                  <li>
                    <Link to="/saved">Saved stories</Link>
                  </li>
                  <li>
                    <Link to="/settings">Settings</Link>
                  </li>
                  <li>
                    <Form method="post" action="/logout">
                      <button type="submit">Log out</button>
                    </Form>
                  </li>
                </ul>
              </div>
            </details>
          ) : (
            <nav aria-label="Account" className="site-nav">
              <ul>
                <li>
                  <NavLink to="/login">Log in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">Sign up</NavLink>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}
