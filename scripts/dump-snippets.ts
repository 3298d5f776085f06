/**
 * Prints, as JSON, the exact NumPy and PyTorch code the explorer's code panel shows for every
 * activation at its default parameters and, where it has parameters, at one other setting.
 * Step 1 of src/explain/fixtures/run_snippets.py (which calls it when given no file):
 *
 *   npx tsx scripts/dump-snippets.ts > snippets.json
 */
import { codeSnippets } from '../src/explain/code';
import { paramValues } from '../src/explain/lookup';
import { activations } from '../src/math';

/** One setting away from the defaults per function with parameters, each inside the sliders. */
const OTHER_SETTING: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  leaky_relu: { alpha: 0.2 },
  prelu: { alpha: -0.5 },
  rrelu: { lower: 0.1, upper: 0.3 },
  threshold: { threshold: 1, value: -2 },
  elu: { alpha: 0.5 },
  celu: { alpha: 2 },
  silu: { beta: 2 },
  softplus: { beta: 2, threshold: 3 },
  hardtanh: { min_val: -2, max_val: 0.5 },
  softshrink: { lambd: 1 },
  hardshrink: { lambd: 1 },
};

const cases = activations.flatMap((a) => {
  const other = OTHER_SETTING[a.id];
  if (a.params.length > 0 && !other) throw new Error(`add a setting for ${a.id} to OTHER_SETTING`);
  const settings = [paramValues(a), ...(other ? [other] : [])];
  return settings.map((p) => {
    const params = paramValues(a, p);
    const code = codeSnippets(a, params);
    if (!code) throw new Error(`no code for ${a.id}`);
    return { id: a.id, params, ...code };
  });
});

process.stdout.write(`${JSON.stringify({ cases }, null, 1)}\n`);
