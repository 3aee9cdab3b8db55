import { Link } from "@remix-run/react";

// Any address we don't know: a kind 404 instead of a bare error.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return (
    <p>
      <Link to="/">Back to stories</Link>
    </p>
  );
}
