/**
 * Every registry activation written in the formula language from PyTorch's definition, by id,
 * with the registry's parameter keys as free names (`threshold`, also a function's name, is
 * `th`). The NumPy code of a formula that calls a registry activation defines it from these;
 * builtins.test.ts checks that each gives the registry's f, f′ (to 1e-12) and kinks. Where a
 * textbook form cancels (1 + erf(x/√2) for x ≪ 0, 1 + tanh u) the exact identity is used:
 * Φ(x) = erfc(−x/√2)/2 and ½(1 + tanh u) = σ(2u).
 */
export const DEFINITIONS: ReadonlyMap<string, string> = new Map([
  ['relu', 'x * (x > 0)'],
  ['leaky_relu', 'where(x > 0, x, alpha * x)'],
  ['prelu', 'where(x > 0, x, alpha * x)'],
  ['rrelu', 'where(x > 0, x, (lower + upper) / 2 * x)'],
  ['relu6', 'where(x <= 0, 0, where(x >= 6, 6, x))'],
  ['threshold', 'where(x > th, x, value)'],
  ['elu', 'where(x > 0, x, alpha * expm1(x))'],
  ['selu', '1.0507009873554805 * where(x > 0, x, 1.6732632423543772 * expm1(x))'],
  ['celu', 'max(0, x) + min(0, alpha * expm1(x / alpha))'],
  ['gelu', 'x * erfc(-x / sqrt(2)) / 2'],
  ['gelu_tanh', 'x * sigmoid(2 * sqrt(2 / pi) * (x + 0.044715 * x^3))'],
  ['silu', 'x * sigmoid(beta * x)'],
  ['mish', 'x * tanh(softplus(x))'],
  ['softplus', 'where(beta * x > th, x, softplus(beta * x) / beta)'],
  ['hardswish', 'where(x < -3, 0, where(x <= 3, x * (x + 3) / 6, x))'],
  ['sigmoid', '1 / (1 + exp(-x))'],
  ['tanh', 'tanh(x)'],
  ['hardtanh', 'where(x <= min_val, min_val, where(x >= max_val, max_val, x))'],
  ['hardsigmoid', 'where(x <= -3, 0, where(x >= 3, 1, (x + 3) / 6))'],
  ['softsign', 'x / (1 + abs(x))'],
  ['logsigmoid', '-softplus(-x)'],
  ['softshrink', 'where(x > lambd, x - lambd, where(x < -lambd, x + lambd, 0))'],
  ['hardshrink', 'where(abs(x) > lambd, x, 0)'],
  ['tanhshrink', 'x - tanh(x)'],
]);

/** The name a registry parameter key has in {@link DEFINITIONS}. */
export const definitionName = (key: string): string => (key === 'threshold' ? 'th' : key);
