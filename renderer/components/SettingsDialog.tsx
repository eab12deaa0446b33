import { useState } from 'react';
import {
  AUTOSAVE_DELAY_RANGE,
  FONT_SIZE_RANGE,
  parseSettingsPatch,
  type Settings,
  type SettingsPatch,
  type Theme,
} from '../../core/api/settings';
import type { UiLanguage } from '../../core/api/i18n';
import type { AppError } from '../../core/api/result';
import type { HouseStyle } from '../../core/bengali/house-style';
import { isPresetName } from '../../core/bengali/presets';
import { useI18n } from '../i18n';
import { ModalDialog } from './ModalDialog';
import { manageMessages } from './i18n-manage';
import { useText } from '../i18n';
import { IdentityFields } from './DeskSettings';
import { DictionarySettings } from './DictionarySettings';
import type { DictionaryControls } from '../hooks/useDictionary';

/** The zoom commands (App.tsx) keep the text size in the settings schema's range too. */

interface SettingsDialogProps {
  settings: Settings;
  /** Stores a change; resolves to the error to show, or null once it is stored. */
  onChange(patch: Partial<Settings>): Promise<AppError | null>;
  /** Chooses the desk folder in the main process's dialog, or clears it; resolves to the error to show, or null. */
  onChooseDeskFolder(clear: boolean): Promise<AppError | null>;
  /** The spelling check's dictionaries: the newsroom's files and the user's own words. */
  dictionary: DictionaryControls;
  onClose(): void;
}

interface Pair {
  variant: string;
  preferred: string;
}

const pairsOf = (style: HouseStyle): Pair[] =>
  Object.entries(style.preferredSpellings).map(([variant, preferred]) => ({ variant, preferred }));

/** The pairs as the house style's list, in the form the editor writes Bengali (NFC). */
const spellingsOf = (pairs: Pair[]): HouseStyle['preferredSpellings'] =>
  Object.fromEntries(pairs.map((p) => [p.variant.trim().normalize('NFC'), p.preferred.trim().normalize('NFC')]));

const BENGALI_ZERO = 0x09e6;

/** What a reporter types, in either script's digits, read as a number; NaN when it is not one. */
const numberOf = (text: string): number => {
  const ascii = text.trim().replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - BENGALI_ZERO));
  return ascii === '' ? Number.NaN : Number(ascii);
};

/** A number in the interface's digits, as the boxes show it: ১৯, or ০.৬ for seconds. */
const digitsIn = (lang: UiLanguage, text: string): string =>
  lang === 'bn' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(BENGALI_ZERO + Number(d))) : text;

/** The autosave delay as a reporter reads it: seconds with one decimal. */
const secondsOf = (ms: number): string => (ms / 1000).toFixed(1);

/** A number typed into a box, as a patch of the one key; the schema says whether it may be stored. */
const numberPatch = (key: 'autosaveDelayMs' | 'fontSize', text: string) =>
  parseSettingsPatch({ [key]: key === 'autosaveDelayMs' ? Math.round(numberOf(text) * 1000) : numberOf(text) });

/**
 * Every setting in one place: the quick ones of the status bar, the theme, the autosave delay, the
 * house style the checker and the export follow, and the spelling check's dictionaries. Each change is
 * stored as it is made.
 */
