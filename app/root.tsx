import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getResponseUser } from "~/auth/guards.server";
import { SiteFooter } from "~/components/SiteFooter";
import { useNonce } from "~/components/Nonce";
import { SiteHeader } from "~/components/SiteHeader";
import { listCrisisResources } from "~/models/crisis.server";
import { countUnread } from "~/models/notification.server";
import stylesHref from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Routes set their own titles; this one covers error pages, which render without a route's meta.
export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: "Kindred" }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = status === 404 ? "Page not found" : status === 403 ? "Not available" : "Something went wrong";
  return [{ title: `${title} · Kindred` }];
};

export { skipEditorBackgroundRevalidation as shouldRevalidate } from "~/lib/editor";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A session started by this request's action (sign-up without JavaScript) counts here.
  const [user, crisisResources] = await Promise.all([getResponseUser(request, context.startedSession), listCrisisResources()]);
  return {
    // Only what the header needs; never ids.
    user: user ? { username: user.username, role: user.role, unread: await countUnread(user.id) } : null,
    // The admin's list, for the footer and every box that offers help (kept per process until
    // the content counter moves, which an admin's edit does: app/models/crisis.server.ts).
    crisisResources,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader user={data?.user ?? null} />
        <main id="main">{children}</main>
        <SiteFooter resources={data?.crisisResources ?? []} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  let title = "Something went wrong on our side";
  let message = "We're sorry. Please try again in a moment. Nothing you wrote has been shared.";
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = "We couldn't find that page";
      message = "It may have moved, or the story may no longer be shared.";
    } else if (error.status === 403) {
      title = "This page isn't available to you";
      message = typeof error.data === "string" ? error.data : "You don't have access to this page.";
    } else {
      // A refused request (400, 415, 409…) was the sender's, not ours.
      if (error.status < 500) title = "We couldn't do that";
      if (typeof error.data === "string") message = error.data;
    }
  } else {
    console.error(error);
  }
  return (
    <div className="reading">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to stories</Link> · <Link to="/help">Crisis resources</Link>
      </p>
    </div>
  );
}
