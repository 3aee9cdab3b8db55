import crypto from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** A random, unguessable identifier (120 bits, lower-case base32). Carries no time or order. */
export function newId(): string {
  return encodeBase32LowerCaseNoPadding(crypto.randomBytes(15));
}

/** A random secret of `bytes` bytes, lower-case base32. */
export function randomSecret(bytes = 20): string {
  return encodeBase32LowerCaseNoPadding(crypto.randomBytes(bytes));
}

export function sha256Hex(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}
