import { expHalfSq, normalMid, normalCentral } from '../src/math/special/normal';
import { exp } from '../src/math/special/exp';
import { log1pUnit } from '../src/math/special/log1p';
import { clamp } from '../src/math/special/branchless';
import { gelu } from '../src/math/activations/gelu';
import { logsigmoid } from '../src/math/activations/saturating';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const u = new Float64Array(n); for (let i = 0; i < n; i++) u[i] = i / n;
const out = new Float64Array(n);
const K: Record<string, () => void> = {
  copy: () => { for (let i = 0; i < n; i++) out[i] = s[i]!; },
  exp: () => { for (let i = 0; i < n; i++) out[i] = exp(s[i]!); },
  expHalfSq: () => { for (let i = 0; i < n; i++) out[i] = expHalfSq(s[i]!); },
  tailFactor: () => { for (let i = 0; i < n; i++) out[i] = normalMid(Math.abs(s[i]!) * 0.25 + 0.7); },
  central: () => { for (let i = 0; i < n; i++) out[i] = normalCentral(s[i]!); },
  gelu: () => { for (let i = 0; i < n; i++) out[i] = gelu(s[i]!); },
  log1pUnit: () => { for (let i = 0; i < n; i++) out[i] = log1pUnit(u[i]!); },
  mathLog1p: () => { for (let i = 0; i < n; i++) out[i] = Math.log1p(u[i]!); },
  logsigmoid: () => { for (let i = 0; i < n; i++) out[i] = logsigmoid(s[i]!); },
  clamp: () => { for (let i = 0; i < n; i++) out[i] = clamp(s[i]!, -1, 1); },
};
const res: Record<string, number[]> = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(K)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); (res[k] ??= []).push((c.user + c.system) * 1000 / n); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(12), v[7]!.toFixed(2), v[0]!.toFixed(2)); }
