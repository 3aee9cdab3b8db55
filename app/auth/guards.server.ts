import { redirect } from "@remix-run/node";
import type { Role } from "~/lib/constants";
import { getSession, type ValidSession } from "./session.server";

// `require*` helpers throw: a redirect to log in for visitors, a 403 for the wrong role.

export async function getOptionalUser(request: Request) {
  return (await getSession(request))?.user ?? null;
}

/**
 * The user a page is rendered for: the session an action on this same request started
 * (`startedSession`, a Set-Cookie value) when there is one, else the request's own.
 */
export async function getResponseUser(request: Request, startedSession: string | undefined) {
  if (!startedSession) return getOptionalUser(request);
  const cookie = startedSession.split(";")[0];
  return getOptionalUser(new Request(request.url, { headers: { Cookie: cookie } }));
}

export async function requireSession(request: Request): Promise<ValidSession> {
  const session = await getSession(request);
  if (!session) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return session;
}

export async function requireUser(request: Request) {
  return (await requireSession(request)).user;
}

const RANK: Record<Role, number> = { member: 0, moderator: 1, admin: 2 };

export function hasRole(user: { role: string } | null, role: Role): boolean {
  if (!user) return false;
  return (RANK[user.role as Role] ?? -1) >= RANK[role];
}

export async function requireRole(request: Request, role: Role) {
  const user = await requireUser(request);
  if (!hasRole(user, role)) {
    throw new Response("This page is for the Kindred team only.", { status: 403 });
  }
  return user;
}

export const requireModerator = (request: Request) => requireRole(request, "moderator");
export const requireAdmin = (request: Request) => requireRole(request, "admin");

// Any origin works as the base: only whether the target stays on it matters. `.invalid` can
// never be a real host, so no target can name it by accident.
const LOCAL_ORIGIN = "http://kindred.invalid";

/**
 * Keeps post-login redirects on this site. The target is parsed the way a browser would
 * (`new URL`, which drops tabs and line breaks, reads `\\` as `/` and resolves `//host`), and is
 * kept only when it resolves to our own origin. What comes back is the parsed path, so a Location
 * header built from it never holds a control character (which would make Node throw).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, LOCAL_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== LOCAL_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A path such as "/.//evil" parses to "//evil", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
