// The towns the identifying-details check knows by name (gazetteer.json, built from GeoNames
// by scripts/build-gazetteer.ts), and how strong a cue each needs before it counts.

import data from "./gazetteer.json";
import { REGION_NAMES, gazetteerKey } from "./regions";

/**
 * - `town`: a name that is nothing but a place ("Chillicothe", "Barnsley");
 * - `name-like`: also a first name ("Tyler", "Austin"): "from Tyler" may be a person;
 * - `word-like`: also a word people capitalise ("Hope", "Liberty", "Normal").
 */
export type TownTier = "town" | "name-like" | "word-like";

export interface Town {
  /**
   * Region key (see REGION_NAMES): "US-OH", "GB-SCT"; a country ("US", "GB") when several of
   * its regions share the name, "*" when several countries do.
   */
  region: string;
  tier: TownTier;
}

const TOWNS = new Map<string, Town>();
const TIERS: Array<[Record<string, string>, TownTier]> = [
  [data.towns, "town"],
  [data.nameLike, "name-like"],
  [data.wordLike, "word-like"],
];
for (const [regions, tier] of TIERS) {
  for (const [region, names] of Object.entries(regions)) {
    for (const name of names.split("|")) TOWNS.set(name, { region, tier });
  }
}

/**
 * Plain towns by their name in lower case ("sioux falls"), for names typed without capitals.
 * Left out: towns whose name is also an ordinary word ("bath", "reading", "mobile"), and the
 * name-like and word-like tiers, which need their capital to be told from a person or a word.
 */
const LOWER_CASE_TOWNS = new Map<string, Town>();
const ALSO_WORDS = new Set(data.alsoWords.split("|"));
/** First words of those names, so most words after a cue are turned away with one look-up. */
const LOWER_CASE_FIRST_WORDS = new Set<string>();
for (const [name, town] of TOWNS) {
  if (town.tier !== "town" || ALSO_WORDS.has(name)) continue;
  LOWER_CASE_TOWNS.set(name.toLowerCase(), town);
  LOWER_CASE_FIRST_WORDS.add(name.toLowerCase().split(" ")[0] ?? "");
}

/** Big cities of the countries the gazetteer does not list ("Berlin", "Jakarta"). */
const ABROAD = new Set(data.abroad.split("|"));

/** Is this a big city abroad, which names no one's home town? */
export function isCityAbroad(name: string): boolean {
  return ABROAD.has(gazetteerKey(name));
}

/** Could a town typed in lower case start with this word? */
export function startsLowerCaseTown(word: string): boolean {
  return LOWER_CASE_FIRST_WORDS.has(word);
}

/** The plain town a name typed in lower case stands for ("duluth"), or null. */
export function lowerCaseTown(name: string): Town | null {
  return LOWER_CASE_TOWNS.get(name) ?? null;
}

/** Longest town name in words ("Newcastle upon Tyne", "Sault Ste. Marie"). */
const MAX_WORDS = 4;

/**
 * One word of a town's name: capitalised ("Wagga", "Stoke-on-Trent", "O'Fallon", "St."), or
 * the small words inside some names ("upon", "on", "de").
 */
const NAME_WORD = /([A-Z][A-Za-z'’.-]*[A-Za-z.]|[A-Z]|upon|on|de|la|le|of|the|du|en)(?=$|[^A-Za-z'’-])/y;
const ABBREVIATED = /^(?:St|Ste|Mt|Ft)\.$/;

export interface TownMatch {
  start: number;
  end: number;
  town: Town;
}

/** The longest known town whose name starts exactly at `start`, if any. */
export function townAt(text: string, start: number): TownMatch | null {
  const ends: number[] = [];
  let pos = start;
  for (let i = 0; i < MAX_WORDS; i++) {
    NAME_WORD.lastIndex = pos;
    const m = NAME_WORD.exec(text);
    if (!m) break;
    let end = pos + m[0].length;
    // A full stop ends the sentence unless it belongs to "St." or "Mt.".
    if (text[end - 1] === "." && !ABBREVIATED.test(m[0])) end--;
    ends.push(end);
    if (text[pos + m[0].length] !== " " || end !== pos + m[0].length) break;
    pos = end + 1;
  }
  for (let i = ends.length - 1; i >= 0; i--) {
    const end = ends[i] ?? start;
    const name = text.slice(start, end);
    if (!/^[A-Z]/.test(name) || !/[A-Za-z]$/.test(name.replace(/\.$/, ""))) continue;
    const town = TOWNS.get(gazetteerKey(name));
    if (town) return { start, end, town };
  }
  return null;
}

/** The region a bare town's rewording names, or null for "somewhere in several regions". */
export function regionName(region: string): string | null {
  if (region === "*" || region === "US") return null;
  return REGION_NAMES[region] ?? null;
}

/**
 * "a town in Ohio", "a town in Scotland"; "a town in my state" when several US states share
 * the name, and just "a town" when several countries do.
 */
export function townSuggestion(town: Town | null, region: string | null): string {
  if (region) return `a town in ${region}`;
  return town?.region === "*" ? "a town" : "a town in my state";
}
