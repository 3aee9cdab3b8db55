// The care classifier: two logistic-regression heads over hashed word and character
// n-grams of the normalised text (normalize.ts). `crisis` scores current danger; `care`
// scores crisis or concern. Trained by `npm run safety:train` (scripts/safety-train.ts) on
// the project's own labelled sentences in safety/corpus/care-train/, and committed as
// care-model.json, so nothing is downloaded and the same weights run everywhere.
//
// Why this shape (docs/decisions/013-care-classifier.md): a few thousand labelled
// sentences are too few for a deep model to beat n-grams, and an n-gram model is small
// (hundreds of KB), needs no runtime library, and scores a sentence in microseconds,
// fast enough for every autosave. Character n-grams carry it across typos ("pils",
// "tonigth") and word n-grams across word order ("not" before "suicidal").

import model from "./care-model.json";

/** Feature hashing space; the committed model stores only the buckets it learned. */
export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

const CHAR_SEED = fnv1a("c:");
const WORD_SEED = fnv1a("w:");
const BIGRAM_SEED = fnv1a("b:");
const TRIGRAM_SEED = fnv1a("t:");
const SPACE = 32;
/**
 * Character 4-grams: cross-validated on the training set they beat 3–5-grams (AUC 0.944
 * against 0.938, recall at 2 % false alarms 58 % against 52 %), with a third of the features.
 */
const CHAR_GRAM = 4;

/**
 * The hashed features of one normalised sentence, deduplicated: word 1–3-grams (with start
 * and end markers) and character 4-grams inside each word with its boundaries. Character
 * n-grams are hashed as they are read, without making a string for each.
 */
export function features(normalised: string): number[] {
  const words = normalised.split(" ").filter(Boolean);
  const seen: number[] = [];
  // "w:a", "b:a b", "t:a b c", hashed word by word without building the strings.
  const padded = ["<s>", ...words, "</s>"];
  for (let i = 0; i < padded.length; i++) {
    const w1 = padded[i] ?? "";
    seen.push((fnv1a(w1, WORD_SEED) >>> 0) & HASH_MASK);
    const w2 = padded[i + 1];
    if (w2 === undefined) continue;
    const b = fnv1a(w2, Math.imul(fnv1a(w1, BIGRAM_SEED) ^ SPACE, FNV_PRIME));
    seen.push((b >>> 0) & HASH_MASK);
    const w3 = padded[i + 2];
    if (w3 === undefined) continue;
    const t1 = Math.imul(fnv1a(w1, TRIGRAM_SEED) ^ SPACE, FNV_PRIME);
    const t = fnv1a(w3, Math.imul(fnv1a(w2, t1) ^ SPACE, FNV_PRIME));
    seen.push((t >>> 0) & HASH_MASK);
  }
  for (const w of words) {
    const bounded = ` ${w} `;
    for (let i = 0; i + CHAR_GRAM <= bounded.length; i++) {
      let h = CHAR_SEED;
      for (let n = 0; n < CHAR_GRAM; n++) h = Math.imul(h ^ bounded.charCodeAt(i + n), FNV_PRIME);
      seen.push((h >>> 0) & HASH_MASK);
    }
  }
  const sorted = Uint32Array.from(seen).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i] ?? 0;
    if (i === 0 || f !== sorted[i - 1]) out.push(f);
  }
  return out;
}

export interface Head {
  bias: number;
  weights: Map<number, number>;
  /** Scores at or above this raise the tier (chosen in training for recall). */
  threshold: number;
}

/** The stored form of a head: buckets as base64 delta varints, weights as int8 × scale. */
export interface StoredHead {
  bias: number;
  threshold: number;
  scale: number;
  buckets: string;
  weights: string;
}

