import type { AppError } from '../../core/api/result';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';

/** Either an error from the main process or one the renderer words itself. */
export type BannerMessage =
  | { error: AppError; note?: MessageKey /** Where a backup of the unsaved text is. */; backup?: string }
  | { key: MessageKey };

interface ErrorBannerProps {
  message: BannerMessage;
  onDismiss(): void;
  /** Offered when retrying makes sense (a failed save). */
  onRetry?: () => void;
}

export function ErrorBanner({ message, onDismiss, onRetry }: ErrorBannerProps) {
  const i18n = useI18n();
  const text = 'error' in message ? i18n.error(message.error) : i18n.t(message.key);
  return (
    <div className="error-banner" role="alert">
      <p className="error-text">
        {text}
        {'error' in message && message.note && <span className="error-note"> {i18n.t(message.note)}</span>}
        {'error' in message && message.backup && <span className="error-backup"> {i18n.t('backupKept', { path: message.backup })}</span>}
      </p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {i18n.t('retry')}
          </button>
        )}
        <button type="button" className="button quiet" onClick={onDismiss}>
          {i18n.t('dismiss')}
        </button>
      </div>
      {'error' in message && message.error.detail && (
        <details className="error-detail">
          <summary>{i18n.t('details')}</summary>
          <code>{message.error.detail}</code>
        </details>
      )}
    </div>
  );
}
