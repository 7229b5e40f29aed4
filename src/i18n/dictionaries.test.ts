import { en } from './en-messages';
import { zh } from './zh-messages';

/** Chinese messages that may read exactly as the English one, each with its reason. */
const SAME_IN_BOTH: Record<string, string> = {
  'language.zh': 'the language’s name in itself, as the English interface also shows it',
};

describe('dictionaries', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('leave no message empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(zh)].filter(([, v]) => !v.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('translate every message, apart from the few that read the same in both', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => zh[key] === en[key] && !Object.hasOwn(SAME_IN_BOTH, key),
    );
    expect(untranslated).toEqual([]);
  });

  it('allow as untranslated only messages that really are the same', () => {
    const stale = Object.keys(SAME_IN_BOTH).filter(
      (key) => !Object.hasOwn(en, key) || zh[key as keyof typeof en] !== en[key as keyof typeof en],
    );
    expect(stale).toEqual([]);
  });
});
