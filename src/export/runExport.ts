/**
 * The export itself, loaded when a download button is first pressed (ExportMenu): building
 * the standalone SVG, the PNG and the CSV is not needed to show the page.
 */
import { getActivation } from '../math';
import type { ExplorerState } from '../state/explorerStore';
import { buildCsv } from './csv';
import { downloadBlob } from './download';
import { findLegendEntries, findPlotSvgs } from './plotSvgs';
import { svgToPng } from './png';
import { backgroundOf, buildStandaloneSvg, panelOf } from './svg';

export type Format = 'svg' | 'png' | 'csv';

/**
 * Saves the plot of the explorer instance that holds `group` (SVG, PNG) or the sampled data of
 * `state` (CSV) as `name`. Throws when there is nothing to export.
 */
export async function runExport(
  format: Format,
  state: ExplorerState,
  group: HTMLElement | null,
  name: string,
): Promise<void> {
  if (format === 'csv') {
    const csv = buildCsv({
      fn: state.fn,
      params: state.params,
      cmp: state.cmp,
      range: state.range,
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    return;
  }
  const svgs = group ? findPlotSvgs(group) : [];
  if (!group || svgs.length === 0) throw new Error('no plot on screen');
  const background = backgroundOf(svgs[0]!);
  const a = getActivation(state.fn);
  const svg = buildStandaloneSvg(svgs.map(panelOf), {
    background,
    legend: findLegendEntries(group),
    title: a ? a.name : state.fn,
  });
  const blob =
    format === 'svg'
      ? new Blob([svg.text], { type: 'image/svg+xml' })
      : await svgToPng(svg, background);
  downloadBlob(blob, name);
}
