// Advisory safety checks that run on every draft (PRODUCT.md, "Safety checks that run on
// every draft"). They never block: the author sees each finding with a kind explanation
// and a suggested rewording, and moderators see the same list. Crisis language also
// shows crisis resources at once and moves the story up the moderation queue.
//
// Pure TypeScript with no Node or server imports, so the editor can run it in the browser
// as the author types, and the server can run the very same code on submit.
//
// Precision matters as much as recall: recovery writing is full of ages ("I was 25"),
// years ("in 2019"), counts ("day 90", "18 months"), programmes ("AA", "SMART Recovery"),
// medications ("Suboxone") and past pain ("I wanted to die back then"). A checker that
// cries wolf on those teaches authors to ignore it. So every detector below needs a shape
// that is specific on its own (an e-mail, a phone number) or a context cue (a relationship
// word before a name, a state after a ZIP code, first person + present tense for crisis).

import {
  BARE_STREET_SUFFIXES,
  FIRST_NAMES,
  GENERIC_PLACE_WORDS,
  INSTITUTION_NOUNS,
  NOT_NAMES,
  NOT_PERSON_PHRASES,
  PUBLIC_RESOURCE_DOMAINS,
  RELATIONSHIP_WORDS,
  STREET_SUFFIXES,
  TITLES,
  US_CITIES,
  US_STATES,
} from "./safety-words";

export type FindingKind =
  | "email"
  | "phone"
  | "url"
  | "handle"
  | "address"
  | "zip"
  | "date"
  | "name"
  | "place"
  | "crisis";

export type SafetyField = "title" | "body";

export interface SafetyFinding {
  field: SafetyField;
  kind: FindingKind;
  /** The exact matched text: `input.slice(start, end)` of the field. */
  text: string;
  /** UTF-16 offset into the field's text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** Plain, kind explanation for the author. */
  message: string;
  /** A drop-in rewording for `text` ("my sister", "a town in Ohio"); empty for crisis. */
  suggestion: string;
}

export interface SafetyReport {
  findings: SafetyFinding[];
  crisis: boolean;
}

export const CRISIS_MESSAGE =
  "It sounds like you might be going through something really hard right now. You don't have to go through it alone — help is below.";

const MESSAGES: Record<FindingKind, string> = {
  email: "This looks like an e-mail address. Someone could use it to find you.",
  phone: "This looks like a phone number. Someone could use it to contact or find you.",
  url: "This looks like a web address. A link to a personal page or profile can show who you are.",
  handle: "This looks like a social media handle. It could lead readers to your profile.",
  address: "This looks like a street address. It could show where you, or someone you love, lives.",
  zip: "This looks like a ZIP code. With other details it can narrow down where you live.",
  date: "This looks like an exact date. People who know you might recognise a sobriety, arrest or hospital date.",
  name: "This looks like someone's name. A relationship or an initial instead protects them, and you.",
  place: "This looks like a specific place. Naming it can help people work out who you are.",
  crisis: CRISIS_MESSAGE,
};

/**
 * When two findings overlap, the kind earlier in this list wins (then the longer match).
 * Crisis comes first: a cry for help must never be hidden behind an identifying detail.
 * Then the most specific shapes (an e-mail contains something URL-like and a handle-like
 * "@"), and the fuzzy, cue-based kinds (place, name) last.
 */
const PRIORITY: readonly FindingKind[] = [
  "crisis",
  "email",
  "url",
  "handle",
  "phone",
  "address",
  "zip",
  "date",
  "place",
  "name",
];

/** A raw detector hit, before overlaps are resolved and messages attached. */
interface Candidate {
  kind: FindingKind;
  start: number;
  end: number;
  suggestion: string;
}

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

/** Straight or curly apostrophe: authors paste from phones and word processors. */
const APOS = "['’]";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation of literal words, longest first so "High School" beats "High". */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

/** Runs a global regex over text, calling fn for every match. */
function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** Offset of a capture group inside the whole match (groups here are unique substrings). */
function groupStart(m: RegExpExecArray, group: number): number {
  const g = m[group] ?? "";
  return m.index + m[0].indexOf(g);
}

const ABBREVIATIONS = new Set([
  "Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Jr", "Sr", "Mt", "Ft", "Fr", "Rev", "Sgt", "Det",
  "Prof", "Ofc", "Lt", "Capt", "vs", "etc", "No", "Apt", "Ave", "Rd", "Blvd",
]);

/**
 * True when `index` starts a sentence: start of text or line, or after . ! ? (but not after
 * "Dr." or an initial like "W."). Used to capitalise suggestions and to discount the
 * capital letter of a sentence's first word.
 */
function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”‘’([*_]/.test(text[i] ?? "")) {
    if (text[i] === "\n") return true;
    i--;
  }
  if (i < 0) return true;
  const ch = text[i] ?? "";
  if (!/[.!?…]/.test(ch)) return false;
  if (ch === ".") {
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i));
    if (word && (ABBREVIATIONS.has(word[1] ?? "") || /^[A-Z]$/.test(word[1] ?? ""))) return false;
  }
  return true;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Suggestions are drop-in replacements, so one that opens a sentence gets a capital. */
function fitCase(suggestion: string, text: string, start: number): string {
  return isSentenceStart(text, start) ? upperFirst(suggestion) : suggestion;
}

/** "I'm" and "I am"; the apostrophe is optional because phones drop it ("Im"). */
const I_AM = `i(?:${APOS}?m|\\s+am)`;

