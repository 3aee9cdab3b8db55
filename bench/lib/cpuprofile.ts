// Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the time went, by area (the
// app's bundle, Prisma, React, SQLite, compression, GC…), by function (self time) and by
// function including what it calls.

import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Row {
  label: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time not idle (the share of the process's time doing anything). */
  busyMs: number;
  areas: Row[];
  self: Row[];
  inclusive: Row[];
}

/** Which part of the stack a frame belongs to. */
function area(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "V8/native (program)";
    // Native functions called from JS (better-sqlite3's statement.all, zlib, …) have no URL.
    return `native: ${functionName || "(anonymous)"}`;
  }
  if (url.startsWith("wasm://")) return "wasm (Prisma query compiler)";
  if (url.startsWith("node:")) return "Node.js core";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes("/build/server/")) return "app (build/server bundle)";
  if (url.includes("/app/generated/prisma/")) return "app/generated/prisma";
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

function frameLabel(frame: ProfileNode["callFrame"]): string {
  const file = frame.url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "").replace(/^.*node_modules\//, "");
  return `${frame.functionName || "(anonymous)"}${file ? ` ${file}:${frame.lineNumber + 1}` : ""}`;
}

function top(map: Map<string, number>, total: number, n: number): Row[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([label, us]) => ({ label, ms: us / 1000, share: us / total }));
}

export function summariseProfile(file: string, n = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const areas = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfTime) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const where = area(node.callFrame);
    if (where === "idle") {
      idle += us;
      continue;
    }
    areas.set(where, (areas.get(where) ?? 0) + us);
    const label = frameLabel(node.callFrame);
    self.set(label, (self.get(label) ?? 0) + us);
    // Inclusive: every distinct function on the stack gets this time once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === "(root)") continue;
      const name = frameLabel(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const busy = total - idle;
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    areas: top(areas, busy, n),
    self: top(self, busy, n),
    inclusive: top(inclusive, busy, n),
  };
}

export function renderSummary(title: string, summary: ProfileSummary): string {
  const table = (heading: string, rows: Row[]) =>
    [
      `#### ${heading}`,
      "",
      "| | ms | share of busy time |",
      "| --- | ---: | ---: |",
      ...rows.map((r) => `| \`${r.label.replace(/\|/g, "\\|")}\` | ${Math.round(r.ms)} | ${(r.share * 100).toFixed(1)}% |`),
      "",
    ].join("\n");
  return [
    `### ${title}`,
    "",
    `Profiled ${Math.round(summary.totalMs)} ms, busy ${Math.round(summary.busyMs)} ms.`,
    "",
    table("By area (self time)", summary.areas),
    table("By function, self time", summary.self),
    table("By function, including callees", summary.inclusive),
  ].join("\n");
}
