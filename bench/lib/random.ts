// A small seeded random source for the benchmark data set. Seeded so that two runs of
// `npm run bench:seed` with the same --seed produce the same stories, tags and reactions
// (ids included), which keeps benchmark runs comparable.

import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). mulberry32: fast, and plenty for made-up data. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median: story lengths and reaction counts are long-tailed. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * An id in the app's format (app/lib/ids.server.ts newId: 15 random bytes, lower-case
   * base32, 24 characters), drawn from this seeded source.
   */
  id(): string {
    const bytes = new Uint8Array(15);
    for (let i = 0; i < 15; i += 3) {
      const n = Math.floor(this.next() * 16777216);
      bytes[i] = n & 0xff;
      bytes[i + 1] = (n >>> 8) & 0xff;
      bytes[i + 2] = (n >>> 16) & 0xff;
    }
    return encodeBase32LowerCaseNoPadding(bytes);
  }

  /** Lower-case base32 characters, like the random suffix of a story slug. */
  base32(length: number): string {
    return this.id().slice(0, length);
  }
}

/** Chooses by weight. Built once per distribution, then `pick` is a binary search. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const x = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }

  /** `count` distinct items (fewer if there aren't that many), by weight. */
  pickDistinct(random: Random, count: number): T[] {
    const out: T[] = [];
    for (let attempts = 0; out.length < count && attempts < count * 20; attempts++) {
      const item = this.pick(random);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}
