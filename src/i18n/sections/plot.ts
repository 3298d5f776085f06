import type { EnSection } from '../types';

/** Strings of the plot part of the UI (the table's are in `plotTable.ts`, loaded with it). */
export const plot = {
  plotRegionLabel: {
    en: 'Plot of {name}. Left and Right arrow keys move the crosshair (every kink is a stop), Page Up and Page Down move 10 steps, Home and End go to the ends.',
  },
  plotKeysHint: {
    en: 'Hover or touch the plot, or focus it and press ← → (kinks are stops), Page Up/Down, Home/End, to read exact values.',
  },
  plotTitleF: { en: 'f(x)' },
  plotTitleDf: { en: 'f′(x) (dashed)' },
  plotTitleX: { en: 'x' },
  plotTitleDiff: { en: 'Difference: {a} − {b}' },
  plotLegendLabel: { en: 'Legend' },
  plotLegendStyles: { en: 'solid: f(x), dashed: f′(x)' },
  plotLegendZone: { en: 'shaded: f′ = 0, no gradient flows (dying-ReLU zone)' },
  plotLegendDots: { en: 'filled dot: value used at the point; open dot: limit from one side' },
  plotLegendDiff: { en: 'difference {a} − {b}' },
  plotKinkPyTorch: { en: 'PyTorch: {value}' },
  plotKinkSides: { en: 'left {left} · right {right}' },
  plotKinkTitle: {
    en: 'At x = {x}: derivative from the left {left}, from the right {right}; PyTorch autograd returns {value}.',
  },
  plotReadoutLabel: { en: 'Values at the crosshair' },
  plotReadoutX: { en: 'x = {x}' },
  plotReadoutRow: { en: '{name}: f(x) = {f}, f′(x) = {df}' },
  plotReadoutDiff: { en: '{name} = {value}' },
  plotShowTable: { en: 'Show as table' },
  plotHideTable: { en: 'Hide table' },
  plotUnknownFunction: { en: 'Unknown function “{id}”.' },
} as const satisfies EnSection;
