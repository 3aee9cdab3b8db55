import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { clearedSessionCookie } from "~/auth/cookies.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireSession } from "~/auth/guards.server";
import { endOtherSessions, endSessionById, listSessions } from "~/auth/session.server";
import { Field, FormError, useClearedPasswords } from "~/components/Field";
import { formatDate } from "~/lib/dates";
import { parseForm, readForm } from "~/lib/forms";
import { WARNINGS, WARNING_MODES, WARNING_SLUGS, type WarningMode, type WarningSlug } from "~/lib/constants";
import { deleteAccount } from "~/models/account-data.server";
import { getReaderPrefs, saveReaderPrefs } from "~/models/preferences.server";
import { changePassword, countUnusedRecoveryCodes, deviceCookieFor, getAccount, regenerateRecoveryCodes } from "~/models/user.server";
import { changePasswordSchema, text, PASSWORD_MIN } from "~/schemas/auth";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Settings · Kindred", "Your Kindred account: password, recovery codes, sessions, reading preferences and your data.");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const [account, sessions, unusedCodes, prefs] = await Promise.all([
    getAccount(session.user.id),
    listSessions(session.user.id),
    countUnusedRecoveryCodes(session.user.id),
    getReaderPrefs(session.user.id),
  ]);
  return {
    username: account?.username ?? session.user.username,
    email: account?.email ?? null,
    unusedCodes,
    prefs,
    sessions: sessions.map((s, index) => ({
      // The id alone is useless without the secret, which only the cookie holds.
      id: s.id,
      label: s.label,
      lastActive: formatDate(s.lastVerifiedAt),
      started: formatDate(s.createdAt),
      current: s.id === session.id,
      position: index + 1,
    })),
  };
}

const intentSchema = z.object({ intent: text("Action").max(40) });

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const formData = await readForm(request);
  const intent = intentSchema.safeParse({ intent: formData.get("intent") });
  switch (intent.success ? intent.data.intent : "") {
    case "change-password": {
      const form = parseForm(changePasswordSchema, formData);
      if (!form.ok) return data({ intent: "change-password", errors: form.errors, notice: null, codes: null }, { status: 400 });
      const result = await changePassword({ userId: session.user.id, sessionId: session.id, ...form.data });
      if (!result.ok) return data({ intent: "change-password", errors: result.errors, notice: null, codes: null }, { status: 400 });
      const ended = result.endedSessions;
      // Known-device cookies were bound to the old password (docs/decisions/016-known-devices.md): this browser gets a new one.
      const deviceCookie = await deviceCookieFor(session.user.id);
      return data(
        {
          intent: "change-password",
          errors: {},
          notice: `Your password was changed.${ended ? ` ${ended} other ${ended === 1 ? "session was" : "sessions were"} logged out.` : ""}`,
          codes: null,
        },
        deviceCookie ? { headers: { "Set-Cookie": deviceCookie } } : undefined,
      );
    }
    case "end-session": {
      const id = formData.get("sessionId");
      if (typeof id !== "string" || id.length > 64 || !(await endSessionById(session.user.id, id))) {
        return data({ intent: "end-session", errors: { form: "That session had already ended." }, notice: null, codes: null }, { status: 400 });
      }
      return { intent: "end-session", errors: {}, notice: "That session was logged out.", codes: null };
    }
    case "end-other-sessions": {
      const ended = await endOtherSessions(session.user.id, session.id);
      return { intent: "end-other-sessions", errors: {}, notice: `${ended} other ${ended === 1 ? "session was" : "sessions were"} logged out.`, codes: null };
    }
    case "reading": {
      const modes = {} as Record<WarningSlug, WarningMode>;
      for (const warning of WARNING_SLUGS) {
        const mode = formData.get(`warning-${warning}`);
        if (!WARNING_MODES.includes(mode as WarningMode)) {
          return data(
            { intent: "reading", errors: { form: "Choose show, blur or hide for each kind of content." }, notice: null, codes: null },
            { status: 400 },
          );
        }
        modes[warning] = mode as WarningMode;
      }
      await saveReaderPrefs(session.user.id, { modes, earlyRecovery: formData.get("earlyRecovery") === "on" });
      return { intent: "reading", errors: {}, notice: "Your reading settings are saved. They apply to every list and recommendation.", codes: null };
    }
    case "delete-account": {
      const password = formData.get("password");
      const keep = formData.get("stories");
      if (keep !== "keep" && keep !== "delete") {
        return data({ intent: "delete-account", errors: { stories: "Choose what happens to your stories." }, notice: null, codes: null }, { status: 400 });
      }
      const result = await deleteAccount({
        userId: session.user.id,
        password: typeof password === "string" ? password : "",
        keepStories: keep === "keep",
      });
      if (!result.ok) return data({ intent: "delete-account", errors: result.errors, notice: null, codes: null }, { status: 400 });
      throw redirect("/?account=deleted", { headers: { "Set-Cookie": clearedSessionCookie() } });
    }
    case "regenerate-codes": {
      const codes = await regenerateRecoveryCodes(session.user.id);
      return data(
        { intent: "regenerate-codes", errors: {}, notice: "Here are your new recovery codes. Your old codes no longer work.", codes },
        { headers: { "Cache-Control": "no-store" } },
      );
    }
    default:
      return data({ intent: "", errors: { form: "We didn't recognise that action. Please try again." }, notice: null, codes: null }, { status: 400 });
  }
}

