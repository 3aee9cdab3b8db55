import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { getOptionalUser, safeRedirect } from "~/auth/guards.server";
import { knownDeviceId } from "~/auth/known-device.server";
import { Field, FormError, useClearedPasswords } from "~/components/Field";
import { parseForm, readForm } from "~/lib/forms";
import { clientKey, LIMITS, overLimit, tooManyMessage } from "~/lib/rate-limit.server";
import { deviceAccount, deviceCookieFor, logIn, usernameKey } from "~/models/user.server";
import { loginSchema } from "~/schemas/auth";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("Log in · Kindred", "Log in to Kindred to write and share your recovery story, save stories and follow what helps you.");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) throw redirect("/");
  return null;
}

export { retryAfterHeaders as headers } from "~/lib/headers";

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(loginSchema, await readForm(request));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  // A browser that has signed in to this account before is exempt from the account's lock (a
  // stranger's guesses must not keep the owner out) but not from the per-address limit, and
  // has a limit of its own (docs/decisions/016-known-devices.md).
  const device = knownDeviceId(request, await deviceAccount(form.data.username));
  const limited = await overLimit(
    [LIMITS.loginPerClient, clientKey(context.clientAddress)],
    device ? [LIMITS.loginPerDevice, clientKey(`device:${device}`)] : [LIMITS.loginPerAccount, usernameKey(form.data.username)],
  );
  if (limited) {
    return data(
      { errors: { form: tooManyMessage(limited) }, values: { username: form.data.username } },
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  const result = await logIn({ ...form.data, userAgent: request.headers.get("user-agent") });
  if (!result.ok) return data({ errors: result.errors, values: { username: form.data.username } }, { status: 400 });
  const headers = new Headers({ "Set-Cookie": result.cookie });
  const deviceCookie = await deviceCookieFor(result.userId);
  if (deviceCookie) headers.append("Set-Cookie", deviceCookie);
  throw redirect(safeRedirect(form.data.redirectTo, "/"), { headers });
}

export default function Login() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const formRef = useClearedPasswords(result);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values: Record<string, string | undefined> = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>Log in</h1>
      <Form method="post" className="stack" noValidate ref={formRef}>
        <FormError message={errors.form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          required
          defaultValue={values.username}
          error={errors.username}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Logging in…" : "Log in"}
          </button>
        </div>
      </Form>
      <p>
        Forgot your password? <Link to="/reset">Use a recovery code</Link>
      </p>
      <p>
        New here? <Link to="/signup">Create an account</Link>
      </p>
    </div>
  );
}
