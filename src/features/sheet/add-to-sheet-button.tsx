/*
 * Its own module rather than part of sheet-panel.tsx so that the transcript rows can use it
 * without pulling the (lazily loaded) panel and print sheet into the main bundle.
 */
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { toggleSheetPassage, useIsInSheet } from './sheet-store';

interface AddToSheetButtonProps {
  lessonId: string;
  passage: Pick<Passage, 'id'>;
}

/**
 * A toggle drawn as a row action: "+ Add to sheet", and once pressed "✓ On sheet"
 * (aria-pressed), in the accent colour on the row's own background.
 */
export function AddToSheetButton({ lessonId, passage }: AddToSheetButtonProps) {
  const inSheet = useIsInSheet(lessonId, passage.id);
  const t = useT();
  return (
    <button
      type="button"
      className="add-to-sheet"
      aria-pressed={inSheet}
      onClick={() => toggleSheetPassage(lessonId, passage.id)}
    >
      <span aria-hidden="true">{inSheet ? '✓ ' : '+ '}</span>
      {t(inSheet ? 'sheet.onSheet' : 'sheet.add')}
    </button>
  );
}
