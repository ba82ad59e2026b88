import { uiStrings } from './strings';

/** The one way errors are shown: one line, announced to screen readers, with an optional retry. */
export function ErrorLine({ message, onRetry, onDismiss }: { message: string; onRetry?: () => void; onDismiss?: () => void }) {
  return (
    <div className="error-line" role="alert">
      <span className="error-line__icon" aria-hidden="true">
        !
      </span>
      <span className="error-line__text">{message}</span>
      {onRetry && (
        <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
          {uiStrings.retry}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="btn btn--ghost btn--small" onClick={onDismiss} aria-label={uiStrings.dismiss}>
          ×
        </button>
      )}
    </div>
  );
}
