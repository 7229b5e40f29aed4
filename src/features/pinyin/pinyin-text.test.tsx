import { render } from '@testing-library/react';
import { PinyinText } from './pinyin-text';

function renderPinyin(text: string) {
  const { container } = render(
    <p lang="zh-Hans">
      <PinyinText text={text} />
    </p>,
  );
  return container.querySelector('p')!;
}

describe('PinyinText', () => {
  it('puts each Han character in a ruby with its reading in rt, the rest as plain text', () => {
    const p = renderPinyin('数字中国 “一内一外” 两个环境');
    const rubies = [...p.querySelectorAll('ruby')];
    expect(rubies).toHaveLength(12);
    expect(rubies[0]!.firstChild).toEqual(document.createTextNode('数'));
    expect(rubies[0]!.querySelector('rt')).toHaveTextContent('shù');
    expect(rubies.map((r) => r.querySelector('rt')!.textContent).join(' ')).toBe(
      'shù zì zhōng guó yí nèi yí wài liǎng gè huán jìng',
    );
    const plain = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(plain.map((n) => n.textContent)).toEqual([' “', '” ']);
  });

  it('reads back the original text without its readings', () => {
    const text = '到2022年,我国已与28个国家签署';
    const p = renderPinyin(text);
    p.querySelectorAll('rt').forEach((rt) => rt.remove());
    expect(p.textContent).toBe(text);
  });

  it('renders markup-like text as text', () => {
    const p = renderPinyin('<b>数</b>');
    expect(p.querySelector('b')).toBeNull();
    expect(p.textContent).toBe('<b>数shù</b>');
  });
});
