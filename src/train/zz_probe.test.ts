import { it } from 'vitest';
import { Trainer } from './dying';
it('probe', () => {
  const cfgs: [string, number, number, number][] = [['adam', 0.003, 0, 0], ['adam', 0.01, 0, 0], ['adam', 0.03, 0, 0], ['adam', 0.1, 0, 0], ['adam', 0.3, 0, 0], ['adam', 0.01, -3, 0], ['sgd', 0.01, 0, 1], ['sgd', 0.1, 0, 1], ['sgd', 0.3, 0, 2], ['sgd', 1, 0, 2]];
  for (const [opt, lr, shift, clip] of cfgs) {
    const row: string[] = [];
    for (const seed of [1, 2, 3]) for (const id of ['relu', 'leaky_relu']) {
      const t = new Trainer({ units: 32, activation: { id }, learningRate: lr, biasShift: shift, seed, clipNorm: clip || undefined, optimizer: opt as 'sgd' });
      const s0 = t.snapshot();
      const s1 = t.step(200);
      const s2 = t.step(1800);
      row.push(`${seed} ${id}: dead ${s0.deadCount}/${s1.deadCount}/${s2.deadCount} neg ${s0.negativeCount}/${s1.negativeCount}/${s2.negativeCount} loss ${s1.loss.toFixed(4)}→${s2.loss.toFixed(4)}`);
    }
    console.log(`${opt} lr=${lr} shift=${shift} clip=${clip}\n  ` + row.join('\n  '));
  }
});
