import { describe, expect, it } from 'vitest';
import { PARAM_KEYS } from '../state/schema';
import type { ParamKey } from './types';

// Exhaustive by type: a key missing here, or one that is not a ParamKey, fails typecheck.
const TYPED: Record<ParamKey, true> = {
  alpha: true,
  lower: true,
  upper: true,
  threshold: true,
  value: true,
  beta: true,
  min_val: true,
  max_val: true,
  lambd: true,
};

describe('element typings', () => {
  it("name every parameter key of the registry, and no other (the attributes' types)", () => {
    expect(Object.keys(TYPED).sort()).toEqual([...PARAM_KEYS].sort());
  });
});