/** Words people put between "I" and the verb without changing its tense. */
const ADVERBS = `(?:(?:just|really|still|honestly|truly|seriously|actually|kind of|kinda|sort of|literally|only|so|finally|simply)\\s+)*`;

/** A preposition with either case for its first letter (sentence start) but nothing else. */
function prep(words: readonly string[]): string {
  return words
    .map((w) => `[${(w[0] ?? "").toUpperCase()}${(w[0] ?? "").toLowerCase()}]${escapeRegExp(w.slice(1))}`)
    .join("|");
}

// ---------------------------------------------------------------------------------------
// Contact details: e-mail, URL, handle, phone
// ---------------------------------------------------------------------------------------

/** Starts only at the beginning of a run of address characters, so long text stays linear. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){0,8}\.[A-Za-z]{2,}/g;

function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(EMAIL, text, (m) =>
    out.push({ kind: "email", start: m.index, end: m.index + m[0].length, suggestion: "my e-mail" }),
  );
  return out;
}

const HTTP_URL = /\bhttps?:\/\/[^\s<>"'()]+/gi;
const WWW_URL = /(?<![\w/.])www\.[^\s<>"'()]+/gi;
/**
 * A bare domain ("soberdads.org"). Only common top-level domains, so ordinary words joined
 * by a missing space after a full stop are rarely mistaken for one.
 */
