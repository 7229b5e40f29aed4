import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetNotesStore } from '@/features/notes/notes-store';
import { clearSearch } from '@/features/search/search-store';
import { resetSheetStore } from '@/features/sheet/sheet-store';
import { resetUiLanguage } from '@/i18n/ui-language';
import { resetSavedSettings } from '@/lib/storage/define-setting';
import { resetPlaybackStore } from '@/stores/playback-store';
import { resetStudyModes } from '@/stores/study-modes';
import { resetTermStore } from '@/stores/term-store';

afterEach(() => {
  cleanup();
  resetPlaybackStore();
  resetTermStore();
  resetStudyModes();
  clearSearch();
  resetSheetStore();
  resetNotesStore();
  resetUiLanguage();
  localStorage.clear();
  resetSavedSettings();
});
