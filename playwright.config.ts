import { defineConfig } from '@playwright/test';
import { AUTOPLAY_ARG, CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// scripts/run-browser-tests.mjs checks that Chromium exists before Playwright starts.
// PREVIEW_PORT lets two checkouts' test runs share a machine, each with its own preview server.
const previewPort = process.env.PREVIEW_PORT ?? '4173';

export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, AUTOPLAY_ARG],
    },
    trace: 'off',
  },
  projects: [
    { name: 'preview', use: { baseURL: `http://localhost:${previewPort}` } },
    { name: 'dev', use: { baseURL: 'http://localhost:5173' }, testMatch: /serving\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npx vite build && npx vite preview --port ${previewPort} --strictPort`,
      url: `http://localhost:${previewPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: 'npx vite --port 5173 --strictPort',
      url: 'http://localhost:5173/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
