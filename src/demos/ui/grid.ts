import type { NumberField } from '../schema';

/** A slider's min, max and step from its field in the schema. */
export function grid(f: NumberField): { min: number; max: number; step: number } {
  return { min: f.min, max: f.max, step: f.step };
}
