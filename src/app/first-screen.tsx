/**
 * A lesson page's first screen, rendered at build time by the app itself (React's server
 * renderer, scripts/first-screen/), so that the page shows its lesson as soon as its HTML and
 * style sheet are in, before the app's script has loaded and run. It is the page a first visit
 * sees: default preferences, the start of the lesson, nothing played yet. The app's first render
 * replaces it (main.tsx); where the viewer's preferences or a link differ, that render shows them.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { getLessonQueryOptions } from '@/features/lesson/get-lesson';
import { parseLessonText } from '@/features/lesson/lesson-check';
import { notesKey } from '@/features/notes/notes-storage';
import { sheetKey } from '@/features/sheet/sheet-store';
import { shortcutsKey } from '@/features/shortcuts/shortcuts-settings';
import { savedWordsSetting } from '@/features/words/saved-words-storage';
import { uiLanguageKey, useUiLanguage } from '@/i18n/ui-language';
import { currentPreferences, pauseOnLookupKey, preferencesKey } from '@/stores/preferences';
import { App } from './app';

export { FIRST_SCREEN_ATTRIBUTE } from './first-render';

/**
 * The markup of lesson `text`'s page at `path`, or why there is none: a lesson the app would
 * refuse (its error view is for the app to show), or a part of the page that cannot be rendered
 * without a browser (React would leave it to the client, so the screen would not be the page).
 */
export function renderFirstScreen(
  text: string,
  path: string,
): { html: string; fits: FirstScreenFits } | { problem: string } {
  let lesson;
  try {
    lesson = parseLessonText(text);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const client = new QueryClient();
  client.setQueryData(getLessonQueryOptions(lesson.id).queryKey, lesson);
  try {
    const html = renderToString(
      <Router ssrPath={path}>
        <App queryClient={client} />
      </Router>,
    );
    // React marks a boundary it gave up on with <!--$!--> and leaves it to the browser.
    if (html.includes('<!--$!-->'))
      return { problem: 'a part of the page could not be rendered at build time' };
    return { html: withoutStyleAttributes(html), fits: firstScreenFits(lesson.id) };
  } finally {
    client.clear();
  }
}

/**
 * The page's policy allows no style attribute in its HTML (style-src 'self'; the app sets styles
 * through the DOM, which the policy allows). The one the first screen has, the list's full
 * height, can go: its rows follow one another (first-screen.css). React escapes `"` in text
 * and in other attributes, so ` style="` only ever starts a style attribute.
 */
function withoutStyleAttributes(html: string) {
  return html.replace(/ style="[^"]*"/g, '');
}

/**
 * What a device may keep for Tandem and still see this page's first screen: the page's head
 * check (scripts/first-screen/first-screen-check.js) reads it, so that a returning visitor
 * whose kept things do not show on this page gets the first screen too. Any other kept key
 * (this lesson's notes or sheet, a setting changed, a value set aside as unreadable, a key of
 * an older release) hides it.
 */
export interface FirstScreenFits {
  /** Values the first screen shows as they are: kept ones must equal them (field by field). */
  same: Record<string, unknown>;
  /** Beginnings of keys kept per lesson: another lesson's do not show here. */
  perLesson: string[];
  /** This lesson's own keys, which do. */
  thisLesson: string[];
  /** Kept values the first screen does not show (a word's card, shortcuts). */
  unseen: string[];
}

function firstScreenFits(lessonId: string): FirstScreenFits {
  const thisLesson = [notesKey(lessonId), sheetKey(lessonId)];
  return {
    same: {
      [uiLanguageKey]: useUiLanguage.getState().language,
      [preferencesKey]: currentPreferences(),
    },
    perLesson: thisLesson.map((key) => key.slice(0, key.length - lessonId.length)),
    thisLesson,
    unseen: [savedWordsSetting.key, shortcutsKey, pauseOnLookupKey],
  };
}
