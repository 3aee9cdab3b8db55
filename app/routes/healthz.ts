import { db } from "~/lib/db.server";

// Health check for load balancers and monitoring: answers 503 when the database can't answer.
// It reads a real table: `SELECT 1` never touches the file, so it passed on a file that isn't
// a database and on a new, empty one (a mistyped DATABASE_URL), where every page fails.
export async function loader() {
  try {
    await db.user.findFirst({ select: { id: true } });
    return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // The reason goes to the operator's log, not to whoever asks.
    const reason = error instanceof Error ? error.message.trim().split("\n").pop() : String(error);
    console.error(`/healthz: the database is unusable: ${reason}`);
    return Response.json(
      { status: "error", database: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
