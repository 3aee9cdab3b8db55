import { CARE_LABEL, type CareExcerpt } from "~/lib/care";

/** The sentences that raised a care flag, each marked with its tier, in the text around it. */
export function CareExcerpts({ excerpts }: { excerpts: CareExcerpt[] }) {
  if (excerpts.length === 0) return null;
  return (
    <ul className="care-excerpts">
      {excerpts.map((e, i) => (
        <li key={`${e.field}-${i}`}>
          <blockquote>
            <p>
              {e.field === "title" ? <span className="muted">Title: </span> : null}
              {e.before ? `${e.before} ` : null}
              <mark className={`care ${e.kind}`}>
                <span className="visually-hidden">{CARE_LABEL[e.kind]} language: </span>
                {e.text}
              </mark>
              {e.after ? (/^[\s.,;:!?…)”’"]/.test(e.after) ? e.after : ` ${e.after}`) : null}
            </p>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
