// Shared types of the safety check (see ../safety.ts for how the pieces fit together).

export type IdentifyingKind =
  | "email"
  | "phone"
  | "url"
  | "handle"
  | "address"
  | "zip"
  | "date"
  | "name"
  | "place"
  | "record";

/** `crisis`: current danger. `concern`: likely distress, not clearly current. */
export type CareKind = "crisis" | "concern";

export type FindingKind = IdentifyingKind | CareKind;

/** A raw detector hit, before overlaps are resolved and messages attached. */
export interface Candidate {
  kind: FindingKind;
  start: number;
  end: number;
  suggestion: string;
}
