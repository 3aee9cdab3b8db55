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

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The hashed features of one normalised sentence, deduplicated: word 1–3-grams (with start
 * and end markers) and character 3–5-grams inside each word with its boundaries.
 */
export function features(normalised: string): number[] {
  const words = normalised.split(" ").filter(Boolean);
  const seen = new Set<number>();
  const add = (f: string): void => {
    seen.add(fnv1a(f) & HASH_MASK);
  };
  const padded = ["<s>", ...words, "</s>"];
  for (let i = 0; i < padded.length; i++) {
    const w1 = padded[i] ?? "";
    add(`w:${w1}`);
    const w2 = padded[i + 1];
    if (w2 !== undefined) add(`b:${w1} ${w2}`);
    const w3 = padded[i + 2];
    if (w2 !== undefined && w3 !== undefined) add(`t:${w1} ${w2} ${w3}`);
  }
  for (const w of words) {
    const bounded = ` ${w} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= bounded.length; i++) add(`c:${bounded.slice(i, i + n)}`);
    }
  }
  return [...seen];
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
  const maxAbs = Math.max(1e-9, ...kept.map(([, w]) => Math.abs(w)));
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

let loaded: { crisis: Head; care: Head } | null = null;

/** The committed model, decoded once per process (or page) on first use. */
export function careModel(): { crisis: Head; care: Head } {
  if (!loaded) {
    const stored = model as StoredModel;
    loaded = { crisis: decodeHead(stored.crisis), care: decodeHead(stored.care) };
  }
  return loaded;
}

export interface CareScores {
  crisis: number;
  care: number;
}

export function scoreSentence(normalised: string): CareScores {
  const { crisis, care } = careModel();
  const feats = features(normalised);
  return { crisis: score(crisis, feats), care: score(care, feats) };
}
