import type { ShouldRevalidateFunction } from "@remix-run/react";

/**
 * The editor's background requests (autosave, live preview) change nothing the page's
 * loaders show, so they must not re-run them: a revalidation would cost queries on every
 * keystroke pause and could reset what the author is typing.
 */
function isEditorBackgroundRequest({ formAction, formData }: { formAction?: string; formData?: FormData }): boolean {
  return formAction === "/write/preview" || formData?.get("intent") === "autosave";
}

/** For routes around the editor: skip revalidation after the editor's background requests. */
export const skipEditorBackgroundRevalidation: ShouldRevalidateFunction = (args) =>
  isEditorBackgroundRequest(args) ? false : args.defaultShouldRevalidate;
