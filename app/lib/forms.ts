import type { z } from "zod";

// One way to read a form: a Zod schema, field errors keyed by field name, and the values
// the person typed (never passwords) handed back so nothing is lost to a failed submit.

export type FieldErrors = Partial<Record<string, string>>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

const SECRET_FIELDS = /password|code/i;

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
