import type { StorageProblem } from '@/lib/storage/storage-problems';
import type { SavedWord } from './saved-words-storage';

const KEY = 'tandem:v1:saved-words';

const word = (simplified: string, pinyin: string): SavedWord => ({
  id: `${simplified} ${pinyin}`,
  simplified,
  traditional: simplified,
  pinyin,
  meaning: 'a meaning',
  lessonId: 'digital-china-12',
  sentenceZh: `${simplified}。`,
  sentenceEn: 'A sentence.',
  time: 30,
  savedAt: 1,
});

/**
 * The store as a new page makes it: modules loaded again, storage read again; `problems` are
 * what the storage module reports to the page.
 */
async function freshStore() {
  vi.resetModules();
  const problems: StorageProblem[] = [];
  const { onStorageProblem } = await import('@/lib/storage/storage-problems');
  onStorageProblem((problem) => problems.push(problem));
  return { ...(await import('./saved-words-store')), problems };
}

describe('saved words', () => {
  it('keeps saved words across a reload, one per word and reading, and deletes them', async () => {
    const first = await freshStore();
    first.saveWord(word('数据', 'shù jù'));
    first.saveWord(word('发展', 'fā zhǎn'));
    first.saveWord(word('数据', 'shù jù')); // saved again: moves to the end, not twice
    const { useSavedWords, deleteSavedWord } = await freshStore();
    expect(useSavedWords.getState().words.map((w) => w.simplified)).toEqual(['发展', '数据']);
    deleteSavedWord('发展 fā zhǎn');
    expect(JSON.parse(localStorage.getItem(KEY)!).words).toHaveLength(1);
  });

  it('moves unreadable data aside, reports it and starts empty', async () => {
    localStorage.setItem(KEY, '{"words":[{"simplified":');
    const { useSavedWords, problems } = await freshStore();
    expect(useSavedWords.getState().words).toEqual([]);
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:backup:`));
    expect(localStorage.getItem(aside!)).toBe('{"words":[{"simplified":');
    expect(problems).toEqual([{ code: 'corrupt', key: KEY, asideKey: aside }]);
  });

  it('reports a full storage and keeps the word for this visit', async () => {
    const { saveWord, useSavedWords, problems } = await freshStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    saveWord(word('数据', 'shù jù'));
    expect(useSavedWords.getState().words).toHaveLength(1);
    expect(problems).toEqual([{ code: 'quota', key: KEY, errorName: 'QuotaExceededError' }]);
    vi.restoreAllMocks();
  });
});