const BARE_DOMAIN =
  /(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){1,6}(?:com|org|net|edu|gov|io|co|us|info|me|ly|app|dev|biz|tv|gg|xyz|blog)(?![\w-])(?:\/[^\s<>"'()]*)?/gi;

/** Sentence punctuation that follows a link is not part of it. */
function trimTrailingPunctuation(start: number, raw: string): { start: number; end: number } {
  const trimmed = raw.replace(/[.,;:!?'"’”]+$/, "");
  return { start, end: start + trimmed.length };
}

/** "https://www.aa.org/meetings" -> "aa.org". */
function hostOf(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .split(/[/?#:]/)[0] ?? "";
}

function findUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [HTTP_URL, WWW_URL, BARE_DOMAIN]) {
    eachMatch(re, text, (m) => {
      // Pointing readers to AA, NA or SAMHSA identifies no one.
      if (PUBLIC_RESOURCE_DOMAINS.has(hostOf(m[0]))) return;
      const span = trimTrailingPunctuation(m.index, m[0]);
      out.push({ kind: "url", ...span, suggestion: "my website" });
    });
  }
  return out;
}

/** "@name", but not the "@" inside an e-mail address (no word character before it). */
const HANDLE = /(?<![\w@.])@[A-Za-z_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g;

function findHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(HANDLE, text, (m) =>
    out.push({ kind: "handle", start: m.index, end: m.index + m[0].length, suggestion: "my account" }),
  );
  return out;
}

/** US numbers: 555-123-4567, (555) 123-4567, +1 555 123 4567, 5551234567, 1-800-…. */
const PHONE =
  /(?<![\w+])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\w)/g;
/** A seven-digit local number ("867-5309") only counts after a cue such as "call me at". */
const LOCAL_PHONE = /(?<![\w-])(?<!\d[\s.])\d{3}-\d{4}(?![\w-])/g;
const LOCAL_PHONE_CUE = /\b(?:call|text|number|cell|phone|reach me|dial)\b[^.!?\n]{0,25}$/i;

/**
 * Helplines the site itself shows on every page (PRODUCT.md). Quoting them identifies no
 * one, so they are never flagged. 988 and 741741 are too short to look like a phone number
 * anyway; SAMHSA's 1-800-662-4357 is not.
 */
const SITE_HELPLINES = new Set(["8006624357"]);

function isSiteHelpline(raw: string): boolean {
  const digits = raw.replace(/\D/g, "");
  const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return SITE_HELPLINES.has(national);
}

function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(PHONE, text, (m) => {
    if (isSiteHelpline(m[0])) return;
    out.push({ kind: "phone", start: m.index, end: m.index + m[0].length, suggestion: "my number" });
  });
  eachMatch(LOCAL_PHONE, text, (m) => {
    if (!LOCAL_PHONE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    out.push({ kind: "phone", start: m.index, end: m.index + m[0].length, suggestion: "my number" });
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Street addresses and ZIP codes
// ---------------------------------------------------------------------------------------

const ABBREVIATED_SUFFIXES = new Set([
  "St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Ter", "Cir", "Hwy", "Pkwy", "Trl", "Sq",
]);

/** Suffix alternation where abbreviations may carry their full stop ("St."). */
function suffixPattern(suffixes: readonly string[]): string {
  const full = suffixes.filter((s) => !ABBREVIATED_SUFFIXES.has(s));
  const abbr = suffixes.filter((s) => ABBREVIATED_SUFFIXES.has(s));
  return `(?:(?:${alternation(full)})\\b|(?:${alternation(abbr)})\\b\\.?)`;
}

/** A street-name word: "Maple", "O'Neil", or an ordinal street like "3rd". */
const STREET_WORD = "(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:['’][a-z]+)?|\\d{1,3}(?:st|nd|rd|th))";
const DIRECTION = "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?";

/**
 * House number + optional direction + 1–3 capitalised street words + a street suffix, plus
 * an optional unit: "123 Maple Street", "42 W 3rd Ave", "9 Oak Ln., Apt 4B". The street
 * words must be capitalised, so "30 days" or "2 treatment centers" never match.
 */
const STREET_ADDRESS = new RegExp(
  `(?<![\\w.,$-])\\d{1,5}[A-Za-z]?\\s+(?:${DIRECTION}\\s+)?((?:${STREET_WORD}\\s+){1,3})${suffixPattern(STREET_SUFFIXES)}(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?[A-Za-z0-9-]+)?`,
  "g",
);
const PO_BOX = /\b(?:P\.?\s?O\.?|Post Office)\s*Box\s+\d+\b/gi;

/** A capitalised word that names something rather than describing it ("Drug Court" doesn't). */
function isProperWord(word: string): boolean {
  return !NOT_NAMES.has(word.replace(/['’]s$/, ""));
}

function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(STREET_ADDRESS, text, (m) => {
    const streetWords = (m[1] ?? "").trim().split(/\s+/);
    if (!streetWords.some((w) => /^\d/.test(w) || isProperWord(w))) return;
    out.push({
      kind: "address",
      start: m.index,
      end: m.index + m[0].length,
      suggestion: "a place in my neighbourhood",
    });
  });
  eachMatch(PO_BOX, text, (m) =>
    out.push({ kind: "address", start: m.index, end: m.index + m[0].length, suggestion: "a PO box" }),
  );
  return out;
}

const STATE_NAMES = Object.keys(US_STATES);
const STATE_ABBRS = Object.values(US_STATES);
const STATE_BY_ABBR: Record<string, string> = Object.fromEntries(
  Object.entries(US_STATES).map(([name, abbr]) => [abbr, name]),
);

/** Five digits, or ZIP+4, standing alone (not part of a longer number, price or decimal). */
const ZIP = /(?<![\w$.,-])\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)/g;
const ZIP_CUE = /\b(?:zip|zip code|zipcode|postal code)\s*(?:is|was|:|#|number)?\s*$/i;
/** Case-sensitive on purpose: "IN 46201" is Indiana, "in 2019" is a year. */
const AFTER_STATE = new RegExp(
  `(?:\\b(?:${alternation(STATE_NAMES)})|\\b(?:${alternation(STATE_ABBRS)})\\.?)\\s*,?\\s*$`,
);

/**
 * A 5-digit number is a ZIP code only in context: after a state ("Ohio 43215", "IL 62704"),
 * after "zip code", or shortly after a street address. Otherwise it is a count or an amount
 * ("10000 steps"), and ages and years are too short to match at all.
 */
function findZips(text: string, addresses: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(ZIP, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const afterAddress = addresses.some(
      (a) =>
        a.end <= m.index &&
        m.index - a.end <= 60 &&
        /^[\s,A-Za-z.'’-]*$/.test(text.slice(a.end, m.index)),
    );
    if (!ZIP_CUE.test(before) && !AFTER_STATE.test(before) && !afterAddress) return;
    out.push({ kind: "zip", start: m.index, end: m.index + m[0].length, suggestion: "my area" });
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Exact dates
// ---------------------------------------------------------------------------------------

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11,
  dec: 12,
};

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** "March 3, 2019" becomes "one spring": the season keeps the story's feel, not the day. */
function seasonPhrase(month: number): string {
  if (month >= 3 && month <= 5) return "one spring";
  if (month >= 6 && month <= 8) return "one summer";
  if (month >= 9 && month <= 11) return "one autumn";
  if (month === 12 || month === 1 || month === 2) return "one winter";
  return "one year";
}

/** Month names must be capitalised: "may" and "march" are also verbs. */
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
const DAY = "(?:3[01]|[12]\\d|0?[1-9])";
const ORDINAL = "(?:st|nd|rd|th)";
const YEAR = "(?:19|20)\\d{2}";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/**
 * "on" (and a weekday) belong to the date, so the rewording reads naturally:
 * "I got out on May 5th" becomes "I got out one spring".
 */
const DATE_PREFIX = `(?:\\b([Oo]n)\\s+)?(?:${WEEKDAY},?\\s+)?`;
/** "May 5 people came" is a count, not a date. */
const NOT_A_COUNT =
  "(?!\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times|people|of us|others|pills|drinks|beers|meetings)\\b)";

/** "March 3, 2019", "May 5th", "on Sunday, March 3". */
const MONTH_DAY = new RegExp(
  `${DATE_PREFIX}\\b(${MONTH})\\s+(${DAY})${ORDINAL}?(?!\\d)(?:,?\\s+(${YEAR}))?(?![\\w:])${NOT_A_COUNT}`,
  "g",
);
/** "the 4th of July 2015", "the 3rd of March". */
const DAY_OF_MONTH = new RegExp(
  `${DATE_PREFIX}(?:[Tt]he\\s+)?\\b(${DAY})${ORDINAL}\\s+of\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w])`,
  "g",
);
/** "14 February 2021", "on 3 May". */
const DAY_MONTH = new RegExp(
  `${DATE_PREFIX}\\b(${DAY})${ORDINAL}?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w])`,
  "g",
);
/** "3/14/2020", "3/14/20", "3-14-2020" (US order; day-first accepted when day > 12). */
const NUMERIC_DATE = new RegExp(
  `${DATE_PREFIX}(?<![\\d/.-])(\\d{1,2})(?:/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])|-(\\d{1,2})-(\\d{4})(?![\\d-]))`,
  "g",
);
/** "2019-03-14". */
const ISO_DATE = new RegExp(
  `${DATE_PREFIX}(?<![\\d-])(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d-])`,
  "g",
);

const HOLIDAY_MONTHS: Record<string, number> = {
  "Christmas Eve": 12, "Christmas Day": 12, Christmas: 12, "New Year's Eve": 12,
  "New Year’s Eve": 12, "New Year's Day": 1, "New Year’s Day": 1, "New Year's": 1,
  "New Year’s": 1, Thanksgiving: 11, Easter: 4, Halloween: 10, "Valentine's Day": 2,
  "Valentine’s Day": 2, "Mother's Day": 5, "Mother’s Day": 5, "Father's Day": 6,
  "Father’s Day": 6, "Memorial Day": 5, "Labor Day": 9, "Independence Day": 7,
  "St. Patrick's Day": 3, "St. Patrick’s Day": 3, "Super Bowl Sunday": 2,
};
/** A holiday is a date only with its year ("Christmas Eve 2017"); "Christmas" alone isn't. */
const HOLIDAY_DATE = new RegExp(
  `${DATE_PREFIX}\\b(${alternation(Object.keys(HOLIDAY_MONTHS))})(?:\\s+of)?,?\\s+(${YEAR})(?!\\w)`,
  "g",
);

function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (m: RegExpExecArray, month: number): void => {
    out.push({ kind: "date", start: m.index, end: m.index + m[0].length, suggestion: seasonPhrase(month) });
  };
  eachMatch(MONTH_DAY, text, (m) => add(m, monthNumber(m[2] ?? "")));
  eachMatch(DAY_OF_MONTH, text, (m) => {
    const month = monthNumber(m[3] ?? "");
    // "the 4th of July" is a holiday everyone shares; only with a year does it pin a day.
    if (month === 7 && m[2] === "4" && !m[4]) return;
    add(m, month);
  });
  eachMatch(DAY_MONTH, text, (m) => {
    // Without a year or a leading "on", "3 March" is too often part of a count.
    if (!m[4] && !m[1]) return;
    add(m, monthNumber(m[3] ?? ""));
  });
  eachMatch(NUMERIC_DATE, text, (m) => {
    const a = Number(m[2]);
    const b = Number(m[3] ?? m[5]);
    const usOrder = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    const dayFirst = a >= 13 && a <= 31 && b >= 1 && b <= 12;
    if (!usOrder && !dayFirst) return;
    add(m, usOrder ? a : b);
  });
  eachMatch(ISO_DATE, text, (m) => add(m, Number(m[3])));
  eachMatch(HOLIDAY_DATE, text, (m) => add(m, HOLIDAY_MONTHS[m[2] ?? ""] ?? 0));
  return out;
}

// ---------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------

/** A capitalised word that can be part of a place's name ("St.", "Mary's", "Riverside"). */
const PLACE_WORD = "(?:St\\.|Saint|Mt\\.|Mount|Ft\\.|Fort|[A-Z][a-z]*[A-Z]?[a-z]+(?:['’]s)?)";
const INSTITUTION = new RegExp(
  `(?<![\\w'’.])((?:${PLACE_WORD}\\s+){1,4})(${alternation(INSTITUTION_NOUNS)})(?:\\s+(?:Hospital|Medical Center|School|Jail|Center|Clinic|Church|Prison))?(?![\\w'’])`,
  "g",
);
const INSTITUTION_OF = new RegExp(
  `\\b(?:University|College|Hospital|Church|School|Academy|Institute)\\s+of\\s+(?:the\\s+)?(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})`,
  "g",
);
/** "at St. Mary's": a saint's name after a place preposition is a parish or a hospital. */
const SAINT_PLACE = new RegExp(
  `\\b(?:${prep(["at", "in", "from", "near"])})\\s+((?:St\\.?|Saint)\\s+[A-Z][a-z]+(?:['’]s)?)(?!\\s+Day)(?![\\w])`,
  "g",
);
const STREET_PREPOSITIONS = prep([
  "on", "off", "down", "along", "near", "at", "by", "onto", "to", "from", "up", "past", "of",
  "across",
]);
/** "on Elm Street", "off 5th Avenue": a named street without a house number. */
const NAMED_STREET = new RegExp(
  `\\b(?:${STREET_PREPOSITIONS})\\s+((?:${STREET_WORD}\\s+){1,3}${suffixPattern(BARE_STREET_SUFFIXES)})`,
  "g",
);
/** "the Walmart on 5th": a numbered street on its own, only when nothing else follows. */
const ORDINAL_STREET = /\b[Oo]n\s+(\d{1,3}(?:st|nd|rd|th))(?=\s*(?:[.,;!?)]|$)|\s+(?:and|near|by)\s)/g;

/** "Dayton, Ohio", "Springfield, IL". */
const CITY_STATE = new RegExp(
  `(?<![\\w'’.])((?:(?:St\\.|Saint|Fort|Mount)\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})\\s*,\\s*(${alternation(STATE_NAMES)}|${alternation(STATE_ABBRS)})(?![\\w])`,
  "g",
);
const PLACE_CONTEXT_BEFORE = /(?:\b(?:in|from|near|outside|outside of|around|to|of|at|back in)|,)\s*$/i;

const CITY_NAMES = Object.keys(US_CITIES);
/** Cities that are also first names: "I talked to Austin" is a person, "in Austin" a city. */
const NAME_LIKE_CITIES = new Set(
  CITY_NAMES.filter((c) => FIRST_NAMES.has(c)).concat([
    "Savannah", "Brooklyn", "Charlotte", "Madison", "Jackson", "Lincoln", "Montgomery",
  ]),
);
const CITY_AFTER_PREPOSITION = new RegExp(
  `(?<![\\w])(${prep(["in", "from", "near", "outside of", "outside", "around", "to", "of", "at"])})\\s+(${alternation(CITY_NAMES)})(?![\\w])`,
  "g",
);
const STRONG_CITY_PREPOSITIONS = new Set(["in", "from", "near", "outside", "outside of", "around"]);

function townIn(state: string | null | undefined): string {
  return state ? `a town in ${state}` : "a town in my state";
}

/** A rewording that keeps the kind of place: "Mercy General" becomes "a hospital". */
function institutionSuggestion(phrase: string): string {
  const rules: Array<[RegExp, string]> = [
    [/\b(?:Hospital|Medical Center|General)\b/, "a hospital"],
    [/\bClinic\b/, "a clinic"],
    [/\b(?:Jail|Detention|Correctional)\b/, "a jail"],
    [/\b(?:Prison|Penitentiary)\b/, "a prison"],
    [/\b(?:Treatment|Recovery|Rehab|Detox)\b/, "a treatment center"],
    [/\bHigh\b/, "my high school"],
    [/\b(?:School|Academy|Elementary)\b/, "a school"],
    [/\b(?:University|College|Institute)\b/, "a college"],
    [/\b(?:Church|Cathedral|Chapel)\b/, "a church"],
    [/\bTemple\b/, "a temple"],
    [/\bMosque\b/, "a mosque"],
    [/\bSynagogue\b/, "a synagogue"],
    [/\b(?:County|Parish)\b/, "a county in my state"],
    [/\bPark\b/, "a park"],
    [/\bLibrary\b/, "a library"],
    [/\bMall\b/, "a mall"],
    [/\bMemorial\b/, "a hospital"],
  ];
  return rules.find(([re]) => re.test(phrase))?.[1] ?? "a local center";
}

/** Does this name part actually name something (not "Catholic", "Community", "County")? */
function hasDistinctivePlaceWord(words: readonly string[]): boolean {
  return words.some(
    (w) =>
      !["St.", "Saint", "Mt.", "Mount", "Ft.", "Fort"].includes(w) &&
      !GENERIC_PLACE_WORDS.has(w) &&
      isProperWord(w),
  );
}

function findInstitutions(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(INSTITUTION, text, (m) => {
    // The regex may start on a sentence's first word ("At Riverside High"); drop those.
    const lead = m[1] ?? "";
    const words = lead.trim().split(/\s+/);
    let skipped = 0;
    while (words.length > 0 && !isProperWord(words[0] ?? "")) {
      skipped += (words.shift() ?? "").length;
      skipped += /^\s*/.exec(lead.slice(skipped))?.[0].length ?? 0;
    }
    if (!hasDistinctivePlaceWord(words)) return;
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    out.push({ kind: "place", start, end, suggestion: institutionSuggestion(text.slice(start, end)) });
  });
  eachMatch(INSTITUTION_OF, text, (m) => {
    if (!hasDistinctivePlaceWord((m[1] ?? "").split(/\s+/))) return;
    out.push({ kind: "place", start: m.index, end: m.index + m[0].length, suggestion: institutionSuggestion(m[0]) });
  });
  eachMatch(SAINT_PLACE, text, (m) => {
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + (m[1] ?? "").length, suggestion: "a place in town" });
  });
  return out;
}

function findStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(NAMED_STREET, text, (m) => {
    const name = m[1] ?? "";
    const words = name.split(/\s+/).slice(0, -1);
    if (!words.some((w) => /^\d/.test(w) || isProperWord(w))) return;
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + name.length, suggestion: "a street in my neighbourhood" });
  });
  eachMatch(ORDINAL_STREET, text, (m) => {
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + (m[1] ?? "").length, suggestion: "a street in my neighbourhood" });
  });
  return out;
}

function findCities(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(CITY_STATE, text, (m) => {
    // Drop leading sentence words ("In Smallville, Kansas" -> "Smallville, Kansas").
    const words = (m[1] ?? "").split(/\s+/);
    let start = m.index;
    while (words.length > 1 && !isProperWord(words[0] ?? "")) {
      start += (words.shift() ?? "").length;
      start += /^\s*/.exec(text.slice(start))?.[0].length ?? 0;
    }
    const city = words.join(" ");
    if (!isProperWord(city)) return;
    // "Honestly, Ohio was…" is not a town: need a known city or a place cue before it.
    const before = text.slice(Math.max(0, start - 20), start);
    if (!(city in US_CITIES) && !PLACE_CONTEXT_BEFORE.test(before)) return;
    const stateText = m[2] ?? "";
    const state = STATE_BY_ABBR[stateText] ?? stateText;
    out.push({ kind: "place", start, end: m.index + m[0].length, suggestion: townIn(state) });
  });
  eachMatch(CITY_AFTER_PREPOSITION, text, (m) => {
    const preposition = (m[1] ?? "").toLowerCase();
    const city = m[2] ?? "";
    // A city that is also a first name needs a preposition that people don't take.
    if (NAME_LIKE_CITIES.has(city) && !STRONG_CITY_PREPOSITIONS.has(preposition)) return;
    const start = groupStart(m, 2);
    out.push({ kind: "place", start, end: start + city.length, suggestion: townIn(US_CITIES[city]) });
  });
  return out;
}

/**
 * Specific places: named institutions ("St. Mary's Hospital", "Riverside High School"),
 * streets ("on Elm Street"), and towns (a listed city after "in/from/near…", or any
 * "Town, State"). A state on its own ("in Ohio") is too broad to identify anyone.
 */
function findPlaces(text: string, titleCase: boolean): Candidate[] {
  // In a Title Cased Title every word is capitalised, so capitals mean nothing there.
  const institutions = titleCase ? [] : findInstitutions(text);
  return [...institutions, ...findStreets(text), ...findCities(text)];
}

// ---------------------------------------------------------------------------------------
// Names of people
// ---------------------------------------------------------------------------------------

/**
 * A capitalised word: "Sarah", "McDonald", "O'Brien", "Mary-Kate". A possessive 's may
 * follow ("Sarah's house"), but not another contraction: "Don't" is not Don.
 */
const NAME_TOKEN =
  /(?<![\w'’@.#/-])(?:O['’])?[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?(?![\w@]|['’](?!s\b)[a-z])/g;

const RELATION_CUE = new RegExp(
  `(?:^|[^\\w-])((?:my|our|his|her|their|your|a|the)\\s+(?:(?:late|old|older|oldest|younger|youngest|little|big|baby|twin|new|former|first|ex-?)\\s+)*(?:${alternation(RELATIONSHIP_WORDS)}))\\s*,?\\s*$`,
  "i",
);
const DOTTED_TITLES = new Set(["Dr", "Ofc", "Det", "Sgt", "Rev", "Fr", "Prof", "Mr", "Mrs", "Ms", "Mx"]);
/** Case-sensitive: "Aunt Linda" is a title, "my aunt Linda" a relationship. */
const TITLE_CUE = new RegExp(`(?<![\\w.])(${alternation(Object.keys(TITLES))})(\\.?)\\s+$`);
const NAMED_CUE = new RegExp(`\\b(?:named|name is|name was|name${APOS}s|goes by|went by)\\s+$`, "i");
const APPOSITIVE_AFTER = new RegExp(
  `^\\s*,\\s*(?:my|our|his|her|their)\\s+(?:\\w+\\s+)?(?:${alternation(RELATIONSHIP_WORDS)})\\b`,
  "i",
);

const NOT_A_SURNAME = new Set([
  ...INSTITUTION_NOUNS,
  ...STREET_SUFFIXES,
  ...CITY_NAMES,
  ...STATE_NAMES,
]);

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Could this capitalised word be part of a person's name at all? */
function isNameWord(word: string): boolean {
  // Titles are cues, not names: "Dr" in "the doctor, Dr. Nguyen" is not the name.
  return isProperWord(word) && !(word in US_STATES) && !(word in TITLES);
}

interface NameCue {
  start: number;
  suggestion: string;
}

/**
 * Looks for a context cue that says the capitalised word at `start` is a person: a
 * relationship ("my son Tyler"), a title ("Dr. Patel"), "named …", or ", my sponsor" after
 * it. Returns where the finding should start and a drop-in rewording.
 */
function nameCue(text: string, start: number, end: number, initial: string): NameCue | null {
  const leftStart = Math.max(0, start - 60);
  const left = text.slice(leftStart, start);

  const relation = RELATION_CUE.exec(left);
  if (relation) {
    const phrase = relation[1] ?? "";
    return {
      start: leftStart + relation.index + relation[0].indexOf(phrase),
      suggestion: phrase.replace(/\s+/g, " "),
    };
  }
  const title = TITLE_CUE.exec(left);
  if (title && (title[2] === "" || DOTTED_TITLES.has(title[1] ?? ""))) {
    return { start: leftStart + title.index, suggestion: TITLES[title[1] ?? ""] ?? "someone" };
  }
  if (NAMED_CUE.test(left) || APPOSITIVE_AFTER.test(text.slice(end, end + 60))) {
    return { start, suggestion: initial };
  }
  return null;
}

/**
 * Likely names of people. A capitalised word counts when a cue says it is a person (see
 * nameCue), or when it is on the built-in first-name list – alone ("I called Sarah") or
 * with a capitalised surname ("I met Tom Becker at group"). Family words used as names
 * ("Mom", "Grandma"), God, programmes and medications are never names.
 */
function findNames(text: string, titleCase: boolean): Candidate[] {
  const tokens: Token[] = [];
  eachMatch(NAME_TOKEN, text, (m) =>
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length }),
  );

  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !isNameWord(first.word)) continue;

    // A surname directly after ("Tom Becker"); not in Title Case, where it means nothing.
    const next = tokens[i + 1];
    const hasSurname =
      !titleCase &&
      next !== undefined &&
      text.slice(first.end, next.start) === " " &&
      isNameWord(next.word) &&
      !NOT_A_SURNAME.has(next.word);
    const end = hasSurname && next ? next.end : first.end;
    const initial = `${first.word.charAt(0)}.`;

    let finding: Candidate | null = null;
    const cue = nameCue(text, first.start, end, initial);
    if (cue) {
      finding = { kind: "name", start: cue.start, end, suggestion: cue.suggestion };
    } else if (FIRST_NAMES.has(first.word)) {
      finding = { kind: "name", start: first.start, end, suggestion: initial };
    }
    if (!finding) continue;

    const phrase = text.slice(finding.start, finding.end);
    const nameOnly = text.slice(first.start, end);
    if (NOT_PERSON_PHRASES.has(phrase) || NOT_PERSON_PHRASES.has(nameOnly)) {
      if (hasSurname) i++;
      continue;
    }
    out.push(finding);
    if (hasSurname) i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Crisis language
// ---------------------------------------------------------------------------------------

/** End of a clause: punctuation or the end of the text. */
const CLAUSE_END = "(?=\\s*(?:[.!?,;:…]|$))";
/**
 * "die to my old self", "die of embarrassment" and "I want to die sober, an old woman" are
 * figures of speech or hopes, not intent.
 */
const WAYS_TO_DIE =
  "(?:die(?!\\s+(?:to|for|of|laughing|sober|clean|a|an|old|happy|free|someday|one day)\\b)|kill myself|end (?:it all|my life)|be dead|not (?:be alive|exist|wake up)|stop living|disappear forever)";

/**
 * First person, present or future: current suicidal intent or an overdose happening now.
 * Past tense never matches ("I wanted to die", "I overdosed", "when I was suicidal"),
 * because every pattern needs a present-tense verb form next to "I".
 */
const CRISIS_PATTERNS: readonly RegExp[] = [
  // "I want to die", "I just wanna die", "I need to end it all"
  new RegExp(`\\bi\\s+${ADVERBS}(?:want|wanna|need)\\s+(?:to\\s+)?${WAYS_TO_DIE}\\b`, "gi"),
  // "I want it all to end"
  new RegExp(`\\bi\\s+${ADVERBS}want\\s+(?:it all|everything)\\s+to\\s+(?:end|be over)\\b`, "gi"),
  // "I'm going to kill myself", "I'll end it tonight" (but not "end it with him")
  new RegExp(
    `\\b(?:${I_AM}\\s+${ADVERBS}(?:going to|gonna|about to|ready to|planning to|planning on)|i\\s+${ADVERBS}will|i${APOS}ll)\\s+${ADVERBS}(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|end(?:ing)? it(?:${CLAUSE_END}|(?=\\s+(?:tonight|today|now|soon|this time|for good)\\b))|take my (?:own )?life|take all (?:of )?my pills)`,
    "gi",
  ),
  new RegExp(`\\b${I_AM}\\s+${ADVERBS}ready\\s+to\\s+die\\b`, "gi"),
  // "I don't want to be alive anymore" (but not "I don't want to live like this")
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:do not|don${APOS}?t|dont)\\s+${ADVERBS}want\\s+to\\s+(?:be alive|live|be here|exist|wake up)(?:\\s+(?:anymore|any more|any longer|tomorrow))?${CLAUSE_END}`,
    "gi",
  ),
  // "I can't go on" (but not "I can't go on a date")
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:can${APOS}?t|cannot|can not)\\s+go\\s+on(?:\\s+(?:anymore|any more|any longer|living))?${CLAUSE_END}`,
    "gi",
  ),
  // "Nobody would miss me if I were gone"
  new RegExp(
    `\\b(?:nobody|no one|no-one)\\s+(?:would|will)\\s+(?:even\\s+)?(?:miss me|notice|care)(?:\\s+(?:about me|at all))?\\s+if\\s+i\\s+(?:(?:were|was)\\s+(?:gone|dead)|died|disappeared|killed myself|(?:were|was)n${APOS}?t\\s+(?:here|around))`,
    "gi",
  ),
  // "Everyone would be better off without me"
  new RegExp(
    `\\b(?:everyone|everybody|my (?:family|kids|children|wife|husband|parents)|they|the world)(?:\\s+(?:would|will)|${APOS}d)\\s+be\\s+better\\s+off\\s+(?:without me|if i (?:were|was) (?:gone|dead))`,
    "gi",
  ),
  // "I'd be better off dead", "I wish I were dead", "I hope I don't wake up"
  new RegExp(`\\bi(?:${APOS}d|\\s+would)\\s+be\\s+better\\s+off\\s+dead\\b`, "gi"),
  new RegExp(
    `\\bi\\s+${ADVERBS}wish\\s+i\\s+(?:(?:were|was)\\s+dead|(?:could\\s+)?(?:just\\s+)?die|(?:would not|wouldn${APOS}?t|didn${APOS}?t|did not)\\s+wake\\s+up)\\b`,
    "gi",
  ),
  new RegExp(`\\bi\\s+${ADVERBS}hope\\s+i\\s+(?:don${APOS}?t|do not|never)\\s+wake\\s+up\\b`, "gi"),
  // "I'm suicidal", "I'm feeling suicidal", "I've been feeling suicidal"
  new RegExp(
    `\\b(?:${I_AM}(?:\\s+${ADVERBS}feeling)?|i\\s+${ADVERBS}feel|i(?:${APOS}ve|\\s+have)\\s+been\\s+${ADVERBS}feeling)\\s+${ADVERBS}suicidal\\b`,
    "gi",
  ),
  // "I'm thinking about killing myself", "I keep thinking about suicide"
  new RegExp(
    `\\b(?:${I_AM}\\s+${ADVERBS}thinking|i\\s+${ADVERBS}(?:keep|can${APOS}?t stop|cannot stop)\\s+thinking|i\\s+${ADVERBS}think)\\s+(?:about|of)\\s+(?:killing myself|suicide|ending (?:it all|my life|it))\\b`,
    "gi",
  ),
  // An overdose happening now: "I think I'm overdosing", "I just took all my pills"
  new RegExp(
    `\\bi\\s+${ADVERBS}(?:think|feel like)\\s+${I_AM}\\s+(?:overdosing|od${APOS}?ing|having an overdose|dying)\\b`,
    "gi",
  ),
  // …but "I'm overdosing on gratitude" is a joke.
  new RegExp(
    `\\b${I_AM}\\s+${ADVERBS}(?:overdosing|od${APOS}?ing|having an overdose)\\b(?!\\s+on\\s+(?:gratitude|love|joy|hope|happiness|kindness|coffee|caffeine|sugar|chocolate|life|sobriety|meetings|tv|netflix)\\b)`,
    "gi",
  ),
  new RegExp(
    `\\bi(?:${APOS}ve|\\s+have)?\\s+just\\s+(?:took|taken|swallowed|done|shot up|snorted)\\s+(?:all|every one|everything|a whole bottle|an entire bottle|the whole bottle|way too (?:much|many))(?:\\s+of)?(?:\\s+(?:my|the)\\s+(?:pills|meds|medication|prescription|bottle))?`,
    "gi",
  ),
  // "I took too many and I can't breathe": past verb, but the danger is present.
  new RegExp(
    `\\bi\\s+(?:just\\s+)?took\\s+(?:way\\s+)?too\\s+(?:many|much)(?:\\s+[\\w'’]+){0,3}\\s+and\\s+(?:now\\s+)?i\\s+(?:can${APOS}?t|cannot)\\s+(?:breathe|stay awake|wake up|feel my \\w+)`,
    "gi",
  ),
  new RegExp(
    `\\bi\\s+took\\s+all\\s+(?:of\\s+)?my\\s+(?:pills|meds|medication)\\s+(?:tonight|just now|right now|an hour ago|a few minutes ago)`,
    "gi",
  ),
];

