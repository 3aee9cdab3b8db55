// The two care tiers of the safety check, as the product shows them (app/lib/safety.ts finds
// them): `crisis` — current danger: resources at once, top of the moderation queue; `concern` —
// likely distress: gentle resources, after crisis items in the queue. Stored as two flags on
// stories and revisions (concern is set with crisis too, as in the safety report).
//
// Browser-safe and tiny on purpose: components import this rather than the safety check
// itself, whose word lists and models the browser never needs.

import type { SafetyFinding } from "./safety";

export type CareLevel = "crisis" | "concern" | "none";
export type CareKind = Exclude<CareLevel, "none">;

/** The tier of a story or revision from its two stored flags. */
export function careLevel(flags: { crisis: boolean; concern: boolean }): CareLevel {
  return flags.crisis ? "crisis" : flags.concern ? "concern" : "none";
}

/** Crisis first, then concern, then everything else: the moderation queue's order. */
export function careRank(level: CareLevel): number {
  return level === "crisis" ? 0 : level === "concern" ? 1 : 2;
}

/** True for the care findings (crisis, concern); the rest are identifying details. */
export function isCareFinding(finding: Pick<SafetyFinding, "kind">): finding is SafetyFinding & { kind: CareKind } {
  return finding.kind === "crisis" || finding.kind === "concern";
}

export const CARE_LABEL: Record<CareKind, string> = { crisis: "Crisis", concern: "Concern" };

/** A crisis resource as every page shows it (the admin edits them on /admin). */
export interface CrisisResourceItem {
  id: string;
  name: string;
  description: string;
  action: string;
  href: string;
}

/** The sentence or phrase that raised a care finding, with a little of the text around it. */
export interface CareExcerpt {
  kind: CareKind;
  field: "title" | "body";
  before: string;
  text: string;
  after: string;
}

/** Where a finding sits in `text`: its offsets when they still match, else its first occurrence. */
function locate(text: string, finding: SafetyFinding): { start: number; end: number } | null {
  if (finding.start >= 0 && finding.end <= text.length && text.slice(finding.start, finding.end) === finding.text) {
    return { start: finding.start, end: finding.end };
  }
  const at = finding.text ? text.indexOf(finding.text) : -1;
  return at === -1 ? null : { start: at, end: at + finding.text.length };
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/** Before `at`: the sentence before (or the start of this one), at most `radius` characters, else from a word boundary. */
function contextBefore(text: string, at: number, radius: number): string {
  const from = Math.max(0, at - radius);
  let slice = text.slice(from, at);
  const boundary = /[.!?]["”’)]*\s+(?=\S)/g;
  let start = -1;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    // The last sentence start before the finding itself (a finding that starts a sentence
    // has a boundary right before it: the one before that starts the previous sentence).
    if (m.index + m[0].length < slice.trimEnd().length) start = m.index + m[0].length;
  }
  if (start !== -1) slice = slice.slice(start);
  else if (from > 0) {
    const space = slice.search(/\s/);
    slice = `…${space === -1 ? "" : slice.slice(space + 1)}`;
  }
  return squash(slice).trim();
}

/** After `at`: the rest of this sentence, or the next one, at most `radius` characters, else to a word boundary. */
function contextAfter(text: string, at: number, radius: number): string {
  const to = Math.min(text.length, at + radius);
  let slice = text.slice(at, to);
  const boundary = /[.!?]["”’)]*(?=\s|$)/g;
  let end = -1;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    // Not just the full stop of the finding's own sentence: up to the end of some words.
    if (/[\p{L}\p{N}]/u.test(slice.slice(0, m.index))) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end !== -1) slice = slice.slice(0, end);
  else if (to < text.length) {
    const space = slice.lastIndexOf(" ");
    slice = `${space > 0 ? slice.slice(0, space) : ""}…`;
  }
  return squash(slice).trim();
}

/**
 * The care findings of a revision, crisis first then in reading order, each with the text
 * around it (the sentence before and after, at most `radius` characters each way). Runs of
 * white space, line breaks included, become single spaces.
 */
export function careExcerpts(
  texts: { title: string; body: string },
  findings: readonly SafetyFinding[],
  radius = 160,
): CareExcerpt[] {
  return findings
    .filter(isCareFinding)
    .map((f, index) => ({ f, index }))
    .sort((a, b) => careRank(a.f.kind) - careRank(b.f.kind) || a.index - b.index)
    .map(({ f }) => {
      const text = f.field === "title" ? texts.title : texts.body;
      const at = locate(text, f);
      if (!at) return { kind: f.kind, field: f.field, before: "", text: squash(f.text), after: "" };
      return {
        kind: f.kind,
        field: f.field,
        before: contextBefore(text, at.start, radius),
        text: squash(text.slice(at.start, at.end)),
        after: contextAfter(text, at.end, radius),
      };
    });
}
