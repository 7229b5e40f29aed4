import { render, waitFor } from '@testing-library/react';
import { rubyText, useRuby } from './ruby-text';

/** A passage's text, or the piece [from, to) of it, as the transcript renders it. */
function Passage({ text, from = 0, to = text.length, pinyin = true }: PassageProps) {
  const ruby = useRuby(text, pinyin);
  return <p lang="zh-Hans">{rubyText(text, from, to, ruby)}</p>;
}
interface PassageProps {
  text: string;
  from?: number;
  to?: number;
  pinyin?: boolean;
}

/** Renders with pinyin on and waits for the pinyin code, which loads on first use. */
async function renderWithPinyin(props: PassageProps) {
  const view = render(<Passage {...props} />);
  const p = view.container.querySelector('p')!;
  await waitFor(() => expect(p.querySelector('ruby')).not.toBeNull());
  return { ...view, p };
}

/** Each ruby's character and its reading. */
const rubies = (p: Element) =>
  [...p.querySelectorAll('ruby')].map((ruby) => [
    ruby.firstChild!.textContent,
    ruby.querySelector('rt')!.textContent,
  ]);

/** The text a reader sees without the readings. */
function withoutReadings(p: Element): string {
  const copy = p.cloneNode(true) as Element;
  copy.querySelectorAll('rt').forEach((rt) => rt.remove());
  return copy.textContent!;
}

describe('pinyin over the transcript', () => {
  it('puts each Han character in a ruby with its reading, and leaves the rest plain', async () => {
    const { p } = await renderWithPinyin({ text: '他的头发，G20杭州' });
    expect(rubies(p)).toEqual([
      ['他', 'tā'],
      ['的', 'de'],
      ['头', 'tóu'],
      ['发', 'fa'],
      ['杭', 'háng'],
      ['州', 'zhōu'],
    ]);
    const plain = [...p.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    expect(plain.map((node) => node.textContent)).toEqual(['，G20']);
    expect(withoutReadings(p)).toBe('他的头发，G20杭州');
  });

  it('reads a character by its word in the passage, also in a piece cut from it', async () => {
    // Alone, 重 reads zhòng and 发 reads fā.
    const text = '重新发展很重要。';
    const renew = await renderWithPinyin({ text, from: 0, to: 2 });
    expect(rubies(renew.p)).toEqual([
      ['重', 'chóng'],
      ['新', 'xīn'],
    ]);
    const important = await renderWithPinyin({ text, from: 5, to: 8 });
    expect(rubies(important.p)).toEqual([
      ['重', 'zhòng'],
      ['要', 'yào'],
    ]);
    const hair = await renderWithPinyin({ text: '头发', from: 1, to: 2 });
    expect(rubies(hair.p)).toEqual([['发', 'fa']]);
  });

  it('renders nothing outside the piece, cutting a plain run where the piece ends', async () => {
    const { p } = await renderWithPinyin({ text: '他的头发，G20杭州', from: 3, to: 7 });
    expect(rubies(p)).toEqual([['发', 'fa']]);
    expect(withoutReadings(p)).toBe('发，G2');
  });

  it('shows the piece as plain text when pinyin is turned off', async () => {
    const text = '数字中国';
    const { p, rerender } = await renderWithPinyin({ text });
    expect(rubies(p)).toHaveLength(4);
    rerender(<Passage text={text} pinyin={false} />);
    expect(p.querySelector('ruby')).toBeNull();
    expect(p.textContent).toBe(text);
    rerender(<Passage text={text} from={1} to={3} pinyin={false} />);
    expect(p.textContent).toBe('字中');
  });

  it('keeps an opening mark with the character after it, and nothing else', async () => {
    const { p } = await renderWithPinyin({ text: '中国 “一内”，《数字》(G20)' });
    const kept = [...p.querySelectorAll('.ruby-opening')];
    expect(kept.map((span) => withoutReadings(span))).toEqual(['“一', '《数']);
    expect(withoutReadings(p)).toBe('中国 “一内”，《数字》(G20)');
  });

  it('keeps the first character of a piece whose opening mark is in the piece before', async () => {
    const { p } = await renderWithPinyin({ text: '共建“一带一路”', from: 3, to: 7 });
    const kept = [...p.querySelectorAll('.ruby-opening')];
    expect(kept.map((span) => withoutReadings(span))).toEqual(['一']);
    expect(withoutReadings(p)).toBe('一带一路');
  });

  it('renders markup-like text as text', async () => {
    const { p } = await renderWithPinyin({ text: '<b>数</b>' });
    expect(p.querySelector('b')).toBeNull();
    expect(rubies(p)).toEqual([['数', 'shù']]);
    expect(withoutReadings(p)).toBe('<b>数</b>');
  });
});
