import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireModerator } from "~/auth/guards.server";
import { CareExcerpts } from "~/components/CareExcerpts";
import { useCrisisResources } from "~/components/CrisisResources";
import { CrisisProcedurePanel } from "~/components/CrisisProcedure";
import { ModerationGuidelines } from "~/components/ModerationGuidelines";
import { markText } from "~/components/SafetyPanel";
import { CARE_LABEL, isCareFinding } from "~/lib/care";
import { FACET_LABELS, FACETS, MODERATION_REASONS, REPORT_REASONS, WARNINGS } from "~/lib/constants";
import { CRISIS_PROCEDURE_TITLE, crisisProcedureHtml } from "~/lib/crisis-procedure.server";
import { formatDate } from "~/lib/dates";
import { parseForm, readForm } from "~/lib/forms";
import {
  AlreadyDecided,
  approveRevision,
  dismissReports,
  getReviewItem,
  rejectRevision,
  removeStory,
  requestChanges,
  revealAuthor,
} from "~/models/moderation.server";
import { listActiveTags } from "~/models/tag.server";
import {
  approveSchema,
  dismissSchema,
  rejectSchema,
  removeSchema,
  requestChangesSchema,
  revealSchema,
} from "~/schemas/moderation";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Review a story · Kindred moderation", "Read a story before it goes live on Kindred, and approve it or send it back.");

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));
const REPORT_LABEL: Record<string, string> = Object.fromEntries(REPORT_REASONS.map((r) => [r.slug, r.label]));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireModerator(request);
  const item = await getReviewItem({ storyId: params.storyId ?? "" });
  if (!item) throw new Response("Not found", { status: 404 });
  // Beside a crisis or concern item: the procedure, so nobody has to go looking for it.
  const procedure = item.level === "none" ? null : { title: CRISIS_PROCEDURE_TITLE, html: crisisProcedureHtml(3) };
  return { item, tags: await listActiveTags(), procedure };
}

type ActionResult = {
  intent: string;
  errors: Record<string, string | undefined>;
  revealed: { username: string | null; memberSince: string | null } | null;
  notice: string | null;
};

