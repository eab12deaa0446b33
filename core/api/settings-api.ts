import type { Settings } from './settings';
import type { Result } from './result';

/** The user's settings: the quick ones in the status bar and the settings dialog's. */
export interface SettingsApi {
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
}

/** Every method of SettingsApi, once; the type makes one left out or misspelt a build error. */
export const SETTINGS_METHODS: Record<keyof SettingsApi, true> = {
  getSettings: true,
  updateSettings: true,
};
