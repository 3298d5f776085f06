import { createContext } from 'react';
import { FALLBACK_WIDTH } from '../../plot/layout';

/**
 * The plot width assumed until the first measurement. A page that prerenders the plot provides
 * the width it was rendered at, so hydration reproduces that markup exactly (and, on the most
 * common window size, the measurement then changes nothing).
 */
export const InitialPlotWidth = createContext(FALLBACK_WIDTH);
