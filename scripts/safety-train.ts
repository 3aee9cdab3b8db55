// npm run safety:train — trains the care classifier (app/lib/safety/classifier.ts) on the
// labelled sentences in safety/corpus/care-train/ and writes app/lib/safety/care-model.json.
// Deterministic: the same corpus gives the same model, byte for byte.
//
// Passages labelled crisis hold one crisis sentence among ordinary ones, and the checker
// judges sentence by sentence. So training runs twice (multiple-instance learning): first on
// whole passages, then with each crisis or concern passage replaced by its sentence that the
// first model scores highest; sentences of `none` passages are all negatives.
//
// Thresholds come from 5-fold cross-validation on the training set alone (the evaluation set
// in safety/corpus/care-eval/ is never read here): the crisis threshold is the highest one
// that keeps cross-validated crisis recall at RECALL_TARGET, unless that costs more than
// MAX_FALSE_ALARMS on `none` items, where it settles for the false-alarm cap.
//
//   npm run safety:train [-- --check]   (--check: train, print, write nothing)

import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  HASH_BITS,
  type Head,
  encodeHead,
  features,
  score,
  type StoredModel,
} from "~/lib/safety/classifier";
import { normalizeForCare, sentenceUnits } from "~/lib/safety/normalize";
import { type Item, type Label, loadCorpus } from "./safety-corpus";


/** An item with its features worked out once: each sentence's, and the whole passage's. */
interface Prepared extends Item {
  units: number[][];
  whole: number[];
}

function prepare(it: Item): Prepared {
  const units = sentenceUnits(it.text).map((u) => features(normalizeForCare(it.text.slice(u.start, u.end))));
  return { ...it, units, whole: units.length > 1 ? features(normalizeForCare(it.text)) : (units[0] ?? []) };
}

const root = path.resolve(import.meta.dirname, "..");
const corpusDir = path.join(root, "safety/corpus/care-train");
const modelPath = path.join(root, "app/lib/safety/care-model.json");

const RECALL_TARGET = { crisis: 0.985, care: 0.95 };
const MAX_FALSE_ALARMS = { crisis: 0.025, care: 0.035 };
const EPOCHS = 18;
const L2 = 2e-5;
const LEARNING_RATE = 0.4;
/** Crisis misses cost more than false alarms: positives weigh more in the loss. */
const POSITIVE_WEIGHT = { crisis: 2.5, care: 1.5 };
/** Weights smaller than this are dropped from the committed file (they change no decision). */
const MIN_STORED_WEIGHT = 0.04;

/** A small seeded generator (mulberry32), so shuffles repeat exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sample {
  feats: number[];
  y: number;
  weight: number;
}

/** Logistic regression by AdaGrad on L2-normalised binary features. */
function trainHead(samples: readonly Sample[], seed: number): Head {
  const weights = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let biasG2 = 1e-8;
  const order = samples.map((_, i) => i);
  const rand = random(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const s = samples[index];
      if (!s) continue;
      const norm = 1 / Math.sqrt(Math.max(1, s.feats.length));
      let z = bias;
      for (const f of s.feats) z += (weights.get(f) ?? 0) * norm;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - s.y) * s.weight;
      for (const f of s.feats) {
        const w = weights.get(f) ?? 0;
        const g = grad * norm + L2 * w;
        const acc = (g2.get(f) ?? 1e-8) + g * g;
        g2.set(f, acc);
        weights.set(f, w - (LEARNING_RATE * g) / Math.sqrt(acc));
      }
      biasG2 += grad * grad;
      bias -= (LEARNING_RATE * grad) / Math.sqrt(biasG2);
    }
  }
  return { bias, weights, threshold: 0.5 };
}

type HeadName = "crisis" | "care";
const isPositive = (head: HeadName, label: Label): boolean =>
  head === "crisis" ? label === "crisis" : label !== "none";

