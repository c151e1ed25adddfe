import { defineConfig } from 'vite';

// The config lives in client/ but is run from the repository root
// (`vite build --config client/vite.config.ts`), so pin the root here.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);
const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 2048,
  },
  esbuild: {
    jsx: 'automatic',
    jsxImportSource: 'preact',
  },
  server: { proxy: api },
  preview: { proxy: api },
});
