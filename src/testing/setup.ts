import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetPlaybackStore } from '@/stores/playback-store';
import { resetStudyModes } from '@/stores/study-modes';
import { resetTermStore } from '@/stores/term-store';

afterEach(() => {
  cleanup();
  resetPlaybackStore();
  resetTermStore();
  resetStudyModes();
  localStorage.clear();
});
