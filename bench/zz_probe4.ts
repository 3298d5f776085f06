import { evaluate, derivative } from '../src/math';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const r = s.slice(); let q = 0x9e3779b9; for (let i = n - 1; i > 0; i--) { q ^= q << 13; q ^= q >>> 17; q ^= q << 5; const j = (q >>> 0) % (i + 1); const t = r[i]!; r[i] = r[j]!; r[j] = t; }
const out = new Float64Array(n);
const ids = process.argv.slice(2);
const K: Record<string, () => void> = { copy: () => { for (let i = 0; i < n; i++) out[i] = s[i]!; } };
for (const id of ids) {
  K[id + ' f s'] = () => evaluate(id, s, undefined, out);
  K[id + ' f r'] = () => evaluate(id, r, undefined, out);
  K[id + ' df s'] = () => derivative(id, s, undefined, out);
  K[id + ' df r'] = () => derivative(id, r, undefined, out);
}
const res: Record<string, number[]> = {};
for (let k = 0; k < 21; k++) for (const [name, f] of Object.entries(K)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); (res[name] ??= []).push((c.user + c.system) * 1000 / n); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(16), 'med', v[10]!.toFixed(2), 'min', v[0]!.toFixed(2)); }
