import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
// Registers <activation-explorer> in the browser; on the server (`vitepress build`) it does nothing.
import 'activation-explorer/element';
import { autosizeIframes } from 'activation-explorer/autosize';

export default {
  extends: DefaultTheme,
  enhanceApp() {
    // Fits each iframe embed to its content; runs in the browser only.
    if (typeof window !== 'undefined') autosizeIframes();
  },
} satisfies Theme;
