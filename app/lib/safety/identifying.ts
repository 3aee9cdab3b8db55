// Identifying details: e-mail addresses, phone numbers, web addresses, handles, street
// addresses and postcodes, exact dates, names of people and places, and record numbers
// (court cases, dockets, inmate and booking numbers, licences and plates).
//
// Precision matters as much as recall: recovery writing is full of ages ("I was 25"),
// years ("in 2019"), counts ("day 90", "18 months"), programmes ("AA", "SMART Recovery"),
// medications ("Suboxone"), public figures ("Johnny Cash") and past pain. A checker that
// cries wolf on those teaches authors to ignore it. So every detector below needs a shape
// that is specific on its own (an e-mail, a phone number) or a context cue (a relationship
// word before a name, a state after a town, "case no." before a docket number).
//
// Everything is compiled once, at module load; no pattern can backtrack more than a few
// characters, so a 100 KB draft is checked in linear time.

import { isCityAbroad, lowerCaseTown, regionName, startsLowerCaseTown, townAt, townSuggestion, type TownMatch, type TownTier } from "./gazetteer";
import { RECORD_CUE_BEFORE, findDigitPhones, findSpokenPhones } from "./phones";
import { COUNTIES, NATIONS, REGION_ABBREVIATIONS, REGION_NAMES } from "./regions";
import { APOS, alternation, eachMatch, groupStart, isSentenceStart, prep } from "./text";
import type { Candidate } from "./types";
import {
  BARE_STREET_SUFFIXES,
  BUSINESS_NOUNS,
  CHAINS,
  COMPANY_ENDINGS,
  FIGURATIVE_STREETS,
  FIRST_NAMES,
  GENERIC_PLACE_WORDS,
  HANDLE_PLATFORMS,
  INSTITUTION_NOUNS,
  MEDIA_WORDS,
  NOT_HANDLES,
  NOT_NAMES,
  PUBLIC_FIGURES,
  PUBLIC_RESOURCE_DOMAINS,
  RELATIONSHIP_WORDS,
  STREET_SUFFIXES,
  TITLES,
  US_STATES,
} from "./words";

// ---------------------------------------------------------------------------------------
// E-mail addresses, written plainly or spelled out to get past filters
// ---------------------------------------------------------------------------------------

/** Starts only at the beginning of a run of address characters, so long text stays linear. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){0,8}\.[A-Za-z]{2,}/g;

/** "dana.b@gmail", the provider standing for the whole domain. */
const EMAIL_AT_PROVIDER =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton|live|msn)(?![\w.@-]|\.[A-Za-z])/gi;
/** Mail providers people name without the rest of the address ("dana at gmail"). */
const MAIL_PROVIDERS = new Set(
  `gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol protonmail proton gmx
  zoho comcast att verizon bigpond optusnet btinternet sky virgin talktalk eircom shaw rogers
  sympatico xtra`.split(/\s+/),
);
const MAIL_TLDS = new Set("com net org edu gov co uk ca au nz ie za ng in io me us info biz".split(" "));

const SPELLED_AT = "\\s*[[({<]\\s*at\\s*[\\])}>]\\s*|\\s+at\\s+|\\s+@\\s*|\\s*@\\s+";
const SPELLED_DOT = "\\s*[[({<]\\s*(?:dot|\\.)\\s*[\\])}>]\\s*|\\s+dot\\s+|\\s+\\.\\s+|\\.";
const MAIL_WORD = "[A-Za-z0-9][A-Za-z0-9_%+-]*(?:\\.[A-Za-z0-9_%+-]+)*";
/**
 * "dana at gmail dot com", "sober.kez [at] outlook [dot] com", "jo dot maguire at eircom dot
 * net", "stillhere2021 @ protonmail . com".
 */
const SPELLED_EMAIL = new RegExp(
  `(?<![\\w.%+'’-])(${MAIL_WORD}(?:\\s+dot\\s+${MAIL_WORD})*)(${SPELLED_AT})([A-Za-z0-9-]+(?:(?:${SPELLED_DOT})[A-Za-z0-9-]+){0,4})(?![\\w@-])`,
  "gi",
);
const SPLIT_DOT = new RegExp(`(?:${SPELLED_DOT})`, "i");
/** "my gmail is danab92": the provider names the rest of the address. */
const PROVIDER_ACCOUNT = new RegExp(
  `\\b(?:gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?)(?:\\s+(?:address|account))?\\s*(?:is|was|:)\\s+([A-Za-z0-9][A-Za-z0-9._-]{2,40}[A-Za-z0-9])(?![\\w@-])`,
  "gi",
);

function isSpelledEmail(local: string, at: string, domain: string): boolean {
  const labels = domain.split(SPLIT_DOT).map((l) => l.toLowerCase());
  const last = labels[labels.length - 1] ?? "";
  const provider = MAIL_PROVIDERS.has(labels[0] ?? "");
  if (labels.length > 1 ? !MAIL_TLDS.has(last) : !provider) return false;
  // A bare "at" is also a preposition ("I was at home dot com"): the local part must look
  // like an address of its own, or the domain must be a mail provider.
  const plainAt = /^\s+at\s+$/i.test(at);
  return !plainAt || provider || /[\d._-]|\sdot\s/i.test(local);
}

