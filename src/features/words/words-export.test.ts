import type { SavedWord } from './saved-words-storage';
import { exportWords } from './words-export';

const word = (overrides: Partial<SavedWord> = {}): SavedWord => ({
  id: '数据 shù jù',
  simplified: '数据',
  traditional: '數據',
  pinyin: 'shù jù',
  meaning: 'data; numbers, digital',
  lessonId: 'digital-china-12',
  sentenceZh: '数据显示,跨境数据流动规模增长超14倍。',
  sentenceEn: 'Data shows that "data flows" grew,\nfourteen-fold.',
  time: 57.25,
  savedAt: 1,
  ...overrides,
});

const ORIGIN = 'https://tandem.example';

describe('exportWords', () => {
  it('writes CSV with Anki’s headers and one quoted row per word', () => {
    const lines = exportWords([word()], 'csv', ORIGIN).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '#separator:comma',
      '#html:false',
      '#columns:Word,Pinyin,Meaning,Sentence (Chinese),Sentence (English),Link',
    ]);
    const text = exportWords([word()], 'csv', ORIGIN);
    expect(text).toContain(
      '数据,shù jù,"data; numbers, digital","数据显示,跨境数据流动规模增长超14倍。","Data shows that ""data flows"" grew,\nfourteen-fold.",https://tandem.example/lessons/digital-china-12#t=00:57.25\r\n',
    );
  });

  it('writes TSV with tabs and line breaks inside a field turned to spaces', () => {
    const text = exportWords([word({ meaning: 'a\tb' })], 'tsv', ORIGIN);
    const row = text.split('\r\n')[3]!.split('\t');
    expect(row).toEqual([
      '数据',
      'shù jù',
      'a b',
      '数据显示,跨境数据流动规模增长超14倍。',
      'Data shows that "data flows" grew, fourteen-fold.',
      'https://tandem.example/lessons/digital-china-12#t=00:57.25',
    ]);
    expect(text.startsWith('#separator:tab\r\n')).toBe(true);
  });

  it('writes the headers alone for no words', () => {
    expect(exportWords([], 'csv', ORIGIN).split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});
