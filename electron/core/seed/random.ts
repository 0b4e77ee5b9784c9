/** The seeded randomness the demo data is drawn with: one PRNG, draws, weighted picks. */

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(private readonly next: Rng) {}

  float(): number {
    return this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)];
    if (v === undefined) throw new RangeError('pick from an empty list');
    return v;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

/** Weighted choice, precomputed once: `[[value, weight], …]`. */
export class Weighted<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [value, weight] of entries) {
      sum += weight;
      this.values.push(value);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(r: Random): T {
    const x = r.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const v = this.values[lo];
    if (v === undefined) throw new RangeError('weighted pick from an empty list');
    return v;
  }
}

export const chars = (s: string): string[] => Array.from(s);
