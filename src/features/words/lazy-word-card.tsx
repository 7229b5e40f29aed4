import { useQuery } from '@tanstack/react-query';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { LoadFailure } from '@/ui/load-failure';
import { useLazyModule } from '@/ui/use-lazy-module';
import { getWordsQueryOptions } from './words-query';

/**
 * The card and its positioning library load with the word file, on the first approach to a
 * word: by the time the click lands they are there, and every later card opens in one render.
 */
export const wordCardModule = lazyModule(() => import('./word-card'));

interface LazyWordCardProps {
  lessonId: string;
  passage: Passage;
  passageIndex: number;
  /** The word's index among the passage's words. */
  word: number;
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** The open word's card once its code and the word file are there; a retry if the code is not. */
export function LazyWordCard({
  lessonId,
  passage,
  passageIndex,
  word,
  anchor,
  onClose,
}: LazyWordCardProps) {
  const t = useT();
  const { module, status, retry } = useLazyModule(wordCardModule);
  const { data: file } = useQuery({ ...getWordsQueryOptions(lessonId), enabled: false });
  const found = file?.passages[passageIndex]?.words[word];
  if (module && file && found) {
    const [offset, , entry] = found;
    return (
      <module.WordCard
        entry={file.entries[entry]!}
        entries={file.entries}
        place={{ lessonId, passage, offset }}
        anchor={anchor}
        onClose={onClose}
      />
    );
  }
  if (status !== 'failed') return null;
  return <LoadFailure inline message={t('load.wordCard')} onRetry={retry} />;
}
