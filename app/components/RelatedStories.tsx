import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { WARNINGS } from "~/lib/constants";
import { readingTime, type StoryCardData } from "./StoryCard";

// "Stories like this" under a story (and, with another heading, "For you"): story cards that
// each say why they were picked. Presentational only — the loader passes the cards from
// storiesLikeThis / forYou in app/models/recommendation.server.ts.

export interface RelatedStoryCardData extends StoryCardData {
  /** Why it was picked: "also about: opioids · parenting". */
  reason: string;
}

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));

function sentence(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase("en-US") + text.slice(1) : text;
}

export function RelatedStories({
  stories,
  heading = "Stories like this",
  headingId = "stories-like-this",
  intro,
  empty,
}: {
  stories: RelatedStoryCardData[];
  heading?: string;
  /** Must be unique on the page: the section is labelled by its heading. */
  headingId?: string;
  intro?: ReactNode;
  empty?: ReactNode;
}) {
  return (
    <section className="related" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {intro}
      {stories.length ? (
        <ul className="story-list">
          {stories.map((story) => (
            <li key={story.slug}>
              <article className={story.blurred ? "card blurred" : "card"}>
                <h3>
                  <Link to={`/stories/${story.slug}`}>{story.title}</Link>
                </h3>
                {story.reason ? <p className="reason">{sentence(story.reason)}</p> : null}
                <p className="byline">
                  {story.byline.name}
                  {story.published ? ` · ${story.published}` : ""} · {readingTime(story.wordCount)}
                </p>
                {story.warnings.length ? (
                  <p className="byline">
                    Content notes: {story.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}
                  </p>
                ) : null}
                {story.tags.length ? (
                  <ul className="tags" aria-label="Tags">
                    {story.tags.map((tag) => (
                      <li key={tag.slug}>{tag.name}</li>
                    ))}
                  </ul>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <div className="card empty">
          {empty ?? (
            <p>
              There aren't other stories quite like this one yet. More are shared all the time — in the meantime you can{" "}
              <Link to="/browse">browse stories by topic</Link>.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
