import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../core/api/newsroom-api';
import type { NewsroomApi, Settings, UiLanguage } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import { FONT_SIZE_RANGE } from '../../core/api/settings';
import type { EditorController } from '../editor/controller';
import { placeholderTexts, translator } from '../i18n';
import type { SaveController } from '../save-controller';
import type { Take } from './useBanner';

/**
 * The user's settings as the main process keeps them, the translator for their language, and what
 * follows from them: the page's language and title, text size, theme, and the editor's and the
 * autosave's options.
 */
export function useSettings({
  api,
  take,
  editor,
  saver,
}: {
  api: NewsroomApi;
  take: Take;
  editor: EditorController;
  saver: SaveController;
}) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const i18n = useMemo(() => translator(settings.uiLanguage), [settings.uiLanguage]);

  const load = useCallback(
    async (alive: () => boolean) => {
      const loaded = take(await api.getSettings());
      if (alive() && loaded) setSettings(loaded);
    },
    [api, take],
  );

  /** A change from the status bar or the menu; a refusal is shown in the banner. */
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      const next = take(await api.updateSettings(patch));
      if (next) setSettings(next);
    },
    [api, take],
  );

  /** A change from the settings dialog, which shows a refusal itself. */
  const change = useCallback(
    async (patch: Partial<Settings>): Promise<AppError | null> => {
      const next = await api.updateSettings(patch);
      if (!next.ok) return next.error;
      setSettings(next.value);
      return null;
    },
    [api],
  );

  /** The desk folder, chosen in the main process's own dialog (or cleared); resolves to the error to show, or null. */
  const chooseDeskFolder = useCallback(
    async (clear: boolean): Promise<AppError | null> => {
      const next = clear ? await api.clearDeskFolder() : await api.chooseDeskFolder();
      if (!next.ok) return next.error;
      if (next.value) setSettings(next.value);
      return null;
    },
    [api],
  );

  const zoom = useCallback(
    (step: 1 | -1 | 0) => {
      const size =
        step === 0 ? DEFAULT_SETTINGS.fontSize : Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, settings.fontSize + step));
      if (size !== settings.fontSize) void update({ fontSize: size });
    },
    [settings.fontSize, update],
  );

  const changeLanguage = useCallback((lang: UiLanguage) => void update({ uiLanguage: lang }), [update]);

  useEffect(() => {
    document.documentElement.lang = settings.uiLanguage;
    document.title = i18n.t('appTitle');
    editor.setPlaceholders(placeholderTexts(settings.uiLanguage));
  }, [editor, i18n, settings.uiLanguage]);

  useEffect(() => {
    // A CSS variable set through the CSSOM: allowed by the page's style-src policy, unlike a style attribute.
    document.documentElement.style.setProperty('--article-size', `${settings.fontSize}px`);
  }, [settings.fontSize]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  useEffect(() => editor.setPipeToDanda(settings.pipeToDanda), [editor, settings.pipeToDanda]);
  useEffect(() => editor.setHouseStyle(settings.houseStyle), [editor, settings.houseStyle]);
  useEffect(() => saver.setDelay(settings.autosaveDelayMs), [saver, settings.autosaveDelayMs]);

  return { settings, i18n, load, update, change, chooseDeskFolder, zoom, changeLanguage };
}
