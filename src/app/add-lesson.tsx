import { useState } from 'react';
import { useT } from '@/i18n/ui-language';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { LazyPart } from '@/ui/lazy-part';

// The form and the subtitle parser stay out of the first load: most visits never add a lesson.
const addLessonDialog = lazyModule(() => import('@/features/lesson-maker/add-lesson-dialog'));

/** "Add a lesson" on the library page; the dialog loads on the first approach to the button. */
export function AddLessonButton({ bundledIds }: { bundledIds: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const preload = () => void addLessonDialog.load().catch(() => {});
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        {t('maker.open')}
      </button>
      {open && (
        <LazyPart module={addLessonDialog} failure={t('load.addLesson')}>
          {({ default: AddLessonDialog }) => (
            <AddLessonDialog bundledIds={bundledIds} onClose={() => setOpen(false)} />
          )}
        </LazyPart>
      )}
    </>
  );
}
