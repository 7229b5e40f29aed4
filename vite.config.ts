/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from './scripts/csp.ts';
import { lessonsPlugin } from './scripts/vite-lessons-plugin.ts';
import { videojsFontPlugin } from './scripts/vite-videojs-font-plugin.ts';
import { wordsPlugin } from './scripts/vite-words-plugin.ts';

/** The policy goes into the built page only: the dev server's hot reload injects inline code. */
const cspMeta = (): Plugin => ({
  name: 'tandem-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  plugins: [react(), lessonsPlugin(), videojsFontPlugin(), wordsPlugin(), cspMeta()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
});
