import type { Anonymity } from "~/lib/constants";

// The one place that decides what identity a story shows in public (docs/product.md, "Anonymity").
// Username stories show the username; pen-name stories show only the pen name; anonymous
// stories show "Anonymous". Nothing here returns an account id, and for pen-name and
// anonymous stories nothing here returns the username — callers put only this object in
// public responses.

export type PublicIdentity =
  | { mode: "USERNAME"; name: string }
  | { mode: "PEN_NAME"; name: string }
  | { mode: "ANONYMOUS"; name: "Anonymous" };

export function publicIdentity(
  revision: { anonymity: string; penName: string | null },
  author: { username: string } | null,
): PublicIdentity {
  const mode = revision.anonymity as Anonymity;
  if (mode === "USERNAME" && author) return { mode, name: author.username };
  if (mode === "PEN_NAME" && revision.penName?.trim()) return { mode, name: revision.penName.trim() };
  return { mode: "ANONYMOUS", name: "Anonymous" };
}

/** The author select a public query may use: the username, and only for username stories. */
export const AUTHOR_FOR_BYLINE = { select: { username: true } } as const;
