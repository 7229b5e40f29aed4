import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetPlaybackStore } from '@/stores/playback-store';

afterEach(() => {
  cleanup();
  resetPlaybackStore();
  localStorage.clear();
});
