// Text as the care checks read it. People in crisis write fast, on phones, in slang and in
// many Englishes: "im gonna kms tonite", "i cant do this anymore", "I am not wish to be
// alive". Both the rules and the classifier read the same normalised form, so a pattern
// written once for "i am going to kill myself" also meets every spelling of it.

/** One stretch of the original text that the care checks judge as a whole. */
export interface Unit {
  start: number;
  end: number;
}

/**
 * Splits text into sentences (offsets into the original). A sentence ends at . ! ? … (with
 * any closing quote or bracket) before a space, or at a line break. Very long runs without
 * punctuation — phone writing often has none — are cut at commas and "and"s near 240
 * characters so one crisis sentence isn't diluted by a paragraph around it.
 */
export function sentenceUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const boundary = /[.!?…]+["'’”)\]]*(?=\s)|\n+/g;
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) splitLong(text, s, e, units);
  };
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return units;
}

const LONG_SENTENCE = 240;

function splitLong(text: string, start: number, end: number, out: Unit[]): void {
  let s = start;
  while (end - s > LONG_SENTENCE * 1.5) {
    const window = text.slice(s + LONG_SENTENCE / 2, s + LONG_SENTENCE * 1.5);
    const cut = /,\s|\s(?:and|but|so|then)\s/g;
    let best = -1;
    for (let m = cut.exec(window); m !== null; m = cut.exec(window)) {
      best = m.index + 1;
      if (m.index >= LONG_SENTENCE / 2) break;
    }
    if (best < 0) break;
    const at = s + LONG_SENTENCE / 2 + best;
    out.push({ start: s, end: at });
    s = at;
    while (s < end && /\s/.test(text[s] ?? "")) s++;
  }
  out.push({ start: s, end });
}

/** Words written the way phones and chats write them, as one or more plain words. */
const SPELLINGS: Record<string, string> = {
  im: "i am", ima: "i am going to", imma: "i am going to", ive: "i have", ill: "i will",
  id: "i would", dont: "do not", dnt: "do not", doesnt: "does not", didnt: "did not",
  cant: "can not", cannot: "can not", cnt: "can not", wont: "will not", wouldnt: "would not",
  couldnt: "could not", shouldnt: "should not", isnt: "is not", arent: "are not",
  wasnt: "was not", werent: "were not", havent: "have not", hasnt: "has not", aint: "is not",
  wanna: "want to", wana: "want to", wanted: "wanted", gonna: "going to", gona: "going to",
  gunna: "going to", finna: "going to", tryna: "trying to", gotta: "got to", hafta: "have to",
  u: "you", ya: "you", ur: "your", youre: "you are", r: "are", ppl: "people", bc: "because",
  cuz: "because", coz: "because", cos: "because", bcuz: "because", rn: "right now",
  tn: "tonight", tonite: "tonight", "2nite": "tonight", "2night": "tonight", tonigt: "tonight",
  tmrw: "tomorrow", tmr: "tomorrow", tmrow: "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
  tomoz: "tomorrow", idk: "i do not know", idc: "i do not care", tbh: "to be honest",
  ngl: "not going to lie", fr: "for real", frfr: "for real", pls: "please", plz: "please",
  kms: "kill myself", kmn: "kill me now", unalive: "kill", unaliving: "killing",
  oding: "overdosing", odeing: "overdosing", oded: "overdosed", odd: "odd", od: "overdose",
  pils: "pills", pillz: "pills", noone: "no one", no1: "no one",
  every1: "everyone", some1: "someone", any1: "anyone", b4: "before", wat: "what", wht: "what",
  thru: "through", luv: "love", sry: "sorry", srry: "sorry", bf: "boyfriend", gf: "girlfriend",
  bro: "brother", sis: "sister", mum: "mom", mam: "mom", ma: "mom", nite: "night", lyf: "life",
  lyfe: "life", liek: "like", jus: "just", jst: "just", realy: "really", rly: "really",
  anymore: "anymore", anymor: "anymore", nomore: "no more", evrything: "everything",
  everythin: "everything", evry: "every", nothin: "nothing", somethin: "something",
  goin: "going", doin: "doing", tryin: "trying", livin: "living", dyin: "dying", feelin: "feeling",
  thinkin: "thinking", takin: "taking", endin: "ending", killin: "killing", wit: "with",
  gud: "good", gon: "going to", myslef: "myself", mysefl: "myself",
  mysef: "myself", myself: "myself", suicidle: "suicidal", sucidal: "suicidal",
  suicidial: "suicidal", sucide: "suicide", suiside: "suicide", breath: "breathe", breating: "breathing",
  breathin: "breathing", yall: "you all", wnt: "want", wnat: "want", kil: "kill", kll: "kill",
  myslf: "myself", mysel: "myself", tookk: "took", mnay: "many", alot: "a lot",
  wud: "would", wld: "would", shud: "should", coud: "could", nt: "not", evry1: "everyone",
  donee: "done", dieing: "dying", dyeing: "dyeing", overdosin: "overdosing", breathng: "breathing",
  ithink: "i think", tonihgt: "tonight", tonght: "tonight", goodby: "goodbye",
  gudbye: "goodbye", bye: "bye", trukc: "truck", pillls: "pills", sucicide: "suicide",
  suicde: "suicide", kys: "kill yourself", stfu: "shut up",
};

