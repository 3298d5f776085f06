import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app: the full page (index.html) and the embed view for iframes (embed.html).
// The web component and the npm package have their own configs (vite.wc.config.ts,
// vite.lib.config.ts); `npm run build` runs all three.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
});
