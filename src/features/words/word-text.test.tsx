import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WordFile } from '@/domain/word-entries';
import { makeLesson } from '@/testing/lesson-fixture';
import { useSavedWords } from './saved-words-store';
import { wordPieces } from './word-pieces';
import { useWordLayer, WordText } from './word-text';
import { getWordsQueryOptions } from './words-query';

const lesson = makeLesson();
const passage = lesson.passages[1]!; // 数据显示增长。
const FILE: WordFile = {
  version: 1,
  lessonId: lesson.id,
  credit: 'CC-CEDICT',
  entries: [
    {
      simplified: '数据',
      traditional: '數據',
      pinyin: 'shù jù',
      senses: ['data', 'numbers'],
      source: 'cedict',
    },
    {
      simplified: '显示',
      traditional: '顯示',
      pinyin: 'xiǎn shì',
      senses: ['to show'],
      source: 'cedict',
    },
    {
      simplified: '增长',
      traditional: '增長',
      pinyin: 'zēng zhǎng',
      senses: ['to grow'],
      source: 'cedict',
    },
  ],
  passages: [
    { id: 'p01', words: [] },
    {
      id: 'p02',
      words: [
        [0, 2, 0],
        [2, 4, 1],
        [4, 6, 2],
      ],
    },
  ],
};

function Passage() {
  const layer = useWordLayer(lesson.id, passage, 1);
  const plain = (from: number, to: number) => passage.zh.slice(from, to);
  return (
    <WordText lessonId={lesson.id} passage={passage} passageIndex={1} layer={layer}>
      {wordPieces(layer.words, 0, passage.zh.length, plain, layer)}
    </WordText>
  );
}

function renderPassage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(getWordsQueryOptions(lesson.id).queryKey, FILE);
  const onRowClick = vi.fn();
  render(
    <QueryClientProvider client={client}>
      {/* The row seeks on a click; a word's click is the card's, not the row's. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <p lang="zh-Hans" onClick={onRowClick}>
        <Passage />
      </p>
    </QueryClientProvider>,
  );
  return { onRowClick };
}

describe('WordText', () => {
  beforeEach(() => {
    // jsdom lays nothing out and has no scrollIntoView; the current word is kept in view.
    Element.prototype.scrollIntoView = vi.fn();
  });

  it('opens a word’s card on a click, without seeking, and saves the word with its sentence', async () => {
    const user = userEvent.setup();
    const { onRowClick } = renderPassage();
    await user.click(screen.getByText('显示'));
    const card = await screen.findByRole('dialog', { name: '显示' });
    expect(card).toHaveTextContent('xiǎn shì');
    expect(within(card).getByRole('list', { name: 'Meanings' })).toHaveTextContent('to show');
    expect(card).toHaveTextContent('Traditional: 顯示');
    expect(onRowClick).not.toHaveBeenCalled();

    await user.click(within(card).getByRole('button', { name: 'Save word' }));
    expect(within(card).getByRole('button', { name: 'Save word' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(useSavedWords.getState().words).toMatchObject([
      { simplified: '显示', pinyin: 'xiǎn shì', sentenceZh: '数据显示增长。', time: 57 },
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reads word by word from the keyboard and opens the current word’s card', async () => {
    const user = userEvent.setup();
    renderPassage();
    const text = screen.getByRole('group', { name: /Chinese text/ });
    await user.tab();
    expect(text).toHaveFocus();
    await user.keyboard('{Enter}');
    const current = () => document.getElementById(text.getAttribute('aria-activedescendant')!);
    expect(current()).toHaveTextContent('数据');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(current()).toHaveTextContent('增长');
    await user.keyboard('{ArrowLeft}{Enter}');
    const card = await screen.findByRole('dialog', { name: '显示' });
    // The card moves focus to “Save word” once it has been positioned, a frame later.
    await waitFor(() =>
      expect(within(card).getByRole('button', { name: 'Save word' })).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(text).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(text).not.toHaveAttribute('aria-activedescendant');
  });
});
