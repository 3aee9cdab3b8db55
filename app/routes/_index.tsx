import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StoryCard } from "~/components/StoryCard";
import { listPublishedStories } from "~/models/story.server";

export const meta: MetaFunction = () => [
  { title: "Kindred · Recovery stories from people like you" },
  {
    name: "description",
    content: "Personal stories of recovery from addiction, written by people in recovery and their families.",
  },
];

export async function loader() {
  return { stories: await listPublishedStories({ limit: 20 }) };
}

export default function Home() {
  const { stories } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Stories of recovery, from people like you</h1>
      <p className="lede">
        Real experiences of addiction and recovery, written by people who lived them and read by a peer moderator before
        they appear here. Take your time.
      </p>
      <h2>Newest stories</h2>
      {stories.length ? (
        <ul className="story-list">
          {stories.map((story) => (
            <li key={story.slug}>
              <StoryCard story={story} headingLevel={3} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="card">
          No stories have been shared yet. When the first ones are ready, they'll be here. If you need someone to talk to
          right now, <Link to="/help">help is available any time</Link>.
        </p>
      )}
    </>
  );
}
