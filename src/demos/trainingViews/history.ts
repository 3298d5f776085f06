import type { TrainSnapshot } from '../../train/dying';

/**
 * Everything a training run has reported, step by step: entry i is the network after i updates
 * (its loss, its dead and all-negative unit counts and, for PReLU, its α values). Filled from the snapshots'
 * per-step traces into growing typed arrays, so a 20 000-step run costs a few hundred KB and
 * appending is amortised O(new steps).
 */
export class TraceHistory {
  /** α values per entry (1 shared, or one per unit); 0 without learnable α. */
  readonly alphaCount: number;
  private lossBuf = new Float64Array(256);
  private deadBuf = new Float64Array(256);
  private negativeBuf = new Float64Array(256);
  private alphaBuf: Float64Array;
  private n = 0;

  constructor(alphaCount: number) {
    this.alphaCount = alphaCount;
    this.alphaBuf = new Float64Array(256 * alphaCount);
  }

  /** Entries recorded: the steps 0 … length − 1. */
  get length(): number {
    return this.n;
  }

  /**
   * Records a snapshot: its trace (the states before each of its updates) and its own state
   * after them. Entries are written by step number, so a repeated snapshot changes nothing.
   */
  add(s: TrainSnapshot): void {
    const { trace } = s;
    this.reserve(s.step + 1);
    this.lossBuf.set(trace.loss, trace.start);
    this.deadBuf.set(trace.deadCount, trace.start);
    this.negativeBuf.set(trace.negativeCount, trace.start);
    if (trace.alpha && this.alphaCount > 0)
      this.alphaBuf.set(trace.alpha, trace.start * this.alphaCount);
    this.lossBuf[s.step] = s.loss;
    this.deadBuf[s.step] = s.deadCount;
    this.negativeBuf[s.step] = s.negativeCount;
    if (s.alpha && this.alphaCount > 0) this.alphaBuf.set(s.alpha, s.step * this.alphaCount);
    this.n = Math.max(this.n, s.step + 1);
  }

  /** Loss per step (a view: valid until the next `add`). */
  loss(): Float64Array {
    return this.lossBuf.subarray(0, this.n);
  }

  /** Dead units per step (a view). */
  dead(): Float64Array {
    return this.deadBuf.subarray(0, this.n);
  }

  /** Units with input ≤ 0 at every training point, per step (a view). */
  negative(): Float64Array {
    return this.negativeBuf.subarray(0, this.n);
  }

  /** α of unit `unit` (0 for a shared α) per step, as a new array. */
  alpha(unit: number): Float64Array {
    const out = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.alphaBuf[i * this.alphaCount + unit]!;
    return out;
  }

  private reserve(entries: number): void {
    if (entries <= this.lossBuf.length) return;
    let size = this.lossBuf.length;
    while (size < entries) size *= 2;
    const grow = (a: Float64Array, k: number) => {
      const b = new Float64Array(size * k);
      b.set(a.subarray(0, this.n * k));
      return b;
    };
    this.lossBuf = grow(this.lossBuf, 1);
    this.deadBuf = grow(this.deadBuf, 1);
    this.negativeBuf = grow(this.negativeBuf, 1);
    this.alphaBuf = grow(this.alphaBuf, this.alphaCount);
  }
}
