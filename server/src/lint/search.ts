// Binary search over things sorted by where they start (blocks, sentences, tokens).

/** Index of the last of `count` items starting at or before `offset` (0 when none does). */
export function lastStartingAtOrBefore(count: number, offset: number, startOf: (index: number) => number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Index of the first of `count` items starting at or after `offset` (`count` when none does). */
export function firstStartingAtOrAfter(count: number, offset: number, startOf: (index: number) => number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startOf(mid) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none does). */
export function firstTokenAtOrAfter(tokens: readonly { start: number }[], offset: number): number {
  return firstStartingAtOrAfter(tokens.length, offset, (index) => tokens[index].start);
}
