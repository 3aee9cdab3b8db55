import { z } from "zod";

// Form schemas for accounts, shared by the browser (field hints) and the server (the rules).

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;

/** A single text field; anything else (a file, a repeated field) gets a clear message. */
export const text = (label: string) =>
  z.string({
    required_error: `${label} is required.`,
    invalid_type_error: `${label} must be text.`,
  });

export const username = text("Username")
  .trim()
  .min(1, "Choose a username.")
  .min(USERNAME_MIN, `Use at least ${USERNAME_MIN} characters.`)
  .max(USERNAME_MAX, `Use at most ${USERNAME_MAX} characters.`)
  .regex(/^[A-Za-z0-9_.-]+$/, "Use letters, numbers, dots, dashes or underscores only.");

// Length and the common-password list are checked on the server (passwordProblem) so
// the message can be specific; here only presence and a hard cap on size.
const password = (label: string) =>
  text(label).min(1, `Enter ${label.toLowerCase()}.`).max(1024, `${label} is far too long.`);

const optionalEmail = text("E-mail")
  .trim()
  .max(254, "That e-mail address is too long.")
  .refine((value) => value === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), "That doesn't look like an e-mail address.")
  .optional()
  .transform((value) => (value ? value : null));

const redirectTo = text("Redirect").max(2000).optional();

export const signupSchema = z.object({
  username,
  password: password("A password"),
  email: optionalEmail,
  redirectTo,
});

export const loginSchema = z.object({
  username: text("Username").trim().min(1, "Enter your username.").max(100, "That username is too long."),
  password: password("Your password"),
  redirectTo,
});

export const resetSchema = z.object({
  username: text("Username").trim().min(1, "Enter your username.").max(100, "That username is too long."),
  code: text("Recovery code").trim().min(1, "Enter one of your recovery codes.").max(100, "That recovery code is too long."),
  password: password("A new password"),
});

export const changePasswordSchema = z.object({
  currentPassword: password("Your current password"),
  newPassword: password("A new password"),
});
