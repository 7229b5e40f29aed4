import { useT } from '@/i18n/ui-language';
import './load-failure.css';

interface LoadFailureProps {
  /** Says what did not load, e.g. "The glossary could not be loaded." */
  message: string;
  onRetry: () => void;
  busy?: boolean;
  /** Inside running text (a passage), where a block would break the paragraph. */
  inline?: boolean;
}

/**
 * Where a lazily loaded part would be, when it could not be loaded: a short message and a
 * "Try again" that loads it again. The rest of the page keeps working.
 */
export function LoadFailure({ message, onRetry, busy = false, inline = false }: LoadFailureProps) {
  const t = useT();
  const Box = inline ? 'span' : 'div';
  const Text = inline ? 'span' : 'p';
  return (
    <Box className={inline ? 'load-failure inline' : 'load-failure'} role="alert">
      <Text>{message}</Text>
      <button type="button" className="button" onClick={onRetry} disabled={busy}>
        {t('error.retry')}
      </button>
    </Box>
  );
}