/** Contractions with an apostrophe: "he's", "they're", "won't". */
function expandContraction(word: string): string {
  if (word === "won't") return "will not";
  if (word === "can't") return "can not";
  if (word === "ain't") return "is not";
  if (word === "i'm") return "i am";
  if (word === "let's") return "let us";
  const m = /^([a-z]+)('(?:s|re|ve|ll|d|m)|n't)$/.exec(word);
  if (!m) return word;
  const [, stem = "", tail = ""] = m;
  switch (tail) {
    case "n't":
      return `${stem} not`;
    case "'re":
      return `${stem} are`;
    case "'ve":
      return `${stem} have`;
    case "'ll":
      return `${stem} will`;
    case "'d":
      return `${stem} would`;
    case "'m":
      return `${stem} am`;
    default:
      // "'s" is "is" after a pronoun ("he's not breathing"), a possessive elsewhere.
      return /^(?:he|she|it|that|there|what|who|where|here|everything|nothing|this)$/.test(stem)
        ? `${stem} is`
        : stem;
  }
}

/**
 * Lowercase words separated by single spaces: apostrophes straightened, contractions and
 * chat spellings expanded ("cant" → "can not", "kms" → "kill myself"), runs of a repeated
 * letter shortened ("soooo" → "soo"), everything else that isn't a letter or digit a space.
 */
export function normalizeForCare(text: string): string {
  // Most writing is plain ASCII: skip Unicode normalisation and property classes for it.
  const plain = /^[\t\n\r -~]*$/.test(text)
    ? text.toLowerCase().replace(/([a-z])\1{2,}/g, "$1$1").replace(/[^a-z0-9']+/g, " ")
    : text
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[’‘`´]/g, "'")
        .replace(/[\u200b-\u200d\ufeff]/g, "")
        .replace(/(\p{L})\1{2,}/gu, "$1$1")
        // Laughing faces read like "lol": they mark a joke as often as the word does.
        .replace(/[😂🤣😆😅😹]/gu, " lol ")
        .replace(/[^\p{L}\p{N}']+/gu, " ");
  const out: string[] = [];
  for (const raw of plain.split(" ")) {
    if (!raw) continue;
    const word = raw.includes("'") ? raw.replace(/^'+|'+$/g, "") : raw;
    if (!word) continue;
    const expanded = word.includes("'") ? expandContraction(word).replace(/'/g, "") : word;
    out.push(SPELLINGS[expanded] ?? expanded);
  }
  return out.join(" ");
}
