import type { EnSection } from '../types';

/** Strings of the controls: picker, sliders, input range, compare, display toggles. */
export const controls = {
  controlsHeading: { en: 'Controls' },
  pickerLabel: { en: 'Activation function' },
  familyRelu: { en: 'ReLU family' },
  familySmooth: { en: 'Smooth' },
  familySaturating: { en: 'Saturating' },
  familyShrink: { en: 'Shrink' },

  paramsHeading: { en: 'Parameters' },
  noParams: {
    en: '{name} has no parameters.',
  },
  paramLabel: { en: '{symbol} ({key})' },
  paramValueLabel: { en: '{symbol} ({key}) value' },
  paramRangeHint: {
    en: 'from {min} to {max}, default {default}',
  },
  reset: { en: 'Reset' },
  resetParam: { en: 'Reset {symbol} ({key})' },

  rangeHeading: { en: 'Input range' },
  xmin: { en: 'x min' },
  xmax: { en: 'x max' },
  resetRange: { en: 'Reset input range' },
  zoomIn: { en: 'Zoom in' },
  zoomOut: { en: 'Zoom out' },
  zoomInRange: { en: 'Zoom in (halve the input range)' },
  zoomOutRange: { en: 'Zoom out (double the input range)' },
  fieldHint: {
    en: 'Press Enter or leave the field to apply.',
  },

  compareHeading: { en: 'Compare' },
  compareAddLabel: { en: 'Function to compare' },
  compareAdd: { en: 'Add' },
  compareAddNamed: { en: 'Add {name} to comparison' },
  compareRemove: { en: 'Remove {name} from comparison' },
  compareList: { en: 'Compared functions' },
  compareEmpty: {
    en: 'Add up to {max} functions to draw them on the same axes (with default parameters).',
  },
  compareFull: {
    en: 'The comparison is full ({max} functions).',
  },
  showDifference: {
    en: 'Show the difference {main} − {other}',
  },

  displayHeading: { en: 'Display' },
  showDerivative: { en: 'Show derivative f′' },
  // The custom formula's entry in the picker (the editor's own strings load with it: formula.ts).
  formulaOption: { en: 'Custom formula…' },
  formulaLoadFailedShort: {
    en: 'The formula editor did not load. Try again.',
  },
} as const satisfies EnSection;
