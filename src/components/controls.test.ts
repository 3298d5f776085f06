import { describe, expect, it } from 'vitest';
import { ALL_CONTROLS } from './controlSet';
import {
  allParamKeys,
  formatControls,
  parseControls,
  showsAnyControl,
  showsParam,
} from './controls';

describe('parseControls', () => {
  it('shows everything when the setting is absent', () => {
    expect(parseControls(null)).toEqual({ controls: ALL_CONTROLS, ignored: [] });
    expect(parseControls(undefined).controls).toBe(ALL_CONTROLS);
  });

  it('shows only the listed controls and parameter keys', () => {
    const { controls, ignored } = parseControls('alpha,range');
    expect(ignored).toEqual([]);
    expect(controls.range).toBe(true);
    expect(controls.picker).toBe(false);
    expect(controls.derivative).toBe(false);
    expect(controls.compare).toBe(false);
    expect(controls.readout).toBe(false);
    expect(controls.export).toBe(false);
    expect(showsParam(controls, 'alpha')).toBe(true);
    expect(showsParam(controls, 'beta')).toBe(false);
  });

  it('reads every control name', () => {
    const { controls } = parseControls('picker,range,derivative,compare,readout,export');
    expect(controls).toMatchObject({
      picker: true,
      range: true,
      derivative: true,
      compare: true,
      readout: true,
      export: true,
    });
    expect(showsParam(controls, 'alpha')).toBe(false);
  });

  it('treats none and the empty list as the bare figure', () => {
    for (const v of ['none', '', ' , ']) {
      const { controls, ignored } = parseControls(v);
      expect(showsAnyControl(controls), v).toBe(false);
      expect(ignored).toEqual([]);
    }
  });

  it('lets all win over anything else', () => {
    expect(parseControls('alpha,all').controls).toBe(ALL_CONTROLS);
    expect(parseControls('none,all').controls).toBe(ALL_CONTROLS);
  });

  it('trims, ignores case of control names and reports unknown tokens', () => {
    const { controls, ignored } = parseControls(' Range , PICKER,bogus,<b>x</b>');
    expect(controls.range).toBe(true);
    expect(controls.picker).toBe(true);
    expect(ignored).toEqual(['bogus', '<b>x</b>']);
  });

  it('accepts the parameter keys of the registry', () => {
    const keys = allParamKeys();
    for (const key of keys) expect(showsParam(parseControls(key).controls, key)).toBe(true);
  });
});

describe('formatControls', () => {
  it('leaves the default out and writes none for nothing', () => {
    expect(formatControls(ALL_CONTROLS)).toBeUndefined();
    expect(formatControls(parseControls('none').controls)).toBe('none');
  });

  it('round-trips through parseControls', () => {
    const text = formatControls(parseControls('range,derivative,picker').controls);
    expect(text).toBe('picker,range,derivative');
    expect(parseControls(text).controls).toEqual(parseControls('range,derivative,picker').controls);
  });
});
