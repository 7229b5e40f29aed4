import type { Term } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { lazyModule } from '@/lib/lazy/lazy-module';
import type { OpenTerm } from '@/stores/term-store';
import { LoadFailure } from '@/ui/load-failure';
import { useLazyModule } from '@/ui/use-lazy-module';

/**
 * The popover and its positioning library (floating-ui, about 20 kB gzip) load on the first
 * approach to any term, not with the page: by the time the hover delay has run or the click
 * lands, they are there.
 */
export const termPopoverModule = lazyModule(() => import('./term-popover'));

interface LazyTermPopoverProps {
  open: OpenTerm;
  term: Term;
  id: string;
  anchor: HTMLElement | null;
  /** The line being spoken, which the popover keeps clear of. */
  getActiveLine: () => Element | null;
}

/** The open mark's popover once its chunk is there; if it cannot be loaded, a retry by the mark. */
export function LazyTermPopover(props: LazyTermPopoverProps) {
  const t = useT();
  const { module, status, retry } = useLazyModule(termPopoverModule);
  if (module) return <module.TermPopover {...props} />;
  if (status !== 'failed') return null;
  return <LoadFailure inline message={t('load.popover')} onRetry={retry} />;
}
