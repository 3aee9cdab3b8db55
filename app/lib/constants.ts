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