export interface StoredModel {
  version: number;
  hashBits: number;
  trainedOn: number;
  crisis: StoredHead;
  care: StoredHead;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

export function decodeHead(stored: StoredHead): Head {
  const deltas = fromBase64(stored.buckets);
  const bytes = fromBase64(stored.weights);
  const weights = new Map<number, number>();
  let bucket = 0;
  let k = 0;
  for (let i = 0; i < deltas.length; ) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = deltas[i++] ?? 0;
      delta |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
    }
    bucket += delta;
    const q = bytes[k++] ?? 0;
    weights.set(bucket, (q > 127 ? q - 256 : q) * stored.scale);
  }
  return { bias: stored.bias, threshold: stored.threshold, weights };
}

export function encodeHead(head: Head, minWeight: number): StoredHead {
  const kept = [...head.weights].filter(([, w]) => Math.abs(w) >= minWeight).sort((a, b) => a[0] - b[0]);
  const maxAbs = kept.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 1e-9);
  const scale = maxAbs / 127;
  const deltas: number[] = [];
  const bytes = new Uint8Array(kept.length);
  let previous = 0;
  kept.forEach(([bucket, w], i) => {
    let delta = bucket - previous;
    previous = bucket;
    do {
      const b = delta & 0x7f;
      delta >>>= 7;
      deltas.push(delta > 0 ? b | 0x80 : b);
    } while (delta > 0);
    bytes[i] = Math.round(w / scale) & 0xff;
  });
  return {
    bias: head.bias,
    threshold: head.threshold,
    scale,
    buckets: toBase64(Uint8Array.from(deltas)),
    weights: toBase64(bytes),
  };
}

/** Probability from a head for one sentence's features (L2-normalised binary features). */
export function score(head: Head, feats: readonly number[]): number {
  let z = 0;
  for (const f of feats) z += head.weights.get(f) ?? 0;
  z = head.bias + z / Math.sqrt(Math.max(1, feats.length));
  return 1 / (1 + Math.exp(-z));
}

/**
 * Both heads' weights in one open-addressing table (typed arrays), so scoring a sentence
 * is one probe per feature rather than two Map lookups: about ten times faster.
 */
export interface CareModel {
  crisis: { bias: number; threshold: number };
  care: { bias: number; threshold: number };
  keys: Int32Array;
  crisisWeights: Float32Array;
  careWeights: Float32Array;
  mask: number;
}

function compile(crisis: Head, care: Head): CareModel {
  const all = new Set([...crisis.weights.keys(), ...care.weights.keys()]);
  let size = 1;
  while (size < all.size * 2) size <<= 1;
  const keys = new Int32Array(size).fill(-1);
  const crisisWeights = new Float32Array(size);
  const careWeights = new Float32Array(size);
  const mask = size - 1;
  for (const f of all) {
    let slot = Math.imul(f, 0x9e3779b1) >>> 0 & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = f;
    crisisWeights[slot] = crisis.weights.get(f) ?? 0;
    careWeights[slot] = care.weights.get(f) ?? 0;
  }
  return {
    crisis: { bias: crisis.bias, threshold: crisis.threshold },
    care: { bias: care.bias, threshold: care.threshold },
    keys,
    crisisWeights,
    careWeights,
    mask,
  };
}

let loaded: CareModel | null = null;

/** The committed model, decoded once per process on first use. */
export function careModel(): CareModel {
  if (!loaded) {
    const stored = model as StoredModel;
    loaded = compile(decodeHead(stored.crisis), decodeHead(stored.care));
  }
  return loaded;
}

export interface CareScores {
  crisis: number;
  care: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function scoreSentence(normalised: string): CareScores {
  const m = careModel();
  const feats = features(normalised);
  let crisis = 0;
  let care = 0;
  for (const f of feats) {
    let slot = Math.imul(f, 0x9e3779b1) >>> 0 & m.mask;
    for (;;) {
      const key = m.keys[slot];
      if (key === f) {
        crisis += m.crisisWeights[slot] ?? 0;
        care += m.careWeights[slot] ?? 0;
        break;
      }
      if (key === -1) break;
      slot = (slot + 1) & m.mask;
    }
  }
  const norm = Math.sqrt(Math.max(1, feats.length));
  return { crisis: sigmoid(m.crisis.bias + crisis / norm), care: sigmoid(m.care.bias + care / norm) };
}
