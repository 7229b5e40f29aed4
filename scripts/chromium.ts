/**
 * Debian's Chromium, never a downloaded browser, and the flags every launch of it here uses:
 * root needs --no-sandbox, there is no GPU, and this machine's network is closed, so
 * Chromium's own background connections (updates, component downloads) are turned off rather
 * than left to fail many at a time. The browser tests, the benchmark, Lighthouse and the
 * screenshots all launch it from here.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Media may play without a click: the tests and benchmarks start playback themselves. */
export const AUTOPLAY_ARG = '--autoplay-policy=no-user-gesture-required';
