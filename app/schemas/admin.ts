import { z } from "zod";
import { FACETS, ROLES } from "~/lib/constants";
import { text } from "./auth";

const id = text("Member").min(1).max(64);

export const roleSchema = z.object({
  userId: id,
  role: z.enum(ROLES, { errorMap: () => ({ message: "Choose member, moderator or admin." }) }),
});

export const suspendSchema = z.object({
  userId: id,
  reason: text("Reason").trim().min(1, "Give a reason; it goes in the audit log.").max(500, "Keep the reason under 500 characters."),
});

export const restoreSchema = z.object({ userId: id });

const tagName = text("Tag name").trim().min(1, "Give the tag a name.").max(60, "Keep tag names under 60 characters.");

export const addTagSchema = z.object({
  facet: z.enum(FACETS, { errorMap: () => ({ message: "Choose a facet." }) }),
  name: tagName,
});

export const renameTagSchema = z.object({ tagId: text("Tag").min(1).max(64), name: tagName });
export const retireTagSchema = z.object({ tagId: text("Tag").min(1).max(64) });
export const mergeTagsSchema = z.object({
  sourceId: text("Tag to merge").min(1, "Choose the tag to merge.").max(64),
  targetId: text("Tag to keep").min(1, "Choose the tag to keep.").max(64),
});

export const crisisResourceSchema = z.object({
  id: text("Resource").min(1).max(64),
  name: text("Name").trim().min(1, "Give the resource a name.").max(100, "Keep the name under 100 characters."),
  description: text("Description").trim().min(1, "Describe the resource in a sentence.").max(500, "Keep the description under 500 characters."),
  action: text("What to do").trim().min(1, "Say what to do, e.g. “Call or text 988”.").max(100, "Keep it under 100 characters."),
  href: text("Link")
    .trim()
    .max(200, "Keep the link under 200 characters.")
    .regex(/^(tel:\+?[0-9]{3,15}|sms:\+?[0-9]{3,15}(\?body=[A-Za-z0-9%]+)?|https:\/\/[^\s]+)$/, "Use a tel:, sms: or https:// link."),
});
