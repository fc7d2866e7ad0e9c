import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run build -w web` and `npm run dev -w web` run from web/, so paths here are relative to it.
// The root vitest.config.ts extends this file for the `web` test project.
const apiTarget = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
