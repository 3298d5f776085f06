import { useMemo, useState } from 'react';
import { createPlotModelBuilder, type PlotModel } from '../../plot/model';
import { useExplorer } from '../../state/context';
import {
  selectCmp,
  selectExpr,
  selectParamRanges,
  selectParams,
  selectRange,
  selectShowDerivative,
  selectShowDifference,
} from '../../state/selectors';

/**
 * The plot model of this explorer instance for a plot `width` CSS pixels wide: a memo over
 * {@link buildPlotModel} that hands it the previous model (kept by the builder), so unchanged
 * parts keep their identity and memoised curves and frames are not redrawn.
 */
export function usePlotModel(width: number): PlotModel {
  const fn = useExplorer((s) => s.fn);
  const params = useExplorer(selectParams);
  const range = useExplorer(selectRange);
  const cmp = useExplorer(selectCmp);
  const showDerivative = useExplorer(selectShowDerivative);
  const showDifference = useExplorer(selectShowDifference);
  const expr = useExplorer(selectExpr);
  const paramRanges = useExplorer(selectParamRanges);
  const [build] = useState(createPlotModelBuilder);
  return useMemo(
    () =>
      build({ fn, params, range, cmp, showDerivative, showDifference, expr, paramRanges }, width),
    [build, fn, params, range, cmp, showDerivative, showDifference, expr, paramRanges, width],
  );
}
