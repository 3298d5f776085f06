import { getActivation } from '../src/math';
import { gelu } from '../src/math/activations/gelu';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const out = new Float64Array(n);
const a = getActivation('gelu')!;
function loopP(x: ArrayLike<number>, o: Float64Array | Float32Array) { const m = x.length; for (let i = 0; i < m; i++) o[i] = gelu(x[i]!); }
const K: Record<string, () => void> = {
  copy: () => { for (let i = 0; i < n; i++) out[i] = s[i]!; },
  local: () => { for (let i = 0; i < n; i++) out[i] = gelu(s[i]!); },
  loopP: () => loopP(s, out),
  registry: () => a.fArray(s, out),
};
const res: Record<string, number[]> = {};
for (let k = 0; k < 21; k++) for (const [name, f] of Object.entries(K)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); (res[name] ??= []).push((c.user + c.system) * 1000 / n); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(16), 'med', v[10]!.toFixed(2), 'min', v[0]!.toFixed(2)); }
