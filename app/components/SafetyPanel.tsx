import { Link } from "@remix-run/react";
import { CARE_LABEL, isCareFinding, type CareLevel } from "~/lib/care";
import type { SafetyFinding } from "~/lib/safety";
import { CrisisResourceList, useCrisisResources } from "./CrisisResources";

/** Crisis resources, kindly worded, shown to an author the moment their words suggest danger. */
export function CrisisCallout() {
  const resources = useCrisisResources();
  return (
    <section className="crisis-callout" role="alert" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">You matter, and you don't have to carry this alone</h2>
      <p>
        Some of what you wrote sounds like you might be in danger right now. If you are, please reach out now — these are
        here for you, any time of day or night:
      </p>
      <CrisisResourceList resources={resources} />
      <p>
        Your story is safe here and you can come back to it any time. <Link to="/help">More ways to get help</Link>.
      </p>
    </section>
  );
}

/** The gentler box for words that suggest distress but not danger now: no alert, the same resources. */
export function ConcernCallout() {
  const resources = useCrisisResources();
  return (
    <section className="concern-callout" aria-labelledby="concern-heading">
      <h2 id="concern-heading">It sounds like you're carrying a lot</h2>
      <p>
        Writing about hard things takes courage. If any of this is weighing on you right now, talking to someone can
        help. These are free and confidential, whenever you want them:
      </p>
      <CrisisResourceList resources={resources} />
      <p>
        Keep writing at your own pace; your draft stays private until you send it. <Link to="/help">More ways to get help</Link>.
      </p>
    </section>
  );
}

/** The box for a care level: the crisis box, the gentler concern box, or nothing. */
export function CareCallout({ level }: { level: CareLevel }) {
  return level === "crisis" ? <CrisisCallout /> : level === "concern" ? <ConcernCallout /> : null;
}

const FIELD_LABEL = { title: "Title", body: "Story" } as const;

/** The text with each finding marked where it occurs, and a suggested rewording for each. */
export function SafetyPanel({
  title,
  body,
  findings,
}: {
  title: string;
  body: string;
  findings: SafetyFinding[];
}) {
  const identifying = findings.filter((f) => !isCareFinding(f));
  if (identifying.length === 0) {
    return (
      <section className="safety ok" aria-labelledby="safety-heading">
        <h2 id="safety-heading">Privacy check</h2>
        <p>We didn't spot anything that could identify you or someone else. A moderator will read it too.</p>
      </section>
    );
  }
  return (
    <section className="safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">Privacy check: {identifying.length} {identifying.length === 1 ? "thing" : "things"} to look at</h2>
      <p>
        These details could help someone recognise you or a person in your story. You decide what stays; here are some
        gentler ways to say them.
      </p>
      <ol className="findings">
        {identifying.map((f, index) => (
          <li key={`${f.field}-${f.start}-${index}`}>
            <strong>
              {FIELD_LABEL[f.field]}: “<mark>{f.text}</mark>”
            </strong>{" "}
            — {f.message}
            {f.suggestion ? <> Try: “{f.suggestion}”.</> : null}
          </li>
        ))}
      </ol>
      {(["title", "body"] as const).map((field) => {
        const own = identifying.filter((f) => f.field === field);
        if (own.length === 0) return null;
        return (
          <details key={field} className="marked-text">
            <summary>Show them in your {field === "title" ? "title" : "story"}</summary>
            <p className="marked">{markText(field === "title" ? title : body, own)}</p>
          </details>
        );
      })}
    </section>
  );
}

/**
 * Text with each finding wrapped in <mark>, its suggestion as the mark's title. A care finding
 * (crisis, concern: a sentence or phrase) is marked as such, with its tier in words, and may
 * hold identifying findings, marked inside it.
 */
export function markText(text: string, findings: SafetyFinding[]) {
  const care = findings.filter(isCareFinding).sort((a, b) => a.start - b.start);
  const identifying = findings.filter((f) => !isCareFinding(f));
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const f of care) {
    if (f.start < at || f.end > text.length || f.start >= f.end) continue;
    parts.push(...markFlat(text, at, f.start, identifying));
    parts.push(
      <mark key={`care-${f.start}-${f.end}`} className={`care ${f.kind}`}>
        <span className="visually-hidden">{CARE_LABEL[f.kind]} language: </span>
        {markFlat(text, f.start, f.end, identifying)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(...markFlat(text, at, text.length, identifying));
  return parts;
}

/** text[from, to) with each (non-overlapping) finding inside it marked; findings crossing the edges are cut to them. */
function markFlat(text: string, from: number, to: number, findings: SafetyFinding[]) {
  const parts: (string | JSX.Element)[] = [];
  let at = from;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const start = Math.max(f.start, from);
    const end = Math.min(f.end, to);
    if (start < at || end <= start || f.end > text.length) continue;
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={`${start}-${end}`} title={f.suggestion ? `Try: ${f.suggestion}` : f.message}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts;
}
