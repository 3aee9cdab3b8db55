import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listCrisisResources } from "~/models/crisis.server";

export const meta: MetaFunction = () => [
  { title: "Need help now? · Kindred" },
  { name: "description", content: "Free, confidential crisis and addiction support, any time of day or night." },
];

export async function loader() {
  return { resources: await listCrisisResources() };
}

export default function Help() {
  const { resources } = useLoaderData<typeof loader>();
  return (
    <div className="reading">
      <h1>Need help now?</h1>
      <p className="lede">
        You don't have to go through this alone. These services are free, confidential and there for you right now —
        whether you're struggling, or worried about someone else.
      </p>
      <ul className="resources">
        {resources.map((resource) => (
          <li key={resource.id} className="card">
            <h2>{resource.name}</h2>
            <p className="action">
              <a href={resource.href}>{resource.action}</a>
            </p>
            <p>{resource.description}</p>
          </li>
        ))}
      </ul>
      <p>
        If you think someone may be overdosing, call your local emergency number right away. Stay with them until help
        arrives.
      </p>
    </div>
  );
}
