import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection between two emitters (or two batches of integrations), when the heap
 * has grown well past what was live after the last one. V8 lets the heap grow to a multiple of
 * what is live before it collects, and what an emitter leaves behind is almost all garbage: at 5,000 specs the heap
 * reached three times its live size (and the process 700 MB) without it. One collection costs
 * about 0.1 s at that size; below `defaultFloor` none is made, so small estates pay nothing.
 *
 * The collector is reached the way jest-leak-detector reaches it: `--expose-gc` set for one
 * moment, `gc` taken from a fresh context, the flag set back. Where that is not possible the
 * build goes on as before.
 */

const defaultFloor = 128 * 2 ** 20;
/** Collect again once the heap holds this much more than was live after the last collection. */
const growth = 1.25;

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('gc');
    return typeof found === 'function' ? (found as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** What the heap and the buffers outside it hold (file contents are buffers). */
function held(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** One build's watch on the heap: what was live after its last collection is its own. */
export class HeapWatch {
  private live = 0;

  constructor(private readonly floor = defaultFloor) {}

  /**
   * Called between emitters and between batches of integrations: cheap when nothing is due. True
   * when it collected.
   */
  collectIfGrown(): boolean {
    if (held() < Math.max(this.floor, this.live * growth)) return false;
    gc ??= collector();
    if (!gc) return false;
    gc();
    this.live = held();
    return true;
  }
}