/**
 * Past or reported framing earlier in the same clause turns a present-tense phrase into a
 * memory: "I used to say I want to die", "I told myself I can't go on", "if you think…".
 */
const PAST_FRAME_BEFORE = new RegExp(
  `\\b(?:used to|back then|at the time|in those days|years ago|when i was|i remember|remember(?:ed)? (?:thinking|saying|feeling|writing)|i (?:thought|believed|wrote|said|told (?:myself|him|her|them|people|everyone|my \\w+)|kept (?:thinking|saying|telling myself)|would (?:think|say|tell myself|write|scream|cry))|i${APOS}d (?:think|say|tell myself|write)|(?:he|she|they) (?:said|told me|wrote|texted|screamed)|if you)\\b`,
  "i",
);
/** "When I'm suicidal, I call my sponsor" describes a habit and a plan, not a crisis now. */
const HABIT_FRAME_BEFORE = /\b(?:when|whenever|if|even if)\s*$/i;
const PAST_FRAME_AFTER = new RegExp(
  `\\b(?:back then|at the time|in those days|years ago|i (?:thought|wrote|said|told myself|used to)|i would (?:think|say|tell myself)|i${APOS}d (?:think|say|tell myself))\\b`,
  "i",
);
/** A clause that turns back to now ("…, but tonight I want to die") resets the framing. */
const CLAUSE_TURN = /\b(?:but|yet|now|today|tonight|these days|lately|right now)\b|[;:]/gi;

