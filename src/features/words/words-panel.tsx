import type { Lesson } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { seekTo } from '@/stores/playback-store';
import { setPauseOnLookup, useLookupPreferences } from '@/stores/preferences';
import { SidePanel } from '@/ui/side-panel';
import { downloadText } from '@/utils/download';
import { buildPassageLink } from '@/utils/time-link';
import { formatClock } from '@/utils/time';
import type { SavedWord } from './saved-words-storage';
import { deleteSavedWord, useSavedWords } from './saved-words-store';
import { exportWords, lessonPageUrl, type WordsFormat } from './words-export';
import './words-panel.css';

const MIME: Record<WordsFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
};

interface WordsPanelProps {
  lesson: Lesson;
  onClose: () => void;
}

/**
 * The words the reader saved, from every lesson, newest first: each with its pinyin, meaning
 * and the sentence it was saved from, which plays from its time (or opens its own lesson
 * there); delete; export for Anki; and whether a word's card pauses the video.
 */
export default function WordsPanel({ lesson, onClose }: WordsPanelProps) {
  const t = useT();
  const words = useSavedWords((s) => s.words);
  const pauseOnLookup = useLookupPreferences((s) => s.pauseOnLookup);
  const download = (format: WordsFormat) =>
    downloadText(
      `tandem-words.${format}`,
      exportWords(words, format, window.location.origin),
      MIME[format],
    );

  return (
    <SidePanel
      title={t('panel.words')}
      closeLabel={t('common.close')}
      onClose={onClose}
      className="words-panel"
    >
      <label className="words-setting">
        <input
          type="checkbox"
          checked={pauseOnLookup}
          onChange={(event) => setPauseOnLookup(event.target.checked)}
        />
        {t('words.pauseOnLookup')}
      </label>
      <div className="words-export">
        <button
          type="button"
          className="button"
          disabled={words.length === 0}
          onClick={() => download('csv')}
        >
          {t('words.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={words.length === 0}
          onClick={() => download('tsv')}
        >
          {t('words.exportTsv')}
        </button>
      </div>
      {words.length === 0 ? (
        <p className="words-empty">{t('words.empty')}</p>
      ) : (
        <ul className="words-list" aria-label={t('words.listLabel')}>
          {[...words].reverse().map((word) => (
            <SavedWordItem key={word.id} word={word} lessonId={lesson.id} />
          ))}
        </ul>
      )}
      <p className="words-credit">{t('words.credit')}</p>
    </SidePanel>
  );
}

function SavedWordItem({ word, lessonId }: { word: SavedWord; lessonId: string }) {
  const t = useT();
  const time = formatClock(word.time);
  const here = word.lessonId === lessonId;
  return (
    <li className="saved-word">
      <p className="saved-word-head">
        <span lang="zh-Hans" className="saved-word-word">
          {word.simplified}
        </span>{' '}
        <span className="saved-word-pinyin">{word.pinyin}</span>
      </p>
      <p lang="en" className="saved-word-meaning">
        {word.meaning}
      </p>
      <p lang="zh-Hans" className="saved-word-sentence">
        {word.sentenceZh}
      </p>
      <div className="saved-word-actions">
        {here ? (
          <button
            type="button"
            className="button"
            aria-label={t('words.playFrom', { word: word.simplified, time })}
            onClick={() => seekTo(word.time, { play: true })}
          >
            ▶ {time}
          </button>
        ) : (
          <a
            className="button"
            href={buildPassageLink(lessonPageUrl(window.location.origin, word.lessonId), word.time)}
            aria-label={t('words.openAt', { word: word.simplified, time })}
          >
            {word.lessonId} {time}
          </a>
        )}
        <button
          type="button"
          className="button"
          aria-label={t('words.deleteLabel', { word: word.simplified })}
          onClick={() => deleteSavedWord(word.id)}
        >
          {t('words.delete')}
        </button>
      </div>
    </li>
  );
}
