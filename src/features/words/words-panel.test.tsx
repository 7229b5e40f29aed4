import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attachPlayer } from '@/stores/playback-store';
import { useLookupPreferences } from '@/stores/preferences';
import { createFakePlayer } from '@/testing/fake-player';
import { makeLesson } from '@/testing/lesson-fixture';
import { downloadText } from '@/utils/download';
import type { SavedWord } from './saved-words-storage';
import { saveWord } from './saved-words-store';
import WordsPanel from './words-panel';

vi.mock('@/utils/download', () => ({ downloadText: vi.fn() }));

const saved = (simplified: string, lessonId: string, time: number): SavedWord => ({
  id: `${simplified} x`,
  simplified,
  traditional: simplified,
  pinyin: 'x',
  meaning: `meaning of ${simplified}`,
  lessonId,
  sentenceZh: `${simplified}的句子。`,
  sentenceEn: 'The sentence.',
  time,
  savedAt: 1,
});

describe('WordsPanel', () => {
  it('lists saved words newest first; a word of this lesson plays its sentence, another’s links to it', async () => {
    const user = userEvent.setup();
    const player = createFakePlayer();
    const detach = attachPlayer(player.commands);
    saveWord(saved('数据', 'fixture-lesson', 61.5));
    saveWord(saved('合作', 'other-lesson', 90));
    render(<WordsPanel lesson={makeLesson()} onClose={() => {}} />);
    const items = within(screen.getByRole('list', { name: 'Saved words' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('合作'),
      expect.stringContaining('数据'),
    ]);
    expect(items[1]).toHaveTextContent('meaning of 数据');
    expect(items[1]).toHaveTextContent('数据的句子。');
    await user.click(screen.getByRole('button', { name: 'Play 数据 from 01:01' }));
    expect(player.calls).toEqual(['seek 61.5', 'play']);
    expect(screen.getByRole('link', { name: 'Open 合作 in its lesson at 01:30' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/lessons\/other-lesson#t=01:30$/),
    );
    detach();
  });

  it('deletes a word, exports CSV and TSV, and turns pausing on look-up off', async () => {
    const user = userEvent.setup();
    saveWord(saved('数据', 'fixture-lesson', 61));
    render(<WordsPanel lesson={makeLesson()} onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Export CSV (Anki)' }));
    expect(downloadText).toHaveBeenCalledWith(
      'tandem-words.csv',
      expect.stringContaining('数据,x,meaning of 数据,数据的句子。,The sentence.,'),
      'text/csv;charset=utf-8',
    );
    await user.click(screen.getByRole('button', { name: 'Export TSV' }));
    expect(vi.mocked(downloadText).mock.calls.at(-1)![0]).toBe('tandem-words.tsv');

    await user.click(screen.getByRole('checkbox', { name: /Pause the video/ }));
    expect(useLookupPreferences.getState().pauseOnLookup).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete 数据' }));
    expect(screen.queryByRole('list', { name: 'Saved words' })).toBeNull();
    expect(screen.getByText(/No saved words yet/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export CSV (Anki)' })).toBeDisabled();
  });
});
