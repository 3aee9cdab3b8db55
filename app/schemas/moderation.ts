import { z } from "zod";
import { MODERATION_REASONS, REPORT_REASONS, WARNING_SLUGS } from "~/lib/constants";
import { text } from "./auth";

const reasonSlugs = MODERATION_REASONS.map((r) => r.slug) as [string, ...string[]];
const reportSlugs = REPORT_REASONS.map((r) => r.slug) as [string, ...string[]];

const list = (label: string) =>
  z
    .union([text(label), z.array(text(label))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const decision = {
  revisionId: text("Revision").min(1).max(64),
  version: text("Version").min(1).max(64),
};

export const approveSchema = z.object({
  ...decision,
  tags: list("Tags").pipe(z.array(z.string().max(80)).max(30)),
  warnings: list("Warnings").pipe(
    z.array(z.enum(WARNING_SLUGS as [string, ...string[]], { errorMap: () => ({ message: "Choose warnings from the list." }) })),
  ),
  note: text("Note").trim().max(2000, "Keep the note under 2,000 characters.").optional(),
});

export const requestChangesSchema = z.object({
  ...decision,
  note: text("Note")
    .trim()
    .min(1, "Tell the author what to change — they'll see this note.")
    .max(2000, "Keep the note under 2,000 characters."),
});

export const rejectSchema = z.object({
  ...decision,
  reason: z.enum(reasonSlugs, { errorMap: () => ({ message: "Choose a reason from the list." }) }),
  note: text("Note")
    .trim()
    .min(1, "Add a short note for the author explaining the decision.")
    .max(2000, "Keep the note under 2,000 characters."),
});

export const removeSchema = z.object({
  reason: z.enum(reasonSlugs, { errorMap: () => ({ message: "Choose a reason from the list." }) }),
  note: text("Note")
    .trim()
    .min(1, "Add a short note for the author explaining why the story was removed.")
    .max(2000, "Keep the note under 2,000 characters."),
});

export const dismissSchema = z.object({
  note: text("Note").trim().max(2000, "Keep the note under 2,000 characters.").optional().default(""),
});

export const revealSchema = z.object({
  reason: text("Reason")
    .trim()
    .min(1, "Say why you need to see who wrote this; it goes in the audit log.")
    .max(500, "Keep the reason under 500 characters."),
});

export const reportSchema = z.object({
  reason: z.enum(reportSlugs, { errorMap: () => ({ message: "Choose what's wrong from the list." }) }),
  note: text("Details").trim().max(1000, "Keep the details under 1,000 characters.").optional().default(""),
});
