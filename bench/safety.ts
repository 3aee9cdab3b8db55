// npm run bench:safety — how well and how fast the safety check works, measured on the
// project's evaluation sets (safety/corpus/care-eval/ and identifying-eval/), which the
// classifier is never trained on and the rules are never tuned to.
//
// Prints recall, precision and false alarms per kind, the care results by family, and the
// check's median time on a 3,000-word story and on 100 KB of text. --misses lists what
// was missed and what raised a false alarm; --write FILE also writes the figures as Markdown.

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkStory, isCareKind, type SafetyFinding } from "~/lib/safety";
import { explainSentence } from "~/lib/safety/crisis";
import { normalizeForCare, sentenceUnits } from "~/lib/safety/normalize";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const writeTo = args.includes("--write") ? args[args.indexOf("--write") + 1] : undefined;

/** The objects of one .jsonl file, or of every .jsonl file in a folder. */
function readJsonl<T>(where: string): T[] {
  const full = path.join(root, where);
  const files = full.endsWith(".jsonl")
    ? [full]
    : readdirSync(full)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => path.join(full, f));
  return files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as T),
    );
}

const pct = (n: number, d: number): string => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
const out: string[] = [];
const say = (line = ""): void => {
  console.log(line);
  out.push(line);
};

// ---- Care: crisis and concern --------------------------------------------------------

interface CareItem {
  text: string;
  label: "crisis" | "concern" | "none";
  family: string;
}

/** Every care evaluation file, by name; a holdout*.jsonl file is reported only as totals. */
const careFiles = readdirSync(path.join(root, "safety/corpus/care-eval"))
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const careByFile = new Map(careFiles.map((f) => [f, readJsonl<CareItem>(`safety/corpus/care-eval/${f}`)]));
const isHeldOut = (file: string): boolean => file.startsWith("holdout");
/** Only the sets that were read may be broken down by family: a held-out set shows totals. */
const careRead = [...careByFile].filter(([file]) => !isHeldOut(file)).flatMap(([, items]) => items);
const careMisses: string[] = [];

function evaluateCare(title: string, items: readonly CareItem[], listMisses: boolean, byFamily: boolean): void {
  const byLabel = { crisis: 0, concern: 0, none: 0 };
  const raised = { crisis: { crisis: 0, concern: 0, none: 0 }, concern: { crisis: 0, concern: 0, none: 0 } };
  let anyFindingOnNone = 0;
  const families = new Map<string, { n: number; ok: number }>();
  for (const item of items) {
    const report = checkStory({ body: item.text });
    byLabel[item.label]++;
    if (report.crisis) raised.crisis[item.label]++;
    if (report.concern) raised.concern[item.label]++;
    if (item.label === "none" && report.findings.length > 0) anyFindingOnNone++;
    // Right: crisis raises crisis; concern raises at least concern; none raises no care tier.
    const ok =
      item.label === "crisis" ? report.crisis : item.label === "concern" ? report.concern : !report.concern;
    const key = `${item.label} · ${item.family}`;
    const fam = families.get(key) ?? { n: 0, ok: 0 };
    fam.n++;
    if (ok) fam.ok++;
    families.set(key, fam);
    if (!ok && listMisses) {
      const units = sentenceUnits(item.text).map((u) => item.text.slice(u.start, u.end));
      const normalised = units.map((u) => normalizeForCare(u));
      const why = units
        .map((u, i) => explainSentence(u, { before: normalised[i - 1], after: normalised[i + 1] }))
        .map((e) => `${e.rule >= 0 ? `rule ${e.rule}${e.heldBack ? " held" : ""}` : "-"} ${e.scores.crisis.toFixed(2)}/${e.scores.care.toFixed(2)}`)
        .join("; ");
      careMisses.push(`[${item.label} → ${report.level}] (${why}) ${item.text}`);
    }
  }
  const nonCrisis = byLabel.concern + byLabel.none;
  say(`### ${title} — ${items.length} items (${byLabel.crisis} crisis, ${byLabel.concern} concern, ${byLabel.none} none)`);
  say();
  say("| figure | value |");
  say("| --- | --- |");
  say(`| crisis recall (crisis items raising crisis) | ${pct(raised.crisis.crisis, byLabel.crisis)} (${raised.crisis.crisis}/${byLabel.crisis}) |`);
  say(`| crisis items raising at least concern | ${pct(raised.concern.crisis, byLabel.crisis)} |`);
  say(`| crisis precision | ${pct(raised.crisis.crisis, raised.crisis.crisis + raised.crisis.concern + raised.crisis.none)} |`);
  say(`| crisis false alarms on none items | ${pct(raised.crisis.none, byLabel.none)} (${raised.crisis.none}/${byLabel.none}) |`);
  say(`| crisis false alarms on concern + none items | ${pct(raised.crisis.concern + raised.crisis.none, nonCrisis)} |`);
  say(`| concern recall (concern items raising concern or crisis) | ${pct(raised.concern.concern, byLabel.concern)} |`);
  say(`| care tier (concern or crisis) raised on none items | ${pct(raised.concern.none, byLabel.none)} |`);
  say(`| any finding at all on none items | ${pct(anyFindingOnNone, byLabel.none)} |`);
  say();
  if (!byFamily) return;
  say("| label · family | items | right |");
  say("| --- | --- | --- |");
  for (const [key, f] of [...families].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (f.n >= 5) say(`| ${key} | ${f.n} | ${pct(f.ok, f.n)} |`);
  }
  say();
}

say("## Care (crisis and concern)");
say();
for (const [file, items] of careByFile) {
  const held = isHeldOut(file);
  evaluateCare(held ? `${file} (held out: only these figures are ever read)` : file, items, !held, false);
}
evaluateCare("The evaluation sets that were read, by family (families of 5 or more)", careRead, false, true);

