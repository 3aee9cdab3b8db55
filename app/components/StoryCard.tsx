import { Link } from "@remix-run/react";
import { WARNINGS } from "~/lib/constants";

export interface StoryCardData {
  slug: string;
  title: string;
  byline: { mode: string; name: string };
  published: string | null;
  wordCount: number;
  tags: { slug: string; name: string }[];
  warnings: string[];
  /** The reader asked to be asked first about one of its warnings: the title stays blurred until hovered or focused. */
  blurred?: boolean;
  /** Search snippet: escaped text with <mark> around matches (app/models/search.server.ts). */
  snippet?: string;
}

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));

export function readingTime(wordCount: number): string {
  return `${Math.max(1, Math.round(wordCount / 230))} min read`;
}

export function StoryCard({ story, headingLevel = 2 }: { story: StoryCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={story.blurred ? "card blurred" : "card"}>
      <Heading>
        <Link to={`/stories/${story.slug}`}>{story.title}</Link>
      </Heading>
      <p className="byline">
        {story.byline.name}
        {story.published ? ` · ${story.published}` : ""} · {readingTime(story.wordCount)}
      </p>
      {story.snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: story.snippet }} /> : null}
      {story.warnings.length ? (
        <p className="byline">Content notes: {story.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}</p>
      ) : null}
      {story.tags.length ? (
        <ul className="tags" aria-label="Tags">
          {story.tags.map((tag) => (
            <li key={tag.slug}>
              <Link to={`/tags/${tag.slug}`}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
