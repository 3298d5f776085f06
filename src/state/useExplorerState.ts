import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from './context';
import type { ExplorerState } from './explorerStore';

// Apart from context.tsx: only parts that serialise the state use it (links, snippets, the
// export kit), so the figure, and the page's first load, do without zustand's shallow compare.

/**
 * The instance's whole source of truth (no actions), as one object that keeps its identity
 * while no field changes: for views that serialise the state, such as links and snippets.
 */
export function useExplorerState(): ExplorerState {
  return useExplorer(
    useShallow((s) => ({
      fn: s.fn,
      params: s.params,
      range: s.range,
      cmp: s.cmp,
      expr: s.expr,
      paramRanges: s.paramRanges,
      showDerivative: s.showDerivative,
      showDifference: s.showDifference,
      lang: s.lang,
      theme: s.theme,
    })),
  );
}