function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number): void => {
    out.push({ kind: "email", start, end, suggestion: "my e-mail" });
  };
  for (const re of [EMAIL, EMAIL_AT_PROVIDER]) eachMatch(re, text, (m) => add(m.index, m.index + m[0].length));
  eachMatch(PROVIDER_ACCOUNT, text, (m) => {
    const token = m[1] ?? "";
    if (!/[\d._-]/.test(token) || NOT_HANDLES.has(token.toLowerCase())) return;
    const start = groupStart(m, 1);
    add(start, start + token.length);
  });
  SPELLED_EMAIL.lastIndex = 0;
  for (let m = SPELLED_EMAIL.exec(text); m !== null; m = SPELLED_EMAIL.exec(text)) {
    if (isSpelledEmail(m[1] ?? "", m[2] ?? "", m[3] ?? "")) {
      add(m.index, m.index + m[0].length);
    } else {
      // "me at sober.kez [at] outlook [dot] com": the real address may start inside this match.
      SPELLED_EMAIL.lastIndex = m.index + (m[1] ?? "").length;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Web addresses
// ---------------------------------------------------------------------------------------

const HTTP_URL = /\bhttps?:\/\/[^\s<>"'()]+/gi;
const WWW_URL = /(?<![\w/.])www\.[^\s<>"'()]+/gi;
/**
 * A bare domain ("soberdads.org", "linktr.ee/soberlou"). Only common top-level domains, so
 * ordinary words joined by a missing space after a full stop are rarely mistaken for one.
 */
const BARE_DOMAIN =
  /(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){1,6}(?:com|org|net|edu|gov|io|co|us|uk|ca|au|nz|ie|ee|info|me|ly|app|dev|biz|tv|gg|xyz|blog|social|page|site|online|link)(?![\w-])(?:\/[^\s<>"'()]*)?/gi;

/** Platforms so big that naming one without a path ("I found it on youtube.com") says nothing. */
const WELL_KNOWN_SITES = new Set([
  "youtube.com", "facebook.com", "instagram.com", "tiktok.com", "twitter.com", "x.com",
  "reddit.com", "google.com", "amazon.com", "netflix.com", "wikipedia.org", "gofundme.com",
  "linktr.ee", "zoom.us", "discord.com", "discord.gg", "snapchat.com", "linkedin.com",
]);

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
      const span = trimTrailingPunctuation(m.index, m[0]);
      const url = text.slice(span.start, span.end);
      const host = hostOf(url);
      // Pointing readers to AA, NA or SAMHSA, or to YouTube as a whole, identifies no one.
      if (PUBLIC_RESOURCE_DOMAINS.has(host)) return;
      if (WELL_KNOWN_SITES.has(host) && !/[/?]./.test(url.replace(/^https?:\/\//i, ""))) return;
      // A subreddit is a public room, not anyone's page.
      if (host === "reddit.com" && /reddit\.com\/r\//i.test(url)) return;
      out.push({ kind: "url", ...span, suggestion: "my website" });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Social media and payment handles
// ---------------------------------------------------------------------------------------

/** "@name", but not the "@" inside an e-mail address (no word character before it). */
const AT_HANDLE = /(?<![\w@.])@[A-Za-z_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g;
/** Reddit users ("u/quietmorning_"); a subreddit ("r/stopdrinking") is a public room. */
const REDDIT_USER = /(?<![\w/])\/?u\/[A-Za-z0-9_-]{3,20}(?![\w/-])/g;
/** Cash App's "$cashtag"; "$20" and tickers like "$TSLA" are not. */
const CASHTAG = /(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{2,19}(?![\w-])/g;
/** Discord's older "name#1234". */
const DISCORD_TAG = /(?<![\w#.@])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w])/g;

const HANDLE_TOKEN = "['‘\"“]?@?([A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_])(?![\\w@-]|\\.[A-Za-z0-9])";
/** Words that are a platform only some of the time ("a cold snap"): handles must look like handles. */
const AMBIGUOUS_PLATFORMS = new Set(["snap", "threads", "kik"]);
const PLATFORM = `(${alternation([...HANDLE_PLATFORMS, ...AMBIGUOUS_PLATFORMS])})`;
const HANDLE_CONNECTOR =
  "(?:\\s+(?:handle|username|user name|name|id|tag|account|profile|page|channel|acct))?(?:\\s*(?:is|was|=)\\s+|\\s*[:=-]\\s*|\\s+(?:it's|its|it’s|it is)\\s+|,\\s*(?:it's|its|it’s|I'm|im|I’m)\\s+|\\s+(?:as|under)\\s+|\\s+me\\s+(?:at|@)\\s*|\\s+(?=@))";
/** "on insta as sober.sunflower.92", "Snap: kez_clean_2020", "venmo me at dana-brooks-7". */
const PLATFORM_HANDLE = new RegExp(`\\b${PLATFORM}(?:\\s*(?:/\\s*X|\\(X\\)))?${HANDLE_CONNECTOR}${HANDLE_TOKEN}`, "gi");
/** "I'm on tiktok, soberkirra, posting daily": the handle set off by commas. */
const PLATFORM_COMMA_HANDLE = new RegExp(`\\b(?:on|at)\\s+${PLATFORM},\\s+${HANDLE_TOKEN}(?=\\s*[,.;)]|\\s*$)`, "gi");
const PLATFORM_NAMES = new Set(HANDLE_PLATFORMS);
/** "username daniellerecovers", "my gamertag is SoberSniper77". */
const NAMED_HANDLE = new RegExp(
  `\\b(?:username|user name|handle|gamertag|screen name|screenname)(?:\\s+(?:everywhere|on\\s+\\w+))?\\s*(?:is|was|:|-)?\\s+${HANDLE_TOKEN}`,
  "gi",
);
/** "follow sober.sam on insta": a handle-shaped name before its platform. */
const FOLLOW_HANDLE_ON = new RegExp(
  `\\b(?:follow|add|find|dm|message|look up|search)\\s+(?:me\\s+)?(?:at\\s+)?${HANDLE_TOKEN}\\s+on\\s+${PLATFORM}\\b`,
  "gi",
);
/** "I'm quietmorning_ on reddit", "I'm nightshift_nurse_ there" (after naming the platform). */
const HANDLE_BEFORE_PLATFORM = new RegExp(
  `\\b(?:I'?m|I’m|I am|im)\\s+${HANDLE_TOKEN}\\s+(?:on\\s+${PLATFORM}\\b|(?:on\\s+)?there\\b)`,
  "gi",
);
/** "add me on facebook, Jessica Mae Turner": on Facebook and LinkedIn the account is a full name. */
const FULL_NAME_ACCOUNT =
  /\b(?:on|me on)\s+(?:facebook|fb|linkedin)\s*(?:,|:|-|\bas\b|\bunder\b)\s*(?:I['’]?m\s+|I am\s+)?([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,3})/gi;
/** "I post as thecleanteacher on youtube", "I stream under quietriver on twitch". */
const POSTS_AS = new RegExp(
  `\\b(?:post(?:s|ed|ing)?|vlog(?:s|ged|ging)?|stream(?:s|ed|ing)?|go(?:es)? by|went by|known)\\s+(?:as|under)\\s+${HANDLE_TOKEN}\\s+on\\s+${PLATFORM}\\b`,
  "gi",
);
const PLATFORM_NEARBY = new RegExp(`\\b${PLATFORM}\\b[^.!?\\n]{0,60}$`, "i");

/** A recovery word grown into a name: "soberkat", "thecleanteacher" (not "sobering", "cleaner"). */
const RECOVERY_COMPOUND = /^([a-z]*)(?:sober|clean|recover(?:ing|y)?|serene|sobriety|dry)([a-z]*)$/i;
const WORD_ENDINGS = new Set(["", "s", "ed", "er", "ers", "ing", "ly", "ness", "est", "ish", "ity", "ies"]);

/**
 * Has the shape only a handle has: a digit, underscore, dot or hyphen inside, CamelCase, or a
 * recovery word with a name built around it.
 */
function handleShaped(token: string): boolean {
  if (/[\d_.-]/.test(token) || /[a-z][A-Z]/.test(token)) return true;
  const parts = RECOVERY_COMPOUND.exec(token);
  return parts !== null && (parts[1] ?? "").length + (parts[2] ?? "").length >= 3 && !WORD_ENDINGS.has((parts[2] ?? "").toLowerCase());
}

function plausibleHandle(token: string, platform: string): boolean {
  if (token.length < 3 || NOT_HANDLES.has(token.toLowerCase())) return false;
  return handleShaped(token) || !AMBIGUOUS_PLATFORMS.has(platform.toLowerCase());
}

function findHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number): void => {
    out.push({ kind: "handle", start, end, suggestion: "my account" });
  };
  for (const re of [AT_HANDLE, REDDIT_USER, DISCORD_TAG]) eachMatch(re, text, (m) => add(m.index, m.index + m[0].length));
  eachMatch(CASHTAG, text, (m) => {
    if (/^\$[A-Z]{1,4}$/.test(m[0])) return;
    add(m.index, m.index + m[0].length);
  });
  eachMatch(PLATFORM_HANDLE, text, (m) => {
    const token = m[2] ?? "";
    if (!plausibleHandle(token, m[1] ?? "")) return;
    const end = m.index + m[0].length;
    add(end - token.length - (text[end - token.length - 1] === "@" ? 1 : 0), end);
  });
  eachMatch(PLATFORM_COMMA_HANDLE, text, (m) => {
    const token = m[2] ?? "";
    if (PLATFORM_NAMES.has(token.toLowerCase()) || !plausibleHandle(token, m[1] ?? "")) return;
    if (!handleShaped(token) && (token.length < 5 || /[A-Z]/.test(token))) return;
    const end = m.index + m[0].length;
    add(end - token.length, end);
  });
  eachMatch(NAMED_HANDLE, text, (m) => {
    const token = m[1] ?? "";
    if (!plausibleHandle(token, "")) return;
    const end = m.index + m[0].length;
    add(end - token.length, end);
  });
  eachMatch(FOLLOW_HANDLE_ON, text, (m) => {
    const token = m[1] ?? "";
    if (!handleShaped(token) || NOT_HANDLES.has(token.toLowerCase())) return;
    const start = groupStart(m, 1);
    add(start - (text[start - 1] === "@" ? 1 : 0), start + token.length);
  });
  eachMatch(FULL_NAME_ACCOUNT, text, (m) => {
    const name = m[1] ?? "";
    // Case-insensitive for the platform, so the name's own capitals are checked here.
    if (!/^[A-Z]/.test(name) || !name.split(/[ -]/).every((w) => /^[A-Z]/.test(w) && isProperWord(w))) return;
    const start = groupStart(m, 1);
    add(start, start + name.length);
  });
  eachMatch(POSTS_AS, text, (m) => {
    const token = m[1] ?? "";
    // Named as an account on a platform, a one-word handle need not look like one.
    if (NOT_HANDLES.has(token.toLowerCase()) || (!handleShaped(token) && (token.length < 5 || /[A-Z]/.test(token)))) return;
    const start = groupStart(m, 1);
    add(start, start + token.length);
  });
  eachMatch(HANDLE_BEFORE_PLATFORM, text, (m) => {
    const token = m[1] ?? "";
    if (!handleShaped(token) || NOT_HANDLES.has(token.toLowerCase())) return;
    if (!m[2] && !PLATFORM_NEARBY.test(text.slice(Math.max(0, m.index - 80), m.index))) return;
    const start = groupStart(m, 1);
    add(start, start + token.length);
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Record numbers: court cases, dockets, inmate and booking numbers, licences, plates
// ---------------------------------------------------------------------------------------

interface RecordCue {
  re: string;
  /** Rewording when the span includes the cue ("Case No. CR-2020-1187" -> "a court case"). */
  withCue: string;
}

const RECORD_CUES: RecordCue[] = [
  { re: "(?:court\\s+)?(?:case|docket|cause|indictment|citation|ticket|warrant)", withCue: "a court case" },
  { re: "(?:inmate|prisoner|prison|booking|offender|DOC|BOP|CDCR|TDCJ|register|jail|arrest)", withCue: "my inmate number" },
  { re: "(?:driver'?s\\s+|driver’s\\s+|driving\\s+)?(?:licen[cs]e|DL)(?!\\s+plate)", withCue: "my licence number" },
  { re: "(?:licen[cs]e\\s+plate|number\\s+plate|plates?|reg|rego|registration|tag)", withCue: "my plate number" },
  { re: "(?:social security|social|SSN|national insurance|NI|NHS|medicare|medicaid|MRN|patient)", withCue: "my ID number" },
  // Only with "number" or "no." after it: "my file was thick" says nothing.
  { re: "(?:file|client|claim|reference|ref|badge|member|account|policy|student|employee|staff|hospital|probation|parole)\\s*(?:number|no\\.?|num\\.?|#)", withCue: "a number I keep private" },
];
/**
 * "My NHS number is 485 777 3456", "case no. 19 CR 2234": a cued number written in groups, as
 * it is printed on the letter.
 */
const GROUPED_RECORD = new RegExp(
  `\\b(?:${RECORD_CUES.map((c) => c.re).join("|")})\\s*(?:number|no\\.?|num\\.?|#)?\\s*(?:is|was|:)?\\s*((?:\\d{2,5}|[A-Z]{1,3})(?: (?:\\d{2,5}|[A-Z]{1,3})){1,3})(?![\\w-])`,
  "g",
);

const RECORD_NUMBER_WORDS = "(?:\\s*(?:number|no\\.?|num\\.?|#|ID)\\b\\.?)?";
/** A record number: letters and digits with at least one digit, dashes and colons inside. */
const RECORD_TOKEN = "#?((?=[A-Za-z0-9:-]*\\d)[A-Za-z0-9](?:[A-Za-z0-9:-]*[A-Za-z0-9])?)";
/** Plates are written with a space ("ABC 4471", "LK07 XYZ"). */
const PLATE_TOKEN = "((?=[A-Z0-9 ]*\\d)[A-Z0-9]{2,4}[ -][A-Z0-9]{3,4}|(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{3,8})";

/**
 * A cue, then the number: directly ("Case No. CR-2020-1187", "DOC #A512443"), or after a
 * verb or a few words ("My inmate number was 48213-061", "my license plate down, 7KPL392").
 */
/** "My reg plate was YD09 HNK": the number starts after the verb, not at it ("was YD09"). */
const NOT_A_VERB = "(?!(?:is|was|were|are|be)\\s)";
const RECORDS = RECORD_CUES.map((cue, i) => ({
  cue,
  direct: new RegExp(
    `\\b(${cue.re}${RECORD_NUMBER_WORDS})\\s*(?:[:=]\\s*)?${i === 3 ? PLATE_TOKEN : RECORD_TOKEN}(?![\\w-])`,
    "gi",
  ),
  after: new RegExp(
    `\\b(${cue.re}${RECORD_NUMBER_WORDS})(?:\\s+(?:is|was|were|will be|of|:)|(?:[^\\d\\n.!?]|\\.(?=\\s*#?\\d)){1,18}?[\\s,:.])\\s*${NOT_A_VERB}${i === 3 ? PLATE_TOKEN : RECORD_TOKEN}(?![\\w-])`,
    "gi",
  ),
}));

/** Docket shapes that need no cue: "2019-CR-004417", "21-CV-0392", "1:19-cr-00231". */
const DOCKET = /(?<![\w-])(?:\d:)?(?:19|20)?\d{2}-?(?:CR|CF|CV|CM|CT|DR|JV|JD|TR|MM|MJ|FE|FA|CA|PR)-?\d{3,7}(?![\w-])|(?<![\w-])(?:CR|CF|CV|TR|DR)-(?:19|20)\d{2}-\d{3,7}(?![\w-])/gi;
/** US Social Security numbers. */
const SSN = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
const YEAR_ONLY = /^(?:19|20)\d{2}$/;

/** Is this the kind of token a record number is, not a year, an age or a count? */
function recordShaped(token: string): boolean {
  // A plate written with a space is in capitals ("LK07 XYZ"); "was LK07" is not one.
  if (/\s/.test(token) && token !== token.toUpperCase()) return false;
  const alnum = token.replace(/[^A-Za-z0-9]/g, "");
  if (alnum.length < 4 || YEAR_ONLY.test(alnum)) return false;
  return /\d/.test(alnum);
}

function findRecords(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { cue, direct, after } of RECORDS) {
    eachMatch(direct, text, (m) => {
      const token = m[2] ?? "";
      if (!recordShaped(token)) return;
      out.push({ kind: "record", start: m.index, end: m.index + m[0].length, suggestion: cue.withCue });
    });
    eachMatch(after, text, (m) => {
      const token = m[2] ?? "";
      if (!recordShaped(token)) return;
      // Loosely cued numbers must look like records on their own: letters and digits mixed,
      // a dash inside, or six or more digits.
      const strict = /^\s+(?:is|was|were|will be|of|:)/i.test(m[0].slice((m[1] ?? "").length));
      const mixed = /[A-Za-z]/.test(token) && /\d/.test(token);
      const digits = token.replace(/\D/g, "").length;
      if (!mixed && !/-/.test(token) && digits < (strict ? 5 : 6)) return;
      const end = m.index + m[0].length;
      out.push({ kind: "record", start: end - token.length, end, suggestion: "a number I keep private" });
    });
  }
  eachMatch(GROUPED_RECORD, text, (m) => {
    const token = m[1] ?? "";
    // At least six digits, so "case of 12 24" or "plate 2 A" are not numbers anyone is known by.
    if (token.replace(/\D/g, "").length < 6) return;
    const start = groupStart(m, 1);
    out.push({ kind: "record", start, end: start + token.length, suggestion: "a number I keep private" });
  });
  eachMatch(DOCKET, text, (m) =>
    out.push({ kind: "record", start: m.index, end: m.index + m[0].length, suggestion: "a court case" }),
  );
  eachMatch(SSN, text, (m) =>
    out.push({ kind: "record", start: m.index, end: m.index + m[0].length, suggestion: "a number I keep private" }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------
// Street addresses, postcodes and ZIP codes
// ---------------------------------------------------------------------------------------

const ABBREVIATED_SUFFIXES = new Set([
  "St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Ter", "Cir", "Hwy", "Pkwy", "Trl", "Sq", "Cres",
]);

/** Suffix alternation where abbreviations may carry their full stop ("St."). */
function suffixPattern(suffixes: readonly string[]): string {
  const full = suffixes.filter((s) => !ABBREVIATED_SUFFIXES.has(s));
  const abbr = suffixes.filter((s) => ABBREVIATED_SUFFIXES.has(s));
  return `(?:(?:${alternation(full)})\\b|(?:${alternation(abbr)})\\b\\.?)`;
}

/** A street-name word: "Maple", "O'Neil", or an ordinal street like "3rd". */
// Written so each word can be read one way only ("McDonald" is M, c, Donald): a pattern
// that could split a word several ways backtracks exponentially over a run of names.
const STREET_WORD = "(?:[A-Z](?:[a-z]+[A-Z])?[a-z]+(?:['’][a-z]+)?|\\d{1,3}(?:st|nd|rd|th))";
const DIRECTION = "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?";
const UNIT = "(?:Apt|Apartment|Unit|Suite|Ste|Flat|Room|Lot|#)";

/**
 * Optional flat or unit, house number (or "12/48" unit and number), optional direction, 1–3
 * capitalised street words and a suffix, then an optional unit: "415 W. Church St.", "Flat 3,
 * 22 Hill Road", "3317 Sycamore Ct, apartment 2B", "58 Queen St W". The street words must be
 * capitalised, so "30 days" or "2 treatment centers" never match.
 */
const STREET_ADDRESS = new RegExp(
  `(?<![\\w.,$/-])(?:${UNIT}\\.?\\s*[A-Za-z0-9-]{1,5},?\\s+)?(?:(?:No\\.?|Number)\\s+)?(?:\\d{1,4}[A-Za-z]?\\/)?\\d{1,5}[A-Za-z]?\\s+(?:${DIRECTION}\\s+)?((?:${STREET_WORD}\\s+){1,3})${suffixPattern(STREET_SUFFIXES)}(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?(?:,?\\s+(?:${UNIT}|[Aa]partment|[Aa]pt|[Uu]nit|[Ss]uite|[Ff]lat)\\.?\\s*#?[A-Za-z0-9-]+)?`,
  "g",
);
/** Words that make "12 Step Way" or "30 Day Road" a phrase rather than a street. */
const NOT_STREET_WORDS = new Set(["Step", "Steps", "Tradition", "Traditions", "Day", "Days", "Year", "Years"]);
const PO_BOX = /\b(?:P\.?\s?O\.?|Post Office|GPO|Locked|Private)\s*(?:Box|Bag)\s+\d+\b/gi;
/** "staying at 55 green st": an address typed in lower case, after a cue only. */
const LOWER_CASE_ADDRESS =
  /\b(?:at|to|address is|address was|live at|lived at|living at|staying at|stayed at|house is|flat is|place is)\s+(\d{1,5}[a-z]?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|way|place|pl|close|crescent|terrace|boulevard|blvd|grove|gardens|mews|row|circle|cir|parade|walk)\b\.?(?:,?\s+(?:apartment|apt|unit|flat|suite)\.?\s*#?[a-z0-9-]{1,5}\b)?)/g;
/**
 * "2204 South Kedzie", "1615 N. Laramie", "1100 East 3rd": a house number, a direction and a
 * street, as Chicago and other grid cities write it, with no suffix.
 */
const GRID_ADDRESS =
  /(?<![\w.,$/-])\d{3,5}\s+(?:N|S|E|W|North|South|East|West)\.?\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\d{1,3}(?:st|nd|rd|th))\b/g;
/** US rural delivery: "RR 2 Box 45", "Rural Route 3", "HC 65 Box 12". */
const RURAL_ROUTE = /\b(?:RR|R\.R\.|Rural Route|HC|Star Route)\s*\d{1,3}(?:,?\s+Box\s+\d{1,5})?\b/g;
/** Streets named first in French and Spanish: "9 Rue Principale", "12 Calle Sol". */
const PREFIXED_STREET =
  /(?<![\w.,$/-])\d{1,5}[A-Za-z]?,?\s+(?:[Rr]ue|[Cc]hemin|[Bb]oulevard|[Bb]oul\.|[Aa]venue|[Cc]alle|[Aa]venida|[Cc]amino)\s+(?:(?:de\s+la|de|du|des|del|de\s+los|la|le)\s+)?[A-Z][A-Za-zÀ-ÿ'’-]+(?:\s+[A-Z][A-Za-zÀ-ÿ'’-]+)?/g;
/** "Lot 14 off Route 9", "Space 22 on Highway 50". */
const LOT_ON_ROUTE =
  /\b(?:Lot|Space|Site|Trailer|Unit)\s+\d{1,4}[A-Za-z]?,?\s+(?:off|on|at|of)\s+(?:the\s+)?(?:Route|Rte\.?|Highway|Hwy\.?|County Road|CR|State Road|State Route|SR|US|Old Route|Old Highway)\s*\d{1,4}[A-Za-z]?\b/g;

/** UK postcode areas, so "M14 5RQ" is a postcode and "A1 2BC" is not. */
const UK_POSTCODE_AREAS =
  "AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE|B|E|G|L|M|N|S|W";
const UK_POSTCODE = new RegExp(
  `(?<![\\w-])(?:${UK_POSTCODE_AREAS})\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}(?![\\w-])`,
  "g",
);
const CA_POSTAL_CODE = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g;
/** Australian postcodes after their state ("Dubbo NSW 2830"). */
const AU_POSTCODE = /\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+(\d{4})(?![\w-])/g;

function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, suggestion: string): void => {
    out.push({ kind: "address", start, end, suggestion });
  };
  eachMatch(STREET_ADDRESS, text, (m) => {
    const streetWords = (m[1] ?? "").trim().split(/\s+/);
    if (streetWords.every((w) => NOT_STREET_WORDS.has(w))) return;
    add(m.index, m.index + m[0].length, "a place in my neighbourhood");
  });
  eachMatch(PO_BOX, text, (m) => add(m.index, m.index + m[0].length, "a PO box"));
  eachMatch(LOWER_CASE_ADDRESS, text, (m) => {
    const start = groupStart(m, 1);
    add(start, start + (m[1] ?? "").length, "a place in my neighbourhood");
  });
  eachMatch(GRID_ADDRESS, text, (m) => add(m.index, m.index + m[0].length, "a place in my neighbourhood"));
  eachMatch(RURAL_ROUTE, text, (m) => add(m.index, m.index + m[0].length, "a place outside town"));
  eachMatch(PREFIXED_STREET, text, (m) => add(m.index, m.index + m[0].length, "a place in my neighbourhood"));
  eachMatch(LOT_ON_ROUTE, text, (m) => add(m.index, m.index + m[0].length, "a place outside town"));
  for (const re of [UK_POSTCODE, CA_POSTAL_CODE]) eachMatch(re, text, (m) => add(m.index, m.index + m[0].length, "my area"));
  eachMatch(FOUR_DIGIT_POSTCODE, text, (m) => {
    const start = groupStart(m, 1);
    add(start, start + 4, "my area");
  });
  eachMatch(AU_POSTCODE, text, (m) => {
    const start = groupStart(m, 1);
    add(start, start + (m[1] ?? "").length, "my area");
  });
  return out;
}

const STATE_NAMES = Object.keys(US_STATES);
const STATE_ABBRS = Object.values(US_STATES);
const STATE_BY_ABBR: Record<string, string> = Object.fromEntries(
  Object.entries(US_STATES).map(([name, abbr]) => [abbr, name]),
);

/** Five digits, or ZIP+4, standing alone (not part of a longer number, price or decimal). */
const ZIP = /(?<![\w$.,-])\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)/g;
const ZIP_CUE = /\b(?:zip|zip code|zipcode|postal code)(?:['’]s)?\s*(?:is|was|:|#|number)?\s*$/i;
/** "Cleveland 44102", "Dayton, 45402": the capitalised words a ZIP code may follow. */
const TOWN_BEFORE_ZIP = /([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}),?\s*$/;
/** "my postcode is 2830": an Australian or other four-digit postcode, named as one. */
const FOUR_DIGIT_POSTCODE = /\b(?:post ?code|postal code)(?:['’]s)?\s*(?:is|was|:)?\s*(\d{4})(?![\w-])/gi;
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
    const town = TOWN_BEFORE_ZIP.exec(before);
    const afterTown = town !== null && townAt(before, town.index)?.end === town.index + (town[1] ?? "").length;
    if (!ZIP_CUE.test(before) && !AFTER_STATE.test(before) && !afterAddress && !afterTown) return;
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

/**
 * Month names, capitalised or not: a lower-case month counts only with a day after it ("sept
 * 5 2014"), and "may" and "march", which are also verbs, only with a year or "on" as well.
 */
const MONTH =
  "(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)(?![a-z])\\.?";
const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...ORDINAL_UNITS.slice(1).map((w, i) => [w, i + 1] as const),
  ...["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"].map(
    (w, i) => [w, i + 10] as const,
  ),
  ["twentieth", 20],
  ["thirtieth", 30],
  ...ORDINAL_UNITS.slice(1).map((w, i) => [`twenty-${w}`, 21 + i] as const),
  ["thirty-first", 31],
]);
/** "twelfth", "twenty-first", "twenty first". */
const ORDINAL_WORD = `(?:${alternation(Object.keys(ORDINAL_WORD_VALUES)).replace(/-/g, "[- ]?")})`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)|${ORDINAL_WORD}`;
/** A year as digits ("2019"), cut short ("'18") or spelled out ("twenty nineteen"). */
const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const UNIT_WORD = `(?:${UNITS.slice(1).join("|")})`;
const SPELLED_YEAR = `(?:(?:nineteen|twenty)[ -](?:${TEENS}|${TENS}(?:[ -]${UNIT_WORD})?|oh[ -]${UNIT_WORD})|two thousand(?: and)?(?: (?:${TEENS}|${UNIT_WORD}))?)`;
const YEAR = `(?:(?:19|20)\\d{2}|['’]\\d{2}|${SPELLED_YEAR})`;
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/**
 * "on" (and a weekday) belong to the date, so the rewording reads naturally:
 * "I got out on May 5th" becomes "I got out one spring".
 */
const DATE_PREFIX = `(?:\\b([Oo]n)\\s+)?(?:${WEEKDAY},?\\s+)?`;
/** "May 5 people came" is a count, not a date. */
const NOT_A_COUNT =
  "(?!\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times|people|of us|others|pills|drinks|beers|meetings|miles|km|blocks|laps|steps|more|percent|%))";

/** "March 3, 2019", "May 5th", "june twelfth", "April the 4th, 2015", "Feb. 12, '18". */
const MONTH_DAY = new RegExp(
  `${DATE_PREFIX}\\b(${MONTH})\\s+(?:the\\s+)?(${DAY})(?![\\w:])(?:,?\\s+(${YEAR}))?(?![\\w:])${NOT_A_COUNT}`,
  "g",
);
/** "the 4th of July 2015", "the twenty-third of March, 2017". */
const DAY_OF_MONTH = new RegExp(
  `${DATE_PREFIX}(?:[Tt]he\\s+)?\\b((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)|${ORDINAL_WORD})\\s+of\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w])`,
  "g",
);
/** "14 February 2021", "on 3 May", "the 17th March". */
const DAY_MONTH = new RegExp(
  `${DATE_PREFIX}(?:[Tt]he\\s+)?\\b((?:3[01]|[12]\\d|0?[1-9])(st|nd|rd|th)?)\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w])`,
  "g",
);
/** "3/14/2020", "14/02/19", "7-19-09", "2.2.22", "03.11.2020" (US order, or day first). */
const NUMERIC_DATE = new RegExp(
  `${DATE_PREFIX}(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)`,
  "g",
);
/** "3/14" with no year: a date only after "on" or a date word ("my clean date is 3/14"). */
const SHORT_DATE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/.-])/g;
const SHORT_DATE_CUE =
  /(?:\b(?:on|since)|\b(?:date|birthday|anniversary|DOB|d\.o\.b\.?|born)\b[^.!?\n]{0,12})\s*$/i;
/** Shared dates everyone knows, not someone's own: 9/11, 4/20, 7/11 and 24/7. */
const PUBLIC_SHORT_DATES = new Set(["9/11", "4/20", "7/11", "24/7", "50/50"]);
/** "2019-03-14". */
const ISO_DATE = new RegExp(
  `${DATE_PREFIX}(?<![\\d-])((?:19|20)\\d{2})[-/](0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\\d|3[01])(?![\\d-])`,
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

/**
 * Days everyone shares: "the 4th of July", "December 25th", "New Year's Day" as a date. Only
 * with a year do they pin down someone's own day.
 */
const SHARED_HOLIDAYS = new Set(["7-4", "12-25", "12-24", "12-31", "1-1", "2-14", "10-31", "3-17", "11-11"]);
function isSharedHoliday(month: number, day: string): boolean {
  const digits = /^\d+/.exec(day)?.[0];
  const value = digits ? Number(digits) : (ORDINAL_WORD_VALUES[day.toLowerCase().replace(/\s+/, "-")] ?? 0);
  return SHARED_HOLIDAYS.has(`${month}-${value}`);
}

/** Lower-case "may" and "march" are verbs unless a year or "on" makes them dates. */
function verbMonth(month: string, year: string | undefined, on: string | undefined): boolean {
  return /^(?:may|mar|march)\.?$/.test(month) && !year && !on;
}

function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (m: RegExpExecArray, month: number): void => {
    out.push({ kind: "date", start: m.index, end: m.index + m[0].length, suggestion: seasonPhrase(month) });
  };
  eachMatch(MONTH_DAY, text, (m) => {
    if (verbMonth(m[2] ?? "", m[4], m[1])) return;
    if (!m[4] && isSharedHoliday(monthNumber(m[2] ?? ""), m[3] ?? "")) return;
    add(m, monthNumber(m[2] ?? ""));
  });
  eachMatch(DAY_OF_MONTH, text, (m) => {
    const month = monthNumber(m[3] ?? "");
    if (!m[4] && isSharedHoliday(month, m[2] ?? "")) return;
    if (verbMonth(m[3] ?? "", m[4], m[1] ?? "of")) return;
    add(m, month);
  });
  eachMatch(DAY_MONTH, text, (m) => {
    // Without a year, "on" or an ordinal, "3 March" is too often part of a count.
    if (!m[5] && !m[1] && !m[3]) return;
    if (verbMonth(m[4] ?? "", m[5], m[1] ?? m[3])) return;
    if (!m[5] && isSharedHoliday(monthNumber(m[4] ?? ""), m[2] ?? "")) return;
    add(m, monthNumber(m[4] ?? ""));
  });
  eachMatch(NUMERIC_DATE, text, (m) => {
    const a = Number(m[2]);
    const b = Number(m[4]);
    const usOrder = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    const dayFirst = a >= 13 && a <= 31 && b >= 1 && b <= 12;
    if (!usOrder && !dayFirst) return;
    add(m, usOrder ? a : b);
  });
  eachMatch(SHORT_DATE, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Month first ("3/14"), or day first where the day shows it ("22/9").
    const usOrder = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    const dayFirst = a >= 13 && a <= 31 && b >= 1 && b <= 12;
    if (PUBLIC_SHORT_DATES.has(m[0]) || (!usOrder && !dayFirst)) return;
    if (!SHORT_DATE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    add(m, usOrder ? a : b);
  });
  eachMatch(ISO_DATE, text, (m) => add(m, Number(m[3])));
  eachMatch(HOLIDAY_DATE, text, (m) => add(m, HOLIDAY_MONTHS[m[2] ?? ""] ?? 0));
  return out;
}

// ---------------------------------------------------------------------------------------
// Places: institutions, businesses, streets, towns
// ---------------------------------------------------------------------------------------

/** A capitalised word that names something rather than describing it ("Drug Court" doesn't). */
function isProperWord(word: string): boolean {
  return !NOT_NAMES.has(word.replace(/['’]s$/, ""));
}

/** Capitalised words that only start a sentence or join a name: "At Riverside High". */
const FUNCTION_WORDS = new Set(
  `A An And As At But By For From He Her His How I If In Into It Its My No Not Now Of Off On
  Once Or Our Out She So Some Than That The Their Then There These They This Those To Too Up
  Us We What When Where Which While Who Why With You Your After Before Because Every Today
  Tonight Yesterday Later Soon Also Here Back Even Just Only Still`.split(/\s+/),
);

/** A capitalised word that can be part of a place's name ("St.", "Mary's", "Riverside"). */
const PLACE_WORD = "(?:St\\.?|Saint|Mt\\.|Mount|Ft\\.|Fort|[A-Z](?:[a-z]+[A-Z])?[a-z]+(?:['’]s)?)";
const INSTITUTION = new RegExp(
  `(?<![\\w'’.])((?:${PLACE_WORD}\\s+){1,4})(${alternation(INSTITUTION_NOUNS)})(?:\\s+(?:Hospital|Medical Center|School|Jail|Center|Centre|Clinic|Church|Prison))?(?![\\w'’])`,
  "g",
);
const INSTITUTION_OF = new RegExp(
  `\\b(?:University|College|Hospital|Church|School|Academy|Institute)\\s+of\\s+(?:the\\s+)?(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})`,
  "g",
);
/**
 * "at St. Mary's", "drove me to St. Vincent's": a saint's name after a place preposition is
 * a parish or a hospital ("prayed to Saint Jude" is a prayer).
 */
const SAINT_PLACE = new RegExp(
  `\\b(?:(?:${prep(["at", "in", "from", "near"])})\\s+((?:St\\.?|Saint)\\s+[A-Z][a-z]+(?:['’]s)?)|(?:${prep(["to", "into", "outside"])})\\s+((?:St\\.?|Saint)\\s+[A-Z][a-z]+['’]s))(?!\\s+(?:Day|Patrick|Paddy))(?![\\w])`,
  "g",
);
/** "HMP Wandsworth", "HMYOI Feltham": UK prisons go by their place. */
const UK_PRISON = /\bHM(?:P|YOI|P\/YOI)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g;
/** "went to Kent State", "at Ohio State": a state university by its usual short name. */
const STATE_SCHOOL =
  /\b(?:at|to|from|attended|of)\s+((?:[A-Z][a-z]+\s+){1,2}State)\b(?!\s+(?:[A-Z]|[Pp]olice|[Tt]rooper|[Pp]rison|[Ll]ine|[Hh]ighway))/g;

/** A rewording that keeps the kind of place: "Mercy General" becomes "a hospital". */
function institutionSuggestion(phrase: string): string {
  const rules: Array<[RegExp, string]> = [
    [/\b(?:Hospital|Medical Center|Medical Centre|General|Infirmary|Regional)\b/, "a hospital"],
    [/\bBehaviou?ral Health\b/, "a treatment center"],
    [/\b(?:Assembly|Assemblies|Church of|Fellowship)\b/, "a church"],
    [/\b(?:Grammar|Comprehensive|Collegiate|Middle|Secondary|Junior High)\b/, "a school"],
    [/\bUnit\b/, "a prison"],
    [/\b(?:Foundation|Project)\b/, "a charity"],
    [/\b(?:Clinic|Health Center|Health Centre)\b/, "a clinic"],
    [/\b(?:Jail|Detention|Correctional|HMP|HMYOI)\b/, "a jail"],
    [/\b(?:Prison|Penitentiary|Reformatory)\b/, "a prison"],
    [/\bCourt\b/, "a court"],
    [/\b(?:Treatment|Recovery|Rehab|Detox)\b/, "a treatment center"],
    [/\bHigh\b/, "my high school"],
    [/\b(?:School|Academy|Elementary|Primary)\b/, "a school"],
    [/\b(?:University|College|Institute|State)\b/, "a college"],
    [/\b(?:Church|Cathedral|Chapel|Tabernacle|Ministries|Kingdom Hall)\b/, "a church"],
    [/\bTemple\b/, "a temple"],
    [/\bMosque\b/, "a mosque"],
    [/\bSynagogue\b/, "a synagogue"],
    [/\bGurdwara\b/, "a gurdwara"],
    [/\b(?:County|Parish)\b/, "a county in my state"],
    [/\bPark\b/, "a park"],
    [/\bLibrary\b/, "a library"],
    [/\bMall\b/, "a mall"],
    [/\b(?:Shelter|Hostel|Mission)\b/, "a shelter"],
    [/\bMemorial\b/, "a hospital"],
  ];
  return rules.find(([re]) => re.test(phrase))?.[1] ?? "a local center";
}

/** Does this name part actually name something (not "Catholic", "Community", "County")? */
function hasDistinctivePlaceWord(words: readonly string[]): boolean {
  return words.some(
    (w) =>
      !["St.", "St", "Saint", "Mt.", "Mount", "Ft.", "Fort"].includes(w) &&
      !GENERIC_PLACE_WORDS.has(w) &&
      isProperWord(w),
  );
}

/**
 * Leading words that are not part of the name: function words always ("At Riverside High"),
 * other common capitalised words only when they open the sentence ("Christmas at …").
 */
function nameStart(text: string, start: number, words: string[]): number {
  let offset = start;
  while (words.length > 1) {
    const w = words[0] ?? "";
    const bare = w.replace(/['’]s$/, "");
    if (!FUNCTION_WORDS.has(bare) && !(isSentenceStart(text, offset) && !isProperWord(w))) break;
    words.shift();
    offset += w.length;
    offset += /^\s*/.exec(text.slice(offset))?.[0].length ?? 0;
  }
  return offset;
}

function findInstitutions(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(INSTITUTION, text, (m) => {
    const words = (m[1] ?? "").trim().split(/\s+/);
    const start = nameStart(text, m.index, words);
    if (!hasDistinctivePlaceWord(words)) return;
    const end = m.index + m[0].length;
    out.push({ kind: "place", start, end, suggestion: institutionSuggestion(text.slice(start, end)) });
  });
  eachMatch(INSTITUTION_OF, text, (m) => {
    if (!hasDistinctivePlaceWord((m[1] ?? "").split(/\s+/))) return;
    out.push({ kind: "place", start: m.index, end: m.index + m[0].length, suggestion: institutionSuggestion(m[0]) });
  });
  eachMatch(SAINT_PLACE, text, (m) => {
    const saint = m[1] ?? m[2] ?? "";
    const start = groupStart(m, m[1] ? 1 : 2);
    out.push({ kind: "place", start, end: start + saint.length, suggestion: "a place in town" });
  });
  eachMatch(UK_PRISON, text, (m) =>
    out.push({ kind: "place", start: m.index, end: m.index + m[0].length, suggestion: "a prison" }),
  );
  eachMatch(STATE_SCHOOL, text, (m) => {
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + (m[1] ?? "").length, suggestion: "a college" });
  });
  return out;
}

/**
 * A run of capitalised words, possibly joined by "&" or "and" ("Hanley & Sons Plumbing",
 * "Crown and Anchor"), with a company ending after a comma ("Acme, Inc.").
 */
const CAPITALISED_RUN =
  /(?<![\w'’&.-])[A-Z][A-Za-z'’.-]*(?:(?:\s+(?:&|and)\s+|\s+|,\s+(?=(?:Inc|LLC|Ltd|Corp|PLC)\b))[A-Z][A-Za-z'’.-]*)*/g;
const BUSINESS_WORDS = new Map<string, { suggestion: string; lowerCase?: boolean }>(Object.entries(BUSINESS_NOUNS));
const MAX_BUSINESS_NOUN_WORDS = 3;
const ENDINGS = new Set(COMPANY_ENDINGS);
const LOWER_CASE_NOUN = new RegExp(
  `^\\s+(${alternation(
    Object.entries(BUSINESS_NOUNS)
      .filter(([, v]) => v.lowerCase)
      .map(([k]) => k.toLowerCase()),
  )})(?![\\w'’-])`,
);

/** Where in `words` a business noun or company ending starts, and how many words it takes. */
function businessEnding(words: readonly string[]): { at: number; length: number; suggestion: string } | null {
  for (let at = words.length - 1; at >= 1; at--) {
    for (let n = Math.min(MAX_BUSINESS_NOUN_WORDS, words.length - at); n >= 1; n--) {
      const phrase = words.slice(at, at + n).join(" ").replace(/,$/, "");
      const noun = BUSINESS_WORDS.get(phrase);
      if (noun) return { at, length: n, suggestion: noun.suggestion };
      if (ENDINGS.has(phrase)) {
        // "Pruitt Roofing Inc." names the trade; "Acme Inc." only a company.
        const trade = at >= 2 ? BUSINESS_WORDS.get(words[at - 1] ?? "") : undefined;
        const family = /Sons?|Daughters/.test(phrase);
        return { at, length: n, suggestion: trade?.suggestion ?? (family ? "a family business" : "a company") };
      }
    }
  }
  return null;
}

const CHAIN = new RegExp(`(?<![\\w'’])(?:${alternation(CHAINS)})(?![\\w])`, "g");

/** Named employers and businesses: "Hanley & Sons Plumbing", "Rosie's Diner", "the Crown and Anchor pub". */
function findBusinesses(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(CAPITALISED_RUN, text, (m) => {
    const run = m[0].replace(/[.,]$/, (p) => (/(?:Inc|Co|Ltd|Corp)\.$/.test(m[0]) ? p : ""));
    const words = run.split(/\s+/);
    let nameWords: string[];
    let end: number;
    let suggestion: string;
    const ending = businessEnding(words);
    const lower = LOWER_CASE_NOUN.exec(text.slice(m.index + run.length, m.index + run.length + 24));
    if (lower && words.some((w) => /[a-z]/.test(w))) {
      nameWords = words;
      end = m.index + run.length + lower[0].length;
      suggestion = BUSINESS_WORDS.get(Object.keys(BUSINESS_NOUNS).find((k) => k.toLowerCase() === lower[1]) ?? "")?.suggestion ?? "a local business";
    } else if (ending) {
      nameWords = words.slice(0, ending.at);
      // Everything up to the end of the noun or ending, including a trailing "LLC" or "Inc.".
      const upto = words.slice(0, ending.at + ending.length).join(" ");
      end = m.index + run.indexOf(upto) + upto.length;
      const rest = run.slice(upto.length).match(/^\s+(?:Inc\.?|LLC|Ltd\.?|Co\.|Corp\.?|PLC)/);
      if (rest) end += rest[0].length;
      suggestion = ending.suggestion;
    } else {
      return;
    }
    const start = nameStart(text, m.index, nameWords);
    if (!hasDistinctivePlaceWord(nameWords.filter((w) => w !== "&" && w !== "and"))) return;
    // "Laundry. Grocery lists.": a full stop inside the run ended a sentence.
    if (nameWords.some((w) => /[a-z]{3,}\.$/.test(w))) return;
    // "Kevin's garage" is Kevin's, not a business.
    if (lower && nameWords.length === 1 && FIRST_NAMES.has((nameWords[0] ?? "").replace(/['’]s$/, ""))) return;
    out.push({ kind: "place", start, end, suggestion });
  });
  const chains: Array<[number, number]> = [];
  eachMatch(CHAIN, text, (m) => chains.push([m.index, m.index + m[0].length]));
  return out.filter((c) => !chains.some(([s, e]) => c.start < e && c.end > s));
}

/**
 * What the sentence is doing before "at", "for", "in" or "to" says a capitalised name after
 * it is a place of its own, whatever its words: a workplace ("I worked the bar at O'Malley's",
 * "a teller at First Valley Credit Union"), a hospital or jail ("the ambulance took me to Royal
 * Perth", "locked me up in Rikers"), a school or a church. Each context keeps its rewording.
 */
const PLACE_CONTEXTS: Array<[RegExp, string]> = [
  [/\b(?:work(?:ed|ing|s)?|job|jobs|employed|hired|fired|sacked|shifts?|bartend(?:ed|ing|er)?|waitress(?:ed|ing)?|waited tables|cook|chef|teller|cashier|clerk|managed|manager|cleaner|cleaned|labou?rer|apprentice(?:ship)?|intern(?:ship)?|volunteer(?:ed)?|forklift|deli counter|night shift|payroll|employee|employer|boss|pulled pints|barman|barmaid|barback|bouncer|doorman|waiter|dishwasher|porter|receptionist|mechanic|security guard|cook(?:ed|ing)|bak(?:ed|ing)|wash(?:ed|ing)? (?:dishes|pots|up)|stack(?:ed|ing) shelves|on the tills?|checkout|lorry|truck|delivery van)\b/i, "a place I worked"],
  [/\b(?:admitted|sectioned|committed|detox(?:ed)?|rehab|treatment|ward|ambulance|paramedics|ER|A&E|ICU|hospitali[sz]ed|discharged|inpatient|outpatient|residential|overdose|OD|(?:\d+|twenty-eight|thirty|sixty|ninety) days)\b/i, "a hospital"],
  [/\b(?:drank|drinking|pints?|a regular|the regulars|locals?|barstool|happy hour|last orders|closing time|lock-ins?)\b/i, "a pub"],
  [/\b(?:locked (?:me |him |her |us )?up|incarcerated|jail(?:ed)?|prison|inmate|served (?:time|\w+ (?:months|years))|booked|sentenced|did time|held|remanded|custody|banged up|bail|saw a judge)\b/i, "a jail"],
  [/\b(?:studied|enrol(?:l)?ed|graduated|attended|dropped out|expelled|suspended|taught|teacher|pupil|student|classes|degree|diploma)\b/i, "a school"],
  [/\b(?:choir|congregation|worship(?:ped)?|bapti[sz]ed|confirmed|mass|parish|pew|sermons?|vicar|pastor)\b/i, "a church"],
];
/** A preposition then a capitalised name (with "the"), the name read by CUED_NAME. */
const CUED_PLACE = /\b(at|for|in|to|into|from|outside|behind)\s+(?:the\s+)?(?=[A-Z])/g;
const CUED_NAME = /[A-Z][A-Za-z'’-]*(?:\s+(?:&|and|of|on)\s+[A-Z][A-Za-z'’-]*|\s+[A-Z][A-Za-z'’-]*){0,4}/y;
/** Employers so big that naming one says nothing about where someone lives. */
const NATIONAL_EMPLOYERS = new Set(
  `Amazon Tesco Asda Sainsbury's Morrisons Aldi Lidl Costco Kroger Safeway FedEx Starbucks
  Subway McDonald's KFC Wendy's Woolworths Coles Boots Primark Macy's Sears Kmart Walgreens CVS
  Google Apple Microsoft IBM Boeing Disney Nike Tyson Maccas Wetherspoons Spoons Greggs
  Applebee's Chili's Denny's IHOP Hooters Travelodge Hilton Marriott Sheraton`.split(/\s+/),
);
/** Every country's English name, from the runtime's own locale data ("Qatar", "Thailand"). */
const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
  const out = new Set<string>();
  for (const a of letters) {
    for (const b of letters) {
      try {
        const name = names.of(a + b);
        if (name && name !== a + b) out.add(name);
      } catch {
        // Not a region code.
      }
    }
  }
  return out;
})();

/** The context of the name at `at..end`: its sentence, up to 60 characters either side. */
const WORKED_FOR = /\b(?:work(?:ed|ing|s)?|employed|temp(?:ed|ing)|drove|driving|cleaned|cleaning)(?:\s+(?:\w+\s+){0,3}?)?\s*$/i;

function placeContext(text: string, at: number, end: number): string | null {
  const left = text.slice(Math.max(0, at - 60), at);
  const right = text.slice(end, end + 60);
  const from = Math.max(left.lastIndexOf("."), left.lastIndexOf("!"), left.lastIndexOf("?"), left.lastIndexOf("\n")) + 1;
  const stop = right.search(/[.!?\n]/);
  const sentence = `${left.slice(from)} ${stop < 0 ? right : right.slice(0, stop)}`;
  return PLACE_CONTEXTS.find(([re]) => re.test(sentence))?.[1] ?? null;
}

/** Could these capitalised words be a place's own name, not a region, a person, a brand? */
function ownPlaceName(words: readonly string[]): boolean {
  const name = words.join(" ");
  if (NATIONAL_EMPLOYERS.has(name) || name in US_STATES || NATIONS.includes(name) || COUNTIES.includes(name)) return false;
  if (COUNTRY_NAMES.has(name) || monthNumber(name) > 0 && name.length <= 4) return false;
  if (/^[A-Z]{1,4}$/.test(name)) return false;
  // "in Cell Block D", "to Ward 7": a part of a place, not its name.
  if (/^(?:Cell|Block|Wing|Ward|Room|Pod|Dorm|Unit|Bay|Bed)$/.test(words[0] ?? "")) return false;
  // "switching to Thursdays", "fell from Grace": a day, or a virtue, on its own.
  if (words.length === 1 && (!isProperWord(name.replace(/s$/, "")) || NAME_WORDS.has(name))) return false;
  // "worked for Dave", "at Gary Tillman's": a person, left to the names.
  if (words.length <= 2 && FIRST_NAMES.has((words[0] ?? "").replace(/['’]s$/, ""))) return false;
  return hasDistinctivePlaceWord(words.filter((w) => w !== "&" && w !== "and" && w !== "of" && w !== "on"));
}

function findCuedPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(CUED_PLACE, text, (m) => {
    const start = m.index + m[0].length;
    CUED_NAME.lastIndex = start;
    const words = (CUED_NAME.exec(text)?.[0].replace(/['’]$/, "") ?? "").split(/\s+/);
    // "at Costco and I've", "at the Soup Kitchen on Saturdays": the name ends at a word that names nothing.
    const cut = words.findIndex((w, i) => i > 0 && (FUNCTION_WORDS.has(w) || /^I['’]/.test(w) || /(?:day|days)$/.test(w)));
    if (cut > 0) words.length = cut;
    while (words.length > 0 && /^(?:&|and|of|on)$/.test(words[words.length - 1] ?? "")) words.pop();
    const name = words.join(" ");
    if (words.length === 0 || !ownPlaceName(words)) return;
    // "Psalm 23", "Ward 7": a name with a number is something else.
    if (/^\s*\d/.test(text.slice(start + name.length, start + name.length + 3))) return;
    const suggestion = placeContext(text, m.index, start + name.length);
    // "in" before a name is most often a town or a country, left to the towns; a jail is named with it.
    if (m[1] === "in" && suggestion !== "a jail") return;
    // "for" names an employer only after the work ("worked for Pacific Coast Pallets"), not in
    // "quit drinking for Lent" or "a party for Mel at work".
    if (m[1] === "for" && !WORKED_FOR.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
    if (suggestion && text.startsWith(name, start)) out.push({ kind: "place", start, end: start + name.length, suggestion });
  });
  const chains: Array<[number, number]> = [];
  eachMatch(CHAIN, text, (m) => chains.push([m.index, m.index + m[0].length]));
  return out.filter((c) => !chains.some(([s, e]) => c.start < e && c.end > s));
}

/** Pubs by their sign: "the Red Lion", "the King's Head", "the Rose and Crown". */
const PUB_SIGN = new RegExp(
  `\\b(?:at|to|in|from|outside|behind|near|into|of)\\s+(the\\s+(?:[A-Z][a-z]+(?:['’]s)?\\s+(?:and\\s+)?){1,2}(?:Arms|Lion|Hart|Swan|Stag|Bell|Anchor|Crown|Oak|Plough|Head|Horse|Fox|Feathers|Mitre|Boar|Tavern|Inn|Harrow|Duck|Wheatsheaf|Greyhound|Ship|Castle|Dragon|Eagle|Keys|Bull|Ram|Cock|Pheasant|Drum|Barrel|Thistle|Shamrock|Harp))\\b(?!\\s+(?:pub|bar|inn|hotel|tavern)\\b)`,
  "g",
);
/** Parishes and church schools by their dedication: "Holy Trinity", "Sacred Heart", "Our Lady of Lourdes". */
const DEDICATION = new RegExp(
  `\\b(?<!pray(?:ed|ing)?\\s)(?:at|to|from|in|attended)\\s+((?:Holy (?:Trinity|Cross|Family|Spirit|Name|Rosary|Redeemer|Innocents|Ghost)|Sacred Heart|Christ the King|Immaculate Conception|Good Shepherd|Blessed Sacrament|Our Lady of(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?)(?![\\w'’])`,
  "g",
);

/** "go to Ebenezer Baptist", "at Bethel AME": a church by its name and denomination alone. */
const DENOMINATION_CHURCH =
  /\b(?:at|to|from|attended|joined)\s+((?:[A-Z][a-z]+\s+){1,2}(?:Baptist|Methodist|Lutheran|Presbyterian|Pentecostal|Episcopal|AME|Apostolic|Tabernacle))\b(?!\s+[A-Z])/g;

function findSigns(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(PUB_SIGN, text, (m) => {
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + (m[1] ?? "").length, suggestion: "a pub" });
  });
  eachMatch(DENOMINATION_CHURCH, text, (m) => {
    const name = m[1] ?? "";
    const words = name.split(/\s+/).slice(0, -1);
    if (!hasDistinctivePlaceWord(words) || words.some((w) => FUNCTION_WORDS.has(w))) return;
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + name.length, suggestion: "a church" });
  });
  eachMatch(DEDICATION, text, (m) => {
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + (m[1] ?? "").length, suggestion: "a church" });
  });
  return out;
}

const STREET_PREPOSITIONS = prep([
  "on", "off", "down", "along", "near", "at", "by", "onto", "to", "from", "up", "past", "of",
  "across", "in",
]);
/** "on Elm Street", "off 5th Avenue", "on the Oxford Road": a named street without a number. */
const NAMED_STREET = new RegExp(
  `\\b(?:${STREET_PREPOSITIONS})\\s+(?:the\\s+)?((?:${STREET_WORD}\\s+){1,3}${suffixPattern(BARE_STREET_SUFFIXES)})`,
  "g",
);
/** Words that make a street a figure of speech ("Recovery Road", "Easy Street"). */
const FIGURATIVE_STREET_WORDS = new Set(
  "Recovery Sobriety Sober Serenity Easy Hard Happy Destiny Memory Dead End Wrong Right Long Lonely Lost Broken Dream Dreams Heartbreak Desolation Skid Hell Heaven Glory Freedom Hope Rock Bottom Sesame".split(" "),
);
const ORDINAL_WORDS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth";
const CROSS_STREET = `(?:\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS}|[A-Z][a-z]+)(?:\\s+${suffixPattern(BARE_STREET_SUFFIXES)})?`;
/**
 * A street corner: "the corner of Elm and Main", "on Fifth and Pine". Without "corner of",
 * one of the two must be a numbered street or carry a suffix ("on Tuesday and Thursday").
 */
const INTERSECTION = new RegExp(
  `\\b(?:([Cc]orner of)|${prep(["on", "at", "off", "near"])})\\s+(?:the\\s+)?(${CROSS_STREET}\\s+(?:and|&)\\s+${CROSS_STREET})`,
  "g",
);
const NUMBERED_OR_SUFFIXED = new RegExp(`(?:\\d(?:st|nd|rd|th)|\\b(?:${ORDINAL_WORDS})\\b|${suffixPattern(BARE_STREET_SUFFIXES)})`);
/** "the Walmart on 5th": a numbered street on its own, only when nothing else follows. */
const ORDINAL_STREET = /\b[Oo]n\s+(\d{1,3}(?:st|nd|rd|th))(?=\s*(?:[.,;!?)]|$)|\s+(?:and|near|by)\s)/g;
/** "on Route 33", "off Highway 50"; Route 66 and the interstates are journeys, not homes. */
const NUMBERED_ROAD = new RegExp(
  `\\b(?:${prep(["on", "off", "along", "down", "up", "near", "by", "past", "from", "just off", "outside"])})\\s+(?:the\\s+)?((?:Route|Rte\\.?|Highway|Hwy\\.?|County Road|State Route|State Road|Old Route|Old Highway)\\s*\\d{1,4}[A-Za-z]?)\\b`,
  "g",
);

/**
 * "a guy who lived on Delancey", "St. Agnes on Grand": a street named without its suffix, after
 * words for living somewhere or a place's name. Only a name that ends the phrase counts, so "on
 * Suboxone" (a name that names nothing) and "lived on Sesame Street" (a suffixed street, read
 * above) are left alone.
 */
const BARE_STREET = new RegExp(
  `\\b(?:liv(?:e|ed|es|ing)|grew up|stay(?:ed|ing)|house|home|flat|apartment|duplex|room|squat|trap house|corner|shop|store|bar|pub|clinic|meeting|church|[A-Z][a-z]+(?:['’]s)?)\\s+on\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)(?=\\s*(?:[.,;!?)]|$)|\\s+[a-z])`,
  "g",
);

function findBareStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(BARE_STREET, text, (m) => {
    const name = m[1] ?? "";
    const words = name.split(/\s+/);
    const before = m[0].slice(0, m[0].length - name.length).replace(/\s+on\s+$/, "");
    // A capitalised word before "on" must itself be a place's name ("St. Agnes on Grand").
    if (/^[A-Z]/.test(before) && !(isProperWord(before) && !FIRST_NAMES.has(before.replace(/['’]s$/, "")) && !FUNCTION_WORDS.has(before))) return;
    if (!words.every((w) => isProperWord(w) && !FIGURATIVE_STREET_WORDS.has(w)) || PLATFORM_NAMES.has(name.toLowerCase())) return;
    if (STREET_SUFFIXES.includes(words[words.length - 1] ?? "") || /(?:days?)$/.test(name) || name in US_STATES) return;
    // Every town has a Main Street and a High Street: naming one says nothing.
    if (name === "Main" || name === "High") return;
    const start = groupStart(m, 1);
    out.push({ kind: "place", start, end: start + name.length, suggestion: "a street in my neighbourhood" });
  });
  return out;
}

function findStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, suggestion: string): void => {
    out.push({ kind: "place", start, end, suggestion });
  };
  eachMatch(NAMED_STREET, text, (m) => {
    const name = m[1] ?? "";
    if (FIGURATIVE_STREETS.has(name)) return;
    const words = name.split(/\s+/).slice(0, -1);
    if (words.every((w) => FIGURATIVE_STREET_WORDS.has(w) || FUNCTION_WORDS.has(w))) return;
    const start = groupStart(m, 1);
    add(start, start + name.length, "a street in my neighbourhood");
  });
  eachMatch(INTERSECTION, text, (m) => {
    const corner = m[2] ?? "";
    const words = corner.split(/\s+/).filter((w) => w !== "and" && w !== "&");
    if (words.some((w) => !isProperWord(w) && !/^\d/.test(w))) return;
    if (!m[1] && !NUMBERED_OR_SUFFIXED.test(corner)) return;
    const start = groupStart(m, 2);
    add(start, start + corner.length, "a street corner in my town");
  });
  eachMatch(ORDINAL_STREET, text, (m) => {
    const start = groupStart(m, 1);
    add(start, start + (m[1] ?? "").length, "a street in my neighbourhood");
  });
  eachMatch(NUMBERED_ROAD, text, (m) => {
    const road = m[1] ?? "";
    if (/\b66$/.test(road)) return;
    const start = groupStart(m, 1);
    add(start, start + road.length, "a road near my town");
  });
  return out;
}

// Towns: known names (gazetteer.json) after a cue, and any "Town, Region".

/** How much a cue before a town says it is a place, and so which tiers of town it admits. */
type CueStrength = "strong" | "verb" | "in" | "weak";
const ADMITS: Record<CueStrength, ReadonlySet<TownTier>> = {
  strong: new Set<TownTier>(["town", "name-like", "word-like"]),
  verb: new Set<TownTier>(["town", "name-like", "word-like"]),
  in: new Set<TownTier>(["town", "name-like"]),
  weak: new Set<TownTier>(["town"]),
};

/** "in Saskatchewan" inside "a tiny place in Saskatchewan called Esterhazy". */
const WHERE_INSIDE = "(?:\\s+(?:in|near|outside|up|down|out)\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?";
/**
 * Cues that name the place themselves: the finding takes them in, so the rewording replaces
 * "a tiny town called Harmony" whole.
 */
const STRONG_CUES = [
  `(?:a|the|this|my)\\s+(?:(?:small|little|tiny|wee|big|old|mining|farming|fishing|coastal|country|border|seaside|market)\\s+)*(?:town|village|city|place|suburb|hamlet|township|community|parish)${WHERE_INSIDE}\\s+(?:called|named)`,
  "(?:the\\s+)?(?:town|village|city|suburb|township|borough)\\s+of",
];
const VERB_CUES = [
  "grew up(?:\\s+(?:just\\s+)?(?:in|outside(?:\\s+of)?|near))?", "raised in", "born(?:\\s+and\\s+raised)? in",
  "moved(?:\\s+(?:back|out|down|up|over|away))?\\s+to", "relocated to", "settled in", "lived in",
  "live in", "lives in", "living in", "stayed in", "got (?:sober|clean) in", "sobered up in",
  "back home in", "home (?:is|was)", "(?:neighbou?rhood|hometown|home town|suburb|estate|town|city|village),", "(?:home\\s*town|hometown)(?:\\s+(?:is|was|of))?", "based in", "(?:I'?m|I’m|I am|im|we'?re|we are|he'?s|she'?s|they'?re|was|were|is|are|originally|family is|folks are|people are|come|came|comes|hails?)\\s+from",
];
const IN_CUES = [
  "in", "near", "outside(?:\\s+of)?", "around", "just outside(?:\\s+of)?", "up in", "down in",
  "over in", "out in", "back in", "across", "round",
];
const WEAK_CUES = [
  "from", "to", "of", "at", "via", "through", "past", "towards?", "by", "for", "out by",
  "just past", "then",
];

const TOWN_CUE = new RegExp(
  `(?<![\\w'’-])(?:(${STRONG_CUES.join("|")})|(${VERB_CUES.join("|")})|(${IN_CUES.join("|")})|(${WEAK_CUES.join("|")}))\\s+(?=[A-Z])`,
  "gi",
);
/** "believed in Jesse", "confided in Tyler": "in" before a person. */
const PERSON_BEFORE_IN = /\b(?:believ\w*|confid\w*|interest\w*|trust\w*|faith|hope|pride|proud|invest\w*|delight\w*|joy)\s+in\s+$/i;
/** Towns listed one after another: "in Townsville, then Cairns, then a tent near Mossman". */
const TOWN_LIST_JOIN = /^(?:,\s*(?:and\s+|then\s+|or\s+)?|\s+(?:and|or|then|to)\s+)(?=[A-Z])/;

const REGION_WORDS = [
  ...STATE_NAMES,
  ...STATE_ABBRS,
  ...Object.keys(REGION_ABBREVIATIONS),
  ...Object.values(REGION_ABBREVIATIONS),
  ...COUNTIES.map((c) => `(?:Co\\.?\\s+|County\\s+)?${c}`),
  ...NATIONS,
];
/** A region written after a town, with or without a comma: "Dayton, Ohio", "Dubbo NSW". */
const REGION = `(${[...REGION_WORDS].sort((a, b) => b.length - a.length).map((r) => (r.includes("\\") ? r : r.replace(/\./g, "\\."))).join("|")})`;
const REGION_WORD = new RegExp(`(?<![\\w'’.])${REGION}(?![\\w'’])`, "g");
/** The town before a region ("Sault Ste. Marie" in "Sault Ste. Marie, ON"), read backwards from it. */
const TOWN_BEFORE_REGION = new RegExp(
  `(?<![\\w'’.])((?:(?:St\\.?|Saint|Fort|Ft\\.|Mount|Mt\\.|Port|Lake|New|North|South|East|West|Glen|Sault)\\s+)?[A-Z][a-z'’-]+(?:\\s+(?:Ste?\\.|upon|on|[A-Z][a-z'’-]+)){0,3})(\\s*,\\s*|\\s+)$`,
);
/** Longest stretch before a region worth reading for its town. */
const TOWN_WINDOW = 80;
/** "i grew up in canton ohio": a town and its state typed in lower case. */
const LOWER_CASE_TOWN_STATE = new RegExp(
  `(?<![\\w'’-])([a-z]+(?: [a-z]+)?),? (${STATE_NAMES.map((n) => n.toLowerCase()).join("|")})(?![\\w'’-])`,
  "g",
);
const REGION_AFTER = new RegExp(`^(?:\\s*,\\s*|\\s+)${REGION}(?![\\w'’])`);
/** A town's name typed in lower case, up to three words, read after a town cue. */
const LOWER_CASE_TOWN_NAME = /[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2}/y;
const PLACE_CONTEXT_BEFORE = /(?:\b(?:in|from|near|outside|outside of|around|to|of|at|back in)|,)\s*$/i;
/**
 * A following capitalised word makes the town part of a longer name ("Dollar General",
 * "Kent State"), unless it is a day, a month or another word that names nothing ("the
 * Kamloops Friday night group").
 */
const CAPITALISED_AFTER = /^\s+(?!I\b|I['’])([A-Z][a-z]+)/;
function longerNameAfter(after: string): boolean {
  const next = CAPITALISED_AFTER.exec(after);
  return next !== null && isProperWord(next[1] ?? "");
}
/** After "a town called", any capitalised name is a place, known or not. */
const ANY_PLACE_NAME = /[A-Z][a-z'’-]+(?:\s+(?:upon\s+|on\s+)?[A-Z][a-z'’-]+){0,2}/y;
/** "a Grimsby lass", "Barnsley born and bred": a town named as where someone is from. */
const TOWN_AS_ORIGIN =
  /(?<![\w'’-])([A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,2})(?=\s+(?:lad|lass|lads|lasses|girl|boy|native|local|born and bred|born and raised|kid|bloke|fella)\b)/g;
/** "the Dayton meeting", "the Leeds area": a town used to name something of its own. */
const THE_TOWN = /\b[Tt]he\s+(?=[A-Z])/g;
const OWNED_BY_TOWN =
  /^\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:(?:morning|night|evening|afternoon|lunchtime|noon)\s+)?(?:area|meeting|meetings|group|chapter|branch|office|detox|clinic|hospital|jail|court|police|cops|scene|crowd|streets|estate|docks|projects|suburbs|AA|NA|rooms)\b/;

function regionSpelledOut(region: string): string {
  const bare = region.replace(/^(?:Co\.?|County)\s+/, "");
  return STATE_BY_ABBR[bare] ?? REGION_ABBREVIATIONS[bare] ?? bare;
}

/** A capitalised name after a strong cue, as a town of no known region. */
function anyPlaceAt(text: string, start: number): TownMatch | null {
  ANY_PLACE_NAME.lastIndex = start;
  const m = ANY_PLACE_NAME.exec(text);
  if (!m || !hasDistinctivePlaceWord(m[0].split(/\s+/))) return null;
  return { start, end: start + m[0].length, town: { region: "*", tier: "town" } };
}

/**
 * "we live in Surulere", "I grew up in Kilkeel": after a verb of living somewhere, a single
 * capitalised name the gazetteer does not know is still most likely a town or a suburb,
 * unless it is a region, a country, a person's name or a word that names nothing.
 */
/** States and provinces abroad that people name as where they are from ("I'm from Kerala"). */
const BIG_REGIONS = new Set(
  `Kerala Punjab Goa Gujarat Bihar Assam Bengal Tamil Nadu Karnataka Maharashtra Rajasthan Sindh
  Luzon Mindanao Visayas Bavaria Catalonia Andalusia Galicia Tuscany Sicily Sardinia Provence
  Brittany Normandy Flanders Wallonia Silesia Transylvania Anatolia Kurdistan Siberia Patagonia
  Yorkshire Lancashire Cornwall Ulster Munster Leinster Connacht`.split(/\s+/),
);

function unknownTownAt(text: string, start: number): TownMatch | null {
  // One name, ending the phrase: "East Tennessee", "Port of Spain" are something longer.
  const m = /^[A-Z][a-z'’-]{2,}(?![\w'’-]|\s+(?:[A-Z]|of\b))/.exec(text.slice(start, start + 40));
  const name = m?.[0] ?? "";
  if (!name || !isProperWord(name) || !isProperWord(name.replace(/s$/, "")) || NAME_WORDS.has(name) || FIRST_NAMES.has(name)) return null;
  // "lived in Denial": an abstract noun, not a place.
  if (/(?:ial|ness|tion|sion|ment|ity|ism|ery|ance|ence)$/.test(name) || isCityAbroad(name) || BIG_REGIONS.has(name)) return null;
  if (name in US_STATES || COUNTRY_NAMES.has(name) || NATIONS.includes(name) || COUNTIES.includes(name)) return null;
  if (Object.values(REGION_ABBREVIATIONS).includes(name) || Object.values(REGION_NAMES).includes(name)) return null;
  if (/(?:ish|ese|ian|an)$/.test(name)) return null;
  return { start, end: start + name.length, town: { region: "*", tier: "town" } };
}

function townCandidate(match: TownMatch, statedRegion: string | null): Candidate {
  const region = statedRegion ?? regionName(match.town.region);
  return { kind: "place", start: match.start, end: match.end, suggestion: townSuggestion(match.town, region) };
}

function findTowns(text: string, titleCase: boolean, addresses: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const accept = (match: TownMatch, admits: ReadonlySet<TownTier>): void => {
    if (seen.has(match.start)) return;
    if (!admits.has(match.town.tier) || (titleCase && match.town.tier !== "town")) return;
    const after = text.slice(match.end, match.end + 40);
    const region = REGION_AFTER.exec(after);
    if (!region && longerNameAfter(after)) return;
    seen.add(match.start);
    out.push(townCandidate(match, region ? regionSpelledOut(region[1] ?? "") : null));
    // Follow a list of towns: "Townsville, then Cairns".
    let end = match.end;
    for (let i = 0; i < 5; i++) {
      const join = TOWN_LIST_JOIN.exec(text.slice(end, end + 12));
      const next = join ? townAt(text, end + join[0].length) : null;
      if (!next || !ADMITS.in.has(next.town.tier) || seen.has(next.start)) break;
      const nextAfter = text.slice(next.end, next.end + 40);
      if (longerNameAfter(nextAfter) && !REGION_AFTER.test(nextAfter)) break;
      seen.add(next.start);
      out.push(townCandidate(next, null));
      end = next.end;
    }
  };

  /**
   * "we moved up to duluth", "the ER in sioux falls": a town typed in lower case after any
   * cue, read only as a plain town whose name is not also a word (see lowerCaseTown).
   */
  const lowerCaseTownAt = (start: number): void => {
    const firstWord = /^[a-z'’-]+/.exec(text.slice(start, start + 30))?.[0] ?? "";
    if (!startsLowerCaseTown(firstWord)) return;
    LOWER_CASE_TOWN_NAME.lastIndex = start;
    const phrase = LOWER_CASE_TOWN_NAME.exec(text)?.[0] ?? "";
    // "explaining to st peter" is the saint.
    if (/^(?:st|saint)\b/.test(phrase) || seen.has(start)) return;
    // Longest first: "sioux falls at 3am" is Sioux Falls.
    const words = phrase.split(" ");
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(" ");
      const town = lowerCaseTown(name);
      if (!town) continue;
      seen.add(start);
      out.push({ kind: "place", start, end: start + name.length, suggestion: townSuggestion(town, regionName(town.region)) });
      return;
    }
  };

  eachMatch(TOWN_CUE, text, (m) => {
    const start = m.index + m[0].length;
    if (/[a-z]/.test(text[start] ?? "")) {
      lowerCaseTownAt(start);
      return;
    }
    const strength: CueStrength = m[1] ? "strong" : m[2] ? "verb" : m[3] ? "in" : "weak";
    const town =
      townAt(text, start) ??
      (strength === "strong" ? anyPlaceAt(text, start) : strength === "verb" ? unknownTownAt(text, start) : null);
    if (!town) return;
    const match = strength === "strong" ? { ...town, start: m.index } : town;
    if (strength === "in" && PERSON_BEFORE_IN.test(text.slice(Math.max(0, start - 30), start))) return;
    accept(match, ADMITS[strength]);
  });
  eachMatch(TOWN_AS_ORIGIN, text, (m) => {
    const match = townAt(text, m.index);
    if (match && match.end === m.index + (m[1] ?? "").length) accept(match, ADMITS.in);
  });
  eachMatch(THE_TOWN, text, (m) => {
    const match = townAt(text, m.index + m[0].length);
    if (match && OWNED_BY_TOWN.test(text.slice(match.end, match.end + 60))) accept(match, ADMITS.weak);
  });
  // "6 Marsh Close, Barnsley": a town straight after an address.
  for (const a of addresses) {
    const join = /^,?\s+/.exec(text.slice(a.end, a.end + 4));
    const match = join ? townAt(text, a.end + join[0].length) : null;
    if (match) accept(match, ADMITS.in);
  }
  eachMatch(LOWER_CASE_TOWN_STATE, text, (m) => {
    const words = (m[1] ?? "").split(" ");
    // Try "new lexington", then "lexington".
    for (let i = 0; i < words.length; i++) {
      const name = words.slice(i).join(" ");
      const capitalised = name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
      const known = townAt(capitalised, 0);
      if (!known || known.end !== capitalised.length || known.town.tier !== "town") continue;
      const start = m.index + (m[1] ?? "").length - name.length;
      const state = (m[2] ?? "").replace(/\b[a-z]/g, (c) => c.toUpperCase());
      out.push({ kind: "place", start, end: m.index + m[0].length, suggestion: townSuggestion(known.town, state) });
      return;
    }
  });
  // Regions first, then the town before each: one pass over the text, not one per word.
  eachMatch(REGION_WORD, text, (r) => {
    const windowStart = Math.max(0, r.index - TOWN_WINDOW);
    const m = TOWN_BEFORE_REGION.exec(text.slice(windowStart, r.index));
    if (!m) return;
    const words = (m[1] ?? "").split(/\s+/);
    let start = windowStart + m.index;
    while (words.length > 1 && !isProperWord(words[0] ?? "")) {
      start += (words.shift() ?? "").length;
      start += /^\s*/.exec(text.slice(start, start + 8))?.[0].length ?? 0;
    }
    const town = words.join(" ");
    if (!isProperWord(town) || town in US_STATES) return;
    const known = townAt(text, start);
    const comma = (m[2] ?? "").includes(",");
    const end = r.index + r[0].length;
    // "Honestly, Ohio was…" is not a town: a known town, or a place cue before it.
    const cued = PLACE_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const postcodeAfter = /^\s*,?\s*(?:\d{4,5}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/.test(text.slice(end, end + 12));
    if (comma ? !known && !cued : !(known && known.end === start + town.length) && !postcodeAfter) return;
    out.push({
      kind: "place",
      start,
      end,
      suggestion: townSuggestion(known?.town ?? null, regionSpelledOut(r[1] ?? "")),
    });
  });
  return out;
}

/**
 * Specific places: named institutions ("St. Mary's Hospital", "Riverside High School"),
 * employers ("Hanley & Sons Plumbing"), streets ("on Elm Street"), and towns (a known town
 * after a cue, or any "Town, State"). A state or country on its own ("in Ohio") is too broad
 * to identify anyone.
 */
function findPlaces(
  text: string,
  titleCase: boolean,
  addresses: readonly Candidate[],
  zips: readonly Candidate[],
): Candidate[] {
  // In a Title Cased Title every word is capitalised, so capitals mean nothing there; and a
  // song or a brand named after a public figure ("Amy Winehouse's Rehab") is not a place.
  const figures = publicFigures(text);
  const named = titleCase
    ? []
    : [...findInstitutions(text), ...findBusinesses(text), ...findCuedPlaces(text), ...findSigns(text)].filter(
        (c) => !figures.some(([s, e]) => s <= c.start && e > c.start),
      );
  // A town after a ZIP code reads like one after an address: "Zip is 44102, Cleveland".
  return [...named, ...findStreets(text), ...findBareStreets(text), ...findTowns(text, titleCase, [...addresses, ...zips])];
}

// ---------------------------------------------------------------------------------------
// Names of people
// ---------------------------------------------------------------------------------------

/**
 * A capitalised word: "Sarah", "McDonald", "O'Brien", "Mary-Kate". A possessive 's may
 * follow ("Sarah's house"), but not another contraction: "Don't" is not Don.
 */
const NAME_TOKEN =
  /(?<![\w'’@.#/-])(?:O['’])?[A-Z](?:[a-z]+[A-Z])?[a-z]+(?:-[A-Z][a-z]+)?(?![\w@]|['’](?!s\b)[a-z])/g;

/** People by their part in the story, beyond the shared list: "the owner, Gary Tillman". */
const RELATIONS = [
  ...RELATIONSHIP_WORDS,
  "owner", "judge", "magistrate", "public defender", "solicitor", "barrister", "officer",
  "guard", "warden", "professor", "lecturer", "tutor", "midwife", "surgeon", "psychologist",
  "support worker", "outreach worker", "advocate", "receptionist", "bartender", "barman",
  "barmaid", "driver", "boyfriend's mum", "girlfriend's dad",
];
const RELATION_CUE = new RegExp(
  `(?:^|[^\\w-])((?:my|our|his|her|their|your|a|the)\\s+(?:(?:late|old|older|oldest|younger|youngest|little|big|baby|twin|new|former|first|best|ex-?)\\s+)*(?:${alternation(RELATIONS)}))\\s*,?\\s*$`,
  "i",
);
const DOTTED_TITLES = new Set(["Dr", "Ofc", "Det", "Sgt", "Rev", "Fr", "Prof", "Mr", "Mrs", "Ms", "Mx"]);
/** Case-sensitive: "Aunt Linda" is a title, "my aunt Linda" a relationship. */
const TITLE_CUE = new RegExp(`(?<![\\w.])(${alternation(Object.keys(TITLES))})(\\.?)\\s+$`);
const NAMED_CUE = new RegExp(
  `\\b(?:named|name is|name was|name${APOS}s|goes by|went by|ask for|asked for|(?:woman|man|guy|girl|lady|bloke|fella|fellow|kid|boy|lad|lass|friend|nurse|doctor|counsell?or|therapist|sponsor|chap)\\s+called)\\s+$`,
  "i",
);
/** "My first sponsor was Gus", "her therapist is Ingrid": a relation, then who they were. */
const RELATION_WAS = new RegExp(
  `\\b(?:my|our|his|her|their)\\s+(?:(?:late|old|first|last|new|former|best|ex-?)\\s+)*(?:${alternation(RELATIONS)})\\s+(?:was|is|became)\\s+$`,
  "i",
);
/**
 * "I owe everything to Marguerite", "went to school with Connor Fitzgerald", "shared a cell
 * with Big Tone": what people do with a person, not with a place or a thing.
 */
const PERSON_WITH_CUE =
  /\b(?:(?:lived|stayed|moved in|grew up|went to school|used|drank|partied|got high|got clean|got sober|shar(?:ed|ing) (?:a |the |my )?\w+|hung out|ran|fell in love|broke up)\s+with|owe (?:\w+\s+){0,2}?to|thank you,?)\s+$/i;
/** Verbs whose object is nearly always a person: "I texted Kayleigh", "I married Darren". */
const PERSON_VERB_CUE =
  /\b(?:texted|called|rang|phoned|messaged|married|divorced|dated|hugged|kissed|told|thanked|forgave|owe|owed|buried|met)\s+$/i;
/** "I'm Dana Whitfield": the author's full name (a first name alone is the rooms' custom). */
const SELF_NAME_CUE = new RegExp(
  `\\b(?:I${APOS}?m|I am|my name is|my name${APOS}?s|call me|(?:I${APOS}?m|me)\\s+(?:on\\s+\\w+\\s+)?(?:under|as))\\s+$`,
  "i",
);
/** "a town called Harmony", "a band called Hope": "called" naming a thing, not calling someone. */
const THING_CALLED = new RegExp(
  `\\b(?:town|village|city|place|suburb|street|road|pub|bar|club|band|song|album|book|film|movie|show|programme|program|group|meeting|company|shop|store|restaurant|cafe|café|school|church|dog|cat|puppy|kitten|horse|boat|app|website|podcast|game|drink|drug|pill|rehab|clinic|house|home|farm|team|campaign|charity|project)${WHERE_INSIDE}\\s+called\\s+$`,
  "i",
);
const APPOSITIVE_AFTER = new RegExp(
  `^\\s*,\\s*(?:my|our|his|her|their)\\s+(?:\\w+\\s+)?(?:${alternation(RELATIONS)})\\b`,
  "i",
);
const PLACE_NAME_BEFORE = /\b(?:de|del|da|do|di|du|San|Santa|São|Sao)\s+$/;
/** "Sam's Club": a name owning a capitalised noun names a business, unless it is family ("Sarah's Mum"). */
const OWNS_A_NAME = /^\s+(?!(?:Mom|Mum|Dad|Mam|Nan|Gran|Grandma|Grandpa)\b)[A-Z][a-z]/;
/**
 * A first name typed in lower case after a relationship ("my friend sarah"), as people type
 * on phones. Names that are also common lower-case words ("drew", "rob") are left out.
 */
const LOWER_CASE_NAME = new RegExp(
  `\\b((?:my|our|his|her|their)\\s+(?:(?:late|old|best|little|big|baby|older|younger|ex-?)\\s+)*(?:${alternation(RELATIONS)})|texted|called|rang|phoned|messaged|married|told|met|hugged),?\\s+([a-z]{3,12})\\b`,
  "gi",
);
const LOWER_CASE_WORDS = new Set(
  "drew rob sue don dean guy nick ray ken carol gene jean lou ted bill will mark pat sal art eve kay rose grace hope joy faith dawn june april may summer chase hunter jack".split(" "),
);
/**
 * What a person the author knows does in the sentence: acts on the author ("Mike Johnson
 * sold me my first pill"), or belongs to them ("Tom Becker from my home group").
 */
const TIED_TO_AUTHOR_AFTER =
  /^\s*,?\s+(?:(?:\w+ly|used to|would|had|has|once|always|never|still|then|later|also)\s+)*(?:(?:sold|gave|told|helped|drove|called|rang|texted|messaged|found|taught|hugged|picked|took|let|showed|asked|offered|introduced|brought|sent|lent|got|saved|kicked|threw|left|loved|hit|beat|hurt|visited|met|married|dated|raised|adopted|sponsored|bailed|fired|hired|robbed|owed|paid|invited|dragged|pushed|carried|held|watched|followed|abused|attacked|threatened|warned|reported|arrested|sentenced|treated|prescribed|supplied|fronted|cut|dumped|cheated|lied|stood|sat|walked|waited|listened|talked|spoke|prayed)\s+(?:me|us|my|our|with me|with us|to me|to us|by me|for me|up for me)\b|(?:was|is|has been|became)\s+(?:my|our)\b|(?:from|at|in)\s+(?:my|our)\b)/i;
/** "Priya and I got sober the same month", "me and Deshawn". */
const WITH_ME_AFTER = /^\s+and\s+(?:I|me)\b/;
const WITH_ME_BEFORE = /\bme\s+and\s+$/i;

/**
 * A meeting-style introduction of the author's own first name: "I'm Dana, I'm an alcoholic",
 * "Hi, my name is Marcus and I'm an addict". It is the convention of the rooms, and the first
 * name alone is the anonymity the rooms keep.
 */
const SELF_INTRODUCTION = new RegExp(
  `(?:\\b(?:I${APOS}?m|I am|im|my name is|my name${APOS}?s|name${APOS}?s)\\s+)([A-Z][a-z]+)(?=\\s*(?:,|\\.|and\\b|&|-|–|—)\\s*(?:(?:and\\s+)?(?:I${APOS}?m|I am|im)\\s+)?(?:an?\\s+)?(?:(?:very\\s+)?(?:grateful|recovering|sober|proud|hopeful|struggling)\\s+)*(?:alcoholic|addict|member|gambler|overeater|person in (?:[\\w-]+\\s+){0,2}recovery|in recovery|codependent|co-dependent|compulsive|alkie|drunk|junkie|cocaine addict|heroin addict)\\b)`,
  "gi",
);
/** "John 3:16", "Matthew 5:3": books of the Bible, not people. */
const SCRIPTURE =
  /\b(?:Matthew|Mark|Luke|John|Acts|Romans|James|Peter|Jude|Ruth|Esther|Job|Daniel|Samuel|Timothy|Titus|Jonah|Micah|Isaiah|Jeremiah|Joshua|Psalms?|Proverbs)\s+\d{1,3}:\d{1,3}/g;
/** "Tyrone here, addict in recovery": the same introduction, the other way round. */
const NAME_HERE_INTRODUCTION = new RegExp(
  `\\b([A-Z][a-z]+)\\s+here\\s*[,.\\-–—]\\s*(?:an?\\s+)?(?:(?:grateful|recovering|sober|proud)\\s+)*(?:alcoholic|addict|member|gambler|person in recovery|alkie)\\b`,
  "g",
);
const PUBLIC_FIGURE = new RegExp(`(?<![\\w'’])(?:${alternation(PUBLIC_FIGURES)})\\.?(?:['’]s)?(?![\\w])`, "g");
const MEDIA_CONTEXT = new RegExp(`\\b(?:${alternation(MEDIA_WORDS)})\\b`, "i");

/** Given names the bare list leaves out because they are also words (see FIRST_NAMES). */
const NAME_WORDS = new Set(
  "Grace Hope Faith Joy Jack Will Bill Mark Rose Ruby Amber Dawn Summer April June May Crystal Destiny Chase Hunter Jordan Christian Charlie Molly Lucy Tina Holly Pearl Iris Hazel Ivy Lily Daisy Penny Sandy Bob Jose Sherry Brandy Earl Stan Rex Wade".split(" "),
);
/** Words that end the name of an institution or a street, or name a state: never a surname. */
const NOT_A_SURNAME = new Set([...INSTITUTION_NOUNS, ...STREET_SUFFIXES, ...STATE_NAMES]);

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
 * relationship ("my son Tyler"), a title ("Dr. Patel"), "named …", a verb that takes a
 * person ("I texted Kayleigh"), or ", my sponsor" after it. Returns where the finding should
 * start and a drop-in rewording.
 */
function nameCue(text: string, start: number, end: number, initial: string, hasSurname: boolean): NameCue | null {
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
  const after = text.slice(end, end + 60);
  if (
    NAMED_CUE.test(left) ||
    (hasSurname && SELF_NAME_CUE.test(left)) ||
    APPOSITIVE_AFTER.test(after) ||
    (PERSON_VERB_CUE.test(left) && !THING_CALLED.test(left)) ||
    RELATION_WAS.test(left) ||
    PERSON_WITH_CUE.test(left) ||
    WITH_ME_BEFORE.test(left) ||
    (WITH_ME_AFTER.test(after) && isSentenceStart(text, start))
  ) {
    return { start, suggestion: initial };
  }
  return null;
}

function publicFigures(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  eachMatch(PUBLIC_FIGURE, text, (m) => ranges.push([m.index, m.index + m[0].length]));
  return ranges;
}

/** Text ranges no name finding may touch: public figures, scripture, self-introductions. */
function namesToLeaveAlone(text: string): Array<[number, number]> {
  const ranges = publicFigures(text);
  eachMatch(SCRIPTURE, text, (m) => ranges.push([m.index, m.index + m[0].length]));
  eachMatch(NAME_HERE_INTRODUCTION, text, (m) => ranges.push([m.index, m.index + (m[1] ?? "").length]));
  eachMatch(SELF_INTRODUCTION, text, (m) => {
    const start = groupStart(m, 1);
    ranges.push([start, start + (m[1] ?? "").length]);
  });
  return ranges;
}

/** The sentence around `index`, to see whether it is about a song, a book or a film. */
function sentenceAround(text: string, index: number): string {
  const window = 300;
  const before = text.slice(Math.max(0, index - window), index);
  const after = text.slice(index, index + window);
  const from = Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"));
  const stop = after.search(/[.!?\n]/);
  return before.slice(from + 1) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * Likely names of people. A capitalised word counts when a cue says it is a person (see
 * nameCue), or when it is on the built-in first-name list – alone ("I called Sarah") or
 * with a capitalised surname ("I met Tom Becker at group"). Family words used as names
 * ("Mom", "Grandma"), God, programmes, medications, public figures and an author's own
 * first name in a meeting-style introduction are never names.
 */
function findNames(text: string, titleCase: boolean): Candidate[] {
  const tokens: Token[] = [];
  eachMatch(NAME_TOKEN, text, (m) =>
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length }),
  );
  const leaveAlone = namesToLeaveAlone(text);
  const leftAlone = (start: number, end: number): boolean =>
    leaveAlone.some(([s, e]) => start < e && end > s);

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
    if (hasSurname) i++;
    if (leftAlone(first.start, end)) continue;
    // "Camino de Santiago", "San Antonio": part of a place's name.
    if (PLACE_NAME_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) continue;
    // "Sam's Club", "Trader Joe's Market": a name owning a capitalised noun is a business.
    const owner = /^['’]s/.test(text.slice(end, end + 2)) ? end + 2 : /['’]s$/.test(text.slice(first.start, end)) ? end : -1;
    if (owner >= 0 && OWNS_A_NAME.test(text.slice(owner, owner + 30))) continue;
    const initial = `${first.word.charAt(0)}.`;

    const cue = nameCue(text, first.start, end, initial, hasSurname);
    if (cue) {
      out.push({ kind: "name", start: cue.start, end, suggestion: cue.suggestion });
    } else if (hasSurname && NAME_WORDS.has(first.word) && TIED_TO_AUTHOR_AFTER.test(text.slice(end, end + 60))) {
      // "Grace Liu, got me into housing": a name that is also a word, with a surname and a tie.
      out.push({ kind: "name", start: first.start, end, suggestion: initial });
    } else if (FIRST_NAMES.has(first.word.replace(/['’]s$/, "")) || FIRST_NAMES.has(first.word)) {
      // A name from the list with nothing saying it is someone the author knows: in a
      // sentence about a song, a book or a film it is most likely a public figure.
      if (MEDIA_CONTEXT.test(sentenceAround(text, first.start))) continue;
      // With a surname and no tie to the author it is as likely a public figure ("Stephen
      // Fry talked about drinking") as someone the author knows.
      if (hasSurname && !TIED_TO_AUTHOR_AFTER.test(text.slice(end, end + 60))) continue;
      out.push({ kind: "name", start: first.start, end, suggestion: initial });
    }
  }
  if (!titleCase) {
    eachMatch(LOWER_CASE_NAME, text, (m) => {
      const name = m[2] ?? "";
      if (LOWER_CASE_WORDS.has(name.toLowerCase())) return;
      if (!FIRST_NAMES.has(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase())) return;
      const nameStart = groupStart(m, 2);
      const relation = /\s/.test(m[1] ?? "");
      out.push({
        kind: "name",
        start: relation ? m.index : nameStart,
        end: nameStart + name.length,
        suggestion: relation ? (m[1] ?? "").replace(/\s+/g, " ").toLowerCase() : `${name.charAt(0).toUpperCase()}.`,
      });
    });
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
  const records = findRecords(text);
  // A number a record cue claims is not also a phone number.
  const phones = [...findDigitPhones(text), ...findSpokenPhones(text)].filter(
    (p) => !records.some((r) => r.start < p.end && r.end > p.start) && !RECORD_CUE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)),
  );
  const zips = findZips(text, addresses);
  return [
    ...findEmails(text),
    ...findUrls(text),
    ...findHandles(text),
    ...phones,
    ...records,
    ...addresses,
    ...zips,
    ...findDates(text),
    ...findPlaces(text, titleCase, addresses, zips),
    ...findNames(text, titleCase),
  ];
}
