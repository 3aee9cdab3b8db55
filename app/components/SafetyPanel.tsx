import { Link } from "@remix-run/react";
import type { SafetyFinding } from "~/lib/safety";

/** Crisis resources, kindly worded, shown to an author the moment their words suggest danger. */
export function CrisisCallout() {
  return (
    <section className="crisis-callout" role="alert" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">You matter, and you don't have to carry this alone</h2>
      <p>
        Some of what you wrote sounds like you might be in danger right now. If you are, please reach out — it's free,
        confidential and open all day and night:
      </p>
      <ul>
        <li>
          <a href="tel:988">Call or text 988</a> — Suicide &amp; Crisis Lifeline
        </li>
        <li>
          <a href="sms:741741?body=HOME">Text HOME to 741741</a> — Crisis Text Line
        </li>
        <li>
          <a href="tel:+18006624357">Call 1-800-662-4357</a> — SAMHSA National Helpline
        </li>
        <li>
          If an overdose is happening now, <a href="tel:911">call 911</a>.
        </li>
      </ul>
      <p>
        Your story is safe here and you can come back to it any time. <Link to="/help">More ways to get help</Link>.
      </p>
    </section>
  );
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
  const identifying = findings.filter((f) => f.kind !== "crisis");
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

/** Text with each finding wrapped in <mark>, its suggestion as the mark's title. */
export function markText(text: string, findings: SafetyFinding[]) {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end > text.length) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}-${f.end}`} title={f.suggestion ? `Try: ${f.suggestion}` : f.message}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts;
}
