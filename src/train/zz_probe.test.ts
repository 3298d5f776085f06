import { it } from 'vitest';
import { Trainer, setTarget } from './dying';
it('probe', () => {
  const targets: [string, (x: number) => number][] = [['sin2x', (x) => Math.sin(2 * x)], ['sin1.5x', (x) => Math.sin(1.5 * x)], ['sinx+0.3x', (x) => Math.sin(x * 1.5) + 0.3 * x]];
  for (const [tn, tf] of targets) {
  setTarget(tf);
  const cfgs: [string, number, number][] = [['adam', 0.01, 0], ['adam', 0.03, 0], ['adam', 0.1, 0], ['adam', 0.3, 0], ['adam', 0.01, -3], ['sgd', 0.01, 0], ['sgd', 0.03, 0], ['sgd', 0.05, 0],['sgd', 0.01, -3]];
  for (const [opt, lr, shift] of cfgs) {
    const row: string[] = [];
    for (const seed of [1, 2, 3]) for (const id of ['relu', 'leaky_relu']) {
      const t = new Trainer({ units: 32, activation: { id }, learningRate: lr, biasShift: shift, seed, optimizer: opt as 'sgd' });
      const s0 = t.snapshot();
      const s1 = t.step(200);
      const s2 = t.step(1800);
      row.push(`${seed}${id[0]}:${s0.deadCount}/${s1.deadCount}/${s2.deadCount} n${s2.negativeCount} ${s2.loss.toFixed(4)}`);
    }
    console.log(`${tn} ${opt} lr=${lr} shift=${shift}  ` + row.join(' | '));
  }}
});
