import { redirect } from "@remix-run/node";
import type { Role } from "~/lib/constants";
import { getSession, type ValidSession } from "./session.server";

// `require*` helpers throw: a redirect to log in for visitors, a 403 for the wrong role.

export async function getOptionalUser(request: Request) {
  return (await getSession(request))?.user ?? null;
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

/** Keeps post-login redirects on this site: only local paths are followed. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
