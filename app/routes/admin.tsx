import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requireAdmin } from "~/auth/guards.server";
import { FACET_LABELS, FACETS, ROLES } from "~/lib/constants";
import { formatDate } from "~/lib/dates";
import { clip, parseForm, readForm } from "~/lib/forms";
import {
  addTag,
  listAllTags,
  listMembers,
  mergeTags,
  renameTag,
  restoreMember,
  setRole,
  setTagRetired,
  suspendMember,
  updateCrisisResource,
  type AdminResult,
} from "~/models/admin.server";
import { listCrisisResources } from "~/models/crisis.server";
import {
  addTagSchema,
  crisisResourceSchema,
  mergeTagsSchema,
  renameTagSchema,
  restoreSchema,
  retireTagSchema,
  roleSchema,
  suspendSchema,
} from "~/schemas/admin";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Admin · Kindred", "Manage Kindred's accounts, tags and crisis resources.");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const query = clip(new URL(request.url).searchParams.get("q") ?? "", 100);
  const [members, tags, resources] = await Promise.all([listMembers({ query }), listAllTags(), listCrisisResources()]);
  return {
    adminId: admin.id,
    query,
    members: members.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), suspendedAt: m.suspendedAt?.toISOString() ?? null })),
    tags: tags.map((t) => ({ id: t.id, slug: t.slug, name: t.name, facet: t.facet, retired: Boolean(t.retiredAt), merged: Boolean(t.mergedIntoId), stories: t._count.revisions })),
    resources,
  };
}

type Reply = { intent: string; ok: boolean; message: string | null; errors: Record<string, string | undefined> };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");

  async function run<S extends z.ZodTypeAny>(schema: S, act: (input: z.infer<S>) => Promise<AdminResult>) {
    const form = parseForm(schema, formData);
    if (!form.ok) return data<Reply>({ intent, ok: false, message: null, errors: form.errors }, { status: 400 });
    const result = await act(form.data);
    return data<Reply>({ intent, ok: result.ok, message: result.message, errors: {} }, { status: result.ok ? 200 : 400 });
  }

  switch (intent) {
    case "role":
      return run(roleSchema, (input) => setRole({ adminId: admin.id, ...input }));
    case "suspend":
      return run(suspendSchema, (input) => suspendMember({ adminId: admin.id, ...input }));
    case "restore":
      return run(restoreSchema, (input) => restoreMember({ adminId: admin.id, ...input }));
    case "add-tag":
      return run(addTagSchema, (input) => addTag({ adminId: admin.id, ...input }));
    case "rename-tag":
      return run(renameTagSchema, (input) => renameTag({ adminId: admin.id, ...input }));
    case "retire-tag":
      return run(retireTagSchema, (input) => setTagRetired({ adminId: admin.id, tagId: input.tagId, retired: true }));
    case "restore-tag":
      return run(retireTagSchema, (input) => setTagRetired({ adminId: admin.id, tagId: input.tagId, retired: false }));
    case "merge-tags":
      return run(mergeTagsSchema, (input) => mergeTags({ adminId: admin.id, ...input }));
    case "crisis":
      return run(crisisResourceSchema, (input) => updateCrisisResource({ adminId: admin.id, ...input }));
    default:
      return data<Reply>({ intent, ok: false, message: "We didn't recognise that action.", errors: {} }, { status: 400 });
  }
}

function Outcome({ result, intents }: { result: Reply | undefined; intents: string[] }) {
  if (!result || !intents.includes(result.intent)) return null;
  const fieldErrors = Object.values(result.errors).filter(Boolean);
  if (result.ok) {
    return (
      <p className="notice ok" role="status">
        {result.message}
      </p>
    );
  }
  return (
    <p className="form-error" role="alert">
      {[result.message, ...fieldErrors].filter(Boolean).join(" ")}
    </p>
  );
}

