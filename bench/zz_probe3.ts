import { exp } from '../src/math/special/exp';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const out = new Float64Array(n);
const T = new Float64Array(64); for (let j = 0; j < 64; j++) T[j] = Math.pow(2, j / 64);
const TLO = new Float64Array(64);
const P2 = new Float64Array(2201); P2[1100] = 1; for (let m = 1; m <= 1100; m++) { P2[1100 + m] = P2[1099 + m]! * 2; P2[1100 - m] = P2[1101 - m]! / 2; }
function expLit(x: number): number {
  const xc = Math.min(Math.max(x, -746), 710);
  const k = xc * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = xc - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = ki & 63;
  const m = ki >> 6;
  const m1 = m >> 1;
  const t = T[j]!;
  return (t + (t * p + TLO[j]!)) * P2[1100 + m1]! * P2[1100 + m - m1]!;
}
const K: Record<string, () => void> = {
  copy: () => { for (let i = 0; i < n; i++) out[i] = s[i]!; },
  expMod: () => { for (let i = 0; i < n; i++) out[i] = exp(s[i]!); },
  expLit: () => { for (let i = 0; i < n; i++) out[i] = expLit(s[i]!); },
  mathExp: () => { for (let i = 0; i < n; i++) out[i] = Math.exp(s[i]!); },
};
const res: Record<string, number[]> = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(K)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); (res[k] ??= []).push((c.user + c.system) * 1000 / n); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(12), v[7]!.toFixed(2), v[0]!.toFixed(2)); }
