import { useTranslation } from 'react-i18next';

/** The one way errors are shown: one line, announced to screen readers, with an optional retry. */
export function ErrorLine({ message, onRetry, onDismiss }: { message: string; onRetry?: () => void; onDismiss?: () => void }) {
  const { t: tc } = useTranslation();
  return (
    <div className="error-line" role="alert">
      <span className="error-line__icon" aria-hidden="true">
        !
      </span>
      <span className="error-line__text">{message}</span>
      {onRetry && (
        <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
          {tc('retry')}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="btn btn--ghost btn--small" onClick={onDismiss} aria-label={tc('dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
