/** Types for deadline.mjs, which is plain JS so `node` runs it without a build step. */
export declare const GRACE_S: number;
export declare const TIMED_OUT: number;

export declare function runWithDeadline(
  seconds: number,
  command: string,
  args: readonly string[],
  options?: { log?: (message: string) => void },
): Promise<number>;
