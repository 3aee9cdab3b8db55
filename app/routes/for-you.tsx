import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { FacetPicker } from "~/components/FacetPicker";
import { RelatedStories } from "~/components/RelatedStories";
import { FACET_PARAMS, FACETS } from "~/lib/constants";
import { readForm } from "~/lib/forms";
import { facetFiltersFromUrl } from "~/models/discovery.server";
import { getProfileTags, getReaderPrefs, hiddenWarnings, saveProfileTags, withBlur } from "~/models/preferences.server";
import { forYou } from "~/models/recommendation.server";
import { listPickerTags } from "~/models/tag.server";
import { pageMeta } from "~/lib/seo";

export const meta: MetaFunction = () => pageMeta("For you · Kindred", "Recovery stories picked for you from what you choose and the stories that helped you.");

// Signed in: the private profile saved here plus the stories the reader marked "This helped
// me". Signed out: the same ranking from choices in the address, stored nowhere.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getOptionalUser(request);
  const prefs = await getReaderPrefs(user?.id ?? null);
  const fromUrl = await facetFiltersFromUrl(url);
  const profile = user ? await getProfileTags(user.id) : fromUrl.slugs;
  const [tags, stories] = await Promise.all([
    listPickerTags(),
    user || profile.length ? forYou({ userId: user?.id ?? null, tagSlugs: profile, hiddenWarnings: hiddenWarnings(prefs), limit: 10 }) : [],
  ]);
  return { signedIn: Boolean(user), tags, profile, stories: withBlur(stories, prefs) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const slugs = FACETS.flatMap((facet) => formData.getAll(FACET_PARAMS[facet]).filter((v): v is string => typeof v === "string"));
  await saveProfileTags(user.id, slugs);
  return { notice: "Your reading profile is saved. Only you can see it." };
}

export default function ForYou() {
  const { signedIn, tags, profile, stories } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>For you</h1>
      <p className="lede">
        Tell us a little about where you are, and we'll suggest stories from people in a similar place.{" "}
        {signedIn ? "Your profile is private: nobody else ever sees it." : "Nothing you choose here is stored."}
      </p>
      {result?.notice ? (
        <p className="notice ok" role="status">
          {result.notice}
        </p>
      ) : null}
      <Form method={signedIn ? "post" : "get"} className="card stack" key={profile.join(",")}>
        <details open={profile.length === 0}>
          <summary>{profile.length ? "Change what you've told us" : "What fits your experience?"}</summary>
          <FacetPicker tags={tags} selected={profile} idPrefix="profile" />
        </details>
        <div>
          <button type="submit" className="primary">
            {signedIn ? "Save my profile" : "Show suggestions"}
          </button>
        </div>
      </Form>
      <RelatedStories
        stories={stories}
        heading="Suggested for you"
        headingId="suggested-heading"
        empty={
          profile.length ? (
            <p>
              We couldn't find stories that match yet. Try choosing fewer things, or <Link to="/browse">browse</Link> — and{" "}
              <Link to="/help">support is here</Link> whenever you need it.
            </p>
          ) : (
            <p>Choose a few things above and we'll suggest stories. There's no wrong answer.</p>
          )
        }
      />
    </>
  );
}
