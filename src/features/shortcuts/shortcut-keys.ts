/**
 * The keyboard map, after YouTube's habits where they exist. Pure: a key event in, an action out.
 */
export type ShortcutAction =
  | 'toggle-play'
  | 'back-10'
  | 'forward-10'
  | 'back-5'
  | 'forward-5'
  | 'previous-passage'
  | 'next-passage'
  | 'cycle-language'
  | 'toggle-captions'
  | 'focus-search'
  | 'show-help';

/** What the help dialog lists, in order; each action's words are in the dictionaries. */
export const SHORTCUTS: { keys: string[]; action: ShortcutAction }[] = [
  { keys: ['k', 'Space'], action: 'toggle-play' },
  { keys: ['j'], action: 'back-10' },
  { keys: ['l'], action: 'forward-10' },
  { keys: ['←'], action: 'back-5' },
  { keys: ['→'], action: 'forward-5' },
  { keys: ['['], action: 'previous-passage' },
  { keys: [']'], action: 'next-passage' },
  { keys: ['t'], action: 'cycle-language' },
  { keys: ['c'], action: 'toggle-captions' },
  { keys: ['/'], action: 'focus-search' },
  { keys: ['?'], action: 'show-help' },
];

/**
 * Keys of word-by-word reading, listed in the help dialog: they work on a passage's Chinese
 * text when it has focus (the words feature handles them there), so they are not global.
 */
export const WORD_READING_KEYS: { keys: string[]; action: WordReadingAction }[] = [
  { keys: ['Enter', 'w'], action: 'words-enter' },
  { keys: ['←', '→'], action: 'words-move' },
  { keys: ['Enter'], action: 'words-open' },
  { keys: ['Esc'], action: 'words-leave' },
];
export type WordReadingAction = 'words-enter' | 'words-move' | 'words-open' | 'words-leave';

const BY_KEY: Record<string, ShortcutAction> = {
  k: 'toggle-play',
  ' ': 'toggle-play',
  j: 'back-10',
  l: 'forward-10',
  ArrowLeft: 'back-5',
  ArrowRight: 'forward-5',
  '[': 'previous-passage',
  ']': 'next-passage',
  t: 'cycle-language',
  c: 'toggle-captions',
  '/': 'focus-search',
  '?': 'show-help',
};

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** Where Space and the arrows already mean something: buttons, links, sliders, menus. */
const CONTROLS =
  'button, a[href], summary, [role="button"], [role="slider"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="radio"]';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target: EventTarget | null;
}

/** The action for a key press, or null: never while typing, never with a modifier. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = BY_KEY[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!action) return null;
  // "?" is Shift+/ and "/" has no case; lowercasing above leaves them as they are.
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return null;
  const onControl = !!target?.closest(CONTROLS);
  if (onControl && (event.key === ' ' || event.key.startsWith('Arrow'))) return null;
  return action;
}
