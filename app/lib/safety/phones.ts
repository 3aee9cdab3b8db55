// Phone numbers in prose, found with libphonenumber-js (Google's libphonenumber metadata) and
// kept only when they look like something a person would dial, never a year, a count, a
// date or one of the helplines the site shows anyway.
//
// The "max" metadata (about 40 KB gzipped, server-side only) is the one whose isValid() knows
// each country's real number ranges: prose is full of long digit runs, and the "min"
// metadata, which checks little more than lengths, would take far more of them for numbers.

import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/max";
import type { Candidate } from "./types";

/**
 * National numbers are read as if from each of these countries in turn: the US first (most
 * of our authors; Canada shares its numbering), then the other countries our authors write
 * from. A number with a trunk "0" is read only where numbers are written that way.
 */
const DEFAULT_COUNTRIES: readonly CountryCode[] = ["US", "IN", "GB", "AU", "NG", "IE", "NZ", "ZA"];
const TRUNK_ZERO_COUNTRIES: readonly CountryCode[] = ["GB", "AU", "NG", "IE", "NZ", "ZA", "IN"];
/** An international number carries its own country; any default reads it the same way. */
const INTERNATIONAL: readonly CountryCode[] = ["US"];

/**
 * Helplines the site shows on every page (docs/product.md, "Safety checks") and others that authors quote: they
 * identify no one. 988, 741741, 116 123 and 13 11 14 are too short to be read as numbers;
 * SAMHSA's line, the old Lifeline number, the US domestic-violence line and the Trevor
 * Project's are not.
 */
const PUBLIC_HELPLINES = new Set(["8006624357", "8002738255", "8007997233", "8664887386"]);

/** A run of digits and the characters people group them with, on one line. */
const DIGIT_RUN = /[+(]?\d[\d \u00a0().\-–]*\d/g;
/**
 * US and Canadian shapes, which hold for the fictional 555 numbers the metadata calls
 * invalid; an area code never starts with 0 or 1.
 */
const NANP_SHAPE = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-]?)\d{3}[ .-]?\d{4}$/;
/**
 * A trunk "0" and ten or more digits, grouped, is how every other country on the list writes
 * a number at home ("07700 900461", "0412 345 678"), reserved drama ranges included.
 */
const TRUNK_SHAPE = /^\(?0\d{1,4}\)?(?:[ .-]\d{2,5}){1,3}$|^0\d{10}$/;
const DATE_SHAPE = /^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** A cue that makes a short or unformatted number a phone number ("text me on …"). */
const PHONE_CUE =
  /\b(?:call(?:ed)?|text(?:ed)?|ring|rang|phone|cell|mobile|mob|number|whatsapp|signal|reach me|dial|tel|landline|contact)\b[^.!?\n]{0,30}$/i;
/** Numbers after these are records, not phones (see the record detector). */
export const RECORD_CUE_BEFORE =
  /\b(?:case|docket|cause|citation|ticket|warrant|inmate|prisoner|prison|booking|offender|DOC|BOP|CDCR|register|registration|licen[cs]e|DL|plate|reg|rego|social|SSN|NHS|medicare|medicaid|MRN|account|policy|member|serial|file|client|claim|reference|ref|badge|patient|student|employee|staff|probation|parole)\b[^.!?\n]{0,20}$/i;

/** A seven-digit local number ("867-5309"), counted only after a cue such as "call me at". */
const LOCAL_NUMBER = /(?<![\w-])(?<!\d[\s.])\d{3}-\d{4}(?![\w-])/g;

function isHelpline(digits: string): boolean {
  const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return PUBLIC_HELPLINES.has(national);
}

interface Found {
  raw: string;
  international: boolean;
  possible: boolean;
  valid: boolean;
}

/**
 * At most this many digit runs of one text go to the library; past it, shapes alone decide,
 * so a pasted table of numbers cannot take seconds.
 */
const LIBRARY_BUDGET = 300;

/** Is this match, read with this default country, a number someone would dial? */
function looksDialable(f: Found, cued: boolean): boolean {
  const digits = f.raw.replace(/\D/g, "");
  if (isHelpline(digits) || DATE_SHAPE.test(f.raw)) return false;
  if (f.international) return f.possible;
  if (TRUNK_SHAPE.test(f.raw) && digits.length >= 10) return f.possible;
  return f.valid && (digits.length >= 10 || (cued && digits.length >= 7));
}

