// Vite build of the web app (src/web → dist/web). The output must run under the server's strict CSP:
// script-src 'self' (no inline scripts, no eval), style-src 'self' 'unsafe-inline', img-src/font-src 'self' data:,
// connect-src 'self'. So everything (fonts, the Bootstrap Italia icon sprite) is bundled; nothing comes from a CDN.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// The API server of `npm run dev` (same PORT as src/main.ts).
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root,
  plugins: [react()],
  // The app imports contracts from src/modules and assets from node_modules, outside `root`.
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // SVG sprites are referenced with <use href="…#id">, which does not work with data: URLs: keep them as files.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    chunkSizeWarningLimit: 900,
  },
});
