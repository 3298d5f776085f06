/**
 * The export itself, loaded when a download button is first pressed (ExportMenu): building
 * the standalone SVG, the PNG and the CSV is not needed to show the page.
 */
import { format as message } from '../i18n/catalogue';
import { buildPlotModel } from '../plot/model';
import { activationIn, type ExplorerState } from '../state/explorerStore';
import { buildCsv } from './csv';
import { downloadBlob } from './download';
import { svgToPng } from './png';
import { buildStandaloneSvg, type StandaloneSvg } from './svg';
import { exportTheme } from './theme';

export type Format = 'svg' | 'png' | 'csv';

/** What to export: the explorer's state, the plot's width and the theme it is shown in. */
export interface ExportRequest {
  /** The plot's content and language. */
  state: Pick<
    ExplorerState,
    | 'fn'
    | 'params'
    | 'range'
    | 'cmp'
    | 'showDerivative'
    | 'showDifference'
    | 'lang'
    | 'expr'
    | 'paramRanges'
  >;
  /** Width of the drawn figure in CSS pixels (the PNG has twice as many device pixels). */
  width: number;
  /** The theme actually shown (a 'system' theme resolved). */
  theme: 'light' | 'dark';
}

/**
 * The figure as a standalone SVG: the plot model of `state` at `width`, in the state's
 * language and the theme's colours. Throws when there is nothing to draw.
 */
function renderFigure({ state, width, theme }: ExportRequest): StandaloneSvg {
  const model = buildPlotModel(state, width);
  const a = activationIn(state, state.fn);
  return buildStandaloneSvg(model, {
    t: (key, vars) => message(state.lang, key, vars),
    theme: exportTheme(theme, state.lang),
    title: a ? a.name : state.fn,
  });
}

/** Saves the figure (SVG, PNG) or the sampled data (CSV) of `request` as `name`. */
export async function runExport(
  format: Format,
  request: ExportRequest,
  name: string,
): Promise<void> {
  const { state } = request;
  if (format === 'csv') {
    const csv = buildCsv({
      fn: state.fn,
      params: state.params,
      cmp: state.cmp,
      range: state.range,
      expr: state.expr,
      paramRanges: state.paramRanges,
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    return;
  }
  const svg = renderFigure(request);
  const blob =
    format === 'svg'
      ? new Blob([svg.text], { type: 'image/svg+xml' })
      : await svgToPng(svg, exportTheme(request.theme, state.lang).bg);
  downloadBlob(blob, name);
}
