import { clamp } from '../src/math/special/branchless';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const out = new Float64Array(n);
const MAX = Number.MAX_VALUE;
const clampE = (x: number, lo: number, hi: number) => { const y = x > MAX ? MAX : x < -MAX ? -MAX : x; const bl = +(y <= lo), bh = +(y >= hi); return y * (1 - bl - bh) + lo * bl + hi * bh; };
const clampE2 = (x: number, lo: number, hi: number) => { const y = x > 1e308 ? 1e308 : x < -1e308 ? -1e308 : x; const bl = +(y <= lo), bh = +(y >= hi); return y * (1 - bl - bh) + lo * bl + hi * bh; };
const K: Record<string, () => void> = {
  copy: () => { for (let i = 0; i < n; i++) out[i] = s[i]!; },
  clampMod: () => { for (let i = 0; i < n; i++) out[i] = clamp(s[i]!, -1, 1); },
  clampE: () => { for (let i = 0; i < n; i++) out[i] = clampE(s[i]!, -1, 1); },
  clampE2: () => { for (let i = 0; i < n; i++) out[i] = clampE2(s[i]!, -1, 1); },
};
const res: Record<string, number[]> = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(K)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); (res[k] ??= []).push((c.user + c.system) * 1000 / n); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(12), v[7]!.toFixed(2), v[0]!.toFixed(2)); }
