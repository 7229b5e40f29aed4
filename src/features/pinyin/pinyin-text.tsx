import { memo } from 'react';
import { toRubySegments } from './pinyin';

/**
 * Chinese text with its pinyin above each Han character, as `<ruby>字<rt>zì</rt></ruby>`;
 * everything else stays plain text. The caller sets lang="zh-Hans" on the container.
 * One ruby per character rather than per word so the reading sits exactly over its character.
 */
export const PinyinText = memo(function PinyinText({ text }: { text: string }) {
  return toRubySegments(text).map((segment, i) =>
    segment.pinyin === undefined ? (
      segment.text
    ) : (
      // Segments never reorder for a given text, so the index is a stable key.
      <ruby key={i}>
        {segment.text}
        <rt>{segment.pinyin}</rt>
      </ruby>
    ),
  );
});
