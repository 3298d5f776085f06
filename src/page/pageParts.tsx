/**
 * The page's parts around the figure, one chunk that src/page/deferredParts.tsx loads once the
 * page is interactive (or at once, for a view the app renders afresh).
 */
export { Explanations, Header, Tools } from '../parts/fullParts';
export { KitButton } from '../export/kit/KitButton';
