import { describe, expect, it } from 'vitest';
import { derivative, evaluate, getActivation } from '../math';
import { buildCsv, columnName, csvField, csvNumber, csvSamples } from './csv';

/** Splits one CSV line (RFC 4180 quoting) into fields. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function parse(csv: string): { header: string[]; rows: number[][] } {
  const lines = csv.trimEnd().split('\n');
  return { header: fields(lines[0]!), rows: lines.slice(1).map((l) => fields(l).map(Number)) };
}

describe('csvNumber', () => {
  it('round-trips doubles exactly, signed zero included', () => {
    for (const n of [
      0.1,
      1 / 3,
      -2.5e-300,
      1e21,
      Number.MIN_VALUE,
      -Number.MAX_VALUE,
      123456789.123,
    ]) {
      expect(Number(csvNumber(n))).toBe(n);
    }
    expect(Object.is(Number(csvNumber(-0)), -0)).toBe(true);
  });
});

describe('csvField', () => {
  it('quotes commas and quotes only', () => {
    expect(csvField('relu')).toBe('relu');
    expect(csvField('softplus(beta=1, threshold=20)')).toBe('"softplus(beta=1, threshold=20)"');
    expect(csvField('a"b')).toBe('"a""b"');
  });
});

describe('csvSamples', () => {
  it('spaces n points evenly, ends exactly on the range and adds kinks once', () => {
    const xs = csvSamples([-1, 1], 5, [0, 0.3, 7]);
    expect(xs).toEqual([-1, -0.5, 0, 0.3, 0.5, 1]);
  });
});

describe('buildCsv', () => {
  it('writes x then f and f′ of the main function, one row per sample', () => {
    const csv = buildCsv({ fn: 'relu', params: {}, cmp: [], range: [-2, 2], n: 9 });
    const { header, rows } = parse(csv);
    expect(header).toEqual(['x', 'relu', 'd/dx relu']);
    expect(rows).toHaveLength(9);
    for (const [x, f, df] of rows) {
      expect(f).toBe(evaluate('relu', x!));
      expect(df).toBe(derivative('relu', x!));
    }
    // The kink is a row of its own, with PyTorch's value there.
    expect(rows.find((r) => r[0] === 0)).toEqual([0, 0, 0]);
  });

  it('names columns with parameter values and matches the math exactly', () => {
    const cmp = ['relu', 'elu'].filter((id) => getActivation(id));
    const csv = buildCsv({
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      cmp,
      range: [-3, 3],
      n: 61,
    });
    const { header, rows } = parse(csv);
    expect(header.slice(0, 3)).toEqual([
      'x',
      'leaky_relu(alpha=0.1)',
      'd/dx leaky_relu(alpha=0.1)',
    ]);
    expect(header).toHaveLength(1 + 2 * (1 + cmp.length));
    for (const row of rows) {
      const x = row[0]!;
      expect(row[1]).toBe(evaluate('leaky_relu', x, { alpha: 0.1 }));
      expect(row[2]).toBe(derivative('leaky_relu', x, { alpha: 0.1 }));
      cmp.forEach((id, i) => {
        expect(row[3 + 2 * i]).toBe(evaluate(id, x));
        expect(row[4 + 2 * i]).toBe(derivative(id, x));
      });
    }
    const xs = rows.map((r) => r[0]!);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('refuses an unknown function and an empty range', () => {
    expect(() => buildCsv({ fn: 'nope', params: {}, cmp: [], range: [0, 1] })).toThrow();
    expect(() => buildCsv({ fn: 'relu', params: {}, cmp: [], range: [1, 1] })).toThrow(RangeError);
  });

  it('writes parameterless names bare and others like a call', () => {
    expect(columnName(getActivation('relu')!, {})).toBe('relu');
    expect(columnName(getActivation('leaky_relu')!, { alpha: 0.1 })).toBe('leaky_relu(alpha=0.1)');
    const multi = getActivation('softplus');
    if (multi && multi.params.length > 1)
      expect(columnName(multi, {})).toMatch(/^softplus\(\w+=[^,]+, \w+=/);
  });
});
