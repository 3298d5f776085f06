import { describe, expect, it } from 'vitest';
import { formatLesson } from './i18n';
import { STEP_COUNT } from './steps';
import { decodeLesson, lessonSearch, parseStep } from './url';

describe('decodeLesson', () => {
  it('opens step 1 without a step, and the step asked for by query or link target', () => {
    expect(decodeLesson('?view=lesson')).toEqual({ step: 1, notices: [] });
    expect(decodeLesson('?view=lesson&step=3').step).toBe(3);
    expect(decodeLesson('?view=lesson', '#step-5').step).toBe(5);
    expect(decodeLesson(`?view=lesson&step=${STEP_COUNT}`).step).toBe(STEP_COUNT);
  });

  it('lets a #step-N target win over step=, and ignores other targets', () => {
    expect(decodeLesson('?view=lesson&step=2', '#step-6').step).toBe(6);
    expect(decodeLesson('?view=lesson&step=2', '#top')).toEqual({ step: 2, notices: [] });
  });

  it.each(['0', '8', '-1', '2.5', '1e1', ' 3', 'abc', '', '03', '99999999999'])(
    'step=%j opens step 1 with a notice naming the value',
    (raw) => {
      const { step, notices } = decodeLesson(`?view=lesson&step=${encodeURIComponent(raw)}`);
      expect(step).toBe(1);
      expect(notices).toEqual([
        { param: 'step', value: raw, message: 'lessonBadStep', vars: { total: STEP_COUNT } },
      ]);
    },
  );

  it('reports a bad #step- target as such, in words', () => {
    const { step, notices } = decodeLesson('?view=lesson', '#step-nine');
    expect(step).toBe(1);
    const [n] = notices;
    expect(formatLesson('en', n!.message, { ...n!.vars, param: n!.param, value: n!.value })).toBe(
      'Ignored the link target #step-nine: the lesson has steps 1 to 7, so it opens at step 1.',
    );
  });

  it('reads lang and theme, and reports bad ones and unknown parameters', () => {
    expect(decodeLesson('?view=lesson&lang=zh-CN&theme=dark')).toEqual({
      step: 1,
      lang: 'zh-CN',
      theme: 'dark',
      notices: [],
    });
    const { notices } = decodeLesson('?view=lesson&lang=fr&theme=pink&fn=gelu');
    expect(notices.map((n) => `${n.param}:${n.message}`)).toEqual([
      'lang:urlBadValue',
      'theme:urlBadValue',
      'fn:urlUnknownParam',
    ]);
  });

  it('uses the first of a repeated parameter and says so', () => {
    const { step, notices } = decodeLesson('?view=lesson&step=3&step=5');
    expect(step).toBe(3);
    expect(notices).toEqual([{ param: 'step', value: '5', message: 'urlRepeated' }]);
  });

  it('cuts a long value in a notice', () => {
    const { notices } = decodeLesson(`?view=lesson&step=${'9'.repeat(200)}`);
    expect(notices[0]!.value.length).toBeLessThanOrEqual(41);
  });
});

describe('parseStep', () => {
  it('accepts 1 … STEP_COUNT written plainly, nothing else', () => {
    for (let n = 1; n <= STEP_COUNT; n++) expect(parseStep(String(n))).toBe(n);
    for (const raw of ['0', String(STEP_COUNT + 1), '+1', '1.0', 'NaN'])
      expect(parseStep(raw)).toBeNull();
  });
});

describe('lessonSearch', () => {
  it('writes view and step, lang unless the browser’s, theme unless system', () => {
    expect(lessonSearch(3, 'en', 'system', 'en')).toBe('?view=lesson&step=3');
    expect(lessonSearch(1, 'zh-CN', 'dark', 'en')).toBe(
      '?view=lesson&step=1&lang=zh-CN&theme=dark',
    );
    expect(lessonSearch(2, 'en', 'light', 'zh-CN')).toBe('?view=lesson&step=2&lang=en&theme=light');
  });

  it('round-trips through decodeLesson', () => {
    for (let n = 1; n <= STEP_COUNT; n++)
      expect(decodeLesson(lessonSearch(n, 'zh-CN', 'light', 'en'))).toEqual({
        step: n,
        lang: 'zh-CN',
        theme: 'light',
        notices: [],
      });
  });
});
