// The care corpus as the training scripts read it: every .jsonl file of a folder, in name
// order, one labelled sentence or passage a line (format in safety/README.md).

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export type Label = "crisis" | "concern" | "none";
export interface Item {
  text: string;
  label: Label;
  family: string;
}

export function loadCorpus(dir: string): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Partial<Item>;
      if (typeof o.text !== "string" || !["crisis", "concern", "none"].includes(o.label ?? "")) {
        throw new Error(`${file}:${i + 1}: needs "text" and a label of crisis, concern or none`);
      }
      items.push({ text: o.text, label: o.label as Label, family: o.family ?? "" });
    });
  }
  return items;
}
