import { db } from "~/lib/db.server";
import { RENDERED_FOR_HEADER } from "~/lib/rendered-for.server";

// The same for everyone (no session is read), and never worth keeping.
const HEADERS = { "Cache-Control": "no-store", [RENDERED_FOR_HEADER]: "nobody" };

// Health check for load balancers and monitoring: answers 503 when the database can't answer.
// It reads a real table: `SELECT 1` never touches the file, so it passed on a file that isn't
// a database and on a new, empty one (a mistyped DATABASE_URL), where every page fails.
export async function loader() {
  try {
    await db.user.findFirst({ select: { id: true } });
    return Response.json({ status: "ok", database: "ok" }, { headers: HEADERS });
  } catch (error) {
    // The reason goes to the operator's log, not to whoever asks.
    const reason = error instanceof Error ? error.message.trim().split("\n").pop() : String(error);
    console.error(`/healthz: the database is unusable: ${reason}`);
    return Response.json(
      { status: "error", database: "unavailable" },
      { status: 503, headers: HEADERS },
    );
  }
}
