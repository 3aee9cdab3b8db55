import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { StoryCard, type StoryCardData } from "./StoryCard";

/** A list of story cards with an optional "older stories" link (cursor pagination, no infinite scroll). */
export function StoryList({
  stories,
  nextHref,
  empty,
  headingLevel = 2,
  nextLabel = "Older stories",
}: {
  stories: StoryCardData[];
  nextHref?: string | null;
  nextLabel?: string;
  empty: ReactNode;
  headingLevel?: 2 | 3;
}) {
  if (stories.length === 0) return <div className="card empty">{empty}</div>;
  return (
    <>
      <ul className="story-list">
        {stories.map((story) => (
          <li key={story.slug}>
            <StoryCard story={story} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
      {nextHref ? (
        <p>
          <Link to={nextHref} className="button secondary">
            {nextLabel}
          </Link>
        </p>
      ) : null}
    </>
  );
}