function fail(intent: string, errors: Record<string, string | undefined>, status = 400) {
  return data<ActionResult>({ intent, errors, revealed: null, notice: null }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const storyId = params.storyId ?? "";
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  try {
    switch (intent) {
      case "approve": {
        const form = parseForm(approveSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        await approveRevision({ moderatorId: moderator.id, ...form.data });
        throw redirect("/moderation?decided=approved");
      }
      case "request-changes": {
        const form = parseForm(requestChangesSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        await requestChanges({ moderatorId: moderator.id, ...form.data });
        throw redirect("/moderation?decided=changes");
      }
      case "reject": {
        const form = parseForm(rejectSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        await rejectRevision({ moderatorId: moderator.id, ...form.data });
        throw redirect("/moderation?decided=rejected");
      }
      case "remove": {
        const form = parseForm(removeSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        await removeStory({ moderatorId: moderator.id, storyId, ...form.data });
        throw redirect("/moderation?tab=reports&decided=removed");
      }
      case "dismiss": {
        const form = parseForm(dismissSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        await dismissReports({ moderatorId: moderator.id, storyId, note: form.data.note });
        throw redirect("/moderation?tab=reports&decided=dismissed");
      }
      case "reveal": {
        const form = parseForm(revealSchema, formData);
        if (!form.ok) return fail(intent, form.errors);
        const revealed = await revealAuthor({ moderatorId: moderator.id, storyId, reason: form.data.reason });
        if (!revealed) throw new Response("Not found", { status: 404 });
        return data<ActionResult>(
          { intent, errors: {}, revealed, notice: "Recorded in the audit log." },
          { headers: { "Cache-Control": "no-store" } },
        );
      }
      default:
        return fail(intent, { form: "We didn't recognise that action." });
    }
  } catch (error) {
    if (error instanceof AlreadyDecided) return fail(intent, { form: error.message }, 409);
    throw error;
  }
}

export default function ReviewItem() {
  const { item, tags, procedure } = useLoaderData<typeof loader>();
  const resources = useCrisisResources();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const show = params.get("show") === "1" || item.revision.warnings.length === 0;
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : {});
  const pending = item.kind !== "published";
  const { revision } = item;
  const currentTags = new Set(revision.tags.map((t) => t.slug));

  return (
    <div className="moderation">
      <div className="moderation-main">
        <p>
          <Link to="/moderation">← Back to the queue</Link>
        </p>
        <h1>{revision.title || "Untitled"}</h1>
        <p className="byline">
          {item.kind === "new" ? "New submission" : item.kind === "edit" ? "Edit to a published story" : "Published story"}
          {revision.version ? ` · submitted ${formatDate(revision.version)}` : ""} · appears as{" "}
          {revision.anonymity === "USERNAME" ? "their username" : revision.anonymity === "PEN_NAME" ? `pen name “${revision.penName}”` : "Anonymous"}
        </p>
        {result?.intent && result.errors.form ? (
          <p className="form-error" role="alert">
            {result.errors.form}
          </p>
        ) : null}
        {item.level === "crisis" ? (
          <p className="crisis-callout" role="alert">
            <strong>Crisis.</strong>{" "}
            {item.care.some((c) => c.kind === "crisis") || !item.reportedCrisis
              ? "The safety check found words suggesting the author may be in danger now. "
              : null}
            {item.reportedCrisis ? "A reader reported that the author may be in danger now. " : null}
            Please act within minutes: read {item.care.length ? "the highlighted sentence" : "the story"} in context, then
            follow the <a href="#procedure">crisis procedure</a> beside this story.
          </p>
        ) : item.level === "concern" ? (
          <p className="concern-callout">
            <strong>Concern.</strong> The safety check found words suggesting the author may be struggling. Read the
            highlighted sentence in context, then follow the concern steps of the <a href="#procedure">procedure</a> beside
            this story.
          </p>
        ) : null}
        {item.care.length ? (
          <section aria-labelledby="care-heading" className={`card care-signals ${item.level}`}>
            <h2 id="care-heading">What raised the flag</h2>
            <p className="muted">
              The check is advisory: it can miss things and flag things that are fine. Read it in context — the whole
              story, with these marked, is below.
            </p>
            <CareExcerpts excerpts={item.care} />
          </section>
        ) : null}

        <section aria-labelledby="signals-heading" className="card">
          <h2 id="signals-heading">Signals</h2>
          <p>
            Warnings: {revision.warnings.length ? revision.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ") : "none"}
            <br />
            Tags: {revision.tags.map((t) => t.name).join(", ") || "none"}
            <br />
            Author's history (counts only): {item.history.approved} approved · {item.history.changesRequested} changes requested ·{" "}
            {item.history.rejected} rejected · {item.history.removed} removed
          </p>
          {revision.findings.length ? (
            <>
              <h3>Safety-check findings</h3>
              <ul>
                {revision.findings.map((f, i) => (
                  <li key={`${f.field}-${f.start}-${i}`}>
                    {isCareFinding(f) ? `${CARE_LABEL[f.kind]} language` : f.message} — “
                    <mark className={isCareFinding(f) ? `care ${f.kind}` : undefined}>{f.text}</mark>”
                    {f.suggestion ? ` (suggested: “${f.suggestion}”)` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>The safety check found nothing.</p>
          )}
          {item.reports.length ? (
            <>
              <h3>Reader reports ({item.reports.length})</h3>
              <ul>
                {item.reports.map((r) => (
                  <li key={r.id}>
                    {REPORT_LABEL[r.reason] ?? r.reason}
                    {r.note ? `: “${r.note}”` : ""} <span className="muted">({formatDate(r.createdAt)})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{item.diff ? "What changed" : "The story"}</h2>
          {!show ? (
            <div className="blurred-gate card">
              <p>
                This story carries warnings ({revision.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}). It stays
                hidden until you choose to look.
              </p>
              <Link to="?show=1" className="button secondary">
                Show the story
              </Link>
            </div>
          ) : item.diff ? (
            <p className="diff card">
              {item.diff.map((part, i) =>
                part.added ? <ins key={i}>{part.text}</ins> : part.removed ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
              )}
            </p>
          ) : (
            <p className="marked card">{markText(revision.bodyMarkdown, revision.findings.filter((f) => f.field === "body"))}</p>
          )}
        </section>

        {pending ? (
          <section aria-labelledby="decide-heading">
            <h2 id="decide-heading">Decide</h2>
            <Form method="post" className="card stack">
              <h3>Approve</h3>
              <input type="hidden" name="intent" value="approve" />
              <input type="hidden" name="revisionId" value={revision.id} />
              <input type="hidden" name="version" value={revision.version} />
              <fieldset>
                <legend>Warnings (adjust if needed)</legend>
                <div className="checks">
                  {WARNINGS.map((w) => (
                    <div className="check" key={w.slug}>
                      <input type="checkbox" id={`approve-warning-${w.slug}`} name="warnings" value={w.slug} defaultChecked={revision.warnings.includes(w.slug)} />
                      <label htmlFor={`approve-warning-${w.slug}`}>{w.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <details>
                <summary>Adjust tags</summary>
                {FACETS.map((facet) => (
                  <fieldset key={facet}>
                    <legend>{FACET_LABELS[facet]}</legend>
                    <div className="checks">
                      {tags
                        .filter((t) => t.facet === facet)
                        .map((t) => (
                          <div className="check" key={t.slug}>
                            <input type="checkbox" id={`approve-tag-${t.slug}`} name="tags" value={t.slug} defaultChecked={currentTags.has(t.slug)} />
                            <label htmlFor={`approve-tag-${t.slug}`}>{t.name}</label>
                          </div>
                        ))}
                    </div>
                  </fieldset>
                ))}
              </details>
              <div className="field">
                <label htmlFor="approve-note">A note for the author (optional)</label>
                <textarea
                  id="approve-note"
                  name="note"
                  rows={3}
                  aria-invalid={errorsFor("approve").note ? true : undefined}
                  aria-describedby={errorsFor("approve").note ? "approve-note-hint approve-note-error" : "approve-note-hint"}
                />
                <p className="hint" id="approve-note-hint">
                  They see it with the approval.{procedure ? " For a flagged story: a kind word and the resources beside this story." : ""}
                </p>
                {errorsFor("approve").note ? (
                  <p className="error" id="approve-note-error">
                    {errorsFor("approve").note}
                  </p>
                ) : null}
              </div>
              {/* Without this, unticking every tag would look like "keep the author's tags". */}
              {revision.tags
                .filter((t) => !tags.some((active) => active.slug === t.slug))
                .map((t) => (
                  <input key={t.slug} type="hidden" name="tags" value={t.slug} />
                ))}
              <div>
                <button type="submit" className="primary">
                  Approve and publish
                </button>
              </div>
            </Form>

            <Form method="post" className="card stack">
              <h3>Request changes</h3>
              <input type="hidden" name="intent" value="request-changes" />
              <input type="hidden" name="revisionId" value={revision.id} />
              <input type="hidden" name="version" value={revision.version} />
              <div className="field">
                <label htmlFor="changes-note">Note for the author (required)</label>
                <textarea
                  id="changes-note"
                  name="note"
                  rows={4}
                  aria-invalid={errorsFor("request-changes").note ? true : undefined}
                  aria-describedby={errorsFor("request-changes").note ? "changes-note-error" : undefined}
                />
                {errorsFor("request-changes").note ? (
                  <p className="error" id="changes-note-error">
                    {errorsFor("request-changes").note}
                  </p>
                ) : null}
              </div>
              <div>
                <button type="submit" className="secondary">
                  Send back with this note
                </button>
              </div>
            </Form>

            <Form method="post" className="card stack">
              <h3>Reject</h3>
              <input type="hidden" name="intent" value="reject" />
              <input type="hidden" name="revisionId" value={revision.id} />
              <input type="hidden" name="version" value={revision.version} />
              <ReasonAndNote idPrefix="reject" errors={errorsFor("reject")} />
              <div>
                <button type="submit" className="danger">
                  Reject
                </button>
              </div>
            </Form>
          </section>
        ) : null}

        {item.status === "PUBLISHED" ? (
          <section aria-labelledby="published-heading">
            <h2 id="published-heading">Published story</h2>
            {item.slug ? (
              <p>
                <Link to={`/stories/${item.slug}`}>Open the public page</Link>
              </p>
            ) : null}
            {item.reports.length ? (
              <Form method="post" className="card stack">
                <h3>Dismiss the reports</h3>
                <input type="hidden" name="intent" value="dismiss" />
                <div className="field">
                  <label htmlFor="dismiss-note">Note for the log (optional)</label>
                  <textarea id="dismiss-note" name="note" rows={2} />
                </div>
                <div>
                  <button type="submit" className="secondary">
                    Dismiss {item.reports.length} {item.reports.length === 1 ? "report" : "reports"}
                  </button>
                </div>
              </Form>
            ) : null}
            <Form method="post" className="card stack">
              <h3>Remove the story</h3>
              <input type="hidden" name="intent" value="remove" />
              <ReasonAndNote idPrefix="remove" errors={errorsFor("remove")} />
              <div>
                <button type="submit" className="danger">
                  Remove from Kindred
                </button>
              </div>
            </Form>
          </section>
        ) : null}

        <section aria-labelledby="reveal-heading" className="card">
          <h2 id="reveal-heading">Who wrote this?</h2>
          {result?.revealed ? (
            <p role="status">
              {result.revealed.username && result.revealed.memberSince ? (
                <>
                  Written by <strong>{result.revealed.username}</strong>, a member since {formatDate(result.revealed.memberSince)}.{" "}
                </>
              ) : (
                "The author deleted their account and kept this story as Anonymous; there is no account to show. "
              )}
              {result.notice}
            </p>
          ) : (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="reveal" />
              <p className="muted">Only for safety. Revealing the account is recorded in the audit log with your reason.</p>
              <div className="field">
                <label htmlFor="reveal-reason">Why you need to know</label>
                <input
                  type="text"
                  id="reveal-reason"
                  name="reason"
                  aria-invalid={errorsFor("reveal").reason ? true : undefined}
                  aria-describedby={errorsFor("reveal").reason ? "reveal-reason-error" : undefined}
                />
                {errorsFor("reveal").reason ? (
                  <p className="error" id="reveal-reason-error">
                    {errorsFor("reveal").reason}
                  </p>
                ) : null}
              </div>
              <div>
                <button type="submit" className="secondary">
                  Reveal author
                </button>
              </div>
            </Form>
          )}
        </section>
      </div>
      {procedure ? (
        <div className="moderation-side">
          <CrisisProcedurePanel title={procedure.title} html={procedure.html} resources={resources} />
          <ModerationGuidelines />
        </div>
      ) : (
        <ModerationGuidelines />
      )}
    </div>
  );
}

function ReasonAndNote({ idPrefix, errors }: { idPrefix: string; errors: Record<string, string | undefined> }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-reason`}>Reason</label>
        <select
          id={`${idPrefix}-reason`}
          name="reason"
          defaultValue=""
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${idPrefix}-reason-error` : undefined}
        >
          <option value="" disabled>
            Choose a reason
          </option>
          {MODERATION_REASONS.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.label}
            </option>
          ))}
        </select>
        {errors.reason ? (
          <p className="error" id={`${idPrefix}-reason-error`}>
            {errors.reason}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>Note for the author (required)</label>
        <textarea
          id={`${idPrefix}-note`}
          name="note"
          rows={3}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${idPrefix}-note-error` : undefined}
        />
        {errors.note ? (
          <p className="error" id={`${idPrefix}-note-error`}>
            {errors.note}
          </p>
        ) : null}
      </div>
    </>
  );
}
