import { z } from "zod";
import { ANONYMITY, WARNING_SLUGS } from "~/lib/constants";
import { text } from "./auth";

// The story form, shared by the editor (counters, hints) and the server (the rules).

export const TITLE_MAX = 120;
export const BODY_MAX = 50_000;
export const PEN_NAME_MAX = 60;

/**
 * Lengths are counted as the editor's counters count them: characters a person sees (code
 * points), not UTF-16 units, so an emoji counts once. The string cap stops absurd inputs early.
 */
const atMost = (max: number) => (value: string) => value.length <= max * 2 && [...value].length <= max;

const list = (label: string) =>
  z
    .union([text(label), z.array(text(label))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const storySchema = z
  .object({
    title: text("Title").trim().refine(atMost(TITLE_MAX), `Keep the title to ${TITLE_MAX} characters or fewer.`),
    body: text("Your story").refine(atMost(BODY_MAX), `Stories can be up to ${BODY_MAX.toLocaleString("en-US")} characters.`),
    anonymity: z.enum(ANONYMITY, {
      errorMap: () => ({ message: "Choose how your name appears: username, pen name or anonymous." }),
    }),
    penName: text("Pen name").trim().refine(atMost(PEN_NAME_MAX), `Keep the pen name to ${PEN_NAME_MAX} characters or fewer.`).optional(),
    tags: list("Tags").pipe(z.array(z.string().max(80)).max(30, "Choose at most 30 tags.")),
    warnings: list("Warnings").pipe(
      z.array(z.enum(WARNING_SLUGS as [string, ...string[]], { errorMap: () => ({ message: "Choose warnings from the list." }) })),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.anonymity === "PEN_NAME" && !value.penName) {
      ctx.addIssue({ code: "custom", path: ["penName"], message: "Type the pen name you'd like to appear under." });
    }
  });

export type StoryInput = z.infer<typeof storySchema>;

/** What submitting needs on top of saving: a draft may be unfinished, a submission may not. */
export function submissionProblems(input: { title: string; body: string; tagFacets: string[] }) {
  const errors: Record<string, string> = {};
  if (!input.title.trim()) errors.title = "Give your story a title before sending it for review.";
  if (input.body.trim().length < 200) errors.body = "Stories need at least 200 characters before they can be reviewed.";
  if (!input.tagFacets.some((facet) => facet === "SUBSTANCE" || facet === "SITUATION")) {
    errors.tags = "Choose at least one substance or situation so readers like you can find it.";
  }
  return errors;
}
