import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { Field, FormError, useClearedPasswords } from "~/components/Field";
import { parseForm, readForm } from "~/lib/forms";
import { clientKey, LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { deviceCookieFor, resetPassword, usernameKey } from "~/models/user.server";
import { resetSchema, PASSWORD_MIN } from "~/schemas/auth";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Reset your password · Kindred", "Set a new Kindred password with one of the recovery codes you saved when you signed up.");

export { retryAfterHeaders as headers } from "~/lib/headers";

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(resetSchema, await readForm(request));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const limited = await overLimit(
    [LIMITS.resetPerClient, clientKey(context.clientAddress)],
    [LIMITS.resetPerAccount, usernameKey(form.data.username)],
  );
  if (limited) {
    return data(
      { errors: { form: tooManyMessage(limited) }, values: { username: form.data.username } },
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  const result = await resetPassword({ ...form.data, userAgent: request.headers.get("user-agent") });
  if (!result.ok) return data({ errors: result.errors, values: { username: form.data.username } }, { status: 400 });
  // Cookies of known devices were bound to the old password: this browser gets a new one.
  const headers = new Headers({ "Set-Cookie": result.cookie });
  const deviceCookie = await deviceCookieFor(result.userId);
  if (deviceCookie) headers.append("Set-Cookie", deviceCookie);
  throw redirect("/settings?notice=password-reset", { headers });
}

export default function Reset() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const formRef = useClearedPasswords(result);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values: Record<string, string | undefined> = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>Reset your password</h1>
      <p className="lede">Use one of the recovery codes you saved when you signed up. Each code works once.</p>
      <Form method="post" className="stack" noValidate ref={formRef}>
        <FormError message={errors.form} />
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          required
          defaultValue={values.username}
          error={errors.username}
        />
        <Field
          label="Recovery code"
          name="code"
          autoComplete="off"
          spellCheck={false}
          required
          error={errors.code}
          hint="It looks like abcd-efgh-ijkl-mnop."
        />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          hint={`At least ${PASSWORD_MIN} characters.`}
        />
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Setting your password…" : "Set new password"}
          </button>
        </div>
      </Form>
      <p>
        Lost your codes too? We can't see your password or your codes, so without one of them the account can't be
        recovered. You're welcome to <Link to="/signup">start a new account</Link>.
      </p>
    </div>
  );
}
