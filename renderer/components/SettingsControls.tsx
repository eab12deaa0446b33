import type { UiLanguage } from '../../core/api/newsroom-api';
import { useI18n } from '../i18n';

interface SettingsControlsProps {
  fontSize: number;
  onZoom(step: 1 | -1 | 0): void;
  onLanguage(lang: UiLanguage): void;
}

/** Text size (zoom) and interface language, at hand in the status bar. */
export function SettingsControls({ fontSize, onZoom, onLanguage }: SettingsControlsProps) {
  const i18n = useI18n();
  return (
    <div className="settings" role="group" aria-label={i18n.t('settings')}>
      <button type="button" className="tool" title={i18n.t('zoomOut')} aria-label={i18n.t('zoomOut')} onClick={() => onZoom(-1)}>
        অ−
      </button>
      <button type="button" className="tool font-size" title={i18n.t('zoomReset')} aria-label={i18n.t('textSize')} onClick={() => onZoom(0)}>
        {i18n.t('fontSizeValue', { n: fontSize })}
      </button>
      <button type="button" className="tool" title={i18n.t('zoomIn')} aria-label={i18n.t('zoomIn')} onClick={() => onZoom(1)}>
        অ+
      </button>
      <label className="language">
        <span className="visually-hidden">{i18n.t('language')}</span>
        <select value={i18n.lang} onChange={(event) => onLanguage(event.target.value as UiLanguage)}>
          <option value="bn" lang="bn">
            বাংলা
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
    </div>
  );
}
