// Advisory safety checks that run on every draft (see docs/product.md, "Safety checks").
// They never block: the author sees each finding with a kind explanation and a suggested
// rewording, and moderators see the same list.
//
// Two families, in their own modules:
// - care (safety/crisis.ts): `crisis` — current danger: intent, a plan or preparation, a
//   goodbye, an overdose happening now — shows crisis resources at once and puts the story
//   at the top of the moderation queue; `concern` — likely distress, not clearly current —
//   shows resources gently and raises the story's priority. Tuned for recall: a missed
//   crisis can cost a life, a false alarm costs a kindly worded box.
// - identifying details (safety/identifying.ts): contact details, addresses, dates, names
//   of people and places, record numbers. Tuned for precision as much as recall, because a
//   checker that cries wolf on ages and years teaches authors to ignore it.
//
// No Node or server imports: the same code can run wherever the editor needs it.

import { findCare } from "./safety/crisis";
import { findIdentifying, looksTitleCased } from "./safety/identifying";
import { fitCase } from "./safety/text";
import type { Candidate, CareKind, FindingKind } from "./safety/types";

export type { CareKind, FindingKind, IdentifyingKind } from "./safety/types";

export type SafetyField = "title" | "body";

export interface SafetyFinding {
  field: SafetyField;
  kind: FindingKind;
  /** The exact matched text: `input.slice(start, end)` of the field. */
  text: string;
  /** UTF-16 offset into the field's text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** Plain, kind explanation for the author. */
  message: string;
  /** A drop-in rewording for `text` ("my sister", "a town in Ohio"); empty for crisis and concern. */
  suggestion: string;
}

/** The highest care tier a report reached. */
export type SafetyLevel = CareKind | "none";

export interface SafetyReport {
  findings: SafetyFinding[];
  /** Current danger: show resources at once, top of the moderation queue. */
  crisis: boolean;
  /** Likely distress (true also when crisis is): gentle resources, raised priority. */
  concern: boolean;
  level: SafetyLevel;
}

export const CRISIS_MESSAGE =
  "It sounds like you might be going through something really hard right now. You don't have to go through it alone — help is below.";
export const CONCERN_MESSAGE =
  "This sounds heavy. If any of it is happening now, people are ready to listen — help is below.";

const MESSAGES: Record<FindingKind, string> = {
  email: "This looks like an e-mail address. Someone could use it to find you.",
  phone: "This looks like a phone number. Someone could use it to contact or find you.",
  url: "This looks like a web address. A link to a personal page or profile can show who you are.",
  handle: "This looks like a social media or payment handle. It could lead readers to your profile.",
  address: "This looks like a street address or postcode. It could show where you, or someone you love, lives.",
  zip: "This looks like a ZIP code. With other details it can narrow down where you live.",
  date: "This looks like an exact date. People who know you might recognise a sobriety, arrest or hospital date.",
  name: "This looks like someone's name. A relationship or an initial instead protects them, and you.",
  place: "This looks like a specific place. Naming it can help people work out who you are.",
  record:
    "This looks like a case, docket, inmate, licence or plate number. Public records can tie it straight to a person.",
  crisis: CRISIS_MESSAGE,
  concern: CONCERN_MESSAGE,
};

const CARE_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(["crisis", "concern"]);

/** True for the care tiers (crisis, concern), false for identifying details. */
export function isCareKind(kind: FindingKind): kind is CareKind {
  return CARE_KINDS.has(kind);
}

/**
 * When two identifying findings overlap, the kind earlier in this list wins (then the longer
 * match): the most specific shapes first (an e-mail contains something URL-like and a
 * handle-like "@"), the fuzzy, cue-based kinds (place, name) last. Care findings are
 * resolved among themselves (crisis over concern) and never hide an identifying detail, nor
 * the other way round: a cry for help must never be hidden behind a name.
 */
const PRIORITY: readonly FindingKind[] = [
  "crisis",
  "concern",
  "email",
  "url",
  "handle",
  "phone",
  "record",
  "address",
  "zip",
  "date",
  "place",
  "name",
];

/**
 * Keeps one finding per stretch of text: the more specific kind wins (PRIORITY), then the
 * longer match ("Mercy General Hospital" over "Mercy General"), then the earlier one.
 */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rank = (k: FindingKind): number => PRIORITY.indexOf(k);
  const ranked = [...candidates].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // `kept` stays sorted by start and non-overlapping, so a binary search finds the only
  // neighbours a new candidate could overlap.
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid]?.start ?? 0) < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

function checkText(text: string, field: SafetyField): SafetyFinding[] {
  const titleCase = field === "title" && looksTitleCased(text);
  const care = resolveOverlaps(findCare(text, field));
  const identifying = resolveOverlaps(findIdentifying(text, titleCase));
  return [...care, ...identifying]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((c) => ({
      field,
      kind: c.kind,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      message: MESSAGES[c.kind],
      suggestion: isCareKind(c.kind) ? "" : fitCase(c.suggestion, text, c.start),
    }));
}

/**
 * Checks a draft's title and body. Findings are sorted by field (title first) then start
 * offset and carry offsets relative to their own field's text. Identifying findings never
 * overlap each other, nor care findings each other; a care finding (a whole sentence, or the
 * phrase that raised it) may contain an identifying one.
 */
export function checkStory(input: { title?: string; body: string }): SafetyReport {
  const findings = [
    ...(input.title ? checkText(input.title, "title") : []),
    ...checkText(input.body, "body"),
  ];
  const crisis = findings.some((f) => f.kind === "crisis");
  const concern = crisis || findings.some((f) => f.kind === "concern");
  return { findings, crisis, concern, level: crisis ? "crisis" : concern ? "concern" : "none" };
}
