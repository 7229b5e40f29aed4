/*
 * Its own module rather than part of sheet-panel.tsx so that the transcript rows can use it
 * without pulling the (lazily loaded) panel and print sheet into the main bundle.
 */
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { toggleSheetPassage, useIsInSheet } from './sheet-store';

interface AddToSheetButtonProps {
  lessonId: string;
  passage: Pick<Passage, 'id' | 'start'>;
}

/**
 * A toggle drawn as a row action: "+ Add to sheet", and once pressed "✓ On sheet"
 * (aria-pressed), in the accent colour on the row's own background. Its name adds the passage's
 * time, as the row's other tools do: a list of twenty "Add to sheet" tells a screen reader
 * nothing.
 */
export function AddToSheetButton({ lessonId, passage }: AddToSheetButtonProps) {
  const inSheet = useIsInSheet(lessonId, passage.id);
  const t = useT();
  return (
    <button
      type="button"
      className="add-to-sheet"
      aria-pressed={inSheet}
      aria-label={t(inSheet ? 'sheet.onSheetLabel' : 'sheet.addLabel', {
        time: formatClock(passage.start),
      })}
      onClick={() => toggleSheetPassage(lessonId, passage.id)}
    >
      <span aria-hidden="true">{inSheet ? '✓ ' : '+ '}</span>
      {t(inSheet ? 'sheet.onSheet' : 'sheet.add')}
    </button>
  );
}
