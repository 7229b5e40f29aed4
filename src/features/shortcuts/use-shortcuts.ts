import { useEffect } from 'react';
import {
  getCurrentTime,
  getPassageStarts,
  type LanguageMode,
  seekTo,
  seekToPassage,
  setCaptions,
  setLanguage,
  togglePlay,
  usePlaybackStore,
} from '@/stores/playback-store';
import { type ShortcutAction, shortcutFor } from './shortcut-keys';
import { useShortcutsSettings } from './shortcuts-settings';

const LANGUAGES: LanguageMode[] = ['en', 'zh', 'both'];
/** Within this much of a passage's start, "previous" goes to the passage before it. */
const RESTART_GRACE = 2;

function seekBy(seconds: number) {
  const { duration } = usePlaybackStore.getState();
  const target = Math.max(0, getCurrentTime() + seconds);
  seekTo(duration > 0 ? Math.min(target, duration) : target);
}

function stepPassage(direction: 1 | -1) {
  const starts = getPassageStarts();
  const { activeIndex } = usePlaybackStore.getState();
  let index = activeIndex + direction;
  if (
    direction === -1 &&
    activeIndex >= 0 &&
    getCurrentTime() - starts[activeIndex]! > RESTART_GRACE
  )
    index = activeIndex;
  const start = starts[Math.max(0, Math.min(index, starts.length - 1))];
  if (start !== undefined) seekToPassage(start);
}

function run(action: ShortcutAction, handlers: ShortcutHandlers) {
  const state = usePlaybackStore.getState();
  const actions: Record<ShortcutAction, () => void> = {
    'toggle-play': togglePlay,
    'back-10': () => seekBy(-10),
    'forward-10': () => seekBy(10),
    'back-5': () => seekBy(-5),
    'forward-5': () => seekBy(5),
    'previous-passage': () => stepPassage(-1),
    'next-passage': () => stepPassage(1),
    'cycle-language': () =>
      setLanguage(LANGUAGES[(LANGUAGES.indexOf(state.language) + 1) % LANGUAGES.length]!),
    'toggle-captions': () => setCaptions(!state.captions),
    'focus-search': handlers.onFocusSearch,
    'show-help': handlers.onShowHelp,
  };
  actions[action]();
}

interface ShortcutHandlers {
  onFocusSearch: () => void;
  onShowHelp: () => void;
}

/** Listens for the lesson page's keyboard shortcuts while they are turned on. */
export function useShortcuts(handlers: ShortcutHandlers) {
  const enabled = useShortcutsSettings((s) => s.enabled);
  const { onFocusSearch, onShowHelp } = handlers;
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      // "?" stays available to reopen the dialog where shortcuts can be turned back on.
      if (!action || (!enabled && action !== 'show-help')) return;
      if ((event.target as Element | null)?.closest?.('dialog')) return;
      event.preventDefault();
      run(action, { onFocusSearch, onShowHelp });
    };
    document.addEventListener('keydown', handleKey);
    return () => document.removeEventListener('keydown', handleKey);
  }, [enabled, onFocusSearch, onShowHelp]);
}
