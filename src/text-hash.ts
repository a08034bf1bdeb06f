/**
 * A 53-bit hash of a text: two 32-bit multiply-xor lanes over its UTF-16 code units, mixed
 * and joined (after cyrb53), as many bits as a number holds exactly. Among 100,000 texts,
 * some two collide with odds of about 1 in 2 million. For sets and maps that must not keep
 * the texts themselves.
 */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A set of texts kept as their hashes in one typed array (open addressing, linear probing):
 * 16 bytes a text at most, where a Set of numbers costs about 50 (an entry and a boxed
 * number each). For sets that grow with an input, such as the ids of a million pairs.
 */
export class TextHashSet {
  /** Hash + 1 per slot; 0 marks an empty slot. The length is a power of two. */
  private slots = new Float64Array(1 << 10);
  private count = 0;

  /** Adds a text; false when it (or a text with its hash) was there already. */
  add(text: string): boolean {
    const key = textHash(text) + 1;
    const slot = this.slotOf(key);
    if (this.slots[slot] !== 0) return false;
    this.slots[slot] = key;
    // At most half full, so that probes stay short.
    if (++this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  /** Where `key` is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.slots.length - 1;
    // `>>> 0` keeps the low 32 bits of the 53-bit key: its h1 lane, well mixed.
    let slot = (key >>> 0) & mask;
    while (this.slots[slot] !== 0 && this.slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const key of old) if (key !== 0) this.slots[this.slotOf(key)] = key;
  }
}
