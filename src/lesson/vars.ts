/**
 * The numbers each step's text quotes, computed from the math registry and the demos' schema,
 * so a sentence cannot drift from what the figures compute. Pure: no React, no DOM.
 */
import type { MessageVars } from '../i18n/catalogue';
import { computeProperties, getActivation, normalCdf, type Activation } from '../math';
import { SCHEMA } from '../demos/schema';
import { formatShort } from '../format/number';
import { DYING_PRESET, type StepId } from './steps';

const fn = (id: string): Activation => getActivation(id)!;
const num = (v: number) => formatShort(v, 4);
const defaultOf = (id: string, key: string) => fn(id).params.find((p) => p.key === key)!.default;

/** Through how many sigmoid layers the depth question follows the gradient. */
export const SIGMOID_LAYERS = 10;

/** The kink of ReLU at 0: one-sided slopes and what PyTorch's autograd returns there. */
export function reluKink() {
  const k = fn('relu')
    .kinks()
    .find((kink) => kink.x === 0);
  if (!k) throw new Error('the registry lists no ReLU kink at 0');
  return k;
}

/** The largest value of sigmoid's derivative, attained at 0 (see the test for the check). */
export const sigmoidSlopeCap = () => fn('sigmoid').df(0);

/** The share of ReLU outputs that are exactly 0 for inputs from N(μ, σ²): P(z ≤ 0) = Φ(−μ/σ). */
export const reluZeroShare = (mu: number, sigma: number) => normalCdf(-mu / sigma);

/** Percent with up to three significant digits, e.g. `50%`. */
const percent = (share: number) => `${formatShort(share * 100, 3)}%`;

/** The placeholders of every message of step `id` (title, body, question and answer alike). */
export function stepVars(id: StepId): MessageVars {
  const relu = fn('relu');
  switch (id) {
    case 'relu':
      return { pos: num(relu.f(5)), neg: num(relu.f(-3)), zero: num(relu.f(0)) };
    case 'kink': {
      const k = reluKink();
      return { left: num(k.dfLeft), right: num(k.dfRight), df: num(k.df) };
    }
    case 'cost':
      return {};
    case 'depth': {
      const cap = sigmoidSlopeCap();
      return {
        cap: num(cap),
        one: num(relu.df(1)),
        layers: SIGMOID_LAYERS,
        value: formatShort(cap ** SIGMOID_LAYERS, 2),
      };
    }
    case 'sparsity': {
      const { mu, sigma } = SCHEMA.sparsity;
      return {
        mu: num(mu.default),
        sigma: num(sigma.default),
        share: percent(reluZeroShare(mu.default, sigma.default)),
      };
    }
    case 'dying':
      return {
        zero: num(relu.df(-1)),
        alpha: num(defaultOf('leaky_relu', 'alpha')),
        units: DYING_PRESET.units,
        shift: num(DYING_PRESET.shift),
      };
    case 'variants':
      return {
        leaky: num(defaultOf('leaky_relu', 'alpha')),
        prelu: num(defaultOf('prelu', 'alpha')),
        alpha: num(defaultOf('elu', 'alpha')),
        limit: num(computeProperties(fn('elu')).min.value),
      };
  }
}
