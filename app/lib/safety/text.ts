// Small text helpers shared by the safety detectors (identifying details and crisis language).


/** Straight or curly apostrophe: authors paste from phones and word processors. */
export const APOS = "['’]";

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation of literal words, longest first so "High School" beats "High". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

/** Runs a global regex over text, calling fn for every match. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
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
export function groupStart(m: RegExpExecArray, group: number): number {
  const g = m[group] ?? "";
  return m.index + m[0].indexOf(g);
}

export const ABBREVIATIONS = new Set([
  "Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Jr", "Sr", "Mt", "Ft", "Fr", "Rev", "Sgt", "Det",
  "Prof", "Ofc", "Lt", "Capt", "vs", "etc", "No", "Apt", "Ave", "Rd", "Blvd",
]);

/**
 * True when `index` starts a sentence: start of text or line, or after . ! ? (but not after
 * "Dr." or an initial like "W."). Used to capitalise suggestions and to discount the
 * capital letter of a sentence's first word.
 */
export function isSentenceStart(text: string, index: number): boolean {
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

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Suggestions are drop-in replacements, so one that opens a sentence gets a capital. */
export function fitCase(suggestion: string, text: string, start: number): string {
  return isSentenceStart(text, start) ? upperFirst(suggestion) : suggestion;
}

/** "I'm" and "I am"; the apostrophe is optional because phones drop it ("Im"). */
export const I_AM = `i(?:${APOS}?m|\\s+am)`;

/** Words people put between "I" and the verb without changing its tense. */
export const ADVERBS = `(?:(?:just|really|still|honestly|truly|seriously|actually|kind of|kinda|sort of|literally|only|so|finally|simply)\\s+)*`;

/** A preposition with either case for its first letter (sentence start) but nothing else. */
export function prep(words: readonly string[]): string {
  return words
    .map((w) => `[${(w[0] ?? "").toUpperCase()}${(w[0] ?? "").toLowerCase()}]${escapeRegExp(w.slice(1))}`)
    .join("|");
}