export default function Settings() {
  const { username, email, sessions, unusedCodes, prefs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const passwordForm = useClearedPasswords(result);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const pick = (intent: string) => (result?.intent === intent ? errors : {});
  return (
    <div className="reading">
      <h1>Settings</h1>
      {params.get("notice") === "password-reset" && !result ? (
        <p className="notice ok" role="status">
          Your password was reset and you're logged in. Any other sessions were logged out. You have {unusedCodes}{" "}
          recovery {unusedCodes === 1 ? "code" : "codes"} left.
        </p>
      ) : null}
      {result?.notice ? (
        <p className="notice ok" role="status">
          {result.notice}
        </p>
      ) : null}
      {result?.intent === "" ? <FormError message={errors.form} /> : null}

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your account</h2>
        <p>
          Username: <strong>{username}</strong>
          <br />
          E-mail: {email ? email : <span className="muted">none (that's fine)</span>}
        </p>
      </section>

      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Reading: content warnings</h2>
        <p className="muted">
          Choose what happens with stories that talk about each of these. “Ask first” opens them behind a notice; “Hide”
          keeps them out of every list, search and recommendation.
        </p>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="reading" />
          <FormError message={pick("reading").form} />
          <div className="check early-recovery">
            <input type="checkbox" id="earlyRecovery" name="earlyRecovery" defaultChecked={prefs.earlyRecovery} />
            <label htmlFor="earlyRecovery">
              I'm in early recovery: hide stories with detailed substance use or relapse
            </label>
          </div>
          <table className="prefs">
            <thead>
              <tr>
                <th scope="col">Stories about</th>
                <th scope="col">Show</th>
                <th scope="col">Ask first</th>
                <th scope="col">Hide</th>
              </tr>
            </thead>
            <tbody>
              {WARNINGS.map((w) => (
                <tr key={w.slug}>
                  <th scope="row">{w.label}</th>
                  {WARNING_MODES.map((mode) => (
                    <td key={mode}>
                      <input
                        type="radio"
                        name={`warning-${w.slug}`}
                        value={mode}
                        defaultChecked={prefs.modes[w.slug] === mode}
                        aria-label={`${w.label}: ${mode === "SHOW" ? "show" : mode === "BLUR" ? "ask first" : "hide"}`}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button type="submit" className="primary">
              Save reading settings
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <p className="muted">Changing your password logs you out everywhere else.</p>
        <Form method="post" className="stack" noValidate ref={passwordForm}>
          <input type="hidden" name="intent" value="change-password" />
          <FormError message={pick("change-password").form} />
          <Field
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={pick("change-password").currentPassword}
          />
          <Field
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            hint={`At least ${PASSWORD_MIN} characters.`}
            error={pick("change-password").newPassword}
          />
          <div>
            <button type="submit" className="primary">
              Change password
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you're logged in</h2>
        <FormError message={pick("end-session").form} />
        <table className="sessions">
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Last active</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.label}
                  {s.current ? <strong> (this device)</strong> : null}
                  <br />
                  <span className="muted">Logged in {s.started}</span>
                </td>
                <td>{s.lastActive}</td>
                <td>
                  {s.current ? null : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="end-session" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <button type="submit" className="secondary" aria-label={`Log out session ${s.position}, ${s.label}`}>
                        Log out
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sessions.length > 1 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="end-other-sessions" />
            <p>
              <button type="submit" className="secondary">
                Log out everywhere else
              </button>
            </p>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Download everything your account holds — your stories and every version of them, reactions, saved stories,
          reports, notifications and settings — as a JSON file.
        </p>
        <p>
          <a href="/settings/export.json" download className="button secondary">
            Export my data
          </a>
        </p>
      </section>

      <section aria-labelledby="codes-heading">
        <h2 id="codes-heading">Recovery codes</h2>
        <p>
          You have <strong>{unusedCodes}</strong> unused recovery {unusedCodes === 1 ? "code" : "codes"}. If you're
          running low or think someone has seen them, make a new set; the old ones stop working.
        </p>
        {result?.codes ? (
          <ol className="codes" aria-label="Your new recovery codes">
            {result.codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="regenerate-codes" />
          <button type="submit" className="secondary">
            Make new recovery codes
          </button>
        </Form>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>
          This removes your account, sessions, recovery codes, reactions, saved stories, reports and settings. It can't be
          undone. You may want to <a href="/settings/export.json" download>export your data</a> first.
        </p>
        <Form method="post" className="stack card">
          <input type="hidden" name="intent" value="delete-account" />
          <FormError message={pick("delete-account").form} />
          <fieldset className="field" aria-describedby={pick("delete-account").stories ? "delete-stories-error" : undefined}>
            <legend>Your stories</legend>
            <div className="check">
              <input type="radio" id="delete-stories-delete" name="stories" value="delete" />
              <label htmlFor="delete-stories-delete">Delete all my stories too</label>
            </div>
            <div className="check">
              <input type="radio" id="delete-stories-keep" name="stories" value="keep" />
              <label htmlFor="delete-stories-keep">Keep my published stories for others to read, as Anonymous (drafts are deleted)</label>
            </div>
            {pick("delete-account").stories ? (
              <p className="error" id="delete-stories-error">
                {pick("delete-account").stories}
              </p>
            ) : null}
          </fieldset>
          <Field
            label="Your password, to confirm"
            name="password"
            id="delete-password"
            type="password"
            autoComplete="current-password"
            error={pick("delete-account").password}
          />
          <div>
            <button type="submit" className="danger">
              Delete my account
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
