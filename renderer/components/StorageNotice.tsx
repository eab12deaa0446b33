import type { StorageNotices } from '../../core/api/newsroom-api';
import { useI18n } from '../i18n';

interface StorageNoticeProps {
  notices: StorageNotices;
  onDismiss(): void;
}

/** Told once: files the app could not read were moved aside (not deleted), and what the trash purged. */
export function StorageNotice({ notices, onDismiss }: StorageNoticeProps) {
  const i18n = useI18n();
  return (
    <div className="storage-notice" role="status">
      {notices.movedAside.length > 0 && (
        <div className="moved-aside">
          <p>{i18n.t('movedAsideNotice', { n: notices.movedAside.length })}</p>
          <ul>
            {notices.movedAside.map((file) => (
              <li key={file.movedTo}>
                <code>{file.name}</code> → <code>{file.movedTo}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.purged > 0 && <p className="purged">{i18n.t('purgedNotice', { n: notices.purged, days: 30 })}</p>}
      <button type="button" className="button quiet" onClick={onDismiss}>
        {i18n.t('dismiss')}
      </button>
    </div>
  );
}
