import { describe, expect, it } from 'vitest';
import { defaultState, type ExplorerState } from '../../state/defaults';
import { takeKitParams } from './keys';
import { readKitQuery } from './query';

const view: ExplorerState = { ...defaultState('en'), fn: 'leaky_relu', params: { alpha: 0.1 } };
const read = (search: string, canVideo = true, v = view) =>
  readKitQuery(takeKitParams(search).kit ?? [], v, canVideo);

describe('takeKitParams', () => {
  it('takes the kit’s keys out and leaves the rest in order', () => {
    const { rest, kit } = takeKitParams('?fn=elu&export=gif&alpha=2&sweep=alpha&frames=3');
    expect(rest.toString()).toBe('fn=elu&alpha=2');
    expect(kit).toEqual([
      ['export', 'gif'],
      ['sweep', 'alpha'],
      ['frames', '3'],
    ]);
    expect(takeKitParams('?fn=elu').kit).toBeNull();
  });
});

describe('readKitQuery', () => {
  it('reads a full animation request', () => {
    expect(read('?export=gif&sweep=alpha&from=0&to=1&frames=40')).toEqual({
      request: { format: 'gif', sweep: { target: 'alpha', from: 0, to: 1, frames: 40 } },
      notices: [],
    });
  });

  it('defaults to the first parameter over its slider range', () => {
    expect(read('?export=video').request).toEqual({
      format: 'video',
      sweep: { target: 'alpha', from: 0, to: 1, frames: 41 },
    });
  });

  it('sweeps the range as half-widths about the centre', () => {
    const r = read('?export=gif&sweep=range&from=1&to=8', true, { ...view, range: [-3, 1] });
    expect(r.request?.sweep).toEqual({ target: 'range', from: 1, to: 8, frames: 41 });
    const d = read('?export=gif&sweep=range', true, { ...view, range: [-3, 1] });
    expect(d.request?.sweep).toMatchObject({ from: 2, to: 8 });
  });

  it('ignores bad values with a notice each and keeps the rest', () => {
    const r = read('?export=gif&sweep=beta&from=abc&to=0.5&frames=1000');
    expect(r.request?.sweep).toEqual({ target: 'alpha', from: 0, to: 0.5, frames: 41 });
    expect(r.notices.map((n) => [n.key, n.vars.param, n.vars.value])).toEqual([
      ['kitNoticeSweep', 'sweep', 'beta'],
      ['kitNoticeValue', 'from', 'abc'],
      ['kitNoticeFrames', 'frames', '1000'],
    ]);
    // α = 7 is in Leaky ReLU's domain but beyond its slider, where the state never goes either.
    const far = read('?export=gif&to=7&frames=2.5');
    expect(far.request?.sweep?.to).toBe(1);
    expect(far.notices.map((n) => n.vars.param)).toEqual(['to', 'frames']);
  });

  it('refuses values outside the parameter’s domain and equal ends', () => {
    const celu = { ...view, fn: 'celu', params: { alpha: 1 } };
    const r = read('?export=gif&from=0&to=2', true, celu);
    expect(r.notices.map((n) => n.key)).toEqual(['kitNoticeValue']);
    expect(r.request?.sweep).toMatchObject({ from: 0.1, to: 2 });
    const same = read('?export=gif&from=0.5&to=0.5');
    expect(same.notices.map((n) => n.key)).toEqual(['kitNoticeSame']);
    expect(same.request?.sweep).toMatchObject({ from: 0.5, to: 1 });
  });

  it('ignores an unknown format and the sweep keys of a still picture', () => {
    const bad = read('?export=jpeg&sweep=alpha');
    expect(bad.request).toBeNull();
    expect(bad.notices.map((n) => n.key)).toEqual([
      'kitNoticeUnknownFormat',
      'kitNoticeNeedsExport',
    ]);
    const svg = read('?export=svg&frames=3');
    expect(svg.request).toEqual({ format: 'svg', sweep: null });
    expect(svg.notices.map((n) => [n.key, n.vars.param])).toEqual([
      ['kitNoticeNeedsExport', 'frames'],
    ]);
    expect(read('?export=gif&export=qr').notices.map((n) => n.key)).toEqual(['kitNoticeRepeated']);
  });

  it('makes a GIF, and says so, where the browser cannot record video', () => {
    const r = read('?export=video', false);
    expect(r.request?.format).toBe('gif');
    expect(r.notices.map((n) => n.key)).toEqual(['kitNoticeNoVideo']);
  });

  it('offers only the range to a function without parameters', () => {
    const relu = { ...view, fn: 'relu', params: {} };
    const r = read('?export=gif&sweep=alpha', true, relu);
    expect(r.notices.map((n) => n.key)).toEqual(['kitNoticeSweepNone']);
    expect(r.request?.sweep?.target).toBe('range');
  });

  it('shortens hostile values in notices', () => {
    const r = read(`?export=${'x'.repeat(500)}`);
    expect(String(r.notices[0]!.vars.value).length).toBeLessThan(50);
  });
});