/** Where in a run of digits a dialable number sits, if anywhere. */
function locateNumber(run: string, cued: boolean, useLibrary: boolean): [number, number] | null {
  if (NANP_SHAPE.test(run)) return isHelpline(run.replace(/\D/g, "")) ? null : [0, run.length];
  if (!useLibrary) return TRUNK_SHAPE.test(run) && run.replace(/\D/g, "").length >= 10 ? [0, run.length] : null;
  const countries = run.startsWith("+")
    ? INTERNATIONAL
    : run.replace(/^\(/, "").startsWith("0")
      ? TRUNK_ZERO_COUNTRIES
      : DEFAULT_COUNTRIES;
  for (const country of countries) {
    for (const m of findPhoneNumbersInText(run, { defaultCountry: country, extended: true })) {
      const raw = run.slice(m.startsAt, m.endsAt);
      const found: Found = {
        raw,
        international: raw.startsWith("+"),
        possible: m.number.isPossible(),
        valid: m.number.isValid(),
      };
      if (looksDialable(found, cued || (m.startsAt > 0 && PHONE_CUE.test(run.slice(0, m.startsAt))))) {
        return [m.startsAt, m.endsAt];
      }
    }
  }
  return null;
}

/** Phone numbers written with digits, in any of the formats of DEFAULT_COUNTRIES. */
export function findDigitPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  const judged = new Map<string, [number, number] | null>();
  let budget = LIBRARY_BUDGET;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    const digitCount = run.replace(/\D/g, "").length;
    if (digitCount < 7 || digitCount > 16) continue;
    // Money, hashtags, decimals and words glued to digits are not numbers people dial.
    if (/[$£€#\w.,]/.test(text[m.index - 1] ?? "")) continue;
    // Years and dates never need the library's opinion.
    if (run.split(/\D+/).every((g) => g === "" || YEAR.test(g)) || DATE_SHAPE.test(run)) continue;
    const left = text.slice(Math.max(0, m.index - 40), m.index);
    if (RECORD_CUE_BEFORE.test(left)) continue;
    const cued = PHONE_CUE.test(left);
    // Below ten digits only a cue ("call me on …") or a country code makes a phone number.
    if (digitCount < 10 && !cued && !run.startsWith("+")) continue;
    const key = `${cued ? 1 : 0}${run}`;
    let span = judged.get(key);
    if (span === undefined) {
      span = locateNumber(run, cued, budget-- > 0);
      judged.set(key, span);
    }
    if (span) out.push({ kind: "phone", start: m.index + span[0], end: m.index + span[1], suggestion: "my number" });
  }
  LOCAL_NUMBER.lastIndex = 0;
  for (let m = LOCAL_NUMBER.exec(text); m !== null; m = LOCAL_NUMBER.exec(text)) {
    if (!PHONE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ kind: "phone", start: m.index, end: m.index + m[0].length, suggestion: "my number" });
  }
  return out;
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6",
  seven: "7", eight: "8", nine: "9",
};
const DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)";
const SPOKEN_TOKEN = `(?:(?:double|triple)\\s+${DIGIT_WORD}|${DIGIT_WORD}|\\d{1,4})`;
/**
 * A number read out in words, as people type it to dodge filters: "five five five, one two
 * three, four five six seven", "oh seven seven double oh nine …". A leading "oh" only counts
 * before another digit word ("Oh, one more thing" is not a number).
 */
const SPOKEN_NUMBER = new RegExp(
  `(?<![\\w-])(?:oh(?=[ ,.-]+${DIGIT_WORD}\\b)[ ,.-]+)?(?:(?:double|triple)\\s+${DIGIT_WORD}|(?:zero|one|two|three|four|five|six|seven|eight|nine)|\\d{1,4})(?:(?:[ ,.-]+|\\s+dash\\s+)${SPOKEN_TOKEN}){3,}(?![\\w-])`,
  "gi",
);

/** The digits a spoken number stands for ("double oh" is "00"). */
function spokenDigits(spoken: string): { digits: string; words: number } {
  let digits = "";
  let words = 0;
  const tokens = spoken.toLowerCase().split(/[\s,.-]+/).filter((t) => t && t !== "dash");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const repeat = t === "double" ? 2 : t === "triple" ? 3 : 1;
    const word = repeat > 1 ? (tokens[++i] ?? "") : t;
    const digit = DIGIT_WORDS[word];
    if (digit !== undefined) {
      digits += digit.repeat(repeat);
      words++;
    } else {
      digits += word;
    }
  }
  return { digits, words };
}

/** Counting aloud ("one, two, three, four, five, six, seven") is not a phone number. */
function isCounting(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = Number(digits[i]) - Number(digits[i - 1]);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return up || down;
}

/** Phone numbers spelled out in words, at least seven digits of them. */
export function findSpokenPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  SPOKEN_NUMBER.lastIndex = 0;
  for (let m = SPOKEN_NUMBER.exec(text); m !== null; m = SPOKEN_NUMBER.exec(text)) {
    const { digits, words } = spokenDigits(m[0]);
    if (words < 3 || digits.length < 7 || digits.length > 15 || isCounting(digits)) continue;
    out.push({ kind: "phone", start: m.index, end: m.index + m[0].length, suggestion: "my number" });
  }
  return out;
}
