/**
 * A map from short strings to non-negative integers held in typed arrays, off V8's heap: an import keeps the keys of
 * up to 100k customers (written-customers.ts), and V8 lets its heap grow to about three times what is live before
 * collecting, so the same keys in a Map cost several times their size at the import's peak. Open addressing with
 * linear probing over 32-bit FNV-1a hashes; a key's characters are kept to tell it from another with its hash.
 */
const EMPTY = -1;

const hashOf = (key: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
};

export class KeyTable {
  /** Per slot: the key's number, or EMPTY; never more than half full. */
  private slots = new Int32Array(1024).fill(EMPTY);
  /** Per key, by number: its hash, its value, where its characters start in `chars` (and the next key's begin). */
  private hashes = new Int32Array(512);
  private values = new Int32Array(512);
  private starts = new Int32Array(513);
  private chars = new Uint16Array(16 * 1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const slot = this.find(key, hashOf(key));
    const k = this.slots[slot] ?? EMPTY;
    return k === EMPTY ? undefined : this.values[k];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Sets the key's value, adding the key if it is new. */
  set(key: string, value: number): void {
    const hash = hashOf(key);
    let slot = this.find(key, hash);
    const found = this.slots[slot] ?? EMPTY;
    if (found !== EMPTY) {
      this.values[found] = value;
      return;
    }
    if (2 * (this.count + 1) > this.slots.length) {
      this.rehash(this.slots.length * 2);
      slot = this.find(key, hash);
    }
    const k = this.count++;
    if (k === this.hashes.length) this.growKeys();
    const start = this.starts[k] ?? 0;
    const end = start + key.length;
    if (end > this.chars.length) {
      const chars = new Uint16Array(Math.max(end, this.chars.length * 2));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < key.length; i++) this.chars[start + i] = key.charCodeAt(i);
    this.starts[k + 1] = end;
    this.hashes[k] = hash;
    this.values[k] = value;
    this.slots[slot] = k;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private find(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] ?? EMPTY;
      if (k === EMPTY || (this.hashes[k] === hash && this.keyIs(k, key))) return slot;
    }
  }

  private keyIs(k: number, key: string): boolean {
    const start = this.starts[k] ?? 0;
    if ((this.starts[k + 1] ?? 0) - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = (this.hashes[k] ?? 0) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = k;
    }
    this.slots = slots;
  }

  private growKeys(): void {
    const size = this.hashes.length * 2;
    const grown = (from: Int32Array, length: number): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(length);
      to.set(from);
      return to;
    };
    this.hashes = grown(this.hashes, size);
    this.values = grown(this.values, size);
    this.starts = grown(this.starts, size + 1);
  }
}
