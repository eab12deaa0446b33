import type { UiLanguage } from './i18n';
import { DESK_METHODS, type DeskApi } from './desk-api';
import { DICTIONARY_METHODS, type DictionaryApi } from './dictionary-api';
import { DRAFTS_METHODS, type DraftsApi } from './drafts-api';
import { FILES_METHODS, type FilesApi } from './files-api';
import { GLOSSARY_METHODS, type GlossaryApi } from './glossary-api';
import type { MenuApi } from './menu-api';
import { SAFEKEEPING_METHODS, type SafekeepingApi } from './safekeeping-api';
import { SETTINGS_METHODS, type SettingsApi } from './settings-api';
import { VERSIONS_METHODS, type VersionsApi } from './versions-api';

// Each domain's types live with its part of the bridge; importers reach them all here.
export * from './desk-api';
export * from './dictionary-api';
export * from './drafts-api';
export * from './files-api';
export * from './glossary-api';
export * from './menu-api';
export * from './safekeeping-api';
export * from './settings-api';
export * from './versions-api';

export type { UiLanguage };

// The settings, their schema and defaults live in ./settings; these names stay importable from here.
export { AUTOSAVE_DELAY_RANGE, DEFAULT_MANAGED_SETTINGS, DEFAULT_SETTINGS } from './settings';
export type { ManagedSettings, Settings, Theme } from './settings';

/**
 * The one bridge between renderer and main process, composed of one interface per domain. Declared
 * once: the preload exposes exactly this, the main process implements it, and the UI test harness
 * binds the same implementation into Chromium. Renaming a method breaks the build on every side.
 *
 * Adding a method: declare it in its domain's interface and name it in that file's `…_METHODS` table
 * (the build fails until both agree), give it a validator in `electron/ipc.ts` and implement it in the
 * service (the build fails until both exist). The preload, the channel and the handler follow.
 */
export type NewsroomApi = DraftsApi &
  VersionsApi &
  GlossaryApi &
  SettingsApi &
  SafekeepingApi &
  FilesApi &
  MenuApi &
  DeskApi &
  DictionaryApi;

/** The request/response methods, i.e. everything that crosses IPC as an invoke. */
export type NewsroomInvokeMethods = Exclude<keyof NewsroomApi, keyof MenuApi>;

/** The main-process side: the same methods, without the event subscription. */
export type NewsroomService = Pick<NewsroomApi, NewsroomInvokeMethods>;

const INVOKE_METHOD_TABLE: Record<NewsroomInvokeMethods, true> = {
  ...DRAFTS_METHODS,
  ...VERSIONS_METHODS,
  ...GLOSSARY_METHODS,
  ...SETTINGS_METHODS,
  ...SAFEKEEPING_METHODS,
  ...FILES_METHODS,
  ...DESK_METHODS,
  ...DICTIONARY_METHODS,
};

/** Every invoke method, once: the preload, the handlers and the test harness are each one loop over it. */
export const INVOKE_METHODS = Object.keys(INVOKE_METHOD_TABLE) as readonly NewsroomInvokeMethods[];

export const invokeChannel = (method: NewsroomInvokeMethods): string => `newsroom:${method}`;
