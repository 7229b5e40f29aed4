import { resetNotesModuleState } from '@/features/notes/notes-store';
import { resetSheetModuleState } from '@/features/sheet/sheet-store';
import { resetSavedSettings } from '@/lib/storage/define-setting';
import { resetPlaybackModuleState } from '@/stores/playback-store';
import { resetAllStores } from './resettable-stores';

/**
 * Forgets what the page holds in memory, as a reload does, and leaves storage alone: every
 * store's state, what three modules keep beside their stores (the player and its pending
 * commands, unsaved notes, the sheet choices read), and which saved settings were read and
 * which problems reported. Run after every test; a test may run it to reload.
 */
export function forgetPageMemory() {
  resetAllStores();
  resetPlaybackModuleState();
  resetNotesModuleState();
  resetSheetModuleState();
  resetSavedSettings();
}
