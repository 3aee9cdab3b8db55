// Identifying details: e-mail addresses, phone numbers, web addresses, handles, street
// addresses and ZIP codes, exact dates, and likely names of people and places.
//
// Precision matters as much as recall: recovery writing is full of ages ("I was 25"),
// years ("in 2019"), counts ("day 90", "18 months"), programmes ("AA", "SMART Recovery"),
// medications ("Suboxone") and past pain. A checker that cries wolf on those teaches
// authors to ignore it. So every detector below needs a shape that is specific on its own
// (an e-mail, a phone number) or a context cue (a relationship word before a name, a state
// after a ZIP code).

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
} from "./words";
import type { Candidate } from "./types";
import { APOS, alternation, eachMatch, groupStart, prep } from "./text";

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

/** "Why I Left Riverside High" – most longer words capitalised. */
export function looksTitleCased(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’]{3,}/g) ?? [];
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.6;
}


/** Every identifying-detail candidate in a field's text, overlaps not yet resolved. */
export function findIdentifying(text: string, titleCase: boolean): Candidate[] {
  const addresses = findAddresses(text);
  return [
    ...findEmails(text),
    ...findUrls(text),
    ...findHandles(text),
    ...findPhones(text),
    ...addresses,
    ...findZips(text, addresses),
    ...findDates(text),
    ...findPlaces(text, titleCase),
    ...findNames(text, titleCase),
  ];
}
