import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { getOptionalUser, safeRedirect } from "~/auth/guards.server";
import { Field, FormError, useClearedPasswords } from "~/components/Field";
import { parseForm, readForm } from "~/lib/forms";
import { clientKey, LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { deviceCookieFor, signUp } from "~/models/user.server";
import { signupSchema, USERNAME_MAX, PASSWORD_MIN } from "~/schemas/auth";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Sign up · Kindred", "Create a Kindred account with just a username and a password, and share your recovery story your way.");

// No redirect for signed-in visitors: right after sign-up the page revalidates while it
// shows the recovery codes, and a redirect would take them away unseen.
export async function loader({ request }: LoaderFunctionArgs) {
  return { signedIn: Boolean(await getOptionalUser(request)) };
}

export { retryAfterHeaders as headers } from "~/lib/headers";

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(signupSchema, await readForm(request));
  if (!form.ok) return data({ errors: form.errors, values: form.values, codes: null }, { status: 400 });
  const limited = await overLimit([LIMITS.signupPerClient, clientKey(context.clientAddress)]);
  if (limited) {
    return data(
      { errors: { form: tooManyMessage(limited) }, values: { username: form.data.username, email: form.data.email ?? "" }, codes: null },
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  const result = await signUp({ ...form.data, userAgent: request.headers.get("user-agent") });
  if (!result.ok) {
    return data(
      { errors: result.errors, values: { username: form.data.username, email: form.data.email ?? "" }, codes: null },
      { status: 400 },
    );
  }
  // Without JavaScript this response is the page itself: the root loader reads the new
  // session from here (it isn't in this request's cookies yet), so the header shows who is in.
  context.startedSession = result.cookie;
  const headers = new Headers({ "Set-Cookie": result.cookie, "Cache-Control": "no-store" });
  const deviceCookie = await deviceCookieFor(result.userId);
  if (deviceCookie) headers.append("Set-Cookie", deviceCookie);
  // The codes are shown once, on this response, and never stored in readable form.
  return data(
    {
      errors: {},
      values: {},
      codes: result.recoveryCodes,
      next: safeRedirect(form.data.redirectTo, "/"),
    },
    { headers },
  );
}

export default function Signup() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const formRef = useClearedPasswords(result);
  const { signedIn } = useLoaderData<typeof loader>();
  if (result?.codes) return <RecoveryCodes codes={result.codes} next={"next" in result ? result.next : "/"} />;
  if (signedIn) {
    return (
      <div className="narrow">
        <h1>You're already logged in</h1>
        <p>
          To make a separate account, <Link to="/logout">log out</Link> first. Otherwise, <Link to="/">go to stories</Link>.
        </p>
      </div>
    );
  }
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values: Record<string, string | undefined> = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lede">
        A username and a password are all you need. You can share stories under your username, a pen name, or
        anonymously — you choose for each story.
      </p>
      <Form method="post" className="stack" noValidate ref={formRef}>
        <FormError message={errors.form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          required
          maxLength={USERNAME_MAX}
          defaultValue={values.username}
          error={errors.username}
          hint="Letters, numbers, dots, dashes or underscores. It doesn't need to be your real name."
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        />
        <Field
          label="E-mail (optional)"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
          hint="Only if you'd like one. We never show it to anyone."
        />
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Creating your account…" : "Create account"}
          </button>
        </div>
      </Form>
      <p>
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  return (
    <div className="narrow">
      <h1>Welcome to Kindred</h1>
      <div className="notice ok" role="status">
        Your account is ready and you're logged in.
      </div>
      <h2 id="codes-heading">Save your recovery codes</h2>
      <p>
        If you ever forget your password, one of these codes lets you set a new one. Each code works once.{" "}
        <strong>This is the only time we can show them</strong> — write them down or keep them somewhere private.
      </p>
      <ol className="codes" aria-labelledby="codes-heading">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <p>
        <Link to={next} className="button primary">
          I've saved my codes — continue
        </Link>
      </p>
    </div>
  );
}
