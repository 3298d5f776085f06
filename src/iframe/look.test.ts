import { describe, expect, it } from 'vitest';
import { readLook } from './look';

const look = (q: string) => readLook(new URLSearchParams(q));

describe('readLook (the embed view’s bg, fg, accent and font)', () => {
  it('sets the public custom properties from hex colours and a family list', () => {
    expect(look('bg=fdf6e3&fg=%23333&accent=%23a0522d&font=Georgia,%20serif').properties).toEqual([
      ['--ae-background', '#fdf6e3'],
      ['--ae-foreground', '#333'],
      ['--ae-accent-color', '#a0522d'],
      ['--ae-font-family', 'Georgia, serif'],
    ]);
    expect(look("font='Noto Serif SC', 思源宋体, serif").properties).toEqual([
      ['--ae-font-family', "'Noto Serif SC', 思源宋体, serif"],
    ]);
  });

  it('refuses anything else, with a notice, so no other CSS gets in', () => {
    const q =
      'bg=red&fg=%23ffff&accent=url(x)&font=' +
      encodeURIComponent('x; background: url(https://evil.example/)');
    const { properties, ignored } = look(q);
    expect(properties).toEqual([]);
    expect(ignored.map((n) => n.param)).toEqual(['bg', 'fg', 'accent', 'font']);
    for (const font of ['a}b', 'Georgia"', 'x\\65', 'a, b, c, d, e, f, g', 'var(--x)'])
      expect(look(`font=${encodeURIComponent(font)}`).properties, font).toEqual([]);
  });
});
