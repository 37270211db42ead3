/**
 * The keys a bulk load has met, in 8 bytes each: a million complaint-case ids as strings in a Set
 * would hold about 70 MB for the whole load. Keys are kept as 53-bit hashes in an open-addressing
 * table, so add() can only say "maybe seen before"; the loader confirms such keys exactly with a
 * second read of the file, which a file without repeated keys almost never needs: among a
 * million distinct keys two share a hash about once in 15,000 files.
 */
export class SeenKeys {
  private table = new Float64Array(1 << 12);
  private size = 0;

  /** Adds the key; true if it (or a key with the same hash) was added before. */
  add(key: string): boolean {
    const hash = hash53(key) + 1; // 0 marks an empty slot
    if (this.insert(this.table, hash)) return true;
    if (++this.size * 2 > this.table.length) this.grow();
    return false;
  }

  private insert(table: Float64Array, hash: number): boolean {
    const mask = table.length - 1;
    for (let slot = hash % table.length; ; slot = (slot + 1) & mask) {
      if (table[slot] === 0) {
        table[slot] = hash;
        return false;
      }
      if (table[slot] === hash) return true;
    }
  }

  private grow(): void {
    const bigger = new Float64Array(this.table.length * 2);
    for (const hash of this.table) if (hash !== 0) this.insert(bigger, hash);
    this.table = bigger;
  }
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
