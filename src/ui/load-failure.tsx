import { useT } from '@/i18n/ui-language';
import './load-failure.css';

interface LoadFailureProps {
  /** Says what did not load, e.g. "The glossary could not be loaded." */
  message: string;
  onRetry: () => void;
  busy?: boolean;
}

/**
 * Where a lazily loaded part would be, when it could not be loaded: a short message and a
 * "Try again" that loads it again. The rest of the page keeps working.
 */
export function LoadFailure({ message, onRetry, busy = false }: LoadFailureProps) {
  const t = useT();
  return (
    <div className="load-failure" role="alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry} disabled={busy}>
        {t('error.retry')}
      </button>
    </div>
  );
}
