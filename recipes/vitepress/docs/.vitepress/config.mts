import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Activation functions',
  lang: 'en-US',
  vue: {
    template: {
      // <activation-explorer> is a web component, not a Vue component.
      compilerOptions: { isCustomElement: (tag) => tag === 'activation-explorer' },
    },
  },
});
