// Counting and sampling for the error lists: group items by a key and keep the most frequent
// groups with a few examples each; draw reproducible random samples.

export interface Group<T> {
  key: string;
  count: number;
  examples: T[];
}

/** The `top` most frequent keys (ties by key), each with up to `examplesPerGroup` examples. */
export function topGroups<T>(items: Iterable<{ key: string; example: T }>, top: number, examplesPerGroup: number): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const { key, example } of items) {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, count: 0, examples: [] }));
    group.count++;
    if (group.examples.length < examplesPerGroup) group.examples.push(example);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, top);
}

/** mulberry32: a small seeded generator, so samples are the same from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items drawn without replacement, in their original order. */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  if (items.length <= count) return [...items];
  const random = seededRandom(seed);
  const indices = items.map((_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}

/** A share as a percentage with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
