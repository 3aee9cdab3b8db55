// Enumerated values shared by browser and server. The database stores them as strings
// (see prisma/schema.prisma); these lists are the single source of what is allowed.

export const ROLES = ["member", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const FACETS = ["SUBSTANCE", "SITUATION", "PATHWAY", "STAGE"] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  SUBSTANCE: "Substance or behaviour",
  SITUATION: "Situation",
  PATHWAY: "Recovery pathway",
  STAGE: "Stage of recovery",
};

/** Query-string names used by /browse (`/browse?substance=…&situation=…`). */
export const FACET_PARAMS: Record<Facet, string> = {
  SUBSTANCE: "substance",
  SITUATION: "situation",
  PATHWAY: "pathway",
  STAGE: "stage",
};

export const ANONYMITY = ["USERNAME", "PEN_NAME", "ANONYMOUS"] as const;
export type Anonymity = (typeof ANONYMITY)[number];

export const STORY_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "PUBLISHED",
  "WITHDRAWN",
  "REMOVED",
  "REJECTED",
] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const REVISION_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
  "SUPERSEDED",
] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const WARNINGS = [
  { slug: "overdose", label: "Overdose" },
  { slug: "detailed-use", label: "Detailed substance use" },
  { slug: "relapse", label: "Relapse" },
  { slug: "self-harm", label: "Self-harm or suicide" },
  { slug: "abuse-violence", label: "Abuse or violence" },
  { slug: "sexual-violence", label: "Sexual violence" },
  { slug: "death-grief", label: "Death and grief" },
] as const;
export type WarningSlug = (typeof WARNINGS)[number]["slug"];
export const WARNING_SLUGS = WARNINGS.map((w) => w.slug) as WarningSlug[];

/** The early-recovery switch hides stories carrying any of these warnings. */
export const EARLY_RECOVERY_HIDDEN: WarningSlug[] = ["detailed-use", "relapse"];

export const WARNING_MODES = ["SHOW", "BLUR", "HIDE"] as const;
export type WarningMode = (typeof WARNING_MODES)[number];

export const REACTIONS = [
  { kind: "HELPED", label: "This helped me" },
  { kind: "ME_TOO", label: "Me too" },
  { kind: "STRENGTH", label: "Sending strength" },
] as const;
export type ReactionKind = (typeof REACTIONS)[number]["kind"];

export const REPORT_STATUSES = ["OPEN", "DISMISSED", "ACTIONED"] as const;

/** Reasons a moderator may give for rejecting or removing a story (docs/product.md, "Moderation"). */
export const MODERATION_REASONS = [
  { slug: "identifying-others", label: "Identifying details of other people" },
  { slug: "instructions", label: "Instructions for getting or using substances" },
  { slug: "glorifying", label: "Glorifies use" },
  { slug: "medical-claims", label: "Medical claims stated as fact" },
  { slug: "harassment", label: "Harassment or hate" },
  { slug: "advertising", label: "Advertising or spam" },
  { slug: "not-a-story", label: "Not a personal recovery story" },
  { slug: "other", label: "Something else (explained in the note)" },
] as const;

/** Reasons a reader may give when reporting a story. */
export const REPORT_REASONS = [
  { slug: "identifies-someone", label: "It identifies me or someone else" },
  { slug: "harmful-instructions", label: "It gives instructions for using or getting substances" },
  { slug: "crisis", label: "The author may be in danger" },
  { slug: "harassment", label: "Harassment or hate" },
  { slug: "spam", label: "Advertising or spam" },
  { slug: "other", label: "Something else" },
] as const;

/** Actions recorded in the audit log. */
export const AUDIT_ACTIONS = [
  "APPROVE",
  "REQUEST_CHANGES",
  "REJECT",
  "REMOVE",
  "REVEAL_AUTHOR",
  "DISMISS_REPORTS",
  "ROLE_CHANGE",
  "SUSPEND",
  "RESTORE",
  "TAG_ADD",
  "TAG_RENAME",
  "TAG_RETIRE",
  "TAG_RESTORE",
  "TAG_MERGE",
  "CRISIS_RESOURCES_EDIT",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LABELS: Record<AuditAction, string> = {
  APPROVE: "Approved",
  REQUEST_CHANGES: "Requested changes",
  REJECT: "Rejected",
  REMOVE: "Removed",
  REVEAL_AUTHOR: "Revealed author",
  DISMISS_REPORTS: "Dismissed reports",
  ROLE_CHANGE: "Changed role",
  SUSPEND: "Suspended member",
  RESTORE: "Restored member",
  TAG_ADD: "Added tag",
  TAG_RENAME: "Renamed tag",
  TAG_RETIRE: "Retired tag",
  TAG_RESTORE: "Restored tag",
  TAG_MERGE: "Merged tags",
  CRISIS_RESOURCES_EDIT: "Edited crisis resources",
};

export function moderationReasonLabel(slug: string | null | undefined): string {
  return MODERATION_REASONS.find((r) => r.slug === slug)?.label ?? slug ?? "";
}
