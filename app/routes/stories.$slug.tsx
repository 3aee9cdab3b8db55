import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { readingTime } from "~/components/StoryCard";
import { WARNINGS } from "~/lib/constants";
import { getPublishedStory } from "~/models/story.server";

const WARNING_LABEL: Record<string, string> = Object.fromEntries(WARNINGS.map((w) => [w.slug, w.label]));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const story = await getPublishedStory({ slug: params.slug ?? "" });
  if (!story) throw new Response("Not found", { status: 404 });
  // A story with warnings opens behind a notice; the text is only sent once the reader chooses.
  const passed = new URL(request.url).searchParams.get("read") === "1";
  const gated = story.warnings.length > 0 && !passed;
  return { story: { ...story, html: gated ? null : story.html }, gated };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Story not found · Kindred" }];
  return [
    { title: `${data.story.title} · Kindred` },
    { name: "description", content: `A recovery story shared on Kindred by ${data.story.byline.name}.` },
  ];
};

export default function StoryPage() {
  const { story, gated } = useLoaderData<typeof loader>();
  return (
    <article className="reading story">
      <header>
        <h1>{story.title}</h1>
        <p className="byline">
          {story.byline.mode === "ANONYMOUS" ? "Shared anonymously" : <>By {story.byline.name}</>}
          {story.published ? ` · ${story.published}` : ""} · {readingTime(story.wordCount)}
        </p>
        {story.tags.length ? (
          <ul className="tags" aria-label="Tags">
            {story.tags.map((tag) => (
              <li key={tag.slug}>{tag.name}</li>
            ))}
          </ul>
        ) : null}
      </header>
      {gated ? (
        <section className="warning-gate card" aria-labelledby="gate-heading">
          <h2 id="gate-heading">Before you read</h2>
          <p>This story talks about:</p>
          <ul>
            {story.warnings.map((w) => (
              <li key={w}>{WARNING_LABEL[w] ?? w}</li>
            ))}
          </ul>
          <p>Only read on if it feels right for you today. It's fine to come back another time.</p>
          <p className="actions">
            <Link to="?read=1" className="button primary" rel="nofollow">
              Read the story
            </Link>
            <Link to="/" className="button secondary">
              Not now
            </Link>
          </p>
        </section>
      ) : (
        <>
          {story.warnings.length ? (
            <p className="muted">Content notes: {story.warnings.map((w) => WARNING_LABEL[w] ?? w).join(", ")}</p>
          ) : null}
          {/* Sanitized once, when saved, by the one renderer (app/lib/markdown.server.ts). */}
          <div className="story-body" dangerouslySetInnerHTML={{ __html: story.html ?? "" }} />
        </>
      )}
      <footer className="story-footer">
        <p className="muted">
          If this story brought up something hard, <Link to="/help">support is available any time</Link>.
        </p>
      </footer>
    </article>
  );
}
