import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportAccount } from "~/models/account-data.server";

// Downloads everything the account holds as JSON. Never cached anywhere.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = JSON.stringify(await exportAccount(user.id), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kindred-${user.username}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