export default function Admin() {
  const { adminId, query, members, tags, resources } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const activeTags = tags.filter((t) => !t.retired);
  return (
    <div className="admin">
      <h1>Admin</h1>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members and moderators</h2>
        <Outcome result={result} intents={["role", "suspend", "restore"]} />
        <Form method="get" className="inline-form">
          <div className="field">
            <label htmlFor="member-search">Find a member by username</label>
            <input type="search" id="member-search" name="q" defaultValue={query} />
          </div>
          <button type="submit" className="secondary">
            Search
          </button>
        </Form>
        <p className="muted">{query ? `Members matching “${query}”.` : "Showing moderators and admins. Search to find any member."}</p>
        <table className="admin">
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>{m.username}</td>
                <td>
                  {m.id === adminId ? (
                    `${m.role} (you)`
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={m.id} />
                      <label className="visually-hidden" htmlFor={`role-${m.id}`}>
                        Role for {m.username}
                      </label>
                      <select id={`role-${m.id}`} name="role" defaultValue={m.role}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="secondary">
                        Set role<span className="visually-hidden"> for {m.username}</span>
                      </button>
                    </Form>
                  )}
                </td>
                <td>{m.suspendedAt ? `Suspended ${formatDate(m.suspendedAt)}${m.suspendedReason ? `: ${m.suspendedReason}` : ""}` : "Active"}</td>
                <td>
                  {m.id === adminId ? null : m.suspendedAt ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="restore" />
                      <input type="hidden" name="userId" value={m.id} />
                      <button type="submit" className="secondary">
                        Restore<span className="visually-hidden"> {m.username}</span>
                      </button>
                    </Form>
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="suspend" />
                      <input type="hidden" name="userId" value={m.id} />
                      <label className="visually-hidden" htmlFor={`suspend-${m.id}`}>
                        Reason for suspending {m.username}
                      </label>
                      <input type="text" id={`suspend-${m.id}`} name="reason" placeholder="Reason" />
                      <button type="submit" className="danger">
                        Suspend<span className="visually-hidden"> {m.username}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">Tag vocabulary</h2>
        <Outcome result={result} intents={["add-tag", "rename-tag", "retire-tag", "restore-tag", "merge-tags"]} />
        <Form method="post" className="inline-form card">
          <input type="hidden" name="intent" value="add-tag" />
          <div className="field">
            <label htmlFor="new-tag-facet">Facet</label>
            <select id="new-tag-facet" name="facet" defaultValue="SUBSTANCE">
              {FACETS.map((f) => (
                <option key={f} value={f}>
                  {FACET_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-tag-name">New tag name</label>
            <input type="text" id="new-tag-name" name="name" />
          </div>
          <button type="submit" className="primary">
            Add tag
          </button>
        </Form>

        <Form method="post" className="inline-form card">
          <input type="hidden" name="intent" value="merge-tags" />
          <div className="field">
            <label htmlFor="merge-source">Merge this tag…</label>
            <select id="merge-source" name="sourceId" defaultValue="">
              <option value="">Choose a tag</option>
              {activeTags.map((t) => (
                <option key={t.id} value={t.id}>
                  {FACET_LABELS[t.facet as keyof typeof FACET_LABELS]}: {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="merge-target">…into this one</label>
            <select id="merge-target" name="targetId" defaultValue="">
              <option value="">Choose a tag</option>
              {activeTags.map((t) => (
                <option key={t.id} value={t.id}>
                  {FACET_LABELS[t.facet as keyof typeof FACET_LABELS]}: {t.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary">
            Merge
          </button>
        </Form>

        {FACETS.map((facet) => (
          <table className="admin" key={facet}>
            <caption>{FACET_LABELS[facet]}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Address</th>
                <th scope="col">Story versions</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {tags
                .filter((t) => t.facet === facet)
                .map((t) => (
                  <tr key={t.id}>
                    <td>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="rename-tag" />
                        <input type="hidden" name="tagId" value={t.id} />
                        <label className="visually-hidden" htmlFor={`rename-${t.id}`}>
                          Name of tag {t.slug}
                        </label>
                        <input type="text" id={`rename-${t.id}`} name="name" defaultValue={t.name} />
                        <button type="submit" className="secondary">
                          Rename<span className="visually-hidden"> {t.slug}</span>
                        </button>
                      </Form>
                    </td>
                    <td>
                      {t.slug}
                      {t.merged ? " (merged)" : t.retired ? " (retired)" : ""}
                    </td>
                    <td>{t.stories}</td>
                    <td>
                      {t.merged ? null : (
                        <Form method="post">
                          <input type="hidden" name="intent" value={t.retired ? "restore-tag" : "retire-tag"} />
                          <input type="hidden" name="tagId" value={t.id} />
                          <button type="submit" className="secondary">
                            {t.retired ? "Restore" : "Retire"}
                            <span className="visually-hidden"> {t.slug}</span>
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="crisis-heading">
        <h2 id="crisis-heading">Crisis resources</h2>
        <p className="muted">Shown on the help page, linked from every page. Links must be tel:, sms: or https://.</p>
        <Outcome result={result} intents={["crisis"]} />
        {resources.map((r) => (
          <Form method="post" className="card stack" key={r.id}>
            <input type="hidden" name="intent" value="crisis" />
            <input type="hidden" name="id" value={r.id} />
            <div className="field">
              <label htmlFor={`crisis-name-${r.id}`}>Name</label>
              <input type="text" id={`crisis-name-${r.id}`} name="name" defaultValue={r.name} />
            </div>
            <div className="field">
              <label htmlFor={`crisis-action-${r.id}`}>What to do</label>
              <input type="text" id={`crisis-action-${r.id}`} name="action" defaultValue={r.action} />
            </div>
            <div className="field">
              <label htmlFor={`crisis-href-${r.id}`}>Link</label>
              <input type="text" id={`crisis-href-${r.id}`} name="href" defaultValue={r.href} />
            </div>
            <div className="field">
              <label htmlFor={`crisis-description-${r.id}`}>Description</label>
              <textarea id={`crisis-description-${r.id}`} name="description" rows={2} defaultValue={r.description} />
            </div>
            <div>
              <button type="submit" className="secondary">
                Save<span className="visually-hidden"> {r.name}</span>
              </button>
            </div>
          </Form>
        ))}
      </section>
    </div>
  );
}
