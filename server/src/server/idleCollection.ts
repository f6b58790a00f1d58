// Young-generation garbage collection between keystrokes instead of during them. Each keystroke's
// lint leaves about half a megabyte of garbage, so V8 collects its young generation every six or
// seven keystrokes, in the middle of a lint, where the pause (2–5 ms on a busy machine) is added to
// that keystroke's wait for diagnostics. Right after diagnostics are sent, the server is idle until
// the next keystroke, and the lint's temporary objects are already garbage: a collection there,
// when the young generation is nearly full, costs no one a wait.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect when less room than this is left: two or three keystrokes' worth. */
const ROOM_BYTES = 1.5 * 1024 * 1024;

type Collect = (options: { type: 'minor' }) => void;

let collect: Collect | null = null;

/** The last collection made here (performance.now()), so that a change that waited for it is timed from its start. */
export let lastIdleCollection = { start: 0, end: 0 };

/** V8's `gc` function; exposing it changes nothing else (it is only callable from a context made after the flag is set). */
function gcFunction(): Collect {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Collect;
}

/** To be called once diagnostics are sent: on the next turn of the event loop, collects the young generation if it is nearly full. */
export function collectWhenIdle(): void {
  setImmediate(() => {
    const youngGeneration = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (!youngGeneration || youngGeneration.space_available_size >= ROOM_BYTES) return;
    collect ??= gcFunction();
    const start = performance.now();
    collect({ type: 'minor' });
    lastIdleCollection = { start, end: performance.now() };
  });
}
