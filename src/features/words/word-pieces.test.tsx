import { render } from '@testing-library/react';
import { type PassageWords, wordPieces } from './word-pieces';

const TEXT = '数字治理，数据显示增长。';
// 数字 治理 | 数据 显示 增长 (the comma and the full stop are not words)
const WORDS: PassageWords = [
  [0, 2, 0],
  [2, 4, 1],
  [5, 7, 2],
  [7, 9, 3],
  [9, 11, 4],
];
const plain = (from: number, to: number) => TEXT.slice(from, to);

function draw(words: PassageWords | null, from = 0, to = TEXT.length, current = -1) {
  const { container } = render(
    <p>{wordPieces(words, from, to, plain, { current, idBase: 'p0' })}</p>,
  );
  return container.querySelector('p')!;
}

describe('wordPieces', () => {
  it('wraps each word in a span naming its index and leaves the rest as text', () => {
    const p = draw(WORDS);
    expect(p).toHaveTextContent(TEXT);
    const spans = [...p.querySelectorAll('.word')];
    expect(spans.map((s) => s.textContent)).toEqual(['数字', '治理', '数据', '显示', '增长']);
    expect(spans.map((s) => (s as HTMLElement).dataset.word)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('draws plain text until the words are there', () => {
    const p = draw(null);
    expect(p).toHaveTextContent(TEXT);
    expect(p.querySelector('.word')).toBeNull();
  });

  it('draws only the words inside the range (a sentence, the text beside a term)', () => {
    const p = draw(WORDS, 5, 12);
    expect(p).toHaveTextContent('数据显示增长。');
    expect([...p.querySelectorAll('.word')].map((s) => s.textContent)).toEqual([
      '数据',
      '显示',
      '增长',
    ]);
    // A word the range cuts stays plain text rather than being drawn twice or half.
    const cut = draw(WORDS, 1, 4);
    expect(cut).toHaveTextContent('字治理');
    expect([...cut.querySelectorAll('.word')].map((s) => s.textContent)).toEqual(['治理']);
  });

  it('marks and names the word being read word by word', () => {
    const p = draw(WORDS, 0, TEXT.length, 3);
    const current = p.querySelector('[data-current]')!;
    expect(current).toHaveTextContent('显示');
    expect(current.id).toBe('p0-w3');
    expect(p.querySelectorAll('[id]')).toHaveLength(1);
  });
});
