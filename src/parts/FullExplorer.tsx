import { FullFrame, type FullFrameProps } from './FullFrame';
import { fullParts } from './fullParts';

export { preloadNotices } from './FullFrame';

export type FullExplorerProps = Omit<FullFrameProps, 'parts'>;

/**
 * The full explorer — the React package's `full` mode (and the page's, whose parts load once it
 * is interactive: src/page/deferredParts.tsx): the figure with the title bar, notices, audio
 * trace, export menu, embed dialog and explanations around it. Styles: figure.css, full.css,
 * export.css, embed-dialog.css; the explanations bring explain.css.
 */
export function FullExplorer(props: FullExplorerProps) {
  return <FullFrame {...props} parts={fullParts} />;
}
