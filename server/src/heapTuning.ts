// How the language server and the command line set V8 up for linting. The engine sets nothing
// itself: a program that uses it as a library keeps its own settings.
import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring. V8 allocates objects straight into the old generation
 * when most of those made at the same place in the code outlived a young-generation collection. A
 * lint's tokens, sentences and attributions all live until the lint ends, so after a few lints V8
 * does that for them; every young string stored in them then costs a write barrier, and each
 * finished lint leaves old-generation garbage that only a full collection clears. Without
 * pretenuring, the garbage of a lint dies young, where clearing it costs nothing. Measured by
 * `npm run bench` (docs/speed-history.md).
 */
export function tuneHeapForLinting(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
