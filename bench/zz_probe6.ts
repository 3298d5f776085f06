import { logsigmoid } from '../src/math/activations/saturating';
import { gelu } from '../src/math/activations/gelu';
const n = 1e6;
const s = new Float64Array(n); for (let i = 0; i < n; i++) s[i] = -10 + 20 * i / (n - 1);
const out = new Float64Array(n);
function L() { for (let i = 0; i < n; i++) out[i] = logsigmoid(s[i]!); }
function G() { for (let i = 0; i < n; i++) out[i] = gelu(s[i]!); }
for (let k = 0; k < 10; k++) { L(); G(); }