/** How far around a crisis phrase to look for its sentence (keeps long drafts fast). */
const SENTENCE_WINDOW = 300;

function isPastOrReported(text: string, start: number, end: number): boolean {
  const windowStart = Math.max(0, start - SENTENCE_WINDOW);
  const lead = text.slice(windowStart, start);
  const sentenceStart = Math.max(...[".", "!", "?", "\n"].map((p) => lead.lastIndexOf(p))) + 1;
  let before = lead.slice(sentenceStart);
  let lastTurn = -1;
  eachMatch(CLAUSE_TURN, before, (m) => {
    lastTurn = m.index + m[0].length;
  });
  if (lastTurn >= 0) before = before.slice(lastTurn);
  if (PAST_FRAME_BEFORE.test(before) || HABIT_FRAME_BEFORE.test(before)) return true;

  const tail = text.slice(end, end + SENTENCE_WINDOW);
  const sentenceEnd = tail.search(/[.!?\n]/);
  const after = sentenceEnd < 0 ? tail : tail.slice(0, sentenceEnd);
  return PAST_FRAME_AFTER.test(after);
}

function findCrisis(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of CRISIS_PATTERNS) {
    eachMatch(re, text, (m) => {
      const end = m.index + m[0].length;
      if (isPastOrReported(text, m.index, end)) return;
      out.push({ kind: "crisis", start: m.index, end, suggestion: "" });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------

/**
 * Keeps one finding per stretch of text: the more specific kind wins (PRIORITY), then the
 * longer match ("Mercy General Hospital" over "Mercy General"), then the earlier one.
 */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rank = (k: FindingKind): number => PRIORITY.indexOf(k);
  const ranked = [...candidates].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // `kept` stays sorted by start and non-overlapping, so a binary search finds the only
  // neighbours a new candidate could overlap.
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid]?.start ?? 0) < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** "Why I Left Riverside High" – most longer words capitalised. */
function looksTitleCased(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’]{3,}/g) ?? [];
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.6;
}

function checkText(text: string, field: SafetyField): SafetyFinding[] {
  const titleCase = field === "title" && looksTitleCased(text);
  const addresses = findAddresses(text);
  const candidates = [
    ...findEmails(text),
    ...findUrls(text),
    ...findHandles(text),
    ...findPhones(text),
    ...addresses,
    ...findZips(text, addresses),
    ...findDates(text),
    ...findPlaces(text, titleCase),
    ...findNames(text, titleCase),
    ...findCrisis(text),
  ];
  return resolveOverlaps(candidates).map((c) => ({
    field,
    kind: c.kind,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    message: MESSAGES[c.kind],
    suggestion: c.kind === "crisis" ? "" : fitCase(c.suggestion, text, c.start),
  }));
}

/**
 * Checks a draft's title and body. Findings are sorted by field (title first) then start
 * offset, never overlap, and carry offsets relative to their own field's text.
 */
export function checkStory(input: { title?: string; body: string }): SafetyReport {
  const findings = [
    ...(input.title ? checkText(input.title, "title") : []),
    ...checkText(input.body, "body"),
  ];
  return { findings, crisis: findings.some((f) => f.kind === "crisis") };
}