/** Two rounds of training for one head (see the file's header). */
function trainTwoRounds(items: readonly Prepared[], head: HeadName, seed: number): Head {
  const wholeSamples = (it: Prepared): Sample[] => {
    const y = isPositive(head, it.label) ? 1 : 0;
    const weight = y ? POSITIVE_WEIGHT[head] : 1;
    if (it.units.length <= 1 || !y) return it.units.map((feats) => ({ feats, y, weight }));
    return [{ feats: it.whole, y, weight }];
  };
  const first = trainHead(items.flatMap(wholeSamples), seed);
  const second: Sample[] = items.flatMap((it) => {
    const y = isPositive(head, it.label) ? 1 : 0;
    if (it.units.length <= 1 || !y) return wholeSamples(it);
    // The passage's crisis (or concern) sentence is the one the first model is surest of.
    const best = it.units.reduce((a, b) => (score(first, b) > score(first, a) ? b : a));
    return [{ feats: best, y, weight: POSITIVE_WEIGHT[head] }];
  });
  return trainHead(second, seed + 1);
}

/** The highest score any sentence of the item reaches: how the checker judges a passage. */
function itemScore(h: Head, it: Prepared): number {
  return it.units.reduce((m, u) => Math.max(m, score(h, u)), 0);
}

interface Choice {
  threshold: number;
  recall: number;
  falseAlarms: number;
}

function chooseThreshold(scored: Array<{ p: number; positive: boolean; none: boolean }>, head: HeadName): Choice {
  const positives = scored.filter((s) => s.positive).map((s) => s.p).sort((a, b) => a - b);
  const negatives = scored.filter((s) => s.none).map((s) => s.p).sort((a, b) => b - a);
  const at = (t: number): Choice => ({
    threshold: t,
    recall: positives.filter((p) => p >= t).length / Math.max(1, positives.length),
    falseAlarms: negatives.filter((p) => p >= t).length / Math.max(1, negatives.length),
  });
  const missAllowed = Math.floor(positives.length * (1 - RECALL_TARGET[head]));
  const forRecall = at(positives[missAllowed] ?? 0.5);
  if (forRecall.falseAlarms <= MAX_FALSE_ALARMS[head]) return forRecall;
  const alarmsAllowed = Math.floor(negatives.length * MAX_FALSE_ALARMS[head]);
  return at((negatives[alarmsAllowed] ?? 0.5) + 1e-9);
}

function crossValidate(items: readonly Prepared[], head: HeadName, folds = 5): Choice {
  const scored: Array<{ p: number; positive: boolean; none: boolean }> = [];
  for (let k = 0; k < folds; k++) {
    const train = items.filter((_, i) => i % folds !== k);
    const test = items.filter((_, i) => i % folds === k);
    const h = trainTwoRounds(train, head, 17 + k);
    for (const it of test) {
      scored.push({ p: itemScore(h, it), positive: isPositive(head, it.label), none: it.label === "none" });
    }
  }
  return chooseThreshold(scored, head);
}

function main(): void {
  const check = process.argv.includes("--check");
  const items = loadCorpus(corpusDir).map(prepare);
  const counts = { crisis: 0, concern: 0, none: 0 };
  for (const it of items) counts[it.label]++;
  console.log(`care-train: ${items.length} items (${counts.crisis} crisis, ${counts.concern} concern, ${counts.none} none)`);

  const heads = {} as Record<HeadName, Head>;
  for (const name of ["crisis", "care"] as const) {
    const cv = crossValidate(items, name);
    const head = trainTwoRounds(items, name, 7);
    head.threshold = cv.threshold;
    heads[name] = head;
    console.log(
      `${name}: threshold ${cv.threshold.toFixed(3)}, cross-validated recall ${(cv.recall * 100).toFixed(1)} %, false alarms on none ${(cv.falseAlarms * 100).toFixed(1)} %, ${head.weights.size} features`,
    );
  }
  const stored: StoredModel = {
    version: 1,
    hashBits: HASH_BITS,
    trainedOn: items.length,
    crisis: encodeHead(heads.crisis, MIN_STORED_WEIGHT),
    care: encodeHead(heads.care, MIN_STORED_WEIGHT),
  };
  const json = `${JSON.stringify(stored, null, 1)}\n`;
  console.log(`model: ${(json.length / 1024).toFixed(0)} KB`);
  if (!check) {
    writeFileSync(modelPath, json);
    console.log(`wrote ${path.relative(root, modelPath)}`);
  }
}

main();
