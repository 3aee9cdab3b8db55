import type { z } from "zod";

// One way to read a form: a Zod schema, field errors keyed by field name, and the values
// the person typed (never passwords) handed back so nothing is lost to a failed submit.

export type FieldErrors = Partial<Record<string, string>>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

const SECRET_FIELDS = /password|code/i;

const FORM_CONTENT_TYPE = /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

/**
 * The submitted form. A body that isn't a form (JSON, plain text, a broken multipart body)
 * is the sender's mistake, so it gets a 4xx with a message instead of a TypeError (a 500).
 */
export async function readForm(request: Request): Promise<FormData> {
  if (!FORM_CONTENT_TYPE.test(request.headers.get("Content-Type") ?? "")) {
    throw new Response("This address only accepts its own form. Please go back and send the form again.", { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response("We couldn't read what was sent. Please go back and send the form again.", { status: 400 });
  }
}

/**
 * At most `max` UTF-16 units of `value`, never ending in half a surrogate pair: a lone
 * surrogate is not valid text, and the database refuses a query that contains one.
 */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || SECRET_FIELDS.test(key)) continue;
    values[key] = value;
  }
  return values;
}

/** Reads a form: every field arrives as a string (files and repeated fields are refused by the schema). */
export function parseForm<S extends z.ZodTypeAny>(schema: S, formData: FormData): FormResult<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    raw[key] = all.length === 1 ? all[0] : all;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(formData) };
}