// ---- Identifying details --------------------------------------------------------------

interface IdItem {
  text: string;
  spans: Array<{ kind: string; text: string }>;
}

const identifying = readJsonl<IdItem>("safety/corpus/identifying-eval");
const kinds = new Map<string, { n: number; found: number; sameKind: number }>();
const predicted = new Map<string, { n: number; right: number }>();
let ordinary = 0;
let ordinaryWithFinding = 0;
const idMisses: string[] = [];
const overlaps = (f: SafetyFinding, s: number, e: number): boolean => f.start < e && s < f.end;
for (const item of identifying) {
  const findings = checkStory({ body: item.text }).findings.filter((f) => !isCareKind(f.kind));
  const spans = item.spans.map((s) => {
    const start = item.text.indexOf(s.text);
    return { ...s, start, end: start + s.text.length };
  });
  if (spans.length === 0) {
    ordinary++;
    if (findings.length > 0) {
      ordinaryWithFinding++;
      idMisses.push(`[false alarm: ${findings.map((f) => `${f.kind} "${f.text}"`).join(", ")}] ${item.text}`);
    }
  }
  for (const s of spans) {
    const k = kinds.get(s.kind) ?? { n: 0, found: 0, sameKind: 0 };
    k.n++;
    const hit = findings.filter((f) => overlaps(f, s.start, s.end));
    if (hit.length > 0) k.found++;
    else idMisses.push(`[missed ${s.kind} "${s.text}"] ${item.text}`);
    if (hit.some((f) => f.kind === s.kind)) k.sameKind++;
    kinds.set(s.kind, k);
  }
  for (const f of findings) {
    const p = predicted.get(f.kind) ?? { n: 0, right: 0 };
    p.n++;
    if (spans.some((s) => overlaps(f, s.start, s.end))) p.right++;
    predicted.set(f.kind, p);
  }
}
const total = [...kinds.values()].reduce((a, k) => ({ n: a.n + k.n, found: a.found + k.found }), { n: 0, found: 0 });
const allPredicted = [...predicted.values()].reduce((a, p) => ({ n: a.n + p.n, right: a.right + p.right }), { n: 0, right: 0 });
say(`## Identifying details — ${identifying.length} evaluation sentences (${ordinary} ordinary)`);
say();
say(`Recall ${pct(total.found, total.n)} (${total.found}/${total.n} details), precision ${pct(allPredicted.right, allPredicted.n)}, ordinary sentences with any finding ${pct(ordinaryWithFinding, ordinary)} (${ordinaryWithFinding}/${ordinary}).`);
say();
say("| kind | details | found | found as this kind | findings of this kind | precision |");
say("| --- | --- | --- | --- | --- | --- |");
for (const kind of [...new Set([...kinds.keys(), ...predicted.keys()])].sort()) {
  const k = kinds.get(kind) ?? { n: 0, found: 0, sameKind: 0 };
  const p = predicted.get(kind) ?? { n: 0, right: 0 };
  say(`| ${kind} | ${k.n} | ${pct(k.found, k.n)} | ${pct(k.sameKind, k.n)} | ${p.n} | ${pct(p.right, p.n)} |`);
}
say();

// ---- Speed ----------------------------------------------------------------------------

/** Ordinary evaluation sentences joined into paragraphs until the text has `words` words. */
function story(words: number): string {
  const sentences = careRead.filter((c) => c.label === "none").map((c) => c.text);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length] ?? "";
    parts.push(s + ((i + 1) % 5 === 0 ? "\n\n" : " "));
    count += s.split(/\s+/).length;
  }
  return parts.join("");
}

function median(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const words3000 = story(3000);
const kb100 = story(20_000).slice(0, 100 * 1024);
const noSpaces = "a".repeat(100 * 1024);
const punctuation = "I want to. ".repeat(Math.floor((100 * 1024) / 11));
say("## Speed (median of repeated runs, this machine)");
say();
say("| input | median |");
say("| --- | --- |");
say(`| 3,000-word story (${(words3000.length / 1024).toFixed(0)} KB) | ${median(() => checkStory({ title: "My story", body: words3000 }), 30).toFixed(1)} ms |`);
say(`| 100 KB of story text | ${median(() => checkStory({ body: kb100 }), 10).toFixed(1)} ms |`);
say(`| 100 KB without a space | ${median(() => checkStory({ body: noSpaces }), 10).toFixed(1)} ms |`);
say(`| 100 KB of short sentences | ${median(() => checkStory({ body: punctuation }), 10).toFixed(1)} ms |`);

if (showMisses) {
  console.log("\n## Care misses and false alarms\n");
  for (const m of careMisses) console.log(m);
  console.log("\n## Identifying misses and false alarms\n");
  for (const m of idMisses) console.log(m);
}
if (writeTo) {
  const header = [
    "# Safety check: benchmark results",
    "",
    `Written by \`npm run bench:safety -- --write bench/SAFETY.md\` on ${new Date().toISOString().slice(0, 10)}.`,
    "The care model was trained on `safety/corpus/care-train/` only. `eval.jsonl` and `eval-2.jsonl`",
    "were read while the sentence rules were written, so their figures flatter the check;",
    "the `holdout*.jsonl` files were never read (only their totals below), and their figures are the",
    "honest estimate for unseen writing. `holdout-2.jsonl` was written this session, after the last",
    "change to the rules, and scored first with the model as it stood (crisis recall 82.5 %).",
    "",
  ];
  writeFileSync(path.resolve(writeTo), `${[...header, ...out].join("\n")}\n`);
}
