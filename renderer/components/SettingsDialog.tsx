import { useState } from 'react';
import { AUTOSAVE_DELAY_RANGE } from '../../core/api/newsroom-api';
import type { Settings, Theme, UiLanguage } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import type { HouseStyle } from '../../core/bengali/house-style';
import { useI18n } from '../i18n';
import { ModalDialog } from './ModalDialog';
import { useManageText } from './i18n-manage';

/** The editor's text size range, as the zoom commands keep it. */
export const FONT_SIZE_BOUNDS = { min: 14, max: 32 } as const;

interface SettingsDialogProps {
  settings: Settings;
  /** Stores a change; resolves to the error to show, or null once it is stored. */
  onChange(patch: Partial<Settings>): Promise<AppError | null>;
  onClose(): void;
}

interface Pair {
  variant: string;
  preferred: string;
}

const BENGALI_WORD = /^[\p{Script=Bengali}\u200c\u200d]+$/u;

const pairsOf = (style: HouseStyle): Pair[] => Object.entries(style.preferredSpellings).map(([variant, preferred]) => ({ variant, preferred }));

function validPair({ variant, preferred }: Pair): boolean {
  const v = variant.trim();
  const p = preferred.trim();
  return BENGALI_WORD.test(v) && BENGALI_WORD.test(p) && v.normalize('NFC') !== p.normalize('NFC');
}

const inRange = (n: number, range: { min: number; max: number }) => Number.isInteger(n) && n >= range.min && n <= range.max;

/**
 * Every setting in one place: the quick ones of the status bar, the theme, the autosave delay, and the
 * house style the checker and the export follow. Each change is stored as it is made.
 */