export function SettingsDialog({ settings, onChange, onChooseDeskFolder, dictionary, onClose }: SettingsDialogProps) {
  const i18n = useI18n();
  const t = useText(manageMessages);
  const [error, setError] = useState<AppError | null>(null);
  const [pairs, setPairs] = useState<Pair[]>(() => pairsOf(settings.houseStyle));
  const [pairProblem, setPairProblem] = useState<AppError | null>(null);
  const [newPair, setNewPair] = useState<Pair>({ variant: '', preferred: '' });
  const [delay, setDelay] = useState(() => digitsIn(i18n.lang, secondsOf(settings.autosaveDelayMs)));
  const [fontSize, setFontSize] = useState(() => digitsIn(i18n.lang, String(settings.fontSize)));

  // The page checks with the schema the main process checks with, so what it refuses is said here, field by field.
  const change = async (patch: SettingsPatch) => setError(await onChange(patch));
  const style = settings.houseStyle;
  const changeStyle = (patch: Partial<HouseStyle>) => void change({ houseStyle: { ...style, ...patch } });

  /** The house style with these pairs, or why it cannot be stored. */
  const withPairs = (next: Pair[]) => parseSettingsPatch({ houseStyle: { ...style, preferredSpellings: spellingsOf(next) } });

  /** Stores the list if every pair is whole; a pair half typed waits, with the reason shown. */
  const commitPairs = (next: Pair[]) => {
    setPairs(next);
    const parsed = withPairs(next);
    if (!parsed.ok) return setPairProblem(parsed.error);
    setPairProblem(null);
    void change(parsed.value);
  };

  const commitNumber = (text: string, key: 'autosaveDelayMs' | 'fontSize') => {
    const parsed = numberPatch(key, text);
    if (parsed.ok && parsed.value[key] !== settings[key]) void change(parsed.value);
  };
  const delayCheck = numberPatch('autosaveDelayMs', delay);
  // Said in seconds, as the box takes them; the schema's own message would speak of milliseconds.
  const delayHint = t('autosaveDelayHint', {
    min: digitsIn(i18n.lang, secondsOf(AUTOSAVE_DELAY_RANGE.min)),
    max: digitsIn(i18n.lang, secondsOf(AUTOSAVE_DELAY_RANGE.max)),
  });
  const fontSizeCheck = numberPatch('fontSize', fontSize);

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
          <select
            className="setting-language"
            value={settings.uiLanguage}
            onChange={(event) => void change({ uiLanguage: event.target.value as UiLanguage })}
          >
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
            type="text"
            inputMode="numeric"
            size={4}
            title={t('fontSizeHint', { min: FONT_SIZE_RANGE.min, max: FONT_SIZE_RANGE.max })}
            value={fontSize}
            aria-invalid={!fontSizeCheck.ok}
            aria-describedby={fontSizeCheck.ok ? undefined : 'setting-font-size-problem'}
            onChange={(event) => {
              setFontSize(event.target.value);
              commitNumber(event.target.value, 'fontSize');
            }}
          />
        </label>
        {!fontSizeCheck.ok && (
          <p className="manage-error setting-problem" id="setting-font-size-problem">
            {i18n.error(fontSizeCheck.error)}
          </p>
        )}
        <label>
          <span>{t('theme')}</span>
          <select
            className="setting-theme"
            value={settings.theme}
            onChange={(event) => void change({ theme: event.target.value as Theme })}
          >
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
        <label>
          <span>{t('autosaveDelay')}</span>
          <input
            className="setting-autosave"
            type="text"
            inputMode="decimal"
            size={4}
            value={delay}
            aria-invalid={!delayCheck.ok}
            aria-describedby={delayCheck.ok ? undefined : 'setting-autosave-problem'}
            title={delayHint}
            onChange={(event) => {
              setDelay(event.target.value);
              commitNumber(event.target.value, 'autosaveDelayMs');
            }}
          />
        </label>
        {!delayCheck.ok && (
          <p className="manage-error setting-problem" id="setting-autosave-problem">
            {delayHint}
          </p>
        )}
        <label className="check">
          <input
            type="checkbox"
            className="setting-mark-known"
            checked={settings.markKnownNames}
            onChange={(event) => void change({ markKnownNames: event.target.checked })}
          />
          <span>{i18n.t('markKnownNames')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            className="setting-pipe-to-danda"
            checked={settings.pipeToDanda}
            onChange={(event) => void change({ pipeToDanda: event.target.checked })}
          />
          <span>{i18n.t('pipeToDanda')}</span>
        </label>
      </fieldset>

      <IdentityFields settings={settings} change={change} chooseDeskFolder={async (clear) => setError(await onChooseDeskFolder(clear))} />

      <fieldset className="settings-house-style">
        <legend>{t('sectionHouseStyle')}</legend>
        <label title={t('presetHint')}>
          <span>{t('preset')}</span>
          <select
            className="setting-preset"
            value={style.preset ?? ''}
            onChange={(event) => changeStyle({ preset: isPresetName(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('presetNone')}</option>
            <option value="dhaka">{t('presetDhaka')}</option>
            <option value="kolkata">{t('presetKolkata')}</option>
          </select>
        </label>
        <label>
          <span>{t('unicodeForm')}</span>
          <select
            className="setting-unicode-form"
            value={style.unicodeForm}
            onChange={(event) => changeStyle({ unicodeForm: event.target.value as HouseStyle['unicodeForm'] })}
          >
            <option value="nfc">{t('unicodeNfc')}</option>
            <option value="nukta-precomposed">{t('unicodePrecomposed')}</option>
          </select>
        </label>
        <label>
          <span>{t('digits')}</span>
          <select
            className="setting-digits"
            value={style.digits}
            onChange={(event) => changeStyle({ digits: event.target.value as HouseStyle['digits'] })}
          >
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
              // biome-ignore lint/suspicious/noArrayIndexKey: a pair has no id and its text changes as it is typed; the row's inputs are controlled by pairs[i].
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
                  <button
                    type="button"
                    className="button quiet pair-remove"
                    title={t('preferredRemove')}
                    aria-label={t('preferredRemove')}
                    onClick={() => commitPairs(pairs.filter((_, j) => j !== i))}
                  >
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
            // The new pair is checked alone first, so a half-typed one is refused without touching the list.
            const alone = withPairs([newPair]);
            if (!alone.ok) return setPairProblem(alone.error);
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
            {t('preferredInvalid')} {i18n.error(pairProblem)}
          </p>
        )}
      </fieldset>

      <DictionarySettings
        severity={style.spellingSeverity}
        onSeverity={(spellingSeverity) => changeStyle({ spellingSeverity })}
        dictionary={dictionary}
      />
    </ModalDialog>
  );
}
