// The lesson's section is loaded with its chunk, so the catalogue test (which lists the sections
// it checks) does not see it: the same checks here, plus the Chinese terms the lesson teaches.
import { describe, expect, it } from 'vitest';
import { messages } from './catalogue';
import { demos } from './sections/demos';
import { explain } from './sections/explain';
import { lesson } from './sections/lesson';
import { LANGS } from './types';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('lesson section', () => {
  it('has every message in every language, with the same placeholders', () => {
    for (const [key, message] of Object.entries(lesson))
      for (const lang of LANGS) {
        expect(message[lang], `${key} in ${lang}`).toMatch(/\S/);
        expect(placeholders(message[lang]), `${key} in ${lang}`).toEqual(placeholders(message.en));
      }
  });

  it('shares no key with any other section', () => {
    const others = new Set([
      ...Object.keys(messages),
      ...Object.keys(explain),
      ...Object.keys(demos),
    ]);
    for (const key of Object.keys(lesson)) expect(others.has(key), key).toBe(false);
  });

  it('writes Chinese that is Chinese: no untranslated English sentence, the glossary’s terms', () => {
    const zh = Object.values(lesson).map((m) => m['zh-CN']);
    for (const text of zh) expect(text).not.toMatch(/\b(the|and|of|is)\b/);
    const all = zh.join('\n');
    // A kink is 折点; 拐点 means an inflection point.
    expect(all).not.toContain('拐点');
    for (const term of ['折点', '梯度消失', '梯度爆炸', '死亡神经元', '稀疏性', '次梯度', '神经元'])
      expect(all, term).toContain(term);
    expect(all).not.toMatch(/单元(?!，Rectified)/);
    expect(lesson.lessonDyingTitle['zh-CN']).toBe('Dying ReLU（神经元死亡）');
  });
});
