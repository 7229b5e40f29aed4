import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as fc from 'fast-check';
import { resetSavedSettings } from '@/lib/storage/define-setting';
import { setUiLanguage } from '@/i18n/ui-language';
import {
  attachPlayer,
  setHideTranslation,
  setLanguage,
  setPassageStarts,
} from '@/stores/playback-store';
import { persistPreferences, restorePreferences } from '@/stores/preferences';
import { createFakePlayer } from '@/testing/fake-player';
import { makeLesson } from '@/testing/lesson-fixture';
import { TranscriptPanel } from './transcript-panel';

const lesson = makeLesson();
const ENGLISH = lesson.passages.map((p) => p.en);
const CHINESE = lesson.passages.map((p) => p.zh);

function setup() {
  const player = createFakePlayer();
  attachPlayer(player.commands);
  setPassageStarts(lesson.passages.map((p) => p.start));
  render(<TranscriptPanel passages={lesson.passages} />);
  return { player };
}

const toggle = (name = 'Hide translation') => screen.getByRole('button', { name });
const placeholders = (name = 'Show translation') => screen.queryAllByRole('button', { name });
/** The texts among `texts` that the page shows now. */
const shown = (texts: readonly string[]) => texts.filter((text) => screen.queryByText(text));

describe('Hide translation', () => {
  it('covers the English of every passage, text and all, and leaves the Chinese', async () => {
    setup();
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(shown(ENGLISH)).toEqual([]);
    expect(document.body.textContent).not.toContain('growth');
    expect(placeholders()).toHaveLength(3);
    expect(shown(CHINESE)).toEqual(CHINESE);
  });

  it('uncovers exactly the passage asked for, and covers the one before', async () => {
    const { player } = setup();
    await userEvent.click(toggle());
    await userEvent.click(placeholders()[1]!);
    expect(shown(ENGLISH)).toEqual(['Data shows growth.']);
    expect(placeholders()).toHaveLength(2);
    await userEvent.click(placeholders()[0]!);
    expect(shown(ENGLISH)).toEqual(['Digital governance first.']);
    // Uncovering is not a click on the passage: the video does not jump there.
    expect(player.calls).toEqual([]);
  });

  it('uncovers a passage whatever the order of requests: always the last one asked for', async () => {
    setup();
    await userEvent.click(toggle());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 6 }),
        async (order) => {
          for (const index of order) {
            // The covered passages' buttons, in passage order, skip the uncovered one.
            const item = screen.getAllByRole('listitem')[index]!;
            const button = within(item).queryByRole('button', { name: 'Show translation' });
            if (button) await userEvent.click(button);
            expect(shown(ENGLISH)).toEqual([ENGLISH[index]]);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('uncovers from the keyboard and puts focus on the text it shows', async () => {
    setup();
    await userEvent.click(toggle());
    const first = screen.getAllByRole('listitem')[0]!;
    act(() => within(first).getByRole('button', { name: 'Play from 00:25' }).focus());
    await userEvent.tab();
    expect(shown(ENGLISH)).toEqual(['Digital governance first.']);
    expect(document.activeElement).toContainElement(screen.getByText('Digital governance first.'));
    // Tab on to the next passage's time, then its cover: that one opens, the first closes.
    await userEvent.tab();
    await userEvent.tab();
    expect(shown(ENGLISH)).toEqual(['Data shows growth.']);
  });

  it('shows every passage when turned off, and covers them all again when turned back on', async () => {
    setup();
    await userEvent.click(toggle());
    await userEvent.click(placeholders()[1]!);
    await userEvent.click(toggle());
    expect(shown(ENGLISH)).toEqual(ENGLISH);
    expect(placeholders()).toHaveLength(0);
    await userEvent.click(toggle());
    expect(shown(ENGLISH)).toEqual([]);
  });

  it('is remembered after a reload', async () => {
    const stop = persistPreferences();
    setup();
    await userEvent.click(toggle());
    stop();
    cleanup();
    act(() => setHideTranslation(false));
    resetSavedSettings(); // memory gone, as on reload
    restorePreferences();
    setup();
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(shown(ENGLISH)).toEqual([]);
  });

  it('with the interface in Chinese, covers the Chinese for a learner of English', async () => {
    act(() => setUiLanguage('zh'));
    setup();
    await userEvent.click(toggle('隐藏译文'));
    expect(shown(CHINESE)).toEqual([]);
    expect(shown(ENGLISH)).toEqual(ENGLISH);
    await userEvent.click(placeholders('显示译文')[2]!);
    expect(shown(CHINESE)).toEqual(['各国相互联系。']);
  });

  it('still covers the English when it is shown alone, and has nothing to hide without it', async () => {
    setup();
    await userEvent.click(toggle());
    act(() => setLanguage('en'));
    expect(shown(ENGLISH)).toEqual([]);
    expect(placeholders()).toHaveLength(3);
    act(() => setLanguage('zh'));
    expect(toggle()).toBeDisabled();
    expect(placeholders()).toHaveLength(0);
    expect(shown(CHINESE)).toEqual(CHINESE);
  });
});