export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  const i18n = useI18n();
  const t = useManageText();
  const [error, setError] = useState<AppError | null>(null);
  const [pairs, setPairs] = useState<Pair[]>(() => pairsOf(settings.houseStyle));
  const [pairProblem, setPairProblem] = useState(false);
  const [newPair, setNewPair] = useState<Pair>({ variant: '', preferred: '' });
  const [delay, setDelay] = useState(String(settings.autosaveDelayMs));
  const [fontSize, setFontSize] = useState(String(settings.fontSize));

  const change = async (patch: Partial<Settings>) => setError(await onChange(patch));
  const style = settings.houseStyle;
  const changeStyle = (patch: Partial<HouseStyle>) => void change({ houseStyle: { ...style, ...patch } });

  /** Stores the list if every pair is whole; a pair half typed waits. */
  const commitPairs = (next: Pair[]) => {
    setPairs(next);
    if (!next.every(validPair)) return setPairProblem(true);
    setPairProblem(false);
    const preferredSpellings = Object.fromEntries(next.map((p) => [p.variant.trim().normalize('NFC'), p.preferred.trim().normalize('NFC')]));
    changeStyle({ preferredSpellings });
  };

  const commitNumber = (text: string, range: { min: number; max: number }, key: 'autosaveDelayMs' | 'fontSize') => {
    const n = Number(text);
    if (inRange(n, range) && n !== settings[key]) void change({ [key]: n });
  };

  return (
    <ModalDialog className="settings-dialog" labelledBy="settings-dialog-title" onEscape={onClose}>
      <header className="manage-header">
        <h2 id="settings-dialog-title">{t('settingsTitle')}</h2>
        <button type="button" className="button quiet manage-close" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {error && (
        <p className="manage-error" role="alert">
          {i18n.error(error)}
        </p>
      )}

      <fieldset className="settings-general">
        <legend>{t('sectionGeneral')}</legend>
        <label>
          <span>{i18n.t('language')}</span>
          <select className="setting-language" value={settings.uiLanguage} onChange={(event) => void change({ uiLanguage: event.target.value as UiLanguage })}>
            <option value="bn" lang="bn">
              বাংলা
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label>
          <span>{i18n.t('textSize')}</span>
          <input
            className="setting-font-size"
            type="number"
            min={FONT_SIZE_BOUNDS.min}
            max={FONT_SIZE_BOUNDS.max}
            value={fontSize}
            onChange={(event) => {
              setFontSize(event.target.value);
              commitNumber(event.target.value, FONT_SIZE_BOUNDS, 'fontSize');
            }}
          />
        </label>
        <label>
          <span>{t('theme')}</span>
          <select className="setting-theme" value={settings.theme} onChange={(event) => void change({ theme: event.target.value as Theme })}>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
        <label>
          <span>{t('autosaveDelay')}</span>
          <input
            className="setting-autosave"
            type="number"
            min={AUTOSAVE_DELAY_RANGE.min}
            max={AUTOSAVE_DELAY_RANGE.max}
            step={100}
            value={delay}
            aria-invalid={!inRange(Number(delay), AUTOSAVE_DELAY_RANGE)}
            title={t('autosaveDelayHint', { min: AUTOSAVE_DELAY_RANGE.min, max: AUTOSAVE_DELAY_RANGE.max })}
            onChange={(event) => {
              setDelay(event.target.value);
              commitNumber(event.target.value, AUTOSAVE_DELAY_RANGE, 'autosaveDelayMs');
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" className="setting-mark-known" checked={settings.markKnownNames} onChange={(event) => void change({ markKnownNames: event.target.checked })} />
          <span>{i18n.t('markKnownNames')}</span>
        </label>
        <label className="check">
          <input type="checkbox" className="setting-pipe-to-danda" checked={settings.pipeToDanda} onChange={(event) => void change({ pipeToDanda: event.target.checked })} />
          <span>{i18n.t('pipeToDanda')}</span>
        </label>
      </fieldset>

      <fieldset className="settings-house-style">
        <legend>{t('sectionHouseStyle')}</legend>
        <label>
          <span>{t('unicodeForm')}</span>
          <select className="setting-unicode-form" value={style.unicodeForm} onChange={(event) => changeStyle({ unicodeForm: event.target.value as HouseStyle['unicodeForm'] })}>
            <option value="nfc">{t('unicodeNfc')}</option>
            <option value="nukta-precomposed">{t('unicodePrecomposed')}</option>
          </select>
        </label>
        <label>
          <span>{t('digits')}</span>
          <select className="setting-digits" value={style.digits} onChange={(event) => changeStyle({ digits: event.target.value as HouseStyle['digits'] })}>
            <option value="bengali">{t('digitsBengali')}</option>
            <option value="ascii">{t('digitsAscii')}</option>
            <option value="any">{t('digitsAny')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            className="setting-gloss-first"
            checked={style.glossPolicy.firstMentionOnly}
            onChange={(event) => changeStyle({ glossPolicy: { ...style.glossPolicy, firstMentionOnly: event.target.checked } })}
          />
          <span>{t('glossFirstOnly')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            className="setting-gloss-missing"
            checked={style.glossPolicy.requireGlossOnFirstMention}
            onChange={(event) => changeStyle({ glossPolicy: { ...style.glossPolicy, requireGlossOnFirstMention: event.target.checked } })}
          />
          <span>{t('glossMissing')}</span>
        </label>

        <table className="preferred-spellings">
          <caption>{t('preferred')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preferredVariant')}</th>
              <th scope="col">{t('preferredTarget')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('preferredRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair, i) => (
              <tr key={i} className="preferred-pair">
                <td>
                  <input
                    lang="bn"
                    spellCheck={false}
                    aria-label={t('preferredVariant')}
                    value={pair.variant}
                    onChange={(event) => setPairs(pairs.map((p, j) => (j === i ? { ...p, variant: event.target.value } : p)))}
                    onBlur={() => commitPairs(pairs)}
                  />
                </td>
                <td>
                  <input
                    lang="bn"
                    spellCheck={false}
                    aria-label={t('preferredTarget')}
                    value={pair.preferred}
                    onChange={(event) => setPairs(pairs.map((p, j) => (j === i ? { ...p, preferred: event.target.value } : p)))}
                    onBlur={() => commitPairs(pairs)}
                  />
                </td>
                <td>
                  <button type="button" className="button quiet pair-remove" title={t('preferredRemove')} aria-label={t('preferredRemove')} onClick={() => commitPairs(pairs.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          className="preferred-add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!validPair(newPair)) return setPairProblem(true);
            commitPairs([...pairs, newPair]);
            setNewPair({ variant: '', preferred: '' });
          }}
        >
          <input
            className="pair-variant"
            lang="bn"
            spellCheck={false}
            aria-label={t('preferredVariant')}
            placeholder={t('preferredVariant')}
            value={newPair.variant}
            onChange={(event) => setNewPair({ ...newPair, variant: event.target.value })}
          />
          <input
            className="pair-preferred"
            lang="bn"
            spellCheck={false}
            aria-label={t('preferredTarget')}
            placeholder={t('preferredTarget')}
            value={newPair.preferred}
            onChange={(event) => setNewPair({ ...newPair, preferred: event.target.value })}
          />
          <button type="submit" className="button pair-add">
            {t('preferredAdd')}
          </button>
        </form>
        {pairProblem && (
          <p className="manage-error pair-problem" role="alert">
            {t('preferredInvalid')}
          </p>
        )}
      </fieldset>
    </ModalDialog>
  );
}
