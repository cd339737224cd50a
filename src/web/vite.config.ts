import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Resolved from this file, so the build lands in <repo>/dist/web whatever the working directory.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Absolute asset URLs: the app is routed by path (/opvolging/editie/…), so relative ones would break.
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(webRoot, '../../dist/web'),
    emptyOutDir: true,
    // Plot (with d3) and React make one ~500 kB chunk; the page needs all of it at once anyway.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite --config src/web/vite.config.ts` during development; the API runs separately.
    proxy: { '/api': process.env.ZICHT_API_URL ?? 'http://127.0.0.1:8080' },
  },
});
