import type { UiLanguage } from '../../core/api/newsroom-api';
import { useI18n } from '../i18n';
import { manageMessages } from './i18n-manage';
import { useText } from '../i18n';

interface SettingsControlsProps {
  fontSize: number;
  onZoom(step: 1 | -1 | 0): void;
  onLanguage(lang: UiLanguage): void;
  markKnownNames: boolean;
  onMarkKnownNames(on: boolean): void;
  pipeToDanda: boolean;
  onPipeToDanda(on: boolean): void;
  onOpenGlossary(): void;
  onOpenSettings(): void;
}

/**
 * Text size (zoom), the mark on glossary names, `|` as danda and interface language, at hand in the
 * status bar, with the way to the glossary manager and to every setting.
 */
export function SettingsControls({
  fontSize,
  onZoom,
  onLanguage,
  markKnownNames,
  onMarkKnownNames,
  pipeToDanda,
  onPipeToDanda,
  onOpenGlossary,
  onOpenSettings,
}: SettingsControlsProps) {
  const i18n = useI18n();
  const t = useText(manageMessages);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> brings its own border, padding and min-width; this group is laid out as a plain block.
    <div className="settings" role="group" aria-label={i18n.t('settings')}>
      <button type="button" className="tool" title={i18n.t('zoomOut')} aria-label={i18n.t('zoomOut')} onClick={() => onZoom(-1)}>
        অ−
      </button>
      <button
        type="button"
        className="tool font-size"
        title={i18n.t('zoomReset')}
        aria-label={i18n.t('textSize')}
        onClick={() => onZoom(0)}
      >
        {i18n.t('fontSizeValue', { n: fontSize })}
      </button>
      <button type="button" className="tool" title={i18n.t('zoomIn')} aria-label={i18n.t('zoomIn')} onClick={() => onZoom(1)}>
        অ+
      </button>
      {/* The press keeps the focus in the text: a blur would save, and the save state's change would move this box from under the pointer. */}
      <label className="mark-known" title={i18n.t('markKnownNamesTitle')} onMouseDown={(event) => event.preventDefault()}>
        <input type="checkbox" checked={markKnownNames} onChange={(event) => onMarkKnownNames(event.target.checked)} />
        <span>{i18n.t('markKnownNames')}</span>
      </label>
      <label className="pipe-to-danda" title={i18n.t('pipeToDandaTitle')} onMouseDown={(event) => event.preventDefault()}>
        <input type="checkbox" checked={pipeToDanda} onChange={(event) => onPipeToDanda(event.target.checked)} />
        <span>{i18n.t('pipeToDanda')}</span>
      </label>
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
      {/* As above: pressing these must not blur the text, or the save it starts moves them from under the pointer. */}
      <button
        type="button"
        className="tool open-glossary"
        title={t('openGlossaryTitle')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onOpenGlossary}
      >
        {t('openGlossary')}
      </button>
      <button
        type="button"
        className="tool open-settings"
        title={t('openSettingsTitle')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onOpenSettings}
      >
        {t('openSettings')}
      </button>
    </div>
  );
}
